import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import * as esbuild from 'esbuild';
import { RULE_IDS } from '../../src/core/rules';
import { VSIX_LIMIT_BYTES as LIMIT_BYTES } from '../host/budgets';
import { ROOT } from './fixtureHarness';

// What `npm run package` puts in the .vsix, as `vsce ls` lists it from .vscodeignore: only what
// runs in VS Code and what the README and the diagnostics link to, every file the manifest
// names, and a package that stays small. The packaged .vsix itself is checked again, installed
// and run in VS Code by scripts/test-installed.ts.

/** The package may hold these and nothing else. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE$/,
  /^language-configuration\.json$/,
  /^dist\/(?:web\/)?extension\.js$/,
  /^dist\/(?:yaml|panel|editor|fit|phrases|due)\.js$/,
  /^dist\/(?:webview|rehearse|bank)\.(?:js|css)$/,
  /^media\/story-bank\.svg$/,
  /^media\/walkthrough\/[\w-]+\.svg$/,
  /^syntaxes\/[\w.-]+\.tmLanguage\.json$/,
  /^snippets\/[\w.-]+\.code-snippets$/,
  /^schemas\/[\w.-]+\.schema\.json$/,
  /^images\/icon\.png$/,
  /^docs\/rules\/[a-z-]+\.md$/,
];

/** What must never ship, whatever the allow-list says: sources, tests, maps, tooling, corpora. */
const FORBIDDEN = [/^src\//, /\.ts$/, /\.map$/, /(?:^|\/)node_modules\//, /^test\//, /^out\//, /^scripts\//, /corpus|holdout|fixtures/, /\.vsix$/, /^\./, /(?:^|\/)\.[^/]+$/];


interface Manifest {
  main: string;
  browser: string;
  icon: string;
  contributes: {
    languages: { configuration?: string }[];
    grammars: { path: string }[];
    snippets: { path: string }[];
    yamlValidation?: { url: string }[];
  };
}

function vsceList(): string[] {
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const output = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .sort();
}

function relative(file: string): string {
  return file.replace(/^\.\//, '');
}

describe('the .vsix package', () => {
  let files: string[] = [];
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

  before(function () {
    this.timeout(60_000);
    // vsce lists files that exist: the development build (with its source maps) is the hard case.
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'extension.js')), 'dist/ is missing: run `npm run build` first');
    files = vsceList();
  });

  it('holds only what the extension runs and the README needs', () => {
    assert.ok(files.length >= 10, `vsce listed only: ${files.join(', ')}`);
    const unexpected = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
    assert.deepStrictEqual(unexpected, [], 'files outside the allow-list');
    const forbidden = files.filter((f) => FORBIDDEN.some((re) => re.test(f)));
    assert.deepStrictEqual(forbidden, [], 'sources, tests, maps or tooling in the package');
  });

  it('ships every file the manifest names: both entry points, icon, grammar, snippets, language configuration', () => {
    const named = [
      manifest.main,
      manifest.browser,
      manifest.icon,
      ...manifest.contributes.languages.map((l) => l.configuration).filter((p): p is string => !!p),
      ...manifest.contributes.grammars.map((g) => g.path),
      ...manifest.contributes.snippets.map((s) => s.path),
      ...(manifest.contributes.yamlValidation ?? []).map((v) => v.url),
    ].map((p) => path.posix.normalize(relative(p)));
    assert.ok(manifest.browser && manifest.icon && named.length >= 6, `the manifest names too little: ${named.join(', ')}`);
    // The chunks the Node extension requires on first need (esbuild.js) are named nowhere else.
    for (const file of [...named, 'dist/yaml.js', 'dist/panel.js', 'dist/editor.js', 'dist/fit.js', 'dist/phrases.js', 'dist/due.js', 'dist/webview.js', 'dist/webview.css', 'dist/rehearse.js', 'dist/rehearse.css', 'dist/bank.js', 'dist/bank.css', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
      assert.ok(files.includes(file), `${file} is not in the package`);
    }
  });

  it('ships the docs page of every rule (the coach panel opens the local copy)', () => {
    const docs = files.filter((f) => f.startsWith('docs/rules/')).map((f) => path.posix.basename(f, '.md'));
    assert.deepStrictEqual(docs.sort(), [...RULE_IDS].sort());
  });

  it('has a 128×128 PNG icon', () => {
    const png = fs.readFileSync(path.join(ROOT, manifest.icon));
    assert.strictEqual(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.strictEqual(png.subarray(12, 16).toString('ascii'), 'IHDR');
    assert.deepStrictEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  it(`stays under ${LIMIT_BYTES / 1024} KB compressed, with production bundles`, async function () {
    this.timeout(60_000);
    // The production bundles, built in memory (dist/ may hold a development build), stand in
    // for the files of the same name; the rest is read from disk. Each entry is deflated as in
    // the zip, plus a generous allowance for headers and vsce's two manifest files.
    const { common, targets } = (await import(path.join(ROOT, 'esbuild.js'))) as { common: esbuild.BuildOptions; targets: (esbuild.BuildOptions & { outfile: string })[] };
    const bundles = new Map<string, Uint8Array>();
    for (const target of targets.filter((t) => files.includes(t.outfile))) {
      const result = await esbuild.build({ ...common, ...target, absWorkingDir: ROOT, minify: true, sourcemap: false, write: false, logLevel: 'silent' });
      bundles.set(target.outfile, result.outputFiles[0].contents);
    }
    assert.ok(bundles.has('dist/extension.js') && bundles.has('dist/web/extension.js'), 'the bundle targets are not in the package');
    let total = 4096;
    for (const file of files) {
      const bytes = bundles.get(file) ?? fs.readFileSync(path.join(ROOT, file));
      total += zlib.deflateRawSync(bytes).length + 200;
    }
    assert.ok(total < LIMIT_BYTES, `about ${Math.round(total / 1024)} KB (${total} bytes)`);
  });
});
