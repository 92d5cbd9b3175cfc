import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ALL_PRINCIPLE_IDS } from '../../src/core/bank';
import { ROOT } from './fixtureHarness';

// star-check --coverage and --require-coverage, run as a separate process (dist/cli.js).

const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 20000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface CoverageJson {
  storiesPerPrinciple: number;
  principles: { id: string; name: string; needed: boolean; stories: { path: string; story: number; title: string; ready: boolean }[]; ready: number; gap: boolean }[];
  overused: { path: string; story: number; title: string; principles: string[] }[];
  unfiled: { path: string; story: number; title: string; ready: boolean }[];
  duplicates: { title: string; stories: { path: string }[] }[];
}

const STORY = (title: string, principles: string) => `# ${title}
<!-- star: principle=${principles} -->

## Situation
The nightly export dropped rows. It belonged to another team and nobody had filed a ticket.

## Task
I decided to find out why.

## Action
I traced the drop to a timezone bug. I wrote a fix. I added an alert.

## Result
Dropped rows went from 300 a night to zero.

## Reflection
I now test every date boundary in exports.
`;

describe('star-check --coverage', function () {
  let tmp = '';
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'star-coverage-'));
    fs.writeFileSync(path.join(tmp, 'a.star.md'), `${STORY('Export rows', 'Ownership; Dive Deep')}\n${STORY('Everything', 'Ownership; Dive Deep; Earn Trust; Frugality')}`);
    fs.writeFileSync(path.join(tmp, 'b.star.md'), `${STORY('export  ROWS', 'Ownership')}\n${STORY('Nothing filed', 'nope')}`);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('JSON: a top-level coverage object with all 16 principles, stories under each of theirs, overused, unfiled, duplicates', () => {
    const r = run(['--coverage', '--format', 'json', '.'], tmp);
    const out = JSON.parse(r.stdout) as { coverage: CoverageJson; files: unknown[] };
    const c = out.coverage;
    assert.strictEqual(c.storiesPerPrinciple, 2);
    assert.deepStrictEqual(c.principles.map((p) => p.id), ALL_PRINCIPLE_IDS);
    const own = c.principles.find((p) => p.id === 'ownership')!;
    assert.deepStrictEqual(own.stories.map((s) => [s.path, s.story, s.title]), [['a.star.md', 0, 'Export rows'], ['a.star.md', 1, 'Everything'], ['b.star.md', 0, 'export ROWS']]);
    assert.strictEqual(own.gap, false);
    assert.strictEqual(own.ready, own.stories.filter((s) => s.ready).length);
    assert.strictEqual(c.principles.find((p) => p.id === 'frugality')!.gap, true);
    assert.deepStrictEqual(c.overused.map((o) => [o.title, o.principles]), [['Everything', ['ownership', 'dive-deep', 'earn-trust', 'frugality']]]);
    assert.deepStrictEqual(c.unfiled.map((u) => u.title), ['Nothing filed']);
    assert.deepStrictEqual(c.duplicates.map((d) => d.stories.map((s) => s.path)), [['a.star.md', 'b.star.md']]);
    assert.strictEqual(out.files.length, 2);
  });

  it('without --coverage the JSON has no coverage key, and coverage alone does not change the exit code', () => {
    const plain = run(['--format', 'json', '.'], tmp);
    assert.ok(!('coverage' in JSON.parse(plain.stdout)));
    assert.strictEqual(run(['--coverage', '.'], tmp).status, plain.status);
  });

  it('--require-coverage exits 1 on a gap and 0 when the goals are met; goals come from .starrc.yaml bank:', () => {
    assert.strictEqual(run(['--require-coverage', '--max-warnings', '1000', '.'], tmp).status, 1);
    fs.writeFileSync(path.join(tmp, '.starrc.yaml'), 'bank:\n  storiesPerPrinciple: 1\n  principles: [Ownership, Dive Deep]\n');
    try {
      const r = run(['--require-coverage', '--max-warnings', '1000', '--format', 'json', '.'], tmp);
      assert.strictEqual(r.status, 0, r.stdout.slice(0, 500) + r.stderr);
      const c = (JSON.parse(r.stdout) as { coverage: CoverageJson }).coverage;
      assert.strictEqual(c.storiesPerPrinciple, 1);
      assert.deepStrictEqual(c.principles.filter((p) => p.needed).map((p) => p.id), ['ownership', 'dive-deep']);
      assert.strictEqual(c.principles.find((p) => p.id === 'think-big')!.gap, false);
    } finally {
      fs.rmSync(path.join(tmp, '.starrc.yaml'));
    }
  });

  it('stylish: a table after the findings, with overused stories and duplicate titles', () => {
    const r = run(['--coverage', '.'], tmp);
    const at = r.stdout.indexOf('Coverage (goal: 2 stories per principle)');
    assert.ok(at > r.stdout.indexOf('problems in 2 files'), r.stdout);
    const table = r.stdout.slice(at);
    assert.match(table, /\n {2}Ownership +3 +\d +—\n/);
    assert.match(table, /\n {2}Frugality +1 +\d +needs 1 more\n/);
    assert.match(table, /\n {2}Think Big +0 +0 +none\n/);
    assert.match(table, /Overused \(filed under more than 3 principles\):\n {2}a\.star\.md #2 "Everything": 4 principles/);
    assert.match(table, /Duplicate titles:\n {2}"Export rows": a\.star\.md #1, b\.star\.md #1/);
    assert.match(table, /4 stories, \d ready; 2 of 16 principles meet the goal, 14 gaps\.\n?$/);
  });

  it('on the repository\'s corpus (the done-when command) prints the coverage of all 16 principles', () => {
    const r = run(['--coverage', '--format', 'json', 'test/corpus'], ROOT);
    const c = (JSON.parse(r.stdout) as { coverage: CoverageJson }).coverage;
    assert.strictEqual(c.principles.length, 16);
    assert.ok(c.principles.some((p) => p.stories.length > 0));
  });
});
