import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './fixtureHarness';

// star-check under bad input (the CLI side of docs/ARCHITECTURE.md, "Invariants"): every path or config that cannot be used
// gets one clear line on stderr, the good files are still checked, the exit code is the
// documented one (0 clean, 1 errors or files not checked, 2 usage) and no stack trace is printed.
// test/unit/cli.test.ts has the first cases (a missing file, an empty glob, a binary file, broken
// YAML in --config, a missing --config, usage errors); these are the rest.

const CLI = path.join(ROOT, 'dist', 'cli.js');

/** A complete story with one warning: "We" in the Action. */
const GOOD = [
  '# Stale prices after deploys',
  '## Situation',
  'Product pages showed old prices for an hour after each deploy. The cache belonged to another team and nobody had filed a ticket.',
  '## Task',
  'Nobody asked me to fix it; I decided to close the gap myself.',
  '## Action',
  'I traced the stale prices to cache keys without the deploy version.',
  'We added the version to every key.',
  'I wrote a test that deploys twice and compares prices.',
  'I added an alert on cache age.',
  '## Result',
  'Stale prices fell from about 60 minutes to under 1 minute, which ended price complaints to support. Two other teams adopted the versioned keys.',
  '## Reflection',
  'I now put the deploy version into every cache key, because old keys outlived every release.',
  '',
].join('\n');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let tmp = '';

