// "Check STAR Story": check the active story now, show the coach panel on it and a summary.
// Loaded with the coach panel's chunk (dist/panel.js), which the command opens anyway.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/types';
import type { Services } from './commands';
import { LANGUAGE_ID, MARKDOWN_LANGUAGE_ID } from './constants';
import { summarize } from './format';

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
