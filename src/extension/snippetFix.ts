// Runs a quick fix that is a snippet (a template to tab through), in one undo step. Loaded with
// the coach panel's chunk (dist/panel.js) the first time such a fix is chosen.
import * as vscode from 'vscode';
import type { SnippetFixArgs } from './codeActions';

/** Runs a snippet fix in the story's editor: placeholders to tab through, one undo step. */
export async function insertSnippetFix(args: SnippetFixArgs): Promise<boolean> {
  const uri = vscode.Uri.parse(args.uri);
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) ?? (await vscode.workspace.openTextDocument(uri));
  if (document.version !== args.version) {
    void vscode.window.showInformationMessage('STAR: the story changed since this fix was offered; try the quick fix again.');
    return false;
  }
  const editor = await vscode.window.showTextDocument(document);
  const range = new vscode.Range(document.positionAt(args.start), document.positionAt(args.end));
  return editor.insertSnippet(new vscode.SnippetString(args.snippet), range);
}
