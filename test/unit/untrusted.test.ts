import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { transformSync } from 'esbuild';
import { check } from '../../src/core/check';
import { PHRASE_LIMITS, settingsSchema, type EngineConfig } from '../../src/core/config';
import { matchLists, type PhraseMatch } from '../../src/core/phrases';
import { PhraseIndex, tokenize } from '../../src/core/tokens';
import { parseStarrc } from '../../src/core/starrc';
import { ROOT } from './fixtureHarness';

// Untrusted workspaces (docs/ARCHITECTURE.md, "Invariants"): settings and `.starrc.yaml` can come from a repository nobody
// vetted. They add literal phrases only (no regular expressions, no code), capped in count and
// length; the extension reads only workspace files and its own, and makes no network request.

/** A complete story whose Action has `action` in it. */
const story = (action: string) =>
  `# Fixing the exporter\n## Situation\nThe export dropped rows; no ticket, nobody asked me.\n## Action\nI traced it. ${action} I wrote a fix. I added an alert.\n## Result\nLost rows went from 40 a night to 0.\n`;

const hedgesIn = (text: string, phrases: EngineConfig['phrases']) =>
  check(text, { phrases })
    .findings.filter((f) => f.ruleId === 'hedging')
    .map((f) => text.slice(f.start, f.end));

/** A workspace's phrases as the engine compiles them (literal), and their matches in `text`. */
function compilePhrases(phrases: string[]): PhraseIndex<'hedges'> {
  const index = new PhraseIndex<'hedges'>();
  for (const p of phrases) index.add('hedges', p, false);
  return index;
}
function findAll(index: PhraseIndex<'hedges'>, text: string): PhraseMatch[] {
  return (matchLists(index as never, tokenize(text), text, 0) as Map<string, PhraseMatch[]>).get('hedges') ?? [];
}

/** `count` phrases of at most 80 characters that share all but their last word with `unit` repeated. */
function adversarialPhrases(unit: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const tail = ` z${i.toString(36)}`;
    let head = '';
    while (head.length + unit.length + 1 + tail.length <= PHRASE_LIMITS.length) head += `${unit} `;
    return head.trimEnd() + tail;
  });
}

