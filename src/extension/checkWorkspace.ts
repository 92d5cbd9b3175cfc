// "Check All Stories in Workspace": every `*.star.md` checked without opening editors, with
// progress. A rare command: loaded with the coach panel's chunk (dist/panel.js) on first use.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/types';
import type { Services } from './commands';
import { STORY_GLOB } from './constants';
import { summarize } from './format';
import { logError } from './log';

const decoder = new TextDecoder();

/** Checks every `*.star.md` in the workspace without opening editors, with progress. */
export async function checkWorkspace(services: Services): Promise<CheckResult> {
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
