// Quick fixes on STAR diagnostics. This provider only decides whether there is anything to fix
// (our diagnostics, an analysis of the current text); the fixes are built by quickFixes.ts, which
// the Node extension loads with dist/editor.js on the first light bulb or Ctrl+. over one.
import * as vscode from 'vscode';
import { ENGINE_RULES } from '../core/rules';
import type { Finding } from '../core/types';
import type { AnalysisStore, DocumentAnalysis, TrackedPredicate } from './analysis';
import { DIAGNOSTIC_SOURCE } from './constants';
import { loadEditor } from './editorPackage';
import { findingOf } from './problems';

/** The engine's own findings (binary-file, rule-error): no comment can silence them, they report on the file itself. */
const UNSUPPRESSIBLE: ReadonlySet<string> = new Set(ENGINE_RULES.map((r) => r.id));

export interface SnippetFixArgs {
  uri: string;
  version: number;
  start: number;
  end: number;
  snippet: string;
}

export class StoryCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly store: AnalysisStore,
    private readonly tracked: TrackedPredicate,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (!ours.length || !this.tracked(document)) return [];
    // Asked for (Ctrl+.): answer on the current text. Automatic (light bulb): only if already analysed.
    const analysis =
      context.triggerKind === vscode.CodeActionTriggerKind.Invoke ? this.store.current(document) : this.store.peek(document.uri);
    if (!analysis || analysis.version !== document.version) return [];
    const found = ours.flatMap((d) => {
      const finding = findingFor(d, analysis, document);
      return finding ? [[d, finding] as const] : [];
    });
    return found.length ? loadEditor().quickFixes(document, found, analysis, UNSUPPRESSIBLE) : [];
  }
}

/**
 * The finding behind a diagnostic, in this analysis. The WeakMap answers when the diagnostic
 * was published from it; otherwise (typing moved on) the same rule on the same range.
 */
function findingFor(diagnostic: vscode.Diagnostic, analysis: DocumentAnalysis, document: vscode.TextDocument): Finding | undefined {
  const mapped = findingOf(diagnostic);
  if (mapped && analysis.result.findings.includes(mapped)) return mapped;
  const ruleId = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return analysis.result.findings.find((f) => f.ruleId === ruleId && f.start === start && f.end === end);
}
