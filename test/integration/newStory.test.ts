// New STAR Story in a real extension host: the level picker opens on the user's default level and
// finds a level by the id the front matter uses, and the template it inserts is placeholders only:
// flagged, and no words, time or evidence until replaced.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { StarStoryApi } from '../../src/extension/extension';
import { activateApi, cleanUp, ruleOf, starDiagnostics, waitFor, waitForDiagnostics } from './helpers';

type Item = vscode.QuickPickItem;

/**
 * Runs New STAR Story, answering the principle picker with `principle` and handing the level
 * picker (a real quick pick) to `level`, which ends by accepting it as Enter would.
 */
async function newStory(principle: string, level: (pick: vscode.QuickPick<Item>) => Promise<void>): Promise<vscode.TextEditor> {
  const window = vscode.window as { showQuickPick: unknown; createQuickPick: unknown; showInputBox: unknown };
  const { showQuickPick, createQuickPick, showInputBox } = window;
  // In a workspace the story is named too (the first-hour suite tests the name and the save).
  window.showInputBox = async () => `new-story-test-${Date.now()}`;
  let pick: vscode.QuickPick<Item> | undefined;
  window.showQuickPick = async (items: readonly Item[] | Thenable<readonly Item[]>) => (await items).find((i) => i.label === principle);
  window.createQuickPick = () => (pick = (createQuickPick as typeof vscode.window.createQuickPick).call(vscode.window));
  try {
    const done = vscode.commands.executeCommand('starStory.newStory');
    await waitFor('the level picker', () => pick?.items.length ?? 0, (n) => n > 0);
    await level(pick!);
    await done;
  } finally {
    window.showQuickPick = showQuickPick;
    window.createQuickPick = createQuickPick;
    window.showInputBox = showInputBox;
  }
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'no story editor');
  return editor;
}

const accept = () => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');

describe('editor: New STAR Story', () => {
  let api: StarStoryApi;

  before(async () => {
    api = await activateApi();
  });
  afterEach(cleanUp);

  it('opens the level picker on the default level, so Enter takes it', async () => {
    const defaultLevel = vscode.workspace.getConfiguration('starStory').get<string>('level');
    const editor = await newStory('Ownership', async (pick) => {
      assert.match(pick.activeItems[0]?.description ?? '', new RegExp(`^${defaultLevel} .*your default`));
      await accept();
    });
    assert.match(editor.document.getText(), new RegExp(`\\nlevel: ${defaultLevel}\\n`));
  });

  it('finds a level by its front matter id ("sde1")', async () => {
    const editor = await newStory('Dive Deep', async (pick) => {
      pick.value = 'sde1';
      await waitFor('SDE I alone in the filtered list', () => pick.activeItems[0]?.label, (label) => label === 'SDE I');
      await accept();
    });
    assert.match(editor.document.getText(), /\nlevel: sde1\n/);
  });

  it('inserts a template whose text is placeholders: each flagged, none counted as words or time', async () => {
    const editor = await newStory('Ownership', async () => void (await accept()));
    const { document } = editor;
    const prompts = document
      .getText()
      .split('\n')
      .filter((l) => l.startsWith('[Write'));
    assert.ok(prompts.length >= 5, `prompts: ${prompts.length}`);
    const diagnostics = await waitForDiagnostics(document.uri, 'a placeholder finding per prompt', (d) => d.filter((x) => ruleOf(x) === 'unfilled-placeholder').length === prompts.length);
    // Only the placeholders: no finding claims a section is written, empty or missing evidence.
    assert.deepStrictEqual([...new Set(diagnostics.map(ruleOf))], ['unfilled-placeholder']);
    assert.deepStrictEqual(diagnostics.map((d) => document.getText(d.range)).sort(), [...prompts].sort());
    const status = await waitFor('the status bar', () => api.statusBar(), (s) => s !== undefined);
    assert.match(status!.text, /0:00/, status!.text);
    const analysis = api.getAnalysis(document.uri);
    assert.strictEqual(analysis?.result.stories[0].words, 0);

    // Typing over a prompt (the first tab stop, the question, is already selected; go to the Situation's).
    const situation = document.getText().split('\n').findIndex((l) => l === '## Situation') + 1;
    const line = document.lineAt(situation);
    await editor.edit((e) => e.replace(line.range, 'Our export failed every night for a week.'));
    await waitForDiagnostics(document.uri, 'one placeholder fewer', (d) => d.filter((x) => ruleOf(x) === 'unfilled-placeholder').length === prompts.length - 1);
    assert.ok((api.getAnalysis(document.uri)?.result.stories[0].words ?? 0) > 0);
    assert.ok(starDiagnostics(document.uri).every((d) => ruleOf(d) !== 'empty-section'));
  });
});
