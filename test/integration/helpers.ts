// Shared by the editor integration suites: the extension's API, the test workspace, and waits
// that resolve on VS Code's own events (with a time-out) instead of sleeping.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { StarStoryApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'star-story-coach.star-story-coach';
export const WAIT_MS = 15_000;

export async function activateApi(): Promise<StarStoryApi> {
  const extension = vscode.extensions.getExtension<StarStoryApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in the host`);
  return extension.activate();
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the host opened no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function openStory(...segments: string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  return vscode.window.showTextDocument(document, vscode.ViewColumn.One);
}

/** Our diagnostics on a URI. */
export function starDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'STAR');
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function ruleIds(uri: vscode.Uri): string[] {
  return starDiagnostics(uri).map(ruleOf).sort();
}

function describe(diagnostics: vscode.Diagnostic[]): string {
  return JSON.stringify(diagnostics.map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character} ${d.severity}`));
}

/** Resolves once the URI's STAR diagnostics satisfy `ok`, checking now and on every change. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, ok: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}; diagnostics now: ${describe(starDiagnostics(uri))}`));
    }, WAIT_MS);
    const check = () => {
      const diagnostics = starDiagnostics(uri);
      if (!ok(diagnostics)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(diagnostics);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

export const hasRule = (ruleId: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.some((d) => ruleOf(d) === ruleId);
export const lacksRule = (ruleId: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.length > 0 && !diagnostics.some((d) => ruleOf(d) === ruleId);

/**
 * How long a file watcher's event may take: the host's watcher reports files written on disk
 * seconds late when the machine is busy (two cores running the whole suite).
 */
export const WATCHER_MS = 45_000;

/** Polls state that raises no event of its own (status bar, panel), up to a time-out. */
export async function waitFor<T>(what: string, read: () => T, ok: (value: T) => boolean, ms: number = WAIT_MS): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (ok(value)) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; last: ${JSON.stringify(value)?.slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Reverts every edited document and closes every editor (and the coach panel). */
export async function cleanUp(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    // VS Code's own files (its user settings.json while it writes them) are no test's edits.
    if (document.uri.scheme !== 'untitled' && !vscode.workspace.getWorkspaceFolder(document.uri) && document.uri.path.endsWith('/User/settings.json')) continue;
    // Untitled ones too: discarded, so closing asks nothing.
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Markdown hover text with its backslash escapes removed. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\(.)/g, '$1');
}

type Window = { showQuickPick: unknown; showInputBox: unknown; showInformationMessage: unknown; createQuickPick: unknown };

/** Replaces window functions the extension calls (it shares this `vscode` object) for one call of `run`. */
export async function withWindow<T>(stubs: Partial<Window>, run: () => Promise<T>): Promise<T> {
  const window = vscode.window as unknown as Window;
  const saved: Partial<Window> = {};
  for (const key of Object.keys(stubs) as (keyof Window)[]) {
    saved[key] = window[key];
    window[key] = stubs[key];
  }
  try {
    return await run();
  } finally {
    Object.assign(window, saved);
  }
}

/**
 * Runs New STAR Story with `stubs` in place; the level picker is a real quick pick (it opens on
 * the default level), and Senior SDE is typed and accepted in it. Its title joins `asked`.
 */
export async function newStoryAtSenior(stubs: Partial<Window>, asked: string[]): Promise<void> {
  const createQuickPick = vscode.window.createQuickPick;
  let levels: vscode.QuickPick<vscode.QuickPickItem> | undefined;
  await withWindow({ ...stubs, createQuickPick: () => (levels = createQuickPick.call(vscode.window)) }, async () => {
    const done = vscode.commands.executeCommand('starStory.newStory');
    await waitFor('the level picker', () => levels?.items.length ?? 0, (n) => n > 0);
    asked.push(levels!.title ?? '');
    levels!.value = 'senior';
    await waitFor('Senior SDE at the top of the filtered list', () => levels!.activeItems[0]?.label, (label) => label === 'Senior SDE');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
  });
}
