// The extension's own log: Output › STAR Story Coach. The engine's failures (rule-error
// findings) and any error the glue catches are written here, so a user can report them.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/types';

let channel: vscode.LogOutputChannel | undefined;
/** The engine errors last logged per file: a story that keeps failing is logged once, not per keystroke. */
const logged = new Map<string, string>();

/** Logs an error (with its stack) in the output channel, created the first time. */
export function logError(context: string, err: unknown): void {
  (channel ??= vscode.window.createOutputChannel('STAR Story Coach', { log: true })).error(`${context}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
}

/** Logs the engine's rule-error findings of an analysis, unless they are the ones last logged for the file. */
export function logEngineErrors(uri: vscode.Uri, result: CheckResult): void {
  const errors = result.findings.filter((f) => f.ruleId === 'rule-error').map((f) => f.message).join('\n');
  if (errors === (logged.get(uri.toString()) ?? '')) return;
  logged.set(uri.toString(), errors);
  if (errors) logError(vscode.workspace.asRelativePath(uri), errors);
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
  logged.clear();
}
