// The extension's own log: Output › STAR Story Coach. The engine's failures (rule-error
// findings) and any error the glue catches are written here, so a user can report them.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/types';

let channel: vscode.LogOutputChannel | undefined;

/** The output channel, created the first time something is logged. */
function output(): vscode.LogOutputChannel {
  return (channel ??= vscode.window.createOutputChannel('STAR Story Coach', { log: true }));
}

export function logError(context: string, err: unknown): void {
  output().error(`${context}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
}

/** The last engine errors logged per file: a story that keeps failing is logged once, not per keystroke. */
const logged = new Map<string, string>();

/** Logs the engine's rule-error findings of an analysis (once for the same errors of the same file). */
export function logEngineErrors(uri: vscode.Uri, result: CheckResult): void {
  const key = uri.toString();
  const errors = result.findings.filter((f) => f.ruleId === 'rule-error').map((f) => `story ${f.storyIndex + 1}: ${f.message}`);
  const joined = errors.join('\n');
  if ((logged.get(key) ?? '') === joined) return;
  if (errors.length === 0) logged.delete(key);
  else logged.set(key, joined);
  for (const e of errors) output().error(`${vscode.workspace.asRelativePath(uri)}, ${e}`);
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
  logged.clear();
}
