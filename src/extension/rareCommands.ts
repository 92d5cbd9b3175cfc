// The commands run now and then, not at every keystroke: "New STAR Story" (with the principles'
// and levels' coaching it offers) and "Check All Stories in Workspace". commands.ts registers
// them; the Node extension loads this module with the coach panel (dist/panel.js) on first use.
import * as vscode from 'vscode';
import { SECTION_GUIDES } from '../core/coaching/sections';
import { LEVEL_GUIDES } from '../core/coaching/levels';
import { PRINCIPLES } from '../core/coaching/principles';
import { LEVELS, type CheckResult, type Level } from '../core/types';
import type { Services } from './commands';
import { CONFIG_SECTION, LANGUAGE_ID, SETTINGS, STORY_GLOB } from './constants';
import { formatSeconds, summarize } from './format';
import { storyTemplate } from './template';

const decoder = new TextDecoder();

/** Asks for the principle and the level, then opens an untitled story with the template to tab through. */
export async function newStory(): Promise<void> {
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
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(storyTemplate(principle.principle, level.level, SECTION_GUIDES)));
}

/** Checks every `*.star.md` in the workspace without opening editors, with progress. */
export async function checkWorkspace(services: Services): Promise<CheckResult> {
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
