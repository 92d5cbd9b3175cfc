// The palette commands in a real extension host: Check STAR Story (also on Markdown, only when
// asked), Open Coach Panel at a tip, and Check All Stories in Workspace without opening editors.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CheckResult } from '../../src/core/types';
import type { StarStoryApi } from '../../src/extension/extension';
import { activateApi, cleanUp, hasRule, newStoryAtSenior, openStory, ruleOf, starDiagnostics, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

describe('editor: commands', () => {
  let api: StarStoryApi;

  before(async () => {
    api = await activateApi();
  });
  afterEach(cleanUp);

  it('Check STAR Story checks the active story and opens the coach panel on it', async () => {
    const { document } = await openStory('editor', 'exporter.star.md');
    const result = await vscode.commands.executeCommand<CheckResult>('starStory.checkStory');
    assert.ok(result, 'the command returned no result');
    assert.deepStrictEqual([...new Set(result.findings.map((f) => f.ruleId))].sort(), ['hedging', 'principle-fit', 'result-missing-second-order', 'unquantified-result', 'vague-outcome', 'we-instead-of-i']);
    await waitForDiagnostics(document.uri, 'the diagnostics', hasRule('we-instead-of-i'));
    const state = await waitFor('the coach panel', () => api.panel.getState(), (s) => s?.visible === true && s.uri === document.uri.toString());
    assert.strictEqual(state?.uri, document.uri.toString());
  });

  it('Open Coach Panel opens at the tip it is given', async () => {
    const { document } = await openStory('editor', 'exporter.star.md');
    await vscode.commands.executeCommand('starStory.openPanel', { tipId: 'hedging', uri: document.uri.toString() });
    await waitFor('the panel at the hedging tip', () => api.panel.getState(), (s) => s?.visible === true && s.focusedTip === 'hedging');
  });

  it('checks a Markdown file only when the user asks', async () => {
    const notes = await vscode.workspace.openTextDocument(workspaceUri('editor', 'notes.md'));
    assert.strictEqual(notes.languageId, 'markdown');
    // Open a story after it and wait for its diagnostics: the Markdown file's open event came first.
    const { document } = await openStory('editor', 'exporter.star.md');
    await waitForDiagnostics(document.uri, 'the story diagnostics', hasRule('we-instead-of-i'));
    assert.deepStrictEqual(starDiagnostics(notes.uri), []);

    await vscode.window.showTextDocument(notes);
    await vscode.commands.executeCommand('starStory.checkStory');
    const diagnostics = await waitForDiagnostics(notes.uri, 'the Markdown diagnostics', hasRule('we-instead-of-i'));
    assert.strictEqual(notes.getText(diagnostics.find((d) => ruleOf(d) === 'we-instead-of-i')!.range), 'We');
  });

  it('New STAR Story asks for the principle and the level and opens a filled-in story', async () => {
    // The extension and this suite share one `vscode` API object: answer the pickers here. In a
    // workspace the story is named too (the first-hour suite tests the name and the save).
    const asked: string[] = [];
    await newStoryAtSenior(
      {
        showInputBox: async () => `commands-test-${Date.now()}`,
        showQuickPick: async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>, options?: vscode.QuickPickOptions) => {
          asked.push(options?.title ?? '');
          return (await items).find((item) => item.label === 'Ownership');
        },
      },
      asked,
    );
    assert.strictEqual(asked.length, 2);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor?.document.isUntitled);
    assert.strictEqual(editor.document.languageId, 'star');
    assert.match(editor.document.getText(), /^---\nquestion: .+\nprinciple: Ownership\nlevel: senior\n---\n# /);
    // The snippet is live: the first placeholder (the question) is selected.
    assert.strictEqual(editor.document.getText(editor.selection), 'Tell me about a time when…');
  });

  it('Check All Stories in Workspace publishes problems for files that are not open', async () => {
    const strict = workspaceUri('strict', 'story.star.md');
    const result = await vscode.commands.executeCommand<CheckResult>('starStory.checkWorkspace');
    assert.ok(result.stories.length >= 4, `only ${result.stories.length} stories checked`);
    const diagnostics = starDiagnostics(strict);
    const vague = diagnostics.find((d) => ruleOf(d) === 'vague-outcome');
    assert.ok(vague, JSON.stringify(diagnostics.map(ruleOf)));
    // The nearest .starrc.yaml applies to files read from disk too.
    assert.strictEqual(vague.severity, vscode.DiagnosticSeverity.Error);
  });
});
