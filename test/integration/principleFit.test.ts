// Principle fit in a real extension host: the title hover (the fit of a filed story, the suggested
// principles of one that names none), the quick fix that files a story under a suggested principle
// (one undo step), and the coach panel's fit section, signal by signal.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { probe, PROBE_DIR } from './probe';
import { WAIT_MS, activateApi, cleanUp, hasRule, ruleIds, waitFor, waitForDiagnostics } from './helpers';


const BODY = `# The slow finance report

## Situation
The finance report took forty minutes every morning and nobody knew why.

## Task
I wanted to find the cause before anyone bought more hardware.

## Action
I pulled a week of query logs and found a full scan on the orders table.
I reproduced the scan in staging and confirmed that a missing index was the root cause.
I added the index and a test that fails when the plan falls back to a scan.

## Result
The report now runs in ninety seconds instead of forty minutes.
`;
const UNFILED = BODY;
const FILED = `---\nprinciple: Dive Deep, Frugality\nlevel: sde2\n---\n${BODY}`;

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

describe('principle fit in the editor', function () {
  this.timeout(WAIT_MS * 4);
  let dir: string;

  async function open(name: string, text: string): Promise<vscode.TextEditor> {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    return vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  }

  const titleAt = (document: vscode.TextDocument) => document.positionAt(document.getText().indexOf('# The slow') + 4);

  before(async () => {
    await activateApi();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'star-fit-'));
  });

  after(async () => {
    await cleanUp();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('hovers the suggested principles on the title of a story that names none, and the fit of a filed one', async () => {
    const unfiled = (await open('unfiled.star.md', UNFILED)).document;
    await waitForDiagnostics(unfiled.uri, 'the unfiled story to be checked', hasRule('result-missing-business-impact'));
    const suggested = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', unfiled.uri, titleAt(unfiled)));
    assert.match(suggested, /No principle set\. The text shows best: \*\*Dive Deep\*\*/);

    const filed = (await open('filed.star.md', FILED)).document;
    await waitForDiagnostics(filed.uri, 'principle-fit on the filed story', hasRule('principle-fit'));
    const fit = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', filed.uri, titleAt(filed)));
    assert.match(fit, /\*\*Dive Deep\*\* 3 of 3 signals shown/);
    assert.match(fit, /\*\*Frugality\*\* 0 of 3 signals shown · not yet: the constraint/);
  });

  it('files the story under a suggested principle with the quick fix on its title, in one undo step', async () => {
    const editor = await open('quickfix.star.md', UNFILED);
    const { document } = editor;
    const original = document.getText();
    await waitForDiagnostics(document.uri, 'the story to be checked', hasRule('result-missing-business-impact'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(titleAt(document), titleAt(document)));
    const file = actions.find((a) => a.title === 'File this file under Dive Deep (suggested)');
    assert.ok(file, JSON.stringify(actions.map((a) => a.title)));
    assert.strictEqual(file.isPreferred, true);
    assert.ok(file.edit && (await vscode.workspace.applyEdit(file.edit)));
    assert.ok(document.getText().startsWith('---\nprinciple: Dive Deep\n---\n# The slow finance report'), document.getText().slice(0, 80));
    // Filed now: no more suggestion on the title, and the story is coached for Dive Deep (all shown).
    // The re-check after filing: the title's actions stop suggesting a principle.
    const titleActions = () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(titleAt(document), titleAt(document)));
    let after = await titleActions();
    for (const deadline = Date.now() + WAIT_MS; after.some((a) => a.title.includes('(suggested)')) && Date.now() < deadline; after = await titleActions()) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.ok(!after.some((a) => a.title.includes('(suggested)')), JSON.stringify(after.map((a) => a.title)));
    assert.ok(!ruleIds(document.uri).includes('principle-fit'));

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), original);
  });

  it('shows each signal of each principle in the coach panel, ✓ with its sentence or ✗ with what to add', async () => {
    const api = await activateApi();
    const { document } = await open('panel.star.md', FILED);
    await vscode.commands.executeCommand('starStory.openPanel');
    const state = await waitFor('the panel to show the filed story', () => api.panel.getState(), (s) => s?.uri === document.uri.toString() && (s.model?.fit.length ?? 0) === 2);
    const [dive, frugal] = state!.model!.fit;
    assert.deepStrictEqual([dive.name, frugal.name], ['Dive Deep', 'Frugality']);
    for (const s of dive.signals) {
      assert.ok(s.shown && s.start !== null && s.end !== null, s.id);
      assert.strictEqual(s.sentence, document.getText().slice(s.start!, s.end!).replace(/\s+/g, ' ').trim());
    }
    assert.ok(frugal.signals.every((s) => !s.shown && s.sentence === null && s.tip.length > 0));
    assert.deepStrictEqual(state!.model!.suggested, []);

    if (PROBE_DIR) {
      const seen = await probe('fit');
      assert.ok(seen.found, seen.error);
      assert.match(seen.text, /Principle fit/);
      assert.match(seen.text, /Dive Deep 3 of 3 shown/);
      assert.ok(seen.text.includes('I reproduced the scan in staging and confirmed that a missing index was the root cause.'), seen.text.slice(0, 600));
      assert.match(seen.text, /Frugality 0 of 3 shown/);
    }
  });
});
