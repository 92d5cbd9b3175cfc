// The palette commands: check the active story, open the coach panel, start a new story, and
// check every story in the workspace.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/types';
import type { AnalysisStore } from './analysis';
import { insertSnippetFix, type SnippetFixArgs } from './codeActions';
import type { ConfigService } from './config';
import { COMMANDS, LANGUAGE_ID, MARKDOWN_LANGUAGE_ID, STORY_GLOB } from './constants';
import type { DiagnosticsManager } from './diagnostics';
import { summarize } from './format';
import { logError } from './log';
import type { CoachPanelApi } from './panel';
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
    // Asking for the principle and level needs the coaching text: it comes with the panel chunk.
    vscode.commands.registerCommand(COMMANDS.newStory, () => loadPanel().newStory()),
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

/** Checks every `*.star.md` in the workspace without opening editors, with progress. */
async function checkWorkspace(services: Services): Promise<CheckResult> {
  const total: CheckResult = { findings: [], stories: [] };
  const unreadable: string[] = [];
  /** Files the check itself failed on: our fault, logged, never called unreadable. */
  const failed: string[] = [];
  const files = await vscode.workspace.findFiles(STORY_GLOB, '**/node_modules/**');
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'STAR: checking stories', cancellable: true },
    async (progress, token) => {
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
        const path = vscode.workspace.asRelativePath(uri);
        try {
          const result = await checkFile(uri, services);
          if (!result) unreadable.push(path);
          for (const finding of result?.findings ?? []) total.findings.push(finding);
          for (const story of result?.stories ?? []) total.stories.push(story);
        } catch (err) {
          logError(`Checking ${path} failed`, err);
          failed.push(path);
        }
      }
    },
  );
  const where = `${files.length} file${files.length === 1 ? '' : 's'}`;
  void vscode.window.showInformationMessage(`${summarize(total)} (${where})`);
  if (unreadable.length) void vscode.window.showWarningMessage(`STAR: could not read ${unreadable.join(', ')}.`);
  if (failed.length) void vscode.window.showErrorMessage(`STAR: checking ${failed.join(', ')} failed: a bug, details in Output › STAR Story Coach; please report it.`);
  return total;
}

/**
 * An open document is checked as it stands in the editor; any other file as it is on disk.
 * Undefined when the file could not be read.
 */
async function checkFile(uri: vscode.Uri, { store, config, diagnostics }: Services): Promise<CheckResult | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return (await diagnostics.checkNow(open))?.result ?? { findings: [], stories: [] };
  let text: string;
  try {
    text = decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
  await config.ready(uri);
  const analysis = store.analyzeText(uri, text);
  diagnostics.publishText(uri, text, analysis);
  return analysis.result;
}
