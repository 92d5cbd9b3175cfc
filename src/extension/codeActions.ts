// Quick fixes on STAR diagnostics: the finding's own fix, disabling the rule for the line or the
// file, and opening the tip in the coach panel. Each fix is one edit, so one undo step.
import * as vscode from 'vscode';
import { ENGINE_RULES } from '../core/rules/engineRules';
import type { Finding, TextEdit } from '../core/types';
import type { AnalysisStore, DocumentAnalysis, TrackedPredicate } from './analysis';
import { COMMANDS, DIAGNOSTIC_SOURCE } from './constants';
import { disableFileEdit, disableNextLineEdit, snippetToPlainText } from './text';
import { loadPanel } from './panelPackage';

/** The engine's own findings (binary-file, rule-error): no comment can silence them, they report on the file itself. */
const UNSUPPRESSIBLE = new Set(ENGINE_RULES.map((r) => r.id));

export interface SnippetFixArgs {
  uri: string;
  version: number;
  start: number;
  end: number;
  snippet: string;
}

export class StoryCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  /**
   * `findingOf`: problems.ts's, passed in rather than imported: this provider loads from
   * dist/editor.js, and the diagnostics' findings are remembered in extension.js's copy.
   */
  constructor(
    private readonly store: AnalysisStore,
    private readonly tracked: TrackedPredicate,
    private readonly findingOf: (diagnostic: vscode.Diagnostic) => Finding | undefined,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (!this.tracked(document)) return [];
    // Asked for (Ctrl+.): answer on the current text. Automatic (light bulb): only if already analysed.
    const analysis =
      context.triggerKind === vscode.CodeActionTriggerKind.Invoke ? this.store.current(document) : this.store.peek(document.uri);
    if (!analysis || analysis.version !== document.version) return [];

    // On the title of a story that names no principle: file it under a suggested one.
    const at = document.offsetAt(range.start);
    const titled = analysis.result.stories.find((s) => {
      const t = analysis.file.stories[s.index];
      return t?.titleStart != null && t.titleStart <= at && at <= t.titleEnd!;
    });
    const actions: vscode.CodeAction[] = titled && this.store.suggestions(analysis, titled).length ? loadPanel().suggestionActions(document, analysis.file, titled) : [];
    if (!ours.length) return actions;
    const disabled = new Set<string>();
    const tips = new Set<string>();
    for (const diagnostic of ours) {
      const finding = this.findingFor(diagnostic, analysis, document);
      if (!finding) continue;
      if (finding.fix) actions.push(this.fixAction(document, diagnostic, finding));
      if (!UNSUPPRESSIBLE.has(finding.ruleId) && !disabled.has(finding.ruleId)) {
        disabled.add(finding.ruleId);
        actions.push(...this.disableActions(document, diagnostic, finding, analysis));
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

  /**
   * The finding behind a diagnostic, in this analysis. The WeakMap answers when the diagnostic
   * was published from it; otherwise (typing moved on) the same rule on the same range.
   */
  private findingFor(diagnostic: vscode.Diagnostic, analysis: DocumentAnalysis, document: vscode.TextDocument): Finding | undefined {
    const mapped = this.findingOf(diagnostic);
    if (mapped && analysis.result.findings.includes(mapped)) return mapped;
    const ruleId = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    return analysis.result.findings.find((f) => f.ruleId === ruleId && f.start === start && f.end === end);
  }

  private fixAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding): vscode.CodeAction {
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

  private disableActions(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding, analysis: DocumentAnalysis): vscode.CodeAction[] {
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
}

function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[], snippet = false): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    const range = new vscode.Range(document.positionAt(e.start), document.positionAt(e.end));
    edit.replace(document.uri, range, snippet ? snippetToPlainText(e.text) : e.text);
  }
  return edit;
}
