// Records how long activation takes in the real host, for `npm run bench` (which prints it
// against the 50 ms budget). A measurement written to out/perf/activation.json, not a timed test.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
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
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, JSON.stringify({ ...timings, vscode: vscode.version, recordedAt: new Date().toISOString() }, null, 2) + '\n');
  });
});
