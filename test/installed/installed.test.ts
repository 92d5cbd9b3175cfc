// Smoke test of the packaged extension: STAR Story Coach as installed from its .vsix into a fresh
// extensions folder (scripts/test-installed.ts), with no development copy loaded. It must load
// from that folder, activate on a story, publish the same findings as the engine in the
// repository, and answer the Check command and a hover.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { check } from '../../src/core/check';
import { getTip } from '../../src/core/coaching';
import { resolveEngineConfig } from '../../src/core/config';
import { parseStarrc } from '../../src/core/starrc';
import type { CheckResult, Finding, Severity } from '../../src/core/types';
import type { StarStoryApi } from '../../src/extension/extension';
import { cleanUp, EXTENSION_ID, hoverText, openStory, ruleOf, starDiagnostics, waitFor, waitForDiagnostics } from '../integration/helpers';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const SEVERITIES: Record<vscode.DiagnosticSeverity, Severity> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

interface Seen {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
}

function fromFinding(f: Finding): Seen {
  return { ruleId: f.ruleId, severity: f.severity, message: f.message, start: f.start, end: f.end };
}

function fromDiagnostic(document: vscode.TextDocument, d: vscode.Diagnostic): Seen {
  return { ruleId: ruleOf(d), severity: SEVERITIES[d.severity], message: d.message, start: document.offsetAt(d.range.start), end: document.offsetAt(d.range.end) };
}

const byPosition = (a: Seen, b: Seen) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);

describe('installed .vsix', () => {
  after(cleanUp);

  it('is loaded once, from the extensions folder it was installed into, not from the repository', () => {
    const extensionsDir = process.env.STAR_INSTALLED_EXTENSIONS_DIR;
    assert.ok(extensionsDir, 'STAR_INSTALLED_EXTENSIONS_DIR is not set: run this suite through scripts/test-installed.ts');
    const copies = vscode.extensions.all.filter((e) => e.id === EXTENSION_ID);
    assert.strictEqual(copies.length, 1, `${copies.length} copies of ${EXTENSION_ID}`);
    const installed = fs.realpathSync(copies[0].extensionPath);
    assert.ok(installed.startsWith(fs.realpathSync(extensionsDir) + path.sep), `loaded from ${installed}, not from ${extensionsDir}`);
    assert.ok(!installed.startsWith(REPO_ROOT + path.sep), `loaded from the repository: ${installed}`);
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.strictEqual(copies[0].packageJSON.version, manifest.version);
    // What the package holds: bundles, no sources or maps.
    assert.ok(fs.existsSync(path.join(installed, 'dist', 'extension.js')) && fs.existsSync(path.join(installed, 'dist', 'web', 'extension.js')));
    assert.ok(!fs.existsSync(path.join(installed, 'src')) && !fs.existsSync(path.join(installed, 'node_modules')));
    assert.deepStrictEqual(fs.readdirSync(path.join(installed, 'dist')).filter((f) => f.endsWith('.map')), []);
  });

  it('activates on a story and publishes exactly the findings of the engine in the repository', async () => {
    const { document } = await openStory('editor', 'exporter.star.md');
    assert.strictEqual(document.languageId, 'star');
    const expected = check(document.getText()).findings.map(fromFinding).sort(byPosition);
    assert.ok(expected.length >= 3, `the story has only ${expected.length} findings`);
    const diagnostics = await waitForDiagnostics(document.uri, `${expected.length} STAR diagnostics`, (d) => d.length === expected.length);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'opening a story did not activate the extension');
    assert.deepStrictEqual(diagnostics.map((d) => fromDiagnostic(document, d)).sort(byPosition), expected);
    for (const d of diagnostics) {
      const code = d.code as { value: string; target: vscode.Uri };
      assert.strictEqual(code.target.toString(true), `https://github.com/star-story-coach/star-story-coach/blob/main/docs/rules/${code.value}.md`);
    }
  });

  it('applies a .starrc.yaml (read with the lazily loaded YAML parser) exactly as the engine does', async () => {
    const { document } = await openStory('strict', 'story.star.md');
    const starrc = fs.readFileSync(path.join(REPO_ROOT, 'test', 'workspace', 'strict', '.starrc.yaml'), 'utf8');
    const { settings, problems } = parseStarrc(starrc);
    assert.deepStrictEqual(problems, []);
    const expected = check(document.getText(), resolveEngineConfig(settings)).findings.map(fromFinding).sort(byPosition);
    assert.ok(expected.some((f) => f.ruleId === 'vague-outcome' && f.severity === 'error'), 'the .starrc.yaml makes vague-outcome an error');
    const diagnostics = await waitForDiagnostics(document.uri, 'vague-outcome as an error', (ds) => ds.some((d) => ruleOf(d) === 'vague-outcome' && d.severity === vscode.DiagnosticSeverity.Error));
    assert.deepStrictEqual(diagnostics.map((d) => fromDiagnostic(document, d)).sort(byPosition), expected);
  });

  it('runs "STAR: Check STAR Story" and opens the coach panel', async () => {
    const { document } = await openStory('editor', 'exporter.star.md');
    const result = await vscode.commands.executeCommand<CheckResult>('starStory.checkStory');
    assert.ok(result, 'the command returned nothing');
    assert.strictEqual(result.stories.length, 1);
    assert.deepStrictEqual(result.findings.map(fromFinding).sort(byPosition), check(document.getText()).findings.map(fromFinding).sort(byPosition));
    const api = vscode.extensions.getExtension<StarStoryApi>(EXTENSION_ID)?.exports;
    assert.ok(api?.panel, 'the installed extension returned no API');
    await waitFor('the coach panel on the story', () => api.panel.getState(), (s) => s?.visible === true && s.uri === document.uri.toString());
  });

  it('shows the coaching tip on hover over a flagged phrase', async () => {
    const { document } = await openStory('editor', 'exporter.star.md');
    await waitForDiagnostics(document.uri, 'a we-instead-of-i diagnostic', (ds) => ds.some((d) => ruleOf(d) === 'we-instead-of-i'));
    const we = starDiagnostics(document.uri).find((d) => ruleOf(d) === 'we-instead-of-i')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, we.range.start.translate(0, 1));
    assert.ok(hoverText(hovers).includes(getTip('we-instead-of-i')!.title), `hover: ${hoverText(hovers).slice(0, 300)}`);
  });

  it('lists the story\'s sections in the Outline (from dist/editor.js, loaded on first use)', async () => {
    const { document } = await openStory('editor', 'exporter.star.md');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const names = (symbols ?? []).flatMap((s) => [s.name, ...s.children.map((c) => c.name)]);
    assert.ok(names.includes('Action') && names.includes('Result'), `symbols: ${JSON.stringify(names)}`);
  });
});
