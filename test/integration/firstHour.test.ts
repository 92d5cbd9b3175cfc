// What a new user meets in the first hour (issue 14), in a real extension host: word wrap in
// stories, New STAR Story naming a .star.md file, the offer to coach a Markdown story, the
// Outline, and the coach panel's order, its step between stories and rule pages opened beside it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { StarStoryApi } from '../../src/extension/extension';
import { probe, PROBE_DIR } from './probe';
import { activateApi, cleanUp, hasRule, newStoryAtSenior, starDiagnostics, waitFor, waitForDiagnostics, WAIT_MS, withWindow, workspaceUri } from './helpers';

const BANK = `---
principle: Dive Deep
---
# Speeding up search

## Situation
Search latency doubled after a release, and we had no idea why.

## Action
I profiled the query planner. I found a missing index. I added it and a regression test.

## Follow-ups
### How did you know it was the index?
I compared the plans before and after the release.
- What would you do differently?

# Cutting the deploy time

## Situation
Deploys took forty minutes.

## Action
I split the pipeline into parallel stages.

# Owning the flaky tests

## Task
Nobody owned the flaky suite.
`;

/** A Markdown file that is a story in all but name. */
const MARKDOWN_STORY = `---
principle: Ownership
---
# Fixing the exporter

## Situation
The nightly export dropped rows.

## Action
We looked at the logs together and it went well.
`;

