// Settings and `.starrc.yaml` in a real extension host: a setting turns a rule off, a bad value
// falls back to the default, the nearest `.starrc.yaml` applies and reloads when it changes, and
// a broken one gets diagnostics on its own keys.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { StarStoryApi } from '../../src/extension/extension';
import { activateApi, cleanUp, hasRule, lacksRule, openStory, ruleOf, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

const section = () => vscode.workspace.getConfiguration('starStory');

describe('editor: settings and .starrc.yaml', () => {
  let api: StarStoryApi;

  before(async () => {
    api = await activateApi();
  });
  afterEach(async () => {
    await section().update('rules', undefined, vscode.ConfigurationTarget.Global);
    await section().update('wordsPerMinute', undefined, vscode.ConfigurationTarget.Global);
    await cleanUp();
  });

  it('turns a rule off with starStory.rules and back on when the setting goes', async () => {
    const { document } = await openStory('editor', 'exporter.star.md');
    await waitForDiagnostics(document.uri, 'hedging', hasRule('hedging'));
    await section().update('rules', { hedging: 'off' }, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(document.uri, 'hedging to be turned off', lacksRule('hedging'));
    await section().update('rules', undefined, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(document.uri, 'hedging to come back', hasRule('hedging'));
  });

  it('takes rule options from starStory.rules, and warns once about a bad one', async () => {
    // exporter.star.md has three "I" steps: enough at the default minimum of 3, not at 5.
    const { document } = await openStory('editor', 'exporter.star.md');
    await waitForDiagnostics(document.uri, 'the defaults', (d) => hasRule('hedging')(d) && lacksRule('few-action-steps')(d));
    await section().update('rules', { 'few-action-steps': { minimum: 5 } }, vscode.ConfigurationTarget.Global);
    const diagnostics = await waitForDiagnostics(document.uri, 'few-action-steps at a minimum of 5', hasRule('few-action-steps'));
    assert.match(diagnostics.find((d) => ruleOf(d) === 'few-action-steps')!.message, /at least 5 things/);

    const from = api.notices().length;
    await section().update('rules', { 'few-action-steps': { minimum: 0, steps: 4 }, hedging: { severity: 'off' } }, vscode.ConfigurationTarget.Global);
    // The bad option falls back to its default (3: no finding), the valid severity still applies.
    await waitForDiagnostics(document.uri, 'hedging off and few-action-steps at its default', (d) => lacksRule('hedging')(d) && lacksRule('few-action-steps')(d));
    const warnings = api.notices().slice(from).filter((n) => n.message.includes('starStory.rules'));
    assert.strictEqual(warnings.length, 1, JSON.stringify(api.notices().slice(from)));
    assert.strictEqual(warnings[0].kind, 'warning');
    assert.match(warnings[0].message, /few-action-steps: option minimum 0 must be at least 1; its default is used/);
    assert.match(warnings[0].message, /few-action-steps: unknown option "steps"/);
  });

  it('uses starStory.wordsPerMinute, and the default when the value is invalid', async () => {
    const { document } = await openStory('editor', 'exporter.star.md');
    const seconds = () => api.getAnalysis(document.uri)?.result.stories[0]?.seconds;
    const normal = await waitFor('the first analysis', seconds, (s) => s !== undefined);
    await section().update('wordsPerMinute', 75, vscode.ConfigurationTarget.Global);
    await waitFor('timings at 75 words a minute', seconds, (s) => s !== undefined && Math.abs(s - normal! * 2) < 1);
    await section().update('wordsPerMinute', 'fast', vscode.ConfigurationTarget.Global);
    await waitFor('timings back at the default', seconds, (s) => s === normal);
  });

  it('reports the problems of a broken .starrc.yaml on its own keys', async () => {
    const uri = workspaceUri('broken', '.starrc.yaml');
    const document = await vscode.workspace.openTextDocument(uri);
    const diagnostics = await waitForDiagnostics(uri, 'the .starrc.yaml problems', (d) => d.length === 2);
    assert.deepStrictEqual(diagnostics.map((d) => document.getText(d.range)).sort(), ['fast', 'loud']);
    assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Error));

    // The story beside it is still checked, with the defaults.
    const story = await openStory('broken', 'story.star.md');
    await waitForDiagnostics(story.document.uri, 'the story beside it', hasRule('missing-section'));
  });

  it('reports one bad entry of a .starrc.yaml on that entry alone and applies the valid keys beside it', async () => {
    const uri = workspaceUri('onebad', '.starrc.yaml');
    const document = await vscode.workspace.openTextDocument(uri);
    const diagnostics = await waitForDiagnostics(uri, 'the .starrc.yaml problem', (d) => d.length > 0);
    assert.deepStrictEqual(
      diagnostics.map((d) => [document.getText(d.range), d.severity]),
      [['fillers', vscode.DiagnosticSeverity.Warning]],
    );
    assert.match(diagnostics[0].message, /unknown phrase list "fillers".*the lists are handOff/);

    // The hedges list beside the unknown one and the level above it apply to the story.
    const story = await openStory('onebad', 'story.star.md');
    const found = await waitForDiagnostics(story.document.uri, 'the configured hedge', hasRule('hedging'));
    assert.deepStrictEqual(found.filter((d) => ruleOf(d) === 'hedging').map((d) => story.document.getText(d.range)), ['if memory serves']);
    assert.ok(found.some((d) => ruleOf(d) === 'reflection-not-systemic'), `the senior level applies: ${found.map(ruleOf).join(', ')}`);
  });

  it('applies the nearest .starrc.yaml and reloads it when it changes', async () => {
    const starrc = workspaceUri('strict', '.starrc.yaml');
    const original = await vscode.workspace.fs.readFile(starrc);
    const { document } = await openStory('strict', 'story.star.md');
    const isVague = (severity: vscode.DiagnosticSeverity) => (d: vscode.Diagnostic[]) => d.some((x) => ruleOf(x) === 'vague-outcome' && x.severity === severity);
    await waitForDiagnostics(document.uri, 'vague-outcome as an error', isVague(vscode.DiagnosticSeverity.Error));
    try {
      await vscode.workspace.fs.writeFile(starrc, new TextEncoder().encode('rules:\n  vague-outcome: hint\n'));
      await waitForDiagnostics(document.uri, 'vague-outcome as a hint after the change', isVague(vscode.DiagnosticSeverity.Hint));
    } finally {
      await vscode.workspace.fs.writeFile(starrc, original);
    }
    await waitForDiagnostics(document.uri, 'vague-outcome as an error again', isVague(vscode.DiagnosticSeverity.Error));
  });
});
