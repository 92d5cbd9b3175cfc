// The coach panel in a real extension host: it follows the active story, shows the tips of the
// story's findings and only those, and updates as the story is edited.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CoachPanelApi, CoachPanelState } from '../../src/extension/panel';
import { getTip } from '../../src/core/coaching/tips';
import { cleanUp, waitFor } from './helpers';

const EXTENSION_ID = 'star-story-coach.star-story-coach';

const EXPORTER = `---
principle: Ownership
level: sde2
---
# Fixing the billing exporter

## Situation
The nightly billing export dropped about one row in a thousand, and nobody had noticed.

## Task
The exporter belonged to the payments team, there was no ticket, and nobody asked me to look.

## Action
We looked at the logs together. I traced the drops to a retry that swallowed timeouts. I wrote a fix with a test. I added an alert on the dead-letter queue.

## Result
Things got better and the team was happy.

## Reflection
I now check the retry path first when data goes missing quietly.
`;

const BANK = `---
principle: Dive Deep
---
# Speeding up search

## Situation
Search latency doubled after a release.

## Action
I profiled the query planner.

# Cutting the deploy time

## Situation
Deploys took forty minutes.

## Action
I split the pipeline into parallel stages.
`;

describe('coach panel', () => {
  let panel: CoachPanelApi;
  let dir: string;
  const state = (): CoachPanelState | undefined => panel.getState();
  const showsTitle = (title: string) => (s: CoachPanelState | undefined) => s?.model?.title === title;

  async function open(name: string, text: string): Promise<vscode.TextEditor> {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    return vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  }

  /** One of this suite's own documents (other suites may have stories of the same name open). */
  function mine(name: string): vscode.TextDocument {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === path.join(dir, name));
    assert.ok(document, `${name} is not open`);
    return document;
  }

  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    const exports = (await extension.activate()) as { panel?: CoachPanelApi } | undefined;
    assert.ok(exports?.panel, 'activate() returns no panel API');
    panel = exports.panel;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'star-panel-'));
  });

  after(async () => {
    await cleanUp();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opens beside the story and shows it', async () => {
    const editor = await open('exporter.star.md', EXPORTER);
    await vscode.commands.executeCommand('starStory.openPanel');
    const shown = await waitFor('the panel to show the story', state, showsTitle('Fixing the billing exporter'));
    assert.strictEqual(shown?.visible, true);
    assert.strictEqual(shown?.uri, editor.document.uri.toString());
    assert.deepStrictEqual(
      shown?.model?.principles.map((p) => p.id),
      ['ownership'],
    );
    assert.ok(shown?.model?.principles[0].followUps.length, 'no follow-up questions for the principle');
  });

  it('shows the tips of the story\'s diagnostics and only those', async () => {
    const uri = vscode.window.activeTextEditor!.document.uri;
    const diagnostics = await waitFor('diagnostics on the story', () => vscode.languages.getDiagnostics(uri), (d) => d.length > 0);
    const ruleIds = new Set(diagnostics.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code))));
    assert.ok(ruleIds.has('we-instead-of-i'), `expected we-instead-of-i among ${[...ruleIds].join(', ')}`);
    const model = (await waitFor('the model to have findings', state, (s) => (s?.model?.findingCount ?? 0) > 0))!.model!;
    const expected = [...ruleIds].filter((id) => getTip(id)).sort();
    assert.deepStrictEqual(model.tips.map((t) => t.id).sort(), expected);
    assert.deepStrictEqual([...new Set(model.findings.map((f) => f.ruleId))].sort(), [...ruleIds].sort());
  });

  it('updates as the story is edited', async () => {
    const editor = vscode.window.activeTextEditor!;
    const text = editor.document.getText();
    const at = text.indexOf('We looked at the logs together.');
    await editor.edit((edit) =>
      edit.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 31)), 'I read the exporter logs for a week.'),
    );
    await waitFor('the we-instead-of-i tip to go', state, (s) => !!s?.model && !s.model.tips.some((t) => t.id === 'we-instead-of-i'));
    const title = text.indexOf('Fixing the billing exporter');
    await editor.edit((edit) =>
      edit.replace(new vscode.Range(editor.document.positionAt(title), editor.document.positionAt(title + 27)), 'Stopping silent billing drops'),
    );
    await waitFor('the new title', state, showsTitle('Stopping silent billing drops'));
  });

  it('follows the cursor from story to story and to another file', async () => {
    const editor = await open('bank.star.md', BANK);
    const first = await waitFor('the bank\'s first story', state, showsTitle('Speeding up search'));
    assert.strictEqual(first?.uri, editor.document.uri.toString());
    assert.strictEqual(first?.model?.storyCount, 2);
    const second = editor.document.positionAt(BANK.indexOf('I split the pipeline'));
    editor.selection = new vscode.Selection(second, second);
    const moved = await waitFor('the bank\'s second story', state, showsTitle('Cutting the deploy time'));
    assert.strictEqual(moved?.model?.storyIndex, 1);
    assert.deepStrictEqual(
      moved?.model?.principles.map((p) => p.name),
      ['Dive Deep'],
    );

    await vscode.window.showTextDocument(mine('exporter.star.md'), vscode.ViewColumn.One);
    await waitFor('the panel to follow back to the first file', state, showsTitle('Stopping silent billing drops'));
  });

  it('keeps its story while a file that is not a story is active', async () => {
    await open('notes.txt', 'not a story');
    panel.show();
    const kept = state();
    assert.strictEqual(kept?.model?.title, 'Stopping silent billing drops');
    assert.strictEqual(kept?.uri, mine('exporter.star.md').uri.toString());
  });

  it('opens at a tip in the story that has it', async () => {
    const bank = mine('bank.star.md');
    const exporter = mine('exporter.star.md');
    await vscode.window.showTextDocument(bank, vscode.ViewColumn.One);
    await waitFor('the bank', state, (s) => s?.uri === bank.uri.toString());
    panel.show({ uri: exporter.uri, tipId: 'unquantified-result' });
    const shown = await waitFor('the exporter at its tip', state, (s) => s?.uri === exporter.uri.toString());
    assert.strictEqual(shown?.focusedTip, 'unquantified-result');
    assert.ok(shown?.model?.tips.some((t) => t.id === 'unquantified-result'));
  });
});
