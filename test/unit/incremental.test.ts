import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { analyze } from '../../src/core/check';
import type { EngineConfig } from '../../src/core/config';
import { IncrementalChecker, diff } from '../../src/core/incremental';
import type { TextEdit } from '../../src/core/types';

// The incremental checker re-checks only the story an edit touched. Whatever the edit, its
// analysis must be exactly analyze() of the new text: findings, metrics and the parsed file.

const CORPUS = path.join(__dirname, '..', '..', '..', 'test', 'corpus');

/** Stories of the labelled corpus without their front matter, each starting with its own `# `. */
function corpusStories(): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.star.md')).sort()) {
    const body = fs.readFileSync(path.join(CORPUS, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const part of body.split(/^(?=# )/m)) if (part.startsWith('# ')) out.push(part.endsWith('\n') ? part : part + '\n');
  }
  return out;
}

const STORIES = corpusStories();
const FRONT_MATTER = '---\nprinciple: Ownership\nlevel: senior\n---\n';

/** Pieces that change structure: headings of every level, fences, comments, directives, quotes. */
const PIECES = [
  '# ', '\n# New story\n', '## ', '\n## Result\n', '\n## Action\nWe shipped it. ', '### ', '\n### Situation\n', '```', '\n```\n', '~~~\n', '<!--', '-->',
  '<!-- star-disable -->', '<!-- star-enable -->', '<!-- star-disable-next-line hedging -->\n', '<!-- star-disable-file we-instead-of-i -->',
  '<!-- star: level=senior principle=Ownership -->\n', '<!-- star: level=boss -->\n', '---\n', '\n---\n', 'level: sde1\n', '"', '“', "'", '. ', '\n\n', '\r\n', '- ',
  '> ', '`', '**', '_', '[', '](http://example.com)', 'we ', 'I think ', 'escalated it ', 'my manager asked me ', 'went well ', 'not my team ', 'was deployed ',
  '40% ', 'TBD ', 'x', '\u0000',
];

const banks = fc
  .record({
    picks: fc.array(fc.nat(STORIES.length - 1), { minLength: 2, maxLength: 7 }),
    frontMatter: fc.boolean(),
    head: fc.constantFrom('', 'A short note before the first story.\n\n', '## Situation\nA story with no title.\n\n'),
  })
  .map(({ picks, frontMatter, head }) => (frontMatter ? FRONT_MATTER : '') + head + picks.map((i) => STORIES[i]).join('\n'));

const edits = fc.array(
  fc.record({
    at: fc.nat(),
    remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)),
    insert: fc.oneof(fc.constant(''), fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })),
    hint: fc.boolean(),
  }),
  { minLength: 1, maxLength: 8 },
);

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): { next: string; edit: TextEdit } {
  const start = e.at % (text.length + 1);
  const end = Math.min(text.length, start + e.remove);
  return { next: text.slice(0, start) + e.insert + text.slice(end), edit: { start, end, text: e.insert } };
}

