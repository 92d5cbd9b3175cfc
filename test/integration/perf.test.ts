// Records how long activation takes in the real host, for `npm run bench` (which prints it
// against the 50 ms budget). A measurement written to out/perf/activation.json, not a timed test.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { parse } from '../../src/core/parse';
import { activateApi, openStory, waitForDiagnostics } from './helpers';

const OUT = path.resolve(__dirname, '..', '..', 'perf', 'activation.json');

describe('activation timings', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('records activate() and the time to the first diagnostics', async () => {
    const api = await activateApi();
    const editor = await openStory('smoke.star.md');
    await waitForDiagnostics(editor.document.uri, 'the smoke story to be checked', (d) => d.length > 0);
    const timings = api.activationTimings();
    assert.ok(typeof timings.activateMs === 'number' && timings.activateMs >= 0, JSON.stringify(timings));
    assert.ok(typeof timings.firstDiagnosticsMs === 'number' && timings.firstDiagnosticsMs >= 0, JSON.stringify(timings));
    // Handed to VS Code before any listener hears of them (VS Code debounces onDidChangeDiagnostics).
    assert.ok(typeof timings.firstPublishedMs === 'number' && timings.firstPublishedMs >= 0 && timings.firstPublishedMs <= timings.firstDiagnosticsMs, JSON.stringify(timings));
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, JSON.stringify({ ...timings, vscode: vscode.version, recordedAt: new Date().toISOString() }, null, 2) + '\n');
  });
});

describe('Story Bank timings', function () {
  this.timeout(120_000);
  const BANK_OUT = path.resolve(__dirname, '..', '..', 'perf', 'bank.json');
  const CORPUS = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus');
  const STORIES = 200;
  let folder: vscode.Uri;

  after(async () => {
    if (folder) await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('records the time to build the bank for 200 stories (a cold scan, then one with nothing changed)', async () => {
    const api = await activateApi();
    folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.tmp-bank-perf');
    // The corpus's own files, copied until there are 200 stories.
    const sources = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.star.md')).sort().map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8'));
    let written = 0;
    for (let copy = 0; written < STORIES; copy++) {
      for (const [i, text] of sources.entries()) {
        if (written >= STORIES) break;
        const stories = parse(text, { level: 'sde2' }).stories.length;
        if (stories === 0 || written + stories > STORIES) continue;
        await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, `copy${copy}-${i}.star.md`), new TextEncoder().encode(text));
        written += stories;
      }
      if (copy > 20) break;
    }
    await api.bank().settled();
    const timings = await api.bank().measureScan();
    assert.strictEqual(written, STORIES);
    // The fresh index holds the copies and the workspace's own stories.
    assert.ok(timings.stories >= STORIES && timings.stories <= STORIES + 20, JSON.stringify(timings));
    assert.strictEqual(timings.warmReads, 0, 'a scan with nothing changed reads no file');
    // Every file is read once, except open stories: the editor's analysis is used for those.
    const open = vscode.workspace.textDocuments.filter((d) => d.uri.path.endsWith('.star.md') && !d.isUntitled).length;
    assert.ok(timings.reads <= timings.files && timings.reads >= timings.files - open, `${JSON.stringify(timings)}, ${open} open`);
    fs.mkdirSync(path.dirname(BANK_OUT), { recursive: true });
    fs.writeFileSync(BANK_OUT, JSON.stringify({ ...timings, generatedStories: written, vscode: vscode.version, recordedAt: new Date().toISOString() }, null, 2) + '\n');
  });
});
