// Guards speed work on the engine: its output must not change. Runs `analyze()` over every story
// file we have (test/corpus, test/holdout, test/fixtures, test/workspace, examples), under several
// configs, plus seeded mutations of them, a story bank and hostile inputs, and writes or compares
// a snapshot of the findings, the metrics and the parse tree.
//
//   npx esbuild scripts/snapshot-engine.ts --bundle --platform=node --outfile=/tmp/snapshot-engine.js
//   node /tmp/snapshot-engine.js --write      # before a change: /tmp/star-engine-snapshot.jsonl
//   node /tmp/snapshot-engine.js              # after it: exit 1 and the first differences if any
// Options: --file <path> (another snapshot), --quiet.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../src/core/check';
import type { EngineConfig } from '../src/core/config';
import { prng, repoPath, storyBank, storyFiles } from './storyBank';

const DIRS = ['test/corpus', 'test/holdout', 'test/fixtures', 'test/workspace', 'examples'];

const CONFIGS: Record<string, Partial<EngineConfig>> = {
  default: {},
  senior: { level: 'senior', wordsPerMinute: 120, timeTolerance: 0 },
  custom: {
    level: 'principal',
    rules: { 'hedging': 'error', 'we-instead-of-i': 'off', 'section-over-time': 'hint' },
    phrases: { hedges: ['if I recall', 'as far as I know'], handOff: ['looped in', 'Pinged  the'], vagueOutcome: ['went fine'], scopeBoundary: ['not my circus'], systemic: ['missing mechanism'], businessImpact: ['hours back'], secondOrder: ['other squads'], genericReflection: ['learned heaps'], assigned: ['my lead had me'] },
  },
};

/** Pieces that change structure or trip the scanners, spliced in at random offsets. */
const PIECES = [
  '# ', '\n# New story\n', '## ', '\n## Result\n', '\n## Action\n', '\n## Task\n', '\n## Reflection\n', '```', '\n```\n', '~~~\n',
  '<!--', '-->', '<!-- star-disable -->', '<!-- star-enable -->', '<!-- star-disable-next-line hedging -->\n', '<!-- star: level=senior -->\n',
  '---\n', '\n---\n', 'level: senior\n', '"', '“', '”', "'", '’', '. ', '? ', '! ', '\n\n', '\r\n', '- ', '1. ', '> ', '`', '**', '_', '[', '](http://x.y)',
  'we ', 'We ', 'our team ', 'I think ', 'sort of ', 'escalated it', 'my manager asked me', 'went well', 'not my team', 'was deployed', 'I built ',
  '40%', '$3K', 'X%', 'TBD', ' e.g. ', 'no ticket', 'communication is important', 'adopted by', 'revenue', 'the root cause', '\u0000', '\ud800', 'é',
];

function hash(s: string): string {
  return createHash('sha1').update(s).digest('hex').slice(0, 16);
}

function mutate(text: string, rand: () => number, edits: number): string {
  let t = text;
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(rand() * (t.length + 1));
    const op = rand();
    if (op < 0.5) t = t.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)] + t.slice(at);
    else if (op < 0.8) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rand() * 12));
    else t = t.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)] + t.slice(at + 1 + Math.floor(rand() * 6));
  }
  return t;
}

interface Case {
  name: string;
  text: string;
  config: Partial<EngineConfig>;
}

function cases(): Case[] {
  const out: Case[] = [];
  const files = DIRS.flatMap((d) => storyFiles(d));
  for (const file of files) {
    const rel = path.relative(repoPath(), file);
    const rand = prng(parseInt(hash(rel).slice(0, 8), 16)); // per file: adding a file changes no other case
    const text = fs.readFileSync(file, 'utf8');
    for (const [name, config] of Object.entries(CONFIGS)) out.push({ name: `${rel} [${name}]`, text, config });
    out.push({ name: `${rel} [crlf]`, text: text.replace(/\r?\n/g, '\r\n'), config: {} });
    for (let i = 0; i < 12; i++) out.push({ name: `${rel} [mutation ${i}]`, text: mutate(text, rand, 1 + Math.floor(rand() * 8)), config: i % 3 === 0 ? CONFIGS.senior : {} });
  }
  out.push({ name: 'bank 300 KB', text: storyBank(300_000), config: {} });
  out.push({ name: 'bank 100 KB senior', text: storyBank(100_000, 3), config: CONFIGS.senior });
  out.push({ name: '1000 H1s', text: Array.from({ length: 1000 }, (_, i) => `# S${i}\n## Action\nWe did it ${i}.\n`).join(''), config: {} });
  out.push({ name: 'no headings', text: 'we shipped it and I think it went well. '.repeat(500), config: {} });
  out.push({ name: 'lone surrogates', text: '# A\n## Action\n\ud800 we \udc00 did \ud83d it.\n', config: {} });
  out.push({ name: 'binary', text: '\u0000\u0001\u0002binary', config: {} });
  out.push({ name: 'empty', text: '', config: {} });
  out.push({ name: 'unclosed fence + comment', text: '# A\n## Action\n```\nwe\n## Result\n<!-- we\n# B\n## Action\nwe did\n', config: {} });
  return out;
}

function record(c: Case): string {
  const { file, result } = analyze(c.text, c.config);
  const tree = { frontMatter: file.frontMatter, stories: file.stories, problems: file.problems, suppressions: file.suppressions, binary: file.binary, prose: hash(file.prose) };
  return JSON.stringify({ name: c.name, input: hash(JSON.stringify([c.text, c.config])), result, tree });
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--file');
  const snapshot = at >= 0 ? args[at + 1] : '/tmp/star-engine-snapshot.jsonl';
  const quiet = args.includes('--quiet');
  const lines = cases().map(record);
  if (args.includes('--write')) {
    fs.writeFileSync(snapshot, lines.join('\n') + '\n');
    console.log(`snapshot: ${lines.length} cases written to ${snapshot}`);
    return;
  }
  // Compared by case name: files added or removed since the snapshot are listed, not failed.
  const before = new Map<string, string>();
  for (const line of fs.readFileSync(snapshot, 'utf8').split('\n')) if (line) before.set(JSON.parse(line).name, line);
  let differ = 0;
  let added = 0;
  let edited = 0;
  for (const line of lines) {
    const b = JSON.parse(line);
    const old = before.get(b.name);
    before.delete(b.name);
    if (old === undefined) {
      added++;
      continue;
    }
    if (old === line) continue;
    const a = JSON.parse(old);
    if (a.input !== b.input) {
      edited++; // someone edited the story file: nothing to compare
      continue;
    }
    differ++;
    if (quiet || differ > 5) continue;
    console.log(`DIFF ${b.name}`);
    for (const key of ['result', 'tree'] as const) {
      const x = JSON.stringify(a[key]);
      const y = JSON.stringify(b[key]);
      if (x === y) continue;
      let j = 0;
      while (j < x.length && x[j] === y[j]) j++;
      console.log(`  ${key} before: …${x.slice(Math.max(0, j - 200), j + 200)}`);
      console.log(`  ${key} after:  …${y.slice(Math.max(0, j - 200), j + 200)}`);
    }
  }
  const extra = added || before.size || edited ? ` (${added} new, ${before.size} gone, ${edited} with edited input: not compared)` : '';
  console.log(differ === 0 ? `snapshot: ${lines.length - added - edited} cases identical${extra}` : `snapshot: ${differ} cases differ${extra}`);
  process.exitCode = differ === 0 ? 0 : 1;
}

main();