function run(args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: tmp, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(rel: string, content: string | Buffer): string {
  const file = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function assertNoStackTrace(r: Run): void {
  for (const out of [r.stderr, r.stdout]) assert.doesNotMatch(out, /^\s+at |node:internal|Error: |\bthrow\b/m, `a stack trace:\n${out}`);
}

/** Exactly one stderr line names `what`, it reads `star-check: <what>: <reason>`, and the reason matches. */
function assertOneLine(r: Run, what: string, reason: RegExp): void {
  const lines = r.stderr.split('\n').filter((l) => l.includes(what));
  assert.strictEqual(lines.length, 1, `expected one stderr line about ${what}:\n${r.stderr}`);
  assert.ok(lines[0].startsWith(`star-check: ${what}`), lines[0]);
  assert.match(lines[0], reason);
  assertNoStackTrace(r);
}

/** The good story was checked: its one warning is in the output. */
function assertGoodChecked(r: Run, file = 'good.star.md'): void {
  assert.match(r.stdout, new RegExp(`${file.replace(/\./g, '\\.')}:\\d+:\\d+ +warning .*we-instead-of-i`), r.stdout);
}

describe('star-check under bad input', function () {
  this.timeout(60_000);
  let cases = 0;
  beforeEach(() => cases++);
  after(() => console.log(`      ${cases} CLI failure cases`));

  before(() => {
    if (!fs.existsSync(CLI)) {
      const b = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
      assert.strictEqual(b.status, 0, `node esbuild.js failed: ${b.stderr}`);
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'star-check-bad-'));
    write('good.star.md', GOOD);
    write('notes/readme.md', 'Not a story.');
    fs.mkdirSync(path.join(tmp, 'empty'));
    write('late-nul.star.md', `${GOOD.repeat(3)}\u0000${GOOD}`);
    write('empty.star.md', '');
    write('latin1.star.md', Buffer.from(`${GOOD}\nCaf\xe9 na\xefve r\xe9sum\xe9.\n`, 'latin1'));
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('paths', () => {
    it('a directory with no stories: one line, and the other files are checked (not an error)', () => {
      const r = run(['notes', 'good.star.md']);
      assert.strictEqual(r.status, 0, r.stderr);
      assertOneLine(r, 'notes', /no \*\.star\.md files in this directory/);
      assertGoodChecked(r);
    });

    it('an empty directory alone: one line, nothing checked, exit 0', () => {
      const r = run(['empty']);
      assert.strictEqual(r.status, 0);
      assertOneLine(r, 'empty', /no \*\.star\.md files/);
      assert.match(r.stdout, /0 problems in 0 files/);
    });

    it('globs with braces and classes that match nothing: one line each, exit 1', () => {
      const r = run(['{drafts,old}/*.star.md', 'stor[iy]*/**/*.star.md', 'good.star.md']);
      assert.strictEqual(r.status, 1);
      assertOneLine(r, '{drafts,old}/*.star.md', /no files match this pattern/);
      assertOneLine(r, 'stor[iy]*/**/*.star.md', /no files match this pattern/);
      assertGoodChecked(r);
    });

    it('a missing directory: one line, exit 1', () => {
      const r = run(['nope/', 'good.star.md']);
      assert.strictEqual(r.status, 1);
      assertOneLine(r, 'nope/', /no such file or directory/);
      assertGoodChecked(r);
    });

    it('a NUL byte after 4 KB of good text: one line, exit 1, nothing reported inside it', () => {
      const r = run(['late-nul.star.md', 'good.star.md']);
      assert.strictEqual(r.status, 1);
      assertOneLine(r, 'late-nul.star.md', /binary/);
      assert.doesNotMatch(r.stdout, /late-nul\.star\.md:\d/);
      assertGoodChecked(r);
    });

    it('a FIFO named like a story: one line, never read (no hang)', function () {
      if (process.platform === 'win32') this.skip();
      const fifo = path.join(tmp, 'pipe.star.md');
      if (!fs.existsSync(fifo)) assert.strictEqual(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo failed');
      const r = run(['pipe.star.md', 'good.star.md']);
      assert.notStrictEqual(r.status, null, 'star-check hung reading the FIFO');
      assert.strictEqual(r.status, 1);
      assertOneLine(r, 'pipe.star.md', /not a regular file/);
      assertGoodChecked(r);
    });

    it('a file the system refuses to read (EIO, even for root): one line, exit 1', function () {
      // chmod cannot lock root out; /proc/self/mem fails to read at offset 0 for everyone.
      if (!fs.existsSync('/proc/self/mem')) this.skip();
      const r = run(['/proc/self/mem', 'good.star.md']);
      assert.strictEqual(r.status, 1);
      assertOneLine(r, '/proc/self/mem', /cannot be read|not a regular file/);
      assertGoodChecked(r);
    });

    it('a file over the 50 MB limit: one line, not read, exit 1', () => {
      const big = path.join(tmp, 'huge.star.md');
      fs.writeFileSync(big, '');
      fs.truncateSync(big, 51 * 1024 * 1024); // sparse: no 51 MB written
      const r = run(['huge.star.md', 'good.star.md']);
      assert.strictEqual(r.status, 1);
      assertOneLine(r, 'huge.star.md', /too large to check \(51 MB; the limit is 50 MB\)/);
      assertGoodChecked(r);
    });

    it('an empty story file and one in Latin-1 are checked, not rejected', () => {
      const r = run(['empty.star.md', 'latin1.star.md']);
      assert.strictEqual(r.stderr, '');
      assert.match(r.stdout, /empty\.star\.md/);
      assertGoodChecked(r, 'latin1.star.md');
      assertNoStackTrace(r);
    });

    it('every kind at once: one line each, the good file checked, JSON still valid on stdout', () => {
      const r = run(['--format', 'json', 'missing.star.md', 'empty', 'nothing/*.star.md', 'late-nul.star.md', 'good.star.md']);
      assert.strictEqual(r.status, 1);
      for (const what of ['missing.star.md', 'empty', 'nothing/*.star.md', 'late-nul.star.md']) assertOneLine(r, what, /\S/);
      assert.strictEqual(r.stderr.trim().split('\n').length, 4, r.stderr);
      const out = JSON.parse(r.stdout) as { files: { path: string; error?: string; findings: { ruleId: string }[] }[] };
      assert.deepStrictEqual(
        out.files.map((f) => [f.path, f.error === undefined]),
        [
          ['missing.star.md', false],
          ['nothing/*.star.md', false],
          ['late-nul.star.md', false],
          ['good.star.md', true],
        ],
      );
      assert.deepStrictEqual(out.files[3].findings.map((f) => f.ruleId), ['we-instead-of-i']);
    });
  });

  describe('--config', () => {
    it('schema errors: one line per problem, on its line and column, saying what to write; valid keys still apply', () => {
      const config = 'level: sde9\nwordsPerMinute: -5\nrules:\n  nope: off\n  hedging: loud\n  we-instead-of-i: hint\n';
      write('schema.yaml', config);
      const r = run(['--config', 'schema.yaml', 'good.star.md']);
      assert.strictEqual(r.status, 1);
      const lines = r.stderr.trim().split('\n');
      assert.deepStrictEqual(
        lines.map((l) => l.replace(/^star-check: \S*schema\.yaml:/, '')),
        [
          '1:8: error: level: "sde9" is not a level: use sde1, sde2, senior or principal. The default is used.',
          '2:17: error: wordsPerMinute: -5 is not allowed: use a whole number from 60 to 400. The default is used.',
          '4:3: warning: Unknown rule "nope" is ignored; the README lists the rule ids.',
          '5:12: error: rules.hedging: "loud" is not a severity: use error, warning, info, hint or off.',
        ],
      );
      assertNoStackTrace(r);
      // The valid entry beside the bad ones still applies: the warning is now a hint.
      assert.match(r.stdout, /good\.star\.md:\d+:\d+ +hint .*we-instead-of-i/, r.stdout);
    });

    it('a config that is a directory, binary, a list or an alias bomb: one line, the stories still checked', () => {
      write('list.yaml', '- level: senior\n- rules: {}\n');
      write('binary.yaml', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x0a, 0x6c, 0x65, 0x76, 0x65, 0x6c]));
      write('bomb.yaml', 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n');
      const expected: [string, RegExp][] = [
        ['notes', /cannot read the config file/],
        ['binary.yaml', /not a text file/],
        ['list.yaml', /must be a mapping of settings/],
        ['bomb.yaml', /too many YAML aliases/],
      ];
      for (const [config, reason] of expected) {
        const r = run(['--config', config, 'good.star.md']);
        assert.strictEqual(r.status, 1, config);
        assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
        assertOneLine(r, path.join(tmp, config), reason);
        assertGoodChecked(r);
      }
    });

    it('usage mistakes: --config or --format without a value, --max-warnings not a number: exit 2, one message', () => {
      for (const [args, message] of [
        [['good.star.md', '--config'], /--config needs a file/],
        [['good.star.md', '--format'], /--format/],
        [['--max-warnings', 'abc', 'good.star.md'], /--max-warnings needs a whole number/],
        [['--max-warnings', '-3', 'good.star.md'], /--max-warnings/],
      ] as [string[], RegExp][]) {
        const r = run(args);
        assert.strictEqual(r.status, 2, args.join(' '));
        assert.strictEqual(r.stdout, '');
        assert.match(r.stderr.split('\n')[0], message);
        assertNoStackTrace(r);
      }
    });
  });

  describe('output', () => {
    it('a 200 KB title: one short summary line in the text output, the whole title in the JSON', () => {
      const title = '('.repeat(200_000);
      write('long-title.star.md', `# ${title}\n## Situation\nThe export dropped rows.\n`);
      const text = run(['long-title.star.md']);
      assertNoStackTrace(text);
      const summary = text.stdout.split('\n').find((l) => l.includes('▸'));
      assert.ok(summary && summary.length < 200, `summary line of ${summary?.length} characters`);
      assert.ok(summary.includes(`${'('.repeat(99)}…`), summary);
      const json = JSON.parse(run(['--format', 'json', 'long-title.star.md']).stdout) as { files: { stories: { title: string }[] }[] };
      assert.strictEqual(json.files[0].stories[0].title, title);
    });

    it('stops quietly when the reader goes away (star-check … | head -1), with the exit code it computed', function () {
      if (spawnSync('bash', ['-c', 'exit 0']).status !== 0) this.skip();
      // Far more than a pipe buffer of output, so that writing meets the closed pipe.
      write('bank.star.md', GOOD.repeat(1000));
      const errFile = path.join(tmp, 'stderr.txt');
      const q = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
      const r = spawnSync('bash', ['-c', `${q(process.execPath)} ${q(CLI)} bank.star.md missing.star.md 2>${q(errFile)} | head -1 >/dev/null; exit \${PIPESTATUS[0]}`], {
        cwd: tmp,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 20_000,
      });
      const stderr = fs.readFileSync(errFile, 'utf8');
      assert.strictEqual(r.status, 1, stderr);
      assert.deepStrictEqual(stderr.trim().split('\n'), ['star-check: missing.star.md: no such file or directory']);
    });
  });
});
