import * as assert from 'assert';
import * as path from 'path';
import * as esbuild from 'esbuild';
import { LEVEL_GUIDES } from '../../src/core/coaching/levels';
import { PRINCIPLES } from '../../src/core/coaching/principles';
import { TIPS } from '../../src/core/coaching/tips';
import { ROOT } from './fixtureHarness';

// The Node extension (package.json `main`) loads at activation only what checking a story needs.
// The coach panel, its model and message schemas, and the coaching text only the panel, hovers
// and "New STAR Story" show are a chunk of their own, dist/panel.js, required on first use
// (esbuild.js swaps src/extension/panelPackage.ts for that require), as `yaml` is dist/yaml.js and
// principle fit (profiles, detectors, the kind-aware checks) is dist/fit.js and the built-in phrase
// lists are dist/phrases.js, both required by the first check.

interface Target extends esbuild.BuildOptions {
  outfile: string;
}

/** What stays out of dist/extension.js: each of these is in dist/panel.js instead. */
const LAZY_INPUTS = [
  'src/extension/coachPanel.ts',
  'src/extension/panelChunk.ts',
  'src/core/coachModel.ts',
  'src/core/panelMessages.ts',
  'src/core/coaching/principles.ts',
  'src/core/coaching/levels.ts',
  'src/core/coaching/tips.ts',
  'src/extension/newStory.ts',
  'src/extension/template.ts',
  'src/extension/rehearsal/rehearsePanel.ts',
  'src/core/rehearsal/model.ts',
  'src/core/rehearsal/messages.ts',
  'src/core/rehearsal/history.ts',
  'src/extension/storyBank.ts',
  'src/extension/bankIndex.ts',
  'src/extension/bankOverview.ts',
  'src/extension/bankSettings.ts',
  'src/extension/checkWorkspace.ts',
  'src/extension/checkStory.ts',
  'src/extension/hoverContent.ts',
  'src/core/bank.ts',
  'src/core/bankMessages.ts',
  'src/core/cheatSheet.ts',
];

/** What stays out of dist/extension.js because dist/editor.js has it: Outline, the Markdown offer, hovers, code lenses, quick fixes, folding. */
const EDITOR_INPUTS = ['src/extension/editorChunk.ts', 'src/core/symbols.ts', 'src/core/storyLike.ts', 'src/extension/markdownStories.ts', 'src/extension/codeActions.ts', 'src/core/folding.ts', 'src/extension/hover.ts', 'src/extension/codeLens.ts'];

/** The size budget (docs/ARCHITECTURE.md, "Budgets"), as `npm run bench` reports it. */
const BUDGET_BYTES = 150 * 1024;

async function build(outfile: string): Promise<{ text: string; inputs: string[] }> {
  const { common, targets } = (await import(path.join(ROOT, 'esbuild.js'))) as { common: esbuild.BuildOptions; targets: Target[] };
  const target = targets.find((t) => t.outfile === outfile);
  assert.ok(target, `esbuild.js builds nothing into ${outfile}`);
  const result = await esbuild.build({ ...common, ...target, absWorkingDir: ROOT, minify: true, sourcemap: false, write: false, metafile: true, logLevel: 'silent' });
  return { text: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs) };
}

function requires(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))].sort();
}

