// A story pasted with no headings and no labels, in a real extension host: "we" and vague outcomes
// are still flagged, and a quick fix puts section headings around its paragraphs as a snippet to
// tab through, undone in one step.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateApi, cleanUp, hasRule, ruleOf, waitForDiagnostics } from './helpers';
import { NO_SECTIONS_STORY as STORY } from '../stories';

describe('editor: a story with no sections', () => {
  before(activateApi);
  afterEach(cleanUp);

  it('flags "we" and vague outcomes and offers headings around the paragraphs', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'star', content: STORY });
    const editor = await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(document.uri, 'the findings', (d) => hasRule('missing-section')(d) && hasRule('vague-outcome')(d));
    assert.deepStrictEqual(
      diagnostics.filter((d) => ruleOf(d) !== 'missing-section').map((d) => `${ruleOf(d)} ${document.getText(d.range)}`),
      ['we-instead-of-i we', 'we-instead-of-i We', 'vague-outcome it went well'],
    );

    const missing = diagnostics.find((d) => ruleOf(d) === 'missing-section')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, missing.range);
    const headings = actions.find((a) => a.title === 'Insert section headings around the paragraphs');
    assert.ok(headings?.command, JSON.stringify(actions.map((a) => a.title)));
    await vscode.commands.executeCommand(headings.command.command, ...(headings.command.arguments ?? []));
    assert.deepStrictEqual([...document.getText().matchAll(/^## (\w+)$/gm)].map((m) => m[1]), ['Situation', 'Task', 'Action', 'Result', 'Reflection']);
    // The first heading is a choice to change, selected.
    assert.strictEqual(document.getText(editor.selection), 'Situation');
    await waitForDiagnostics(document.uri, 'the sections read', (d) => !hasRule('missing-section')(d));

    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), STORY);
  });
});