describe('untrusted workspaces: literal phrases only', () => {
  const METACHARACTER_PHRASES = ['(a+)+$', '.*', '[', 'a|b', '\\d+', '^', '$1', '(?=x)', '\\', 'a{2,}', 'x?', '[^]'];

  it('matches a phrase full of regular-expression syntax only as that literal text', () => {
    for (const phrase of METACHARACTER_PHRASES) {
      // Texts the phrase would match as a pattern, with the literal phrase twice among them.
      const text = `aaaa ab b 12 x xx ${phrase} a\n${phrase} zz`;
      const found = findAll(compilePhrases([phrase]), text);
      // Exactly the two places the literal phrase is written (Markdown markup such as `*` is not a word).
      const at = [text.indexOf(phrase), text.lastIndexOf(phrase)];
      assert.deepStrictEqual(found.map((m) => m.start), at, JSON.stringify(phrase));
    }
  });

  it('reports such phrases through check() where they are written, and nowhere else', () => {
    // (`*`, `[` and `|` are Markdown markup, blanked from prose before any phrase is looked for.)
    const phrases = { hedges: ['(a+)+$', '\\d+', '$1', 'x?y'] };
    assert.deepStrictEqual(hedgesIn(story('I ran (a+)+$ and \\d+ and $1 and x?y once.'), phrases), ['(a+)+$', '\\d+', '$1', 'x?y']);
    assert.deepStrictEqual(hedgesIn(story('I ran aaaa and 12 and 1 and y once.'), phrases), []);
  });

  it('cannot backtrack catastrophically: 100 KB adversarial texts give the expected match counts', () => {
    const nested = compilePhrases(['(a+)+$']);
    assert.strictEqual(findAll(nested, `${'a'.repeat(100_000)}!`).length, 0);
    assert.strictEqual(findAll(nested, `${'a'.repeat(100_000)} (a+)+$`).length, 1);

    // The longest phrases the caps allow, as many as they allow, all but the last word alike.
    const phrases = adversarialPhrases('a', PHRASE_LIMITS.perList);
    const matcher = compilePhrases(phrases);
    const text = 'a '.repeat(50_000);
    assert.strictEqual(findAll(matcher, text).length, 0);
    assert.strictEqual(findAll(matcher, `${text}${phrases[199].slice(0, -4)} z${(199).toString(36)}.`).length, 1);
    // Every list at once, through the engine.
    const all = { handOff: phrases, vagueOutcome: phrases, hedges: phrases, scopeBoundary: phrases, assigned: phrases, genericReflection: phrases, businessImpact: phrases, secondOrder: phrases, systemic: phrases };
    const bank = `# T\n## Situation\n${'a '.repeat(12_500)}\n## Action\n${'a '.repeat(12_500)} ${phrases[7]}.\n## Result\n${'a '.repeat(12_500)}\n`;
    assert.ok(bank.length > 75_000);
    assert.deepStrictEqual(hedgesIn(bank, all), [phrases[7]]);
  });

  // Was minutes (200 phrases of 80 characters over 100 KB of "é é …": 124 s for one list) while
  // non-ASCII lists fell back to the flat alternation.
  it('cannot backtrack catastrophically with non-ASCII phrases either', () => {
    const phrases = adversarialPhrases('é', PHRASE_LIMITS.perList);
    assert.strictEqual(findAll(compilePhrases(phrases), 'é '.repeat(50_000)).length, 0);
    // Through the engine, in a file small enough that the built-in lists alone would stay flat.
    const all = { handOff: phrases, vagueOutcome: phrases, hedges: phrases, scopeBoundary: phrases, assigned: phrases, genericReflection: phrases, businessImpact: phrases, secondOrder: phrases, systemic: phrases };
    const small = `# T\n## Situation\n${'é '.repeat(8_000)}\n## Action\n${'é '.repeat(8_000)} ${phrases[3]}.\n## Result\n${'é '.repeat(8_000)}\n`;
    assert.ok(small.length < 64 * 1024);
    assert.deepStrictEqual(hedgesIn(small, all), [phrases[3]]);
  });

  it('caps what a workspace adds: 200 phrases per list, 80 characters each', () => {
    const ok = (phrases: unknown) => settingsSchema.safeParse({ phrases }).success;
    assert.ok(ok({ hedges: Array.from({ length: PHRASE_LIMITS.perList }, (_, i) => `p${i}`.padEnd(PHRASE_LIMITS.length, 'x')) }));
    assert.ok(!ok({ hedges: Array.from({ length: PHRASE_LIMITS.perList + 1 }, (_, i) => `p${i}`) }));
    assert.ok(!ok({ hedges: ['x'.repeat(PHRASE_LIMITS.length + 1)] }));
    assert.ok(!ok({ hedges: [''] }));
    assert.ok(!ok({ regex: ['.*'] }), 'an unknown list');
    assert.ok(!ok({ hedges: [{ source: '.*' }] }), 'a non-string phrase');

    // The engine holds to the caps even when handed more (a caller that skipped the schema).
    const filler = Array.from({ length: PHRASE_LIMITS.perList }, (_, i) => `filler${i}`);
    assert.deepStrictEqual(hedgesIn(story('I said zzlast once.'), { hedges: [...filler, 'zzlast'] }), []);
    const long = `zz ${'y'.repeat(PHRASE_LIMITS.length)}`;
    assert.deepStrictEqual(hedgesIn(story(`I said ${long} once.`), { hedges: [long] }), []);
  });

  it('reports .starrc.yaml phrases over the caps on the first phrase too many and keeps the rest', () => {
    const many = Array.from({ length: PHRASE_LIMITS.perList + 2 }, (_, i) => `  - p${i}`).join('\n');
    const text = `level: senior\nphrases:\n  hedges:\n${many}\n`;
    const { settings, problems } = parseStarrc(text);
    assert.strictEqual(settings.level, 'senior');
    assert.strictEqual(settings.phrases?.hedges?.length, PHRASE_LIMITS.perList);
    assert.strictEqual(settings.phrases?.hedges?.at(-1), `p${PHRASE_LIMITS.perList - 1}`);
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(text.slice(problems[0].start, problems[0].end), `p${PHRASE_LIMITS.perList}`, JSON.stringify(problems[0]));
  });

  it('runs no code from .starrc.yaml and lets no key reach Object.prototype', () => {
    const tagged = parseStarrc('phrases:\n  hedges: !!js/function "function () { globalThis.__pwned = 1 }"\n');
    assert.deepStrictEqual(tagged.settings, {});
    assert.strictEqual(tagged.problems.length, 1);
    assert.strictEqual((globalThis as Record<string, unknown>).__pwned, undefined);

    // Regression: these keys used to throw ("schema.safeParse is not a function").
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const r = parseStarrc(`${key}:\n  polluted: error\nlevel: senior\n`);
      assert.strictEqual(r.settings.level, 'senior', key);
      assert.deepStrictEqual(r.problems.map((p) => [p.severity, p.message.slice(0, 14 + key.length)]), [['warning', `Unknown key "${key}"`]]);
    }
    const rules = parseStarrc('rules:\n  __proto__:\n    polluted: error\n  constructor: off\n');
    assert.deepStrictEqual(rules.problems.map((p) => p.message.slice(0, p.message.indexOf(' is ignored'))), ['Unknown rule "__proto__"', 'Unknown rule "constructor"']);
    assert.deepStrictEqual(rules.settings.rules, {});
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
  });

  it('reports an alias bomb or an alias with no anchor in .starrc.yaml as one error instead of throwing', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    for (const [text, flagged] of [
      [bomb, '*a'],
      ['rules: *x\n', '*x'],
    ]) {
      const { settings, problems } = parseStarrc(text);
      assert.deepStrictEqual(settings, {});
      assert.strictEqual(problems.length, 1, JSON.stringify(problems));
      assert.strictEqual(text.slice(problems[0].start, problems[0].end), flagged);
    }
  });
});