describe('Node extension bundle', function () {
  this.timeout(60_000);
  let extension: { text: string; inputs: string[] };
  let phrases: { text: string; inputs: string[] };
  let panel: { text: string; inputs: string[] };
  let editor: { text: string; inputs: string[] };
  let due: { text: string; inputs: string[] };

  before(async () => {
    [extension, panel, editor, phrases, due] = await Promise.all([build('dist/extension.js'), build('dist/panel.js'), build('dist/editor.js'), build('dist/phrases.js'), build('dist/due.js')]);
  });

  it("leaves rehearsal's attempt store and due count to dist/due.js, which requires the panel only to open a rehearsal", () => {
    const host = ['src/extension/rehearsal/rehearsal.ts', 'src/extension/rehearsal/due.ts', 'src/extension/rehearsal/attemptStore.ts'];
    assert.deepStrictEqual(host.filter((i) => extension.inputs.includes(i) || !due.inputs.includes(i)), []);
    assert.deepStrictEqual(['src/extension/rehearsal/rehearsePanel.ts', 'src/core/parse.ts', 'src/core/check.ts'].filter((i) => due.inputs.includes(i)), []);
    assert.deepStrictEqual(requires(due.text).filter((r) => r.startsWith('.')), ['./panel.js']);
  });

  it('leaves the coach panel and its coaching text to dist/panel.js, required on first use', () => {
    assert.ok(extension.inputs.includes('src/extension/panel.ts') && extension.inputs.includes('src/core/check.ts'));
    assert.deepStrictEqual(LAZY_INPUTS.filter((i) => extension.inputs.includes(i)), [], 'bundled into extension.js');
    assert.deepStrictEqual(requires(extension.text).filter((r) => r.startsWith('.')), ['./due.js', './editor.js', './fit.js', './panel.js', './phrases.js', './yaml.js']);
  });

  it('leaves the Outline, the Markdown offer, new-story naming, quick fixes and folding to dist/editor.js, without the engine', () => {
    assert.deepStrictEqual(EDITOR_INPUTS.filter((i) => extension.inputs.includes(i)), [], 'bundled into extension.js');
    assert.deepStrictEqual(EDITOR_INPUTS.filter((i) => !editor.inputs.includes(i)), [], 'missing from editor.js');
    // problems.ts remembers each diagnostic's finding: a second copy in editor.js would know none.
    assert.deepStrictEqual(['src/core/check.ts', 'src/core/parse.ts', 'src/extension/analysis.ts', 'src/extension/problems.ts'].filter((i) => editor.inputs.includes(i)), []);
    assert.deepStrictEqual(requires(editor.text), ['./panel.js', 'vscode']);
  });

  it('leaves the built-in phrase lists to dist/phrases.js, read when the first check builds the phrase index', () => {
    assert.ok(phrases.inputs.includes('src/core/coaching/phrases.ts'));
    assert.deepStrictEqual(['src/core/check.ts', 'src/core/phrases.ts', 'src/core/tokens.ts'].filter((i) => phrases.inputs.includes(i)), []);
    assert.deepStrictEqual(requires(phrases.text), []);
    // A phrase of a list and one of the patterns tuned on real writing: in the chunk, not in extension.js.
    for (const phrase of ['golden path', 'suggested an escalation']) {
      assert.ok(phrases.text.includes(phrase), phrase);
      assert.ok(!extension.text.includes(phrase), phrase);
    }
  });

  it("targets the Node version package.json's engines.node asks for, in every Node bundle", async () => {
    const { targets } = (await import(path.join(ROOT, 'esbuild.js'))) as { targets: Target[] };
    const pkg = (await import(path.join(ROOT, 'package.json'))) as { engines: { node: string } };
    assert.strictEqual(pkg.engines.node, '>=20');
    const node = targets.filter((t) => t.platform === 'node');
    assert.ok(node.length >= 4);
    assert.deepStrictEqual([...new Set(node.map((t) => t.target))], ['node20']);
  });

  it('keeps the front matter reader that needs the yaml package in dist/yaml.js', () => {
    assert.deepStrictEqual(['src/core/frontMatterYaml.ts', 'src/core/yamlRange.ts'].filter((i) => extension.inputs.includes(i)), []);
  });

  it(`stays within ${BUDGET_BYTES / 1024} KB minified`, () => {
    const bytes = Buffer.byteLength(extension.text);
    assert.ok(bytes <= BUDGET_BYTES, `${(bytes / 1024).toFixed(1)} KB`);
  });

  it('builds dist/panel.js from the lazy modules alone: no engine, no second copy of the analysis', () => {
    assert.deepStrictEqual(LAZY_INPUTS.filter((i) => !panel.inputs.includes(i)), [], 'missing from panel.js');
    const engine = ['src/core/check.ts', 'src/core/parse.ts', 'src/extension/analysis.ts', 'src/extension/extension.ts', 'src/extension/panel.ts'];
    assert.deepStrictEqual(engine.filter((i) => panel.inputs.includes(i)), []);
    assert.deepStrictEqual(requires(panel.text), ['vscode']);
  });

  it('dist/panel.js exports the panel and the same coaching text as the sources', () => {
    const exports: Record<string, unknown> = {};
    const module = { exports };
    const load = (id: string) => {
      if (id === 'vscode') return {};
      throw new Error(`panel.js requires ${id}`);
    };
    new Function('exports', 'require', 'module', panel.text)(exports, load, module);
    const chunk = module.exports as { CoachPanel: unknown; getTip: (id: string) => unknown; PRINCIPLES: unknown; LEVEL_GUIDES: unknown };
    assert.strictEqual(typeof chunk.CoachPanel, 'function');
    for (const id of Object.keys(TIPS)) assert.deepStrictEqual(chunk.getTip(id), TIPS[id], id);
    assert.deepStrictEqual(chunk.PRINCIPLES, PRINCIPLES);
    assert.deepStrictEqual(chunk.LEVEL_GUIDES, LEVEL_GUIDES);
  });
});
