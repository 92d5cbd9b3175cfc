// The coach panel is safe with hostile text (docs/ARCHITECTURE.md, "Invariants"): a story whose title, front matter,
// headings and prose are HTML and script payloads is shown as literal text, and none of it runs.
// The extension host cannot see into a webview: the offline driver (test/host/webviewProbe.ts)
// looks at the panel's frame from the Chromium page and answers through a file. Under
// @vscode/test-electron there is no such driver and this suite is skipped.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ProbeResult } from '../host/webviewProbe';
import { activateApi, cleanUp, openStory, waitFor, WAIT_MS } from './helpers';
import { probe, PROBE_DIR } from './probe';


const STORY = ['hostile', 'xss.star.md'];
/** Globals the payloads in the story set if they run. */
const GLOBALS = ['__pwned'];

describe('coach panel with hostile text', function () {
  this.timeout(WAIT_MS * 4);
  let result: ProbeResult;
  let shown: { title: string; question: string | null; headings: string[]; messages: string[] };

  before(async function () {
    if (!PROBE_DIR) this.skip();
    const api = await activateApi();
    const { document } = await openStory(...STORY);
    await vscode.commands.executeCommand('starStory.openPanel');
    const state = await waitFor('the panel to show the hostile story', () => api.panel.getState(), (s) => s?.uri === document.uri.toString() && !!s.model);
    const model = state!.model!;
    shown = {
      title: model.title,
      question: model.question,
      headings: model.sections.map((s) => s.heading).filter((h): h is string => h !== null && /[<>]/.test(h)),
      messages: model.findings.map((f) => f.message).filter((m) => /[<>]/.test(m)),
    };
    result = await probe('xss', { globals: GLOBALS });
  });
  after(cleanUp);

  it('the story really is hostile: payloads in its title, question, headings and a finding', () => {
    assert.match(shown.title, /<script>.*<img src=x onerror=.*<\/style>/);
    assert.match(shown.question ?? '', /<img src=x onerror=.*<script>/);
    assert.ok(shown.headings.length >= 4, JSON.stringify(shown.headings));
    assert.ok(shown.messages.some((m) => m.includes('onmouseover')), JSON.stringify(shown.messages));
  });

  it('finds the panel frame, with a strict content security policy', () => {
    assert.ok(result.found, result.error);
    const csp = result.csp ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
    assert.deepStrictEqual(directives.get('default-src'), ["'none'"], csp);
    const scriptSrc = directives.get('script-src') ?? [];
    assert.strictEqual(scriptSrc.length, 1, csp);
    assert.match(scriptSrc[0], /^'nonce-[A-Za-z0-9+/=_-]{16,}'$/, csp);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, csp);
  });

  it('shows every payload as literal text', () => {
    assert.strictEqual(result.h1, shown.title);
    const literal = [shown.title, shown.question!, ...shown.headings, ...shown.messages];
    const missing = literal.filter((s) => !result.text.includes(s));
    assert.deepStrictEqual(missing, [], `not shown literally; the panel's text:\n${result.text.slice(0, 2000)}`);
  });

  it('runs none of it: one script, ours, by nonce; no handlers, javascript: URLs or foreign elements', () => {
    const nonce = /'nonce-([^']+)'/.exec(result.csp ?? '')?.[1];
    // VS Code's own API shim (inserted before the policy) and our bundle, nothing else.
    const ours = result.scripts.filter((s) => s.id !== '_vscodeApiScript');
    assert.strictEqual(ours.length, 1, JSON.stringify(result.scripts));
    assert.match(ours[0].src ?? '', /webview\.js$/);
    assert.strictEqual(ours[0].nonce, nonce);
    assert.ok(!ours[0].inline);
    assert.deepStrictEqual(result.handlers, []);
    assert.deepStrictEqual(result.javascriptUrls, []);
    assert.deepStrictEqual(result.foreignElements, []);
  });

  it('sets no global and opens no dialog, in any frame of the workbench', () => {
    assert.ok(result.frameCount >= 3, `only ${result.frameCount} frames`);
    assert.deepStrictEqual(result.globalsSet, []);
    assert.deepStrictEqual(result.dialogs, []);
  });
});