// ---- no network -------------------------------------------------------------------------------

/** Network APIs as they survive minification: member access, bracket access, imports. */
const NETWORK_APIS: [string, RegExp][] = [
  ['fetch()', /(?:^|[^\w$.])fetch\s*\(|\.fetch\s*\(|\[\s*["'`]fetch["'`]\s*\]/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['EventSource', /EventSource/],
  ['sendBeacon', /sendBeacon/],
  ['importScripts', /importScripts/],
  ['a Node network module', /\brequire\s*\(\s*["'`](?:node:)?(?:http|https|http2|net|tls|dgram|dns|undici)["'`]\s*\)|\bfrom\s*["'`](?:node:)?(?:http|https|http2|net|tls|dgram|dns|undici)["'`]/],
  ['net.connect', /\bnet\.connect|\.createConnection\s*\(/],
];

function networkUses(code: string): string[] {
  return NETWORK_APIS.filter(([, re]) => re.test(code)).map(([name]) => name);
}

function bundles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(dir, f));
}

describe('untrusted workspaces: no network', function () {
  this.timeout(60_000);
  const dist = path.join(ROOT, 'dist');

  before(() => {
    if (!fs.existsSync(path.join(dist, 'extension.js')) || !fs.existsSync(path.join(dist, 'webview.js'))) {
      const b = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
      assert.strictEqual(b.status, 0, `node esbuild.js failed: ${b.stderr}`);
    }
  });

  it('finds no network API in any built bundle (extension, web extension, webview, CLI, yaml)', () => {
    const files = bundles(dist);
    const names = files.map((f) => path.relative(dist, f));
    for (const expected of ['extension.js', 'webview.js', 'cli.js']) assert.ok(names.includes(expected), `dist/${expected} missing: ${names.join(', ')}`);
    for (const file of files) assert.deepStrictEqual(networkUses(fs.readFileSync(file, 'utf8')), [], path.relative(ROOT, file));
  });

  it('would find each of them, minified (control)', () => {
    const sources: [string, string][] = [
      ['fetch()', 'export async function f(u) { return (await fetch(u)).text(); }'],
      ['fetch()', 'export const f = (u) => globalThis.fetch(u);'],
      ['fetch()', 'export const f = (u) => self["fetch"](u);'],
      ['XMLHttpRequest', 'export const f = () => new XMLHttpRequest();'],
      ['WebSocket', 'export const f = (u) => new WebSocket(u);'],
      ['EventSource', 'export const f = (u) => new EventSource(u);'],
      ['sendBeacon', 'export const f = (u) => navigator.sendBeacon(u, "x");'],
      ['importScripts', 'export const f = (u) => importScripts(u);'],
      ['a Node network module', 'import * as https from "https"; export const f = (u) => https.get(u);'],
      ['a Node network module', 'import { request } from "node:http"; export const f = (u) => request(u);'],
      ['a Node network module', 'import * as net from "net"; export const f = () => net.connect(80);'],
    ];
    for (const [api, source] of sources) {
      for (const format of ['cjs', 'esm'] as const) {
        const { code } = transformSync(source, { minify: true, format, platform: 'node', loader: 'ts' });
        assert.ok(networkUses(code).includes(api), `${api} not found in ${format}: ${code}`);
      }
    }
    // Minified, `net.connect` is `g.connect` after `require("net")`: the module gives it away.
    assert.deepStrictEqual(networkUses('const s=net.connect(80)'), ['net.connect']);
    assert.deepStrictEqual(networkUses('const prefetched = x.refetch; fetchCount++; "fetches"'), [], 'words that merely contain "fetch"');
  });
});

// ---- file reads ---------------------------------------------------------------------------------

/**
 * Every place the glue reads a file, and why it stays inside the workspace or the extension:
 * a new read fails this test until it is audited and added here.
 */
const AUDITED_READS: Record<string, string[]> = {
  // .starrc.yaml: the nearest one, looked up from the story's folder up to its workspace folder
  // (parentWithin stops at the folder; test/integration/reliability.test.ts proves it).
  'config.ts': ['readWorkspaceFile'],
  // ...through this: disk for file: URIs (Node), workspace.fs otherwise, and in the web build.
  'workspaceFiles.node.ts': ["from 'fs'", 'fs.readFile', 'fs.stat', 'workspace.fs.readFile', 'workspace.fs.stat'],
  'workspaceFiles.ts': ['workspace.fs.readFile', 'workspace.fs.stat'],
  // Check All Stories: the files workspace.findFiles returns.
  'checkWorkspace.ts': ['workspace.findFiles', 'workspace.fs.readFile'],
  // Check STAR Story: the Uri the explorer passes, or the active editor.
  'checkStory.ts': ['workspace.openTextDocument'],
  // New STAR Story: an untitled document.
  'newStory.ts': ['workspace.openTextDocument', 'workspace.openTextDocument'],
  // New STAR Story: whether the name typed is taken in the workspace folder it goes to.
  'newStoryFile.ts': ['workspace.fs.stat'],
  // The Story Bank: the *.star.md files workspace.findFiles returns (or a watcher reports), read
  // through workspaceFiles.ts; a story it lists, opened at its title; the stories of the chosen
  // principles for the cheat sheet.
  'bankIndex.ts': ['workspace.findFiles'],
  'storyBank.ts': ['workspace.openTextDocument'],
  // Rehearsal: the due-stories index reads the *.star.md files workspace.findFiles returns (or a
  // watcher reports); a restored rehearsal panel reopens the story its saved state names (a story
  // key: the file's URI, '#', the title); Rehearse and Practise Due open the story they are given.
  'rehearsal/due.ts': ['workspace.findFiles', 'workspace.fs.readFile'],
  'rehearsal/rehearsePanel.ts': ['workspace.openTextDocument', 'workspace.openTextDocument'],
  'rehearsal/rehearsal.ts': ['workspace.openTextDocument'],
  // The coach panel: the story it was asked to show (a command argument) and the extension's own docs/rules/*.md.
  'coachPanel.ts': ['workspace.openTextDocument', 'workspace.fs.stat'],
  // A snippet fix: the document the fix was offered on.
  'snippetFix.ts': ['workspace.openTextDocument'],
};

const READ_API = /(?<!function )\breadWorkspaceFile(?=\()|\b(?:workspace\.fs\.(?:readFile|readDirectory|stat)|workspace\.(?:openTextDocument|findFiles)|fs\.(?:readFileSync|readFile|readdirSync|readdir|statSync|stat|createReadStream|openSync|open)\b)|\brequire\(\s*["'](?:node:)?fs["']\)|\bfrom\s+["'](?:node:)?fs(?:\/promises)?["']/g;

describe('untrusted workspaces: file reads', () => {
  it('reads files only where the audit says (workspace files, the extension\'s own)', () => {
    const dir = path.join(ROOT, 'src', 'extension');
    const found: Record<string, string[]> = {};
    // Sub-folders too (rehearsal/), by their path from src/extension.
    const names = (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'));
    for (const name of names.filter((f) => f.endsWith('.ts')).sort()) {
      const code = fs.readFileSync(path.join(dir, name), 'utf8').replace(/^\s*\/\/.*$/gm, '');
      const uses = [...code.matchAll(READ_API)].map((m) => m[0].replace(/^vscode\./, '').replace(/\s+/g, ' '));
      if (uses.length) found[name] = uses.sort();
    }
    const audited = Object.fromEntries(Object.entries(AUDITED_READS).map(([k, v]) => [k, [...v].sort()]));
    assert.deepStrictEqual(found, audited);
  });

  it('would notice a new read (control)', () => {
    const code = "import * as fs from 'fs'; fs.readFileSync('/etc/passwd'); await vscode.workspace.fs.readDirectory(u);";
    assert.deepStrictEqual([...code.matchAll(READ_API)].map((m) => m[0]), ["from 'fs'", 'fs.readFileSync', 'workspace.fs.readDirectory']);
  });
});
