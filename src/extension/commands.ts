// The palette commands: check the active story, open the coach panel, start a new story, and
// check every story in the workspace.
import * as vscode from 'vscode';
import { SECTION_GUIDES } from '../core/coaching/sections';
import { LEVELS, type CheckResult, type Level } from '../core/types';
import type { AnalysisStore } from './analysis';
import { insertSnippetFix, type SnippetFixArgs } from './codeActions';
import type { ConfigService } from './config';
import { COMMANDS, CONFIG_SECTION, LANGUAGE_ID, MARKDOWN_LANGUAGE_ID, SETTINGS, STORY_GLOB } from './constants';
import type { DiagnosticsManager } from './diagnostics';
import { formatSeconds, summarize } from './format';
import type { CoachPanelApi } from './panel';
import { loadEditor } from './editorPackage';
import { loadPanel } from './panelPackage';

interface Services {
  store: AnalysisStore;
  config: ConfigService;
  diagnostics: DiagnosticsManager;
  panel: CoachPanelApi;
}

export interface OpenPanelArgs {
  tipId?: string;
  /** A URI, or its string form when the call comes from a `command:` link. */
  uri?: vscode.Uri | string;
}

const decoder = new TextDecoder();

export function registerCommands(services: Services): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.checkStory, (uri?: vscode.Uri) => checkStory(services, uri)),
    vscode.commands.registerCommand(COMMANDS.openPanel, (args?: OpenPanelArgs | vscode.Uri) => openPanel(services.panel, args)),
    vscode.commands.registerCommand(COMMANDS.newStory, () => newStory()),
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => checkWorkspace(services)),
    vscode.commands.registerCommand(COMMANDS.insertSnippetFix, (args: SnippetFixArgs) => insertSnippetFix(args)),
  ];
}

/** Checks the active document (or the one given from the explorer), shows the panel and a summary. */
export async function checkStory({ diagnostics, panel }: Services, uri?: vscode.Uri): Promise<CheckResult | undefined> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('STAR: open a .star.md story (or a Markdown file) to check it.');
    return undefined;
  }
  if (document.languageId !== LANGUAGE_ID && document.languageId !== MARKDOWN_LANGUAGE_ID) {
    void vscode.window.showInformationMessage('STAR: "Check STAR Story" works on .star.md stories and Markdown files.');
    return undefined;
  }
  if (uri) await vscode.window.showTextDocument(document);
  const analysis = await diagnostics.checkNow(document);
  if (!analysis) return undefined;
  panel.show({ uri: document.uri, preserveFocus: true });
  void vscode.window.showInformationMessage(summarize(analysis.result));
  return analysis.result;
}

/** From a hover link, a quick fix or a code lens ({ tipId?, uri? }), or an editor title button (the Uri). */
function openPanel(panel: CoachPanelApi, args: OpenPanelArgs | vscode.Uri = {}): void {
  if (args instanceof vscode.Uri) return panel.show({ uri: args, preserveFocus: true });
  const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri, true) : args.uri;
  panel.show({ uri, tipId: typeof args.tipId === 'string' ? args.tipId : undefined, preserveFocus: true });
}

/** Asks for the principle and the level, then opens an untitled story with the template to tab through. */
async function newStory(): Promise<void> {
  // The principles' and levels' coaching comes with the coach panel (dist/panel.js).
  const { PRINCIPLES, LEVEL_GUIDES, storyTemplate } = loadPanel();
  const principle = await vscode.window.showQuickPick(
    PRINCIPLES.map((p) => ({ label: p.name, detail: p.summary, principle: p })),
    { title: 'New STAR story (1/2)', placeHolder: 'Which Leadership Principle does the story answer?', matchOnDetail: true },
  );
  if (!principle) return;
  const defaultLevel = vscode.workspace.getConfiguration(CONFIG_SECTION).get<Level>(SETTINGS.level);
  const levels = LEVELS.map((id) => LEVEL_GUIDES[id]);
  const level = await vscode.window.showQuickPick(
    levels.map((l) => ({
      label: l.label,
      description: `${l.id} · ${formatSeconds(l.targetSeconds)} target${l.id === defaultLevel ? ' · your default' : ''}`,
      detail: l.bar,
      level: l,
    })),
    { title: 'New STAR story (2/2)', placeHolder: 'Which level is the interview for?' },
  );
  if (!level) return;
  // In a folder the story gets its name now, so that saving it keeps `.star.md` (and with it the
  // coaching); with no folder open there is nowhere to put it, and it stays untitled.
  const file = await loadEditor().chooseStoryFile(principle.principle.id);
  if (file === undefined) return;
  // An untitled document that saves straight to the chosen path, no Save As dialog: nothing is
  // written until the user saves, and the language comes from the name.
  let document = file
    ? await vscode.workspace.openTextDocument(file.with({ scheme: 'untitled' }))
    : await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  if (document.languageId !== LANGUAGE_ID) document = await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(storyTemplate(principle.principle, level.level, SECTION_GUIDES)));
}

/** Checks every `*.star.md` in the workspace without opening editors, with progress. */
async function checkWorkspace(services: Services): Promise<CheckResult> {
  const total: CheckResult = { findings: [], stories: [] };
  const unreadable: string[] = [];
  const files = await vscode.workspace.findFiles(STORY_GLOB, '**/node_modules/**');
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'STAR: checking stories', cancellable: true },
    async (progress, token) => {
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
        try {
          const result = await checkFile(uri, services);
          for (const finding of result.findings) total.findings.push(finding);
          for (const story of result.stories) total.stories.push(story);
        } catch {
          unreadable.push(vscode.workspace.asRelativePath(uri));
        }
      }
    },
  );
  const where = `${files.length} file${files.length === 1 ? '' : 's'}`;
  void vscode.window.showInformationMessage(`${summarize(total)} (${where})`);
  if (unreadable.length) void vscode.window.showWarningMessage(`STAR: could not read ${unreadable.join(', ')}.`);
  return total;
}

/** An open document is checked as it stands in the editor; any other file as it is on disk. */
async function checkFile(uri: vscode.Uri, { store, config, diagnostics }: Services): Promise<CheckResult> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return (await diagnostics.checkNow(open))?.result ?? { findings: [], stories: [] };
  const text = decoder.decode(await vscode.workspace.fs.readFile(uri));
  await config.ready(uri);
  const analysis = store.analyzeText(uri, text);
  diagnostics.publishText(uri, text, analysis);
  return analysis.result;
}
