// Bad input in a real extension host (docs/ARCHITECTURE.md, "Invariants"): broken front matter is reported on its key,
// an invalid setting gets one warning naming it and falls back to its default, the .starrc.yaml
// look-up stops at the workspace folder, a binary story gets one finding, a file over
// starStory.maxFileSize is checked on save and on demand only, and how long one check of a 1 MB
// bank holds the extension host (a measurement, printed, not asserted).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { StarStoryApi } from '../../src/extension/extension';
import type { Notice } from '../../src/extension/notices';
import { activateApi, cleanUp, hasRule, lacksRule, ruleOf, starDiagnostics, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

const REPO = path.resolve(__dirname, '..', '..', '..');
const Workspace = vscode.ConfigurationTarget.Workspace;
const section = () => vscode.workspace.getConfiguration('starStory');

/** A line in mocha's output (the driver shows reporter lines only). */
function report(line: string): void {
  Mocha.reporters.Base.consoleLog(`      ${line}`);
}

/** A complete story: we-instead-of-i and hedging fire in its Action. */
const STORY = `---
principle: Ownership
---
# Fixing the billing exporter

## Situation
The nightly billing export dropped rows, and it belonged to the payments team; nobody asked me to look.

## Action
We read the logs for a week. I think I traced the drops to a retry that swallowed timeouts. I wrote a fix with a test. I added an alert.

## Result
Lost rows went from about 40 a night to 0, which saved finance two days of reconciliation a month.

## Reflection
I now check the retry path first when data goes missing quietly.
`;

describe('reliability: bad input in the editor', function () {
  this.timeout(120_000);
  let api: StarStoryApi;
  const temp = workspaceUri('.tmp-reliability').fsPath;
  const vscodeDir = workspaceUri('.vscode').fsPath;
  const hadVscodeDir = fs.existsSync(vscodeDir);

  function write(rel: string, text: string | Uint8Array): vscode.Uri {
    const file = path.join(temp, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return vscode.Uri.file(file);
  }

  async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { viewColumn: vscode.ViewColumn.One, preview: false });
  }

  /** Notices shown since `from` (an index into api.notices()). */
  const noticesSince = (from: number, about: string): Notice[] => api.notices().slice(from).filter((n) => n.message.includes(about));

  before(async () => {
    api = await activateApi();
    fs.rmSync(temp, { recursive: true, force: true });
  });
  afterEach(cleanUp);
  after(async () => {
    for (const key of ['wordsPerMinute', 'rules', 'level', 'maxFileSize', 'debounceMs']) await section().update(key, undefined, Workspace);
    if (!hadVscodeDir) fs.rmSync(vscodeDir, { recursive: true, force: true });
    fs.rmSync(temp, { recursive: true, force: true });
  });

  describe('front matter', () => {
    it('puts YAML syntax and schema errors on the offending key or value', async () => {
      const cases: [string, string, string[]][] = [
        ['schema', 'principle: [Ownership, Nonsense]\nlevel: sde9\ncolour: blue', ['Nonsense', 'sde9', 'colour']],
        ['syntax', 'principle: Ownership\nquestion: "never closed\nlevel: senior', ['question: "never closed']],
        // `* Ownership` typed as a bullet: the line says it reads as an alias; the other keys apply.
        ['bullet', '* Ownership', ['* Ownership']],
      ];
      for (const [name, yaml, flagged] of cases) {
        const uri = write(`front-matter/${name}.star.md`, STORY.replace('principle: Ownership', yaml));
        const { document } = await open(uri);
        const problems = (d: vscode.Diagnostic[]) => d.filter((x) => ['invalid-front-matter', 'unknown-principle'].includes(ruleOf(x)));
        const diagnostics = await waitForDiagnostics(uri, `the front matter problems of ${name}`, (d) => problems(d).length === flagged.length);
        assert.deepStrictEqual(problems(diagnostics).map((d) => document.getText(d.range)).sort(), [...flagged].sort(), name);
        // The story below is still checked.
        assert.ok(diagnostics.some((d) => ruleOf(d) === 'we-instead-of-i'), name);
      }
    });
  });

  describe('settings', () => {
    it('an invalid starStory.wordsPerMinute: one warning naming it, the default used, checking goes on', async () => {
      const { document } = await open(write('settings/wpm.star.md', STORY));
      const first = await waitFor('the first analysis', () => api.getAnalysis(document.uri), (a) => a !== undefined);
      const seconds = first!.result.stories[0].seconds;
      const from = api.notices().length;
      await section().update('wordsPerMinute', -40, Workspace);
      const [warning] = await waitFor('a warning about starStory.wordsPerMinute', () => noticesSince(from, 'starStory.wordsPerMinute'), (n) => n.length > 0);
      assert.strictEqual(warning.kind, 'warning');
      assert.match(warning.message, /-40.*default/);
      const after = await waitFor('the re-check under the new settings', () => api.getAnalysis(document.uri), (a) => a !== first);
      assert.strictEqual(after!.result.stories[0].seconds, seconds, 'not the default 150 words a minute');

      // Later re-reads of the settings (another story, another change) do not warn again.
      const again = api.getAnalysis(document.uri);
      await section().update('debounceMs', 200, Workspace);
      await waitFor('the re-check after another change', () => api.getAnalysis(document.uri), (a) => a !== again);
      await open(write('settings/wpm-2.star.md', STORY));
      await waitForDiagnostics(workspaceUri('.tmp-reliability', 'settings', 'wpm-2.star.md'), 'the second story', hasRule('we-instead-of-i'));
      assert.strictEqual(noticesSince(from, 'starStory.wordsPerMinute').length, 1, JSON.stringify(api.notices().slice(from)));
      await section().update('debounceMs', undefined, Workspace);
      await section().update('wordsPerMinute', undefined, Workspace);
    });

    it('an unknown rule id and an unknown severity in starStory.rules: one warning, the valid entries still apply', async () => {
      const uri = write('settings/rules.star.md', STORY);
      await open(uri);
      await waitForDiagnostics(uri, 'the defaults', hasRule('we-instead-of-i'));
      const from = api.notices().length;
      await section().update('rules', { 'no-such-rule': 'off', hedging: 'loud', 'we-instead-of-i': 'hint' }, Workspace);
      const isHint = (d: vscode.Diagnostic[]) => d.some((x) => ruleOf(x) === 'we-instead-of-i' && x.severity === vscode.DiagnosticSeverity.Hint);
      const diagnostics = await waitForDiagnostics(uri, 'we-instead-of-i as a hint', isHint);
      assert.strictEqual(diagnostics.find((d) => ruleOf(d) === 'hedging')?.severity, vscode.DiagnosticSeverity.Information, 'hedging keeps its default');
      const warnings = noticesSince(from, 'starStory.rules');
      assert.strictEqual(warnings.length, 1, JSON.stringify(api.notices().slice(from)));
      assert.match(warnings[0].message, /no-such-rule/);
      assert.match(warnings[0].message, /hedging: "loud"/);
      await section().update('rules', undefined, Workspace);
    });

    it('an unknown starStory.level: one warning, stories coached at the default level', async () => {
      const uri = write('settings/level.star.md', STORY);
      await open(uri);
      const from = api.notices().length;
      await section().update('level', 'sde9', Workspace);
      const warnings = await waitFor('a warning about starStory.level', () => noticesSince(from, 'starStory.level'), (n) => n.length > 0);
      assert.strictEqual(warnings.length, 1);
      const analysis = await waitFor('a re-check', () => api.getAnalysis(uri), (a) => a?.result.stories.length === 1);
      assert.strictEqual(analysis!.result.stories[0].level, 'sde2');
      await section().update('level', undefined, Workspace);
    });
  });

  describe('.starrc.yaml', () => {
    it('is looked up from the story up to the workspace folder, and no further', async function () {
      // The workspace folder is test/workspace: a .starrc.yaml in test/ is outside it.
      const outside = path.join(REPO, 'test', '.starrc.yaml');
      if (fs.existsSync(outside)) this.skip();
      write('walk/.starrc.yaml', 'rules:\n  hedging: off\n');
      const uri = write('walk/two/levels/story.star.md', STORY);
      fs.writeFileSync(outside, 'rules:\n  we-instead-of-i: off\n');
      try {
        await open(uri);
        // hedging off: the look-up climbed two folders; we-instead-of-i on: it stopped at the workspace.
        await waitForDiagnostics(uri, 'the inner .starrc.yaml only', (d) => hasRule('we-instead-of-i')(d) && lacksRule('hedging')(d));
      } finally {
        fs.rmSync(outside, { force: true });
      }
    });
  });

  describe('binary files', () => {
    it('a story file with NUL bytes gets one finding saying so, and nothing else', async () => {
      const bytes = new Uint8Array([...new TextEncoder().encode('# Not really a story\n## Action\nWe did it.\n'), 0, 1, 2, 0, 0x50, 0x4b, 0x03, 0x04, 10]);
      const uri = write('binary/archive.star.md', bytes);
      // Opened in the editor, if VS Code opens it as text at all (it may refuse binary files).
      const opened = await vscode.workspace.openTextDocument(uri).then(
        (document) => document,
        () => undefined,
      );
      if (opened) {
        await vscode.window.showTextDocument(opened);
        const diagnostics = await waitForDiagnostics(uri, 'the binary-file finding', (d) => d.length > 0);
        assert.deepStrictEqual(diagnostics.map(ruleOf), ['binary-file']);
        assert.match(diagnostics[0].message, /not text/);
        await cleanUp();
      }
      // Read from disk by Check All Stories in Workspace.
      await vscode.commands.executeCommand('starStory.checkWorkspace');
      const diagnostics = await waitForDiagnostics(uri, 'the binary-file finding after the workspace check', (d) => d.length > 0);
      assert.deepStrictEqual(diagnostics.map(ruleOf), ['binary-file']);
      report(`binary story: ${opened ? 'opened as text, and' : 'refused by the editor,'} one binary-file finding from the workspace check`);
    });
  });

  describe('files over starStory.maxFileSize', () => {
    it('are not checked as you type, the user is told why once, and save and the command check them', async () => {
      await section().update('maxFileSize', 2048, Workspace);
      const bigText = `${STORY}\n${'## Follow-ups\n### What would you do differently?\nI would add the alert before the fix, to measure the drops first.\n\n'.repeat(30)}`;
      assert.ok(bigText.length > 2048);
      const big = write('size/big.star.md', bigText);
      const small = write('size/small.star.md', STORY);
      const from = api.notices().length;

      const bigEditor = await open(big);
      const [notice] = await waitFor('the notice about big.star.md', () => noticesSince(from, 'big.star.md'), (n) => n.length > 0);
      assert.strictEqual(notice.kind, 'info');
      assert.match(notice.message, /starStory\.maxFileSize.*on save.*Check STAR Story/);
      assert.deepStrictEqual(starDiagnostics(big), []);

      // Type in both; the small story's re-check after its debounce comes after the big one's
      // would have (the big one was edited first): once it is in, the big one had its chance.
      const smallEditor = await open(small);
      await waitForDiagnostics(small, 'the small story', hasRule('we-instead-of-i'));
      const count = (uri: vscode.Uri) => starDiagnostics(uri).filter((d) => ruleOf(d) === 'we-instead-of-i').length;
      const before = count(small);
      // Typed as an edit of the document: only one of the two editors is visible at a time.
      const addWe = async (document: vscode.TextDocument) => {
        const edit = new vscode.WorkspaceEdit();
        edit.insert(document.uri, document.positionAt(document.getText().indexOf('I wrote a fix')), 'We paired on it. ');
        assert.ok(await vscode.workspace.applyEdit(edit));
      };
      const bigDocument = bigEditor.document;
      const smallDocument = smallEditor.document;
      await addWe(bigDocument);
      await addWe(smallDocument);
      await waitForDiagnostics(small, 'the small story re-checked after typing', () => count(small) === before + 1);
      assert.deepStrictEqual(starDiagnostics(big), [], 'the big story was checked while typing');
      assert.strictEqual(noticesSince(from, 'big.star.md').length, 1, 'told more than once');

      // Saving checks it.
      await bigDocument.save();
      await waitForDiagnostics(big, 'the big story checked on save', () => count(big) === 2);

      // Typing again leaves the saved result; the command checks the text as it is now.
      await addWe(bigDocument);
      await addWe(smallDocument);
      await waitForDiagnostics(small, 'the small story re-checked again', () => count(small) === before + 2);
      assert.strictEqual(count(big), 2);
      await vscode.window.showTextDocument(bigDocument);
      await vscode.commands.executeCommand('starStory.checkStory');
      await waitForDiagnostics(big, 'the big story checked by the command', () => count(big) === 3);
      assert.strictEqual(noticesSince(from, 'big.star.md').length, 1);
      await section().update('maxFileSize', undefined, Workspace);
    });
  });

  // Decision (budget: a check never holds the host for more than 50 ms). Typing in one story of a
  // bank re-checks only that story (the incremental checker: a few ms for 1 MB), and the debounce
  // allows one check per pause. An edit of the front matter, and opening the file, re-check every
  // story: for 1 MB that is over the budget (~165 ms measured). A lower "check as you type" size
  // limit in the glue would not help there (opening and saving check the whole file anyway), so
  // there is none beyond starStory.maxFileSize: the whole-bank figure is the engine's to bring down.
  describe('time the host is held by one check', () => {
    /** Our corpus stories, without front matter, repeated to `size` characters under one front matter. */
    function bank(size: number): string {
      const dir = path.join(REPO, 'test', 'corpus');
      const stories = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.star.md'))
        .sort()
        .map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^---\n[^]*?\n---\n/, ''));
      const parts = ['---\nquestion: Tell me about a time you took ownership.\nprinciple: Ownership\n---\n'];
      let length = parts[0].length;
      for (let i = 0; length < size; i++) {
        const story = stories[i % stories.length];
        parts.push(story.startsWith('# ') ? story : `# Story ${i}\n${story}`);
        length += parts[parts.length - 1].length;
      }
      return parts.join('\n');
    }

    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

    it('measures one analysis of a 1 MB bank through the API: whole bank, and a keystroke in one story', async () => {
      const text = bank(1024 * 1024);
      const document = await vscode.workspace.openTextDocument({ language: 'star', content: text });
      const editor = await vscode.window.showTextDocument(document);
      api.checkDocument(document);
      const time = async (offset: number) => {
        assert.ok(await editor.edit((e) => e.insert(document.positionAt(offset), 'x')));
        const start = performance.now();
        const result = api.checkDocument(document);
        const ms = performance.now() - start;
        assert.ok(result.findings.length > 0);
        return ms;
      };
      const runs = 5;
      const whole: number[] = [];
      const story: number[] = [];
      // An edit in the front matter changes every story; one in the middle of the bank changes one.
      for (let i = 0; i < runs; i++) whole.push(await time(text.indexOf('Tell me') + 4));
      for (let i = 0; i < runs; i++) story.push(await time(Math.floor(text.length / 2)));
      const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
      report(`1 MB bank (${(text.length / 1048576).toFixed(2)} MB, ${api.getAnalysis(document.uri)?.result.stories.length} stories) in the host: whole bank ${fmt(whole)}; keystroke in one story ${fmt(story)} (budget 50 ms)`);
    });
  });
});
