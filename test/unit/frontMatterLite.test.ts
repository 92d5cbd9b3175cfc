import * as assert from 'assert';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { parseFrontMatter } from '../../src/core/frontMatter';
import { readLiteYaml } from '../../src/core/frontMatterLite';
import { rangeOfPath } from '../../src/core/yamlRange';

// Simple front matter is read without the `yaml` package. Whenever the lite reader answers, its
// answers must be the package's: the values, the ranges of keys, values and list items, and so
// every problem parseFrontMatter reports. Anything it is unsure of must be left to the package.

const KEYS = ['question', 'principle', 'principles', 'level', 'Level', 'title', 'tags', 'x_y', 'a-b', 'lp', 'true', 'null', '__proto__', 'foo'];
const VALUES = [
  'Ownership', 'Bias for Action', 'Ownership, Bias for Action', 'Are Right, A Lot', 'senior', 'sde2', 'SDE 2', 'boss', 'Tell me about a time you fixed it?',
  'Tell me: why', 'C# work', 'yes', 'no', 'true', 'False', 'null', 'NULL', '12', '3.5', '.inf', 'senior   ', 'Dive Deep # note', "it's fine", 'x: y', 'url:http://x',
  '[Ownership, Dive Deep]', '[Ownership,  Bias for Action ]', "['Ownership', \"Dive Deep\"]", '[]', '[a,]', '[a, [b]]', '[a:b]', '"quoted value"', "'single'",
  "'it''s'", '"esc\\"aped"', '"a" trailing', '', '   ', '*alias', '&anchor x', '|', '>', '{a: b}', 'é accent', 'Éclair', 'value—dash', '~', '- x', 'tab\there',
];
const ITEMS = ['- Ownership', '  - Dive Deep', '- Bias for Action', '-', "- 'Earn Trust'", '   - x', '- [a]', '- a: b', '-x', '- true'];
const OTHER = ['# a comment', '  # indented comment', '', '   ', 'no colon here', 'key : spaced', ' question: indented', '---', '%YAML 1.2', '? complex'];

const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)).map(([k, v]) => `${k}: ${v}`.replace(/ $/, '')) },
  { weight: 2, arbitrary: fc.constantFrom(...KEYS).map((k) => `${k}:`) },
  { weight: 3, arbitrary: fc.constantFrom(...ITEMS) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER) },
);
const frontMatter = fc.tuple(fc.array(line, { minLength: 0, maxLength: 7 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([lines, eol, last]) => lines.join(eol) + (last && lines.length ? eol : ''));

/** The typical front matter of our stories: the lite reader must take it. */
const TYPICAL = [
  'question: Tell me about a time you went beyond your job.\nprinciple: Ownership\nlevel: sde2\n',
  'principle: [Invent and Simplify, Ownership]\nlevel: senior\n',
  'principles:\n  - Customer Obsession\n  - Dive Deep\nlevel: L6\ntags: [infra, oncall]\n',
  'question: "Tell me about a time you disagreed with your manager."\r\nprinciple: Have Backbone; Disagree and Commit\r\n',
];

describe('front matter without the yaml package', () => {
  it('answers like yaml whenever it answers: values and every range', () => {
    let taken = 0;
    let total = 0;
    fc.assert(
      fc.property(frontMatter, (text) => {
        total++;
        const lite = readLiteYaml(text);
        if (!lite) return;
        taken++;
        const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
        assert.deepStrictEqual(doc.errors, [], `yaml rejects what the lite reader read: ${JSON.stringify(text)}`);
        assert.deepStrictEqual(lite.value, doc.toJS({ maxAliasCount: 50 }) ?? null, JSON.stringify(text));
        for (const [key, value] of Object.entries(lite.value ?? {})) {
          assert.deepStrictEqual(lite.range([key], 'key'), rangeOfPath(doc, [key], 'key'), `${JSON.stringify(text)} key ${key}`);
          const keyLine = text.split(/\r?\n/).find((l) => l.startsWith(`${key}:`)) ?? '';
          const blockList = Array.isArray(value) && !keyLine.slice(key.length + 1).trimStart().startsWith('[');
          // A `- item` list's own range is never reported on (only question and level are, and
          // the lite reader leaves those to yaml when they hold a list); its items' ranges are.
          if (!blockList) assert.deepStrictEqual(lite.range([key], 'value'), rangeOfPath(doc, [key]), `${JSON.stringify(text)} value ${key}`);
          if (Array.isArray(value)) value.forEach((_, i) => assert.deepStrictEqual(lite.range([key, i], 'value'), rangeOfPath(doc, [key, i]), `${JSON.stringify(text)} ${key}[${i}]`));
        }
      }),
      { numRuns: 3000, seed: 4242 },
    );
    assert.ok(taken / total > 0.15, `the lite reader took only ${taken} of ${total} inputs`);
  });

  it('gives parseFrontMatter the same data and problems as the yaml package', () => {
    fc.assert(
      fc.property(frontMatter, fc.nat(200), (text, offset) => {
        assert.deepStrictEqual(parseFrontMatter(text, offset), parseFrontMatter(text, offset, { full: true }), JSON.stringify(text));
      }),
      { numRuns: 3000, seed: 777 },
    );
  });

  it('reads the usual front matter itself', () => {
    for (const text of TYPICAL) {
      assert.ok(readLiteYaml(text), JSON.stringify(text));
      assert.deepStrictEqual(parseFrontMatter(text, 4), parseFrontMatter(text, 4, { full: true }));
    }
  });

  it('leaves anything it does not model to yaml', () => {
    for (const text of ['level: 2\n', 'question: |\n  multi\n  line\n', 'principle: *a\n', 'level: senior\nlevel: sde1\n', 'question:\n', 'question: a\n  continued\n', 'x: {a: b}\n', 'level: sde2 # note\n']) {
      assert.strictEqual(readLiteYaml(text), null, JSON.stringify(text));
    }
  });
});
