// "STAR: Export Rehearsal Attempts": every stored attempt, as Markdown or JSON, to a file the
// user names. The only way attempts leave the extension's storage. Loaded with dist/panel.js.
import * as vscode from 'vscode';
import { attemptsToJson, attemptsToMarkdown } from '../../core/rehearsal/history';
import type { ConfigService } from '../config';
import type { AttemptStore } from './attemptStore';

const encoder = new TextEncoder();

/** Asks where, writes the file, and returns its URI (undefined when cancelled or nothing to export). */
export async function exportAttempts(attempts: AttemptStore, config: ConfigService): Promise<vscode.Uri | undefined> {
  const stories = attempts.all();
  const count = [...stories.values()].reduce((n, list) => n + list.length, 0);
  if (count === 0) {
    void vscode.window.showInformationMessage('STAR: no rehearsal attempts to export yet. Run "STAR: Rehearse Story" on a story first.');
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = await vscode.window.showSaveDialog({
    title: `Export ${count} rehearsal attempt${count === 1 ? '' : 's'}`,
    saveLabel: 'Export',
    defaultUri: folder ? vscode.Uri.joinPath(folder, 'star-rehearsals.md') : undefined,
    filters: { Markdown: ['md'], JSON: ['json'] },
  });
  if (!uri) return undefined;
  return writeExport(uri, attempts, config);
}

/** Writes the attempts to `uri`: JSON for a `.json` name, Markdown otherwise. */
export async function writeExport(uri: vscode.Uri, attempts: AttemptStore, config: ConfigService): Promise<vscode.Uri | undefined> {
  const now = Date.now();
  const json = uri.path.toLowerCase().endsWith('.json');
  const tolerance = config.getConfig(uri).engine.timeTolerance;
  const text = json ? attemptsToJson(attempts.all(), now) : attemptsToMarkdown(attempts.all(), tolerance, now);
  try {
    await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
  } catch (err) {
    void vscode.window.showErrorMessage(`STAR: could not write ${uri.fsPath || uri.toString()}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
  void vscode.window.showInformationMessage(`STAR: rehearsal attempts exported to ${vscode.workspace.asRelativePath(uri)}.`, 'Open').then((pick) => {
    if (pick) void vscode.window.showTextDocument(uri);
  });
  return uri;
}
