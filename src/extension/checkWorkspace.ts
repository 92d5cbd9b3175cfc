// "Check All Stories in Workspace": every `*.star.md` checked without opening editors, with
// progress. A rare command: loaded with the coach panel's chunk (dist/panel.js) on first use.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/types';
import type { Services } from './commands';
import { STORY_GLOB } from './constants';
import { summarize } from './format';

const decoder = new TextDecoder();

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
