// Engine findings and config problems as VS Code diagnostics. Each finding's diagnostic is
// remembered in a WeakMap, so code actions find the finding (and its fix) without re-checking.
import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/types';
import { DIAGNOSTIC_SOURCE, ruleDocsUrl } from './constants';
import { positionConverter } from './text';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const findings = new WeakMap<vscode.Diagnostic, Finding>();

/** The finding a diagnostic of ours was made from. */
export function findingOf(diagnostic: vscode.Diagnostic): Finding | undefined {
  return findings.get(diagnostic);
}

type PositionAt = (offset: number) => vscode.Position;

export function findingDiagnostics(list: readonly Finding[], positionAt: PositionAt): vscode.Diagnostic[] {
  return list.map((finding) => {
    const range = new vscode.Range(positionAt(finding.start), positionAt(finding.end));
    const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(ruleDocsUrl(finding.ruleId)) };
    findings.set(diagnostic, finding);
    return diagnostic;
  });
}

/** Offsets into text that has no open document (files read from disk). */
export function positionsIn(text: string): PositionAt {
  const convert = positionConverter(text);
  return (offset) => {
    const { line, character } = convert(offset);
    return new vscode.Position(line, character);
  };
}

interface Problem {
  message: string;
  start: number;
  end: number;
  severity: Severity;
}

/** Publishes a `.starrc.yaml` file's problems on the file itself. */
export function publishProblems(collection: vscode.DiagnosticCollection, uri: vscode.Uri, text: string, problems: readonly Problem[]): void {
  const positionAt = positionsIn(text);
  collection.set(
    uri,
    problems.map((p) => {
      const diagnostic = new vscode.Diagnostic(new vscode.Range(positionAt(p.start), positionAt(p.end)), p.message, SEVERITY[p.severity]);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      return diagnostic;
    }),
  );
}
