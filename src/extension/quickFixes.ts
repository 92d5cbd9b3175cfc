// The quick fixes themselves (codeActions.ts decides whether there are any to make): the
// finding's own fix, disabling the rule for the line or the file, and opening the tip in the
// coach panel. Each fix is one edit, so one undo step. Part of dist/editor.js: the Node extension
// loads it on the first light bulb or Ctrl+. over a STAR diagnostic.
import * as vscode from 'vscode';
import type { Finding, TextEdit } from '../core/types';
import type { DocumentAnalysis } from './analysis';
import type { SnippetFixArgs } from './codeActions';
import { COMMANDS } from './constants';
import { disableFileEdit, disableNextLineEdit, snippetToPlainText } from './text';

/**
 * The quick fixes for our diagnostics on `document`, each with the finding of the current
 * `analysis` behind it. `unsuppressible`: the rules no comment can silence (the engine's own,
 * binary-file and rule-error, which report on the file itself). Both come from the caller, so
 * this chunk holds no copy of the engine.
 */
export function quickFixes(document: vscode.TextDocument, found: readonly (readonly [vscode.Diagnostic, Finding])[], analysis: DocumentAnalysis, unsuppressible: ReadonlySet<string>): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  const disabled = new Set<string>();
  const tips = new Set<string>();
  for (const [diagnostic, finding] of found) {
    if (finding.fix) actions.push(fixAction(document, diagnostic, finding));
    if (!unsuppressible.has(finding.ruleId) && !disabled.has(finding.ruleId)) {
      disabled.add(finding.ruleId);
      actions.push(...disableActions(document, diagnostic, finding, analysis));
    }
    if (tips.has(finding.tipId)) continue;
    tips.add(finding.tipId);
    const tip = new vscode.CodeAction(`Show coaching tip for ${finding.ruleId}`, vscode.CodeActionKind.QuickFix);
    tip.diagnostics = [diagnostic];
    tip.command = { title: tip.title, command: COMMANDS.openPanel, arguments: [{ tipId: finding.tipId, uri: document.uri.toString() }] };
    actions.push(tip);
  }
  return actions;
}

function fixAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding): vscode.CodeAction {
  const fix = finding.fix!;
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  if (fix.snippet && fix.edits.length === 1) {
    const [edit] = fix.edits;
    const args: SnippetFixArgs = { uri: document.uri.toString(), version: document.version, start: edit.start, end: edit.end, snippet: edit.text };
    action.command = { title: fix.title, command: COMMANDS.insertSnippetFix, arguments: [args] };
  } else {
    action.edit = workspaceEdit(document, fix.edits, fix.snippet === true);
  }
  return action;
}

function disableActions(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding, analysis: DocumentAnalysis): vscode.CodeAction[] {
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const { text, frontMatter } = analysis.file;
  const actions: vscode.CodeAction[] = [];
  // No HTML comment inside the YAML front matter: there only the file-wide switch applies.
  if (!frontMatter || finding.start >= frontMatter.end) {
    const line = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
    line.diagnostics = [diagnostic];
    line.edit = workspaceEdit(document, [disableNextLineEdit(text, finding.start, finding.ruleId, eol)]);
    actions.push(line);
  }
  const file = new vscode.CodeAction(`Disable ${finding.ruleId} for this file`, vscode.CodeActionKind.QuickFix);
  file.diagnostics = [diagnostic];
  file.edit = workspaceEdit(document, [disableFileEdit(text, frontMatter?.end ?? null, finding.ruleId, eol)]);
  actions.push(file);
  return actions;
}

function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[], snippet = false): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    const range = new vscode.Range(document.positionAt(e.start), document.positionAt(e.end));
    edit.replace(document.uri, range, snippet ? snippetToPlainText(e.text) : e.text);
  }
  return edit;
}