describe('incremental checking', () => {
  it('equals a full check after random edits, with and without the edit given', () => {
    let incremental = 0;
    let total = 0;
    fc.assert(
      fc.property(banks, edits, fc.constantFrom<Partial<EngineConfig> | undefined>(undefined, { level: 'senior' }), (bank, steps, config) => {
        const checker = new IncrementalChecker();
        checker.update(bank, config);
        let text = bank;
        for (const step of steps) {
          const { next, edit } = applyEdit(text, step);
          const got = checker.update(next, config, step.hint ? edit : undefined);
          const want = analyze(next, config);
          assert.deepStrictEqual(got.result, want.result);
          assert.deepStrictEqual(got.file, want.file);
          total++;
          if (checker.lastUpdate === 'incremental') incremental++;
          text = next;
        }
      }),
      { numRuns: 120, seed: 20261122 },
    );
    // Most random edits land inside one story's prose: the fast path must really be taken.
    assert.ok(incremental / total > 0.4, `only ${incremental} of ${total} edits were re-checked incrementally`);
  });

  it('re-checks a one-character edit inside a story without a full check', () => {
    const bank = FRONT_MATTER + STORIES.slice(0, 6).join('\n');
    const checker = new IncrementalChecker();
    checker.update(bank);
    const at = bank.indexOf('## Action', bank.indexOf('# ', bank.indexOf('# ') + 10)) + 12;
    const next = bank.slice(0, at) + 'we ' + bank.slice(at);
    const got = checker.update(next, undefined, { start: at, end: at, text: 'we ' });
    assert.strictEqual(checker.lastUpdate, 'incremental');
    assert.deepStrictEqual(got.result, analyze(next).result);
  });

  it('gives every finding, fresh or moved by an edit, the same keys (one object shape for the loops over thousands)', () => {
    const bank = FRONT_MATTER + STORIES.slice(0, 8).join('\n');
    const checker = new IncrementalChecker();
    const first = checker.update(bank).result.findings;
    const at = bank.indexOf('## Action') + 12;
    const moved = checker.update(bank.slice(0, at) + 'x' + bank.slice(at), undefined, { start: at, end: at, text: 'x' }).result.findings;
    assert.strictEqual(checker.lastUpdate, 'incremental');
    // Some have a fix, an actual or an expected and some do not: the keys are there either way.
    assert.ok(first.some((f) => f.fix) && first.some((f) => !f.fix) && first.some((f) => f.actual !== undefined) && first.some((f) => f.actual === undefined));
    const shapes = new Set([...first, ...moved].map((f) => Object.keys(f).join(',')));
    assert.deepStrictEqual([...shapes], ['ruleId,severity,message,start,end,sectionKind,storyIndex,tipId,fix,actual,expected']);
  });

  it('falls back to a full check when an edit changes the structure beyond its story', () => {
    const bank = STORIES.slice(0, 3).join('\n');
    const second = bank.indexOf('\n# ') + 1;
    const secondBody = bank.indexOf('\n', second) + 1;
    const cases: TextEdit[] = [
      { start: second - 1, end: second - 1, text: '\n```\n' }, // a fence left open swallows the next stories
      { start: second + 1, end: second + 2, text: '' }, // the story heading loses its space
      { start: 0, end: 0, text: FRONT_MATTER }, // front matter appears
      { start: secondBody, end: secondBody, text: '# Split in two\n' }, // a new story heading
      { start: secondBody, end: secondBody, text: '<!-- star-disable-file -->' }, // a file-wide suppression
    ];
    for (const edit of cases) {
      const checker = new IncrementalChecker();
      checker.update(bank);
      const next = bank.slice(0, edit.start) + edit.text + bank.slice(edit.end);
      const got = checker.update(next, undefined, edit);
      assert.strictEqual(checker.lastUpdate, 'full', JSON.stringify(edit));
      assert.deepStrictEqual(got.result, analyze(next).result);
    }
  });

  it('starts over when the config changes, and returns the cached analysis for the same text', () => {
    const bank = STORIES.slice(0, 2).join('\n');
    const checker = new IncrementalChecker();
    const first = checker.update(bank);
    assert.strictEqual(checker.update(bank), first);
    assert.strictEqual(checker.lastUpdate, 'unchanged');
    const senior = checker.update(bank, { level: 'senior' });
    assert.strictEqual(checker.lastUpdate, 'full');
    assert.deepStrictEqual(senior.result, analyze(bank, { level: 'senior' }).result);
  });

  it('finds the changed range of two texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (prefix, removed, inserted, suffix) => {
        const before = prefix + removed + suffix;
        const after = prefix + inserted + suffix;
        const d = diff(before, after);
        assert.strictEqual(before.slice(0, d.start) + d.text + before.slice(d.end), after);
        assert.ok(d.end - d.start <= removed.length && d.text.length <= inserted.length);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the changed range of long texts at every chunk size, as a character-by-character scan does', () => {
    // Long runs of one letter, so the prefix and suffix cross 64 KB, 2 KB and 64-character chunks.
    const letters = fc.constantFrom('a', 'b', '\n');
    fc.assert(
      fc.property(fc.nat(140_000), fc.nat(140_000), fc.array(letters, { maxLength: 70 }), fc.array(letters, { maxLength: 70 }), letters, (pre, post, removed, inserted, c) => {
        const before = c.repeat(pre) + removed.join('') + c.repeat(post);
        const after = c.repeat(pre) + inserted.join('') + c.repeat(post);
        let p = 0;
        const n = Math.min(before.length, after.length);
        while (p < n && before[p] === after[p]) p++;
        let q = 0;
        while (q < n - p && before[before.length - 1 - q] === after[after.length - 1 - q]) q++;
        assert.deepStrictEqual(diff(before, after), { start: p, end: before.length - q, text: after.slice(p, after.length - q) });
      }),
      { numRuns: 60 },
    );
  });
});
