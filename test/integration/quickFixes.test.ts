// Nothing lost (docs/ARCHITECTURE.md, "Invariants"): in a real extension host, every quick fix offered on every diagnostic
// of our development corpus (test/corpus, opened as untitled stories with the same text, a few
// also with CRLF line endings) changes nothing outside its own range, and one undo gives back the
// original text exactly. Edit fixes are applied with workspace.applyEdit; snippet fixes run their
// command (editor.insertSnippet).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { SnippetFixArgs } from '../../src/extension/codeActions';
import { activateApi, cleanUp, starDiagnostics, waitFor } from './helpers';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus');
const SNIPPET_COMMAND = 'starStory.insertSnippetFix';
const TIP_COMMAND = 'starStory.openPanel';

interface Counts {
  files: number;
  diagnostics: number;
  edits: number;
  snippets: number;
  undone: number;
  tips: number;
}

/** `text` with `edits` applied (offsets into `text`). */
function applied(text: string, edits: { start: number; end: number; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Everything before `start` and after `end` of `original` is still there, unchanged. */
function assertOutsideUnchanged(original: string, now: string, start: number, end: number, what: string): void {
  assert.strictEqual(now.slice(0, start), original.slice(0, start), `${what}: text before the fix changed`);
  const tail = original.length - end;
  assert.strictEqual(now.slice(now.length - tail), original.slice(end), `${what}: text after the fix changed`);
}

describe('nothing lost: every quick fix on the corpus', function () {
  this.timeout(15 * 60_000);
  const counts: Counts = { files: 0, diagnostics: 0, edits: 0, snippets: 0, undone: 0, tips: 0 };
  const section = () => vscode.workspace.getConfiguration('starStory');

  before(async () => {
    await activateApi();
    // Checked on open and save only: the published diagnostics stay those of the original text
    // while fixes are applied and undone (code actions themselves answer on the current text).
    await section().update('run', 'onSave', vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await section().update('run', undefined, vscode.ConfigurationTarget.Global);
    await cleanUp();
    Mocha.reporters.Base.consoleLog(
      `      ${counts.files} files, ${counts.diagnostics} diagnostics: ${counts.edits + counts.snippets} quick fixes applied (${counts.edits} edits, ${counts.snippets} snippets) and ${counts.undone} undone; ${counts.tips} "show tip" actions change no text`,
    );
  });

  const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.star.md')).sort();

  it('has corpus files', () => assert.ok(files.length >= 20, `${files.length} files in ${CORPUS}`));

  // Every file as written, and a few with Windows line endings.
  const cases = [...files.map((name) => ({ name, crlf: false })), ...files.filter((_, i) => i % 6 === 0).map((name) => ({ name, crlf: true }))];
  for (const { name, crlf } of cases) {
    it(crlf ? `${name} (CRLF)` : name, async () => {
      const text = fs.readFileSync(path.join(CORPUS, name), 'utf8');
      const original = crlf ? text.replace(/\r?\n/g, '\r\n') : text;
      const document = await vscode.workspace.openTextDocument({ language: 'star', content: original });
      await vscode.window.showTextDocument(document);
      const api = await activateApi();
      await waitFor('the first check', () => api.getAnalysis(document.uri)?.version, (v) => v === document.version);
      const diagnostics = starDiagnostics(document.uri);
      assert.strictEqual(document.getText(), original);
      counts.files++;
      counts.diagnostics += diagnostics.length;

      const seen = new Set<string>();
      for (const diagnostic of diagnostics) {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
        for (const action of actions) {
          if (action.command?.command === TIP_COMMAND) {
            counts.tips++;
            continue;
          }
          const what = `${name}: "${action.title}" on ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
          if (action.edit) {
            const entries = action.edit.entries();
            assert.deepStrictEqual(entries.map(([uri]) => uri.toString()), [document.uri.toString()], `${what}: edits another file`);
            const edits = entries[0][1].map((e) => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), text: e.newText }));
            const key = `${action.title}|${JSON.stringify(edits)}`;
            if (seen.has(key)) continue;
            seen.add(key);
            assert.ok(await vscode.workspace.applyEdit(action.edit), `${what}: not applied`);
            const now = document.getText();
            assert.strictEqual(now, applied(original, edits), `${what}: not exactly the offered edit`);
            assertOutsideUnchanged(original, now, Math.min(...edits.map((e) => e.start)), Math.max(...edits.map((e) => e.end)), what);
            counts.edits++;
          } else if (action.command?.command === SNIPPET_COMMAND) {
            const args = action.command.arguments?.[0] as SnippetFixArgs;
            const key = `${action.title}|${args.start}|${args.end}|${args.snippet}`;
            if (seen.has(key)) continue;
            seen.add(key);
            assert.ok(await vscode.commands.executeCommand(SNIPPET_COMMAND, ...(action.command.arguments ?? [])), `${what}: the snippet was not inserted`);
            const now = document.getText();
            assert.ok(now.length > original.length - (args.end - args.start), `${what}: nothing inserted`);
            assertOutsideUnchanged(original, now, args.start, args.end, what);
            await vscode.commands.executeCommand('leaveSnippet');
            counts.snippets++;
          } else {
            assert.fail(`${what}: neither an edit nor a known command (${action.command?.command})`);
          }
          await vscode.window.showTextDocument(document);
          await vscode.commands.executeCommand('undo');
          assert.strictEqual(document.getText(), original, `${what}: one undo did not restore the text`);
          counts.undone++;
        }
      }
      await cleanUp();
    });
  }
});