describe('the first hour', function () {
  this.timeout(WAIT_MS * 4);
  let api: StarStoryApi;
  let dir: string;
  const written: string[] = [];

  before(async () => {
    api = await activateApi();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'star-first-hour-'));
  });
  afterEach(cleanUp);
  after(async () => {
    await cleanUp();
    fs.rmSync(dir, { recursive: true, force: true });
    for (const file of written) fs.rmSync(file, { force: true });
  });

  async function openFile(name: string, text: string): Promise<vscode.TextEditor> {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(file)), vscode.ViewColumn.One);
  }

  it('wraps words in a .star.md editor, as Markdown does, and keeps word suggestions out of prose', async () => {
    const { document } = await openFile('wrap.star.md', BANK);
    assert.strictEqual(document.languageId, 'star');
    const editor = vscode.workspace.getConfiguration('editor', document);
    assert.strictEqual(editor.get('wordWrap'), 'on');
    assert.deepStrictEqual(editor.get('quickSuggestions'), { comments: 'off', strings: 'off', other: 'off' });
    assert.strictEqual(editor.get('wordBasedSuggestions'), 'off');
    // Only stories: a plain text file keeps VS Code's default.
    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'x' });
    assert.strictEqual(vscode.workspace.getConfiguration('editor', plain).get('wordWrap'), 'off');
  });

  it('shows stories, sections and follow-up questions in the Outline (document symbols)', async () => {
    const { document } = await openFile('outline.star.md', BANK);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const tree = (list: vscode.DocumentSymbol[]): unknown[] => list.map((s) => (s.children.length ? [s.name, tree(s.children)] : s.name));
    assert.deepStrictEqual(tree(symbols), [
      ['Speeding up search', ['Situation', 'Action', ['Follow-ups', ['How did you know it was the index?', 'What would you do differently?']]]],
      ['Cutting the deploy time', ['Situation', 'Action']],
      ['Owning the flaky tests', ['Task']],
    ]);
    const [first] = symbols;
    assert.strictEqual(first.detail, 'Dive Deep');
    assert.strictEqual(document.lineAt(first.selectionRange.start.line).text, '# Speeding up search');
    assert.ok(first.range.contains(first.children[2].children[0].range));
  });

  it('New STAR Story in a workspace asks for a name and opens name.star.md, which saves as a story', async () => {
    const name = `first-hour-${Date.now()}`;
    const asked: string[] = [];
    await newStoryAtSenior(
      {
        showQuickPick: async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>, options?: vscode.QuickPickOptions) => {
          asked.push(options?.title ?? '');
          return (await items).find((item) => item.label === 'Ownership');
        },
        showInputBox: async (options?: vscode.InputBoxOptions) => {
          asked.push(options?.title ?? '');
          assert.strictEqual(options?.value, 'ownership-story', 'the suggested name');
          assert.match((await options?.validateInput?.('a/b')) as string, /without folders/);
          assert.match((await options?.validateInput?.('smoke')) as string, /smoke\.star\.md already exists/);
          assert.strictEqual(await options?.validateInput?.(`${name}.md`), undefined);
          return `${name}.md`;
        },
      },
      asked,
    );
    assert.deepStrictEqual(asked, ['New STAR story (1/3)', 'New STAR story (2/3)', 'New STAR story (3/3)']);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no editor opened');
    const target = workspaceUri(`${name}.star.md`);
    // Deleted when the suite ends: VS Code's local history copies a saved file a moment later.
    written.push(target.fsPath);
    assert.strictEqual(editor.document.uri.scheme, 'untitled');
    assert.strictEqual(editor.document.uri.path, target.path);
    assert.strictEqual(editor.document.languageId, 'star');
    assert.match(editor.document.getText(), /^---\nquestion: .+\nprinciple: Ownership\nlevel: senior\n---\n# /);
    assert.strictEqual(editor.document.getText(editor.selection), 'Tell me about a time when…');
    // Saving writes the named file, no Save As dialog: still a story, still coached.
    assert.ok(await editor.document.save(), 'the save did not happen');
    assert.ok(fs.existsSync(target.fsPath), `${target.fsPath} was not written`);
    const saved = await waitFor('the saved story', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === target.fsPath), (d) => !!d);
    assert.strictEqual(saved?.languageId, 'star');
    assert.match(fs.readFileSync(target.fsPath, 'utf8'), /^---\nquestion: /);
  });

  it('offers once to coach a Markdown file that looks like a story, and remembers the answer', async () => {
    const offers: string[] = [];
    let answer: string | undefined = 'Coach It';
    const stub = {
      showInformationMessage: async (message: string, ...items: string[]) => {
        if (!message.includes('looks like a STAR interview story')) return undefined;
        offers.push(message);
        assert.deepStrictEqual(items, ['Coach It', 'Switch to STAR Story', "Don't Ask in This Workspace"]);
        return answer;
      },
    };
    await withWindow(stub, async () => {
      const { document } = await openFile('exporter-notes.md', MARKDOWN_STORY);
      assert.strictEqual(document.languageId, 'markdown');
      await api.offerMarkdown(document);
      assert.strictEqual(offers.length, 1);
      assert.match(offers[0], /exporter-notes\.md looks like/);
      await waitForDiagnostics(document.uri, 'diagnostics on the Markdown story', hasRule('we-instead-of-i'));

      // Closed and opened again: not asked again, coached again.
      await cleanUp();
      const again = await vscode.workspace.openTextDocument(document.uri);
      await vscode.window.showTextDocument(again);
      await api.offerMarkdown(again);
      assert.strictEqual(offers.length, 1, 'asked twice');
      await waitForDiagnostics(again.uri, 'diagnostics on the reopened Markdown story', hasRule('we-instead-of-i'));

      // "Switch to STAR Story" switches the language; a plain README is never offered.
      answer = 'Switch to STAR Story';
      const other = (await openFile('search-notes.md', MARKDOWN_STORY.replace('Ownership', 'Dive Deep'))).document;
      await api.offerMarkdown(other);
      await waitFor('the language switch', () => vscode.window.activeTextEditor?.document.languageId, (id) => id === 'star');
      const readme = (await openFile('README.md', '# Tool\n\n## Background\nx\n\n## Goals\ny\n\n## Install\nz\n')).document;
      await api.offerMarkdown(readme);
      assert.strictEqual(offers.length, 2);
      assert.deepStrictEqual(starDiagnostics(readme.uri), []);
    });
  });

  it('does not offer with starStory.markdown set to never, and coaches without asking with always', async () => {
    const offers: string[] = [];
    const config = vscode.workspace.getConfiguration('starStory');
    // The setting goes to .vscode/settings.json: removed again if this test made the folder.
    const vscodeDir = workspaceUri('.vscode').fsPath;
    const hadVscodeDir = fs.existsSync(vscodeDir);
    await withWindow(
      {
        showInformationMessage: async (message: string) => {
          if (message.includes('looks like a STAR interview story')) offers.push(message);
          return undefined;
        },
      },
      async () => {
        try {
          await config.update('markdown', 'never', vscode.ConfigurationTarget.Workspace);
          const quiet = (await openFile('never.md', MARKDOWN_STORY)).document;
          await api.offerMarkdown(quiet);
          await config.update('markdown', 'always', vscode.ConfigurationTarget.Workspace);
          const coached = (await openFile('always.md', MARKDOWN_STORY)).document;
          await api.offerMarkdown(coached);
          await waitForDiagnostics(coached.uri, 'diagnostics without an offer', hasRule('we-instead-of-i'));
          assert.deepStrictEqual(offers, []);
          assert.deepStrictEqual(starDiagnostics(quiet.uri), []);
        } finally {
          await config.update('markdown', undefined, vscode.ConfigurationTarget.Workspace);
          if (!hadVscodeDir) fs.rmSync(vscodeDir, { recursive: true, force: true });
        }
      },
    );
  });

  describe('coach panel', () => {
    it('steps to the next and previous story from its header, moving the editor with it', async () => {
      const editor = await openFile('steps.star.md', BANK);
      await vscode.commands.executeCommand('starStory.openPanel');
      const first = await waitFor('the panel on the first story', () => api.panel.getState(), (s) => s?.model?.storyIndex === 0 && s.uri === editor.document.uri.toString());
      assert.deepStrictEqual([first?.model?.previousTitle, first?.model?.nextTitle], [null, 'Cutting the deploy time']);

      api.panel.receive({ type: 'showStory', storyIndex: 1 });
      const second = await waitFor('the second story', () => api.panel.getState(), (s) => s?.model?.storyIndex === 1);
      assert.strictEqual(second?.model?.title, 'Cutting the deploy time');
      await waitFor('the cursor on its title', () => editor.selection.active.line, (line) => editor.document.lineAt(line).text === '# Cutting the deploy time');
      // The panel keeps the focus: the editor moved, the user can press the button again.
      api.panel.receive({ type: 'showStory', storyIndex: 2 });
      await waitFor('the last story', () => api.panel.getState(), (s) => s?.model?.title === 'Owning the flaky tests' && s.model.nextTitle === null);
      // An index past the end, or a malformed message, changes nothing.
      api.panel.receive({ type: 'showStory', storyIndex: 7 });
      api.panel.receive({ type: 'showStory', storyIndex: -1 });
      api.panel.receive({ type: 'showStory', storyIndex: 1, extra: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.strictEqual(api.panel.getState()?.model?.storyIndex, 2);
      api.panel.receive({ type: 'showStory', storyIndex: 0 });
      await waitFor('back to the first story', () => api.panel.getState(), (s) => s?.model?.storyIndex === 0);
    });

    it('opens a rule\'s page beside the panel, leaving the panel in view', async () => {
      const editor = await openFile('docs.star.md', BANK);
      await vscode.commands.executeCommand('starStory.openPanel');
      await waitFor('the panel', () => api.panel.getState(), (s) => s?.uri === editor.document.uri.toString() && !!s.model);
      const panelGroup = () =>
        vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('starStory.coach')));
      const before = panelGroup();
      assert.ok(before, 'no group holds the panel');
      api.panel.receive({ type: 'openDocs', ruleId: 'hedging' });
      const docsGroup = await waitFor(
        'the hedging page in an editor group',
        () => vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => /hedging/i.test(t.label))),
        (g) => g !== undefined,
      );
      const panel = panelGroup();
      assert.ok(panel && docsGroup && panel.viewColumn !== docsGroup.viewColumn, 'the rule page opened in the panel\'s group');
      assert.strictEqual(panel.viewColumn, before.viewColumn);
      assert.ok(panel.activeTab?.input instanceof vscode.TabInputWebview, 'the panel is no longer the visible tab of its group');
      assert.ok(docsGroup.viewColumn > panel.viewColumn, 'the page is not to the right of the panel');
      assert.strictEqual(api.panel.getState()?.visible, true);
    });

    it('shows the summary first, then the sections, then the tips folded to a line, with plain labels', async function () {
      if (!PROBE_DIR) this.skip();
      const editor = await openFile('order.star.md', BANK.replace('I profiled', 'We think we profiled'));
      await vscode.commands.executeCommand('starStory.openPanel');
      await waitFor('the panel with tips', () => api.panel.getState(), (s) => s?.uri === editor.document.uri.toString() && (s.model?.tips.length ?? 0) > 0);
      const seen = await probe('order');
      assert.ok(seen.found, seen.error);
      const text = seen.text;
      const at = (s: string) => {
        const i = text.indexOf(s);
        assert.ok(i >= 0, `"${s}" is not in the panel: ${text.slice(0, 600)}`);
        return i;
      };
      const tip = api.panel.getState()!.model!.tips[0];
      // Header with the step buttons, summary, jump links, sections, folded tips, principle.
      const order = [at('Previous story'), at('Story 1 of 3'), at('Next story'), at('Speaking time'), at('Jump to:'), at('Sections'), at('Coaching tips'), at(tip.title), at('What to stress for the principle')];
      assert.deepStrictEqual(order, [...order].sort((a, b) => a - b));
      // A folded tip shows its line only; its body is not rendered until opened.
      assert.ok(!text.includes(tip.hears), 'a tip is open');
      assert.ok(!text.includes('Show first of'), 'the old cryptic label');
      assert.match(text, /\d+ findings?: /);
    });
  });
});
