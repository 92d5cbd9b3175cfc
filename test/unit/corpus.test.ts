// Checks the labelled corpora themselves (test/corpus/labels.yaml and the blind held-out
// test/holdout/labels.yaml, test/holdout2/labels.yaml and test/holdout3/labels.yaml against their stories), never the
// engine's accuracy: that is measured by `npm run eval` and `npm run eval -- --dir test/holdout`
// (or `--dir test/holdout2`, `--dir test/holdout3`).
import * as assert from 'assert';
import * as path from 'path';
import {
  HEADLINE_RULES,
  RULE_IDS,
  findRoot,
  frontMatterEnd,
  labelFor,
  parseLabels,
  readCorpus,
  readLabels,
  splitStories,
  validateLabels,
  type CorpusFile,
  type Labels,
} from '../../scripts/corpus-labels';

describe('corpus: story splitting', () => {
  it('starts a story at each H1 outside front matter and fenced code', () => {
    const text = '---\nlevel: sde2\n---\n# One\n## Action\n```sh\n# not a story\n```\n# Two\n## Result\n';
    const stories = splitStories('x.star.md', text);
    assert.deepStrictEqual(
      stories.map((s) => s.title),
      ['One', 'Two'],
    );
    assert.strictEqual(stories[0].start, text.indexOf('# One'));
    assert.strictEqual(stories[0].end, text.indexOf('# Two'));
    assert.strictEqual(stories[1].end, text.length);
  });

  it('makes a file without H1 one story keyed by the file name', () => {
    const text = '---\nprinciple: Ownership\n---\n## Situation\nSomething broke.\n';
    const [story, ...rest] = splitStories('bank.star.md', text);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(story.title, null);
    assert.strictEqual(story.key, 'bank.star.md');
    assert.strictEqual(story.start, frontMatterEnd(text));
  });

  it('ignores a "---" line that is not a leading front matter fence', () => {
    assert.strictEqual(frontMatterEnd('# Title\n---\nx\n---\n'), 0);
    assert.strictEqual(frontMatterEnd('---\na: 1\n'), 0);
  });
});

describe('corpus: label validation catches bad labels', () => {
  const file: CorpusFile = {
    file: 'a.star.md',
    text: '# Story\n## Action\nI pulled the logs.\n',
    stories: splitStories('a.star.md', '# Story\n## Action\nI pulled the logs.\n'),
  };
  const labelled = (story: Record<string, unknown>): Labels => parseLabels(JSON.stringify({ 'a.star.md': { Story: story } }));

  it('accepts a sound label', () => {
    assert.deepStrictEqual(validateLabels([file], labelled({ fires: ['few-action-steps'], mustNotFlag: { hedging: ['pulled'] } })), []);
  });

  it('reports unknown ids, overlaps, missing phrases and stories on either side', () => {
    const problems = validateLabels([file], labelled({ fires: ['hedging', 'no-such-rule'], unsure: ['hedging'], mustFlag: { hedging: ['absent words'] } }));
    assert.ok(problems.some((p) => p.includes('unknown rule id "no-such-rule"')));
    assert.ok(problems.some((p) => p.includes('both in fires and unsure')));
    assert.ok(problems.some((p) => p.includes('phrase not in the story')));
    const orphan = validateLabels([file], parseLabels(JSON.stringify({ 'a.star.md': { Other: {} } })));
    assert.ok(orphan.some((p) => p.includes('"Story" has no label')));
    assert.ok(orphan.some((p) => p.includes('no such story')));
  });

  it('rejects a label with an unknown key', () => {
    assert.throws(() => labelled({ fire: ['hedging'] }), /labels\.yaml: a\.star\.md \/ Story/);
  });
});

describe('corpus: test/corpus/labels.yaml', () => {
  const corpus = readCorpus();
  const labels = readLabels();
  const stories = corpus.flatMap((f) => f.stories);

  it('holds at least 36 stories in about 20 files, several of them banks', () => {
    assert.ok(stories.length >= 36, `only ${stories.length} stories`);
    assert.ok(corpus.length >= 15, `only ${corpus.length} files`);
    assert.ok(corpus.filter((f) => f.stories.length >= 2).length >= 5, 'too few story banks');
  });

  it('labels every story and names no story or file that does not exist', () => {
    assert.deepStrictEqual(validateLabels(corpus, labels), []);
  });

  it('uses every rule id as an expected finding somewhere, and leaves strong stories clean', () => {
    const fired = new Set(stories.flatMap((s) => labelFor(labels, s)?.fires ?? []));
    assert.deepStrictEqual(
      RULE_IDS.filter((id) => !fired.has(id)),
      [],
    );
    const clean = stories.filter((s) => (labelFor(labels, s)?.fires.length ?? -1) === 0);
    assert.ok(clean.length >= 8, `only ${clean.length} stories expected to trigger nothing`);
  });
});

// The blind held-out sets: written and labelled without reading the engine, each in new voices.
const HELD_OUT = [
  { name: 'holdout', title: 'blind held-out set', minStories: 30, minFiles: 12 },
  { name: 'holdout2', title: 'second blind held-out set', minStories: 30, minFiles: 12 },
  { name: 'holdout3', title: 'third blind held-out set', minStories: 24, minFiles: 9 },
];

HELD_OUT.forEach((set, i) => {
  describe(`corpus: test/${set.name}/labels.yaml (${set.title})`, () => {
    const dir = path.join(findRoot(), 'test', set.name);
    const corpus = readCorpus(dir);
    const labels = readLabels(dir);
    const stories = corpus.flatMap((f) => f.stories);

    it(`holds at least ${set.minStories} stories in ${set.minFiles} files or more, several of them banks`, () => {
      assert.ok(stories.length >= set.minStories, `only ${stories.length} stories`);
      assert.ok(corpus.length >= set.minFiles, `only ${corpus.length} files`);
      assert.ok(corpus.filter((f) => f.stories.length >= 2).length >= 5, 'too few story banks');
    });

    it('labels every story and names no story or file that does not exist', () => {
      assert.deepStrictEqual(validateLabels(corpus, labels), []);
    });

    it('expects every headline rule somewhere, and leaves some strong stories clean', () => {
      const fired = new Set(stories.flatMap((s) => labelFor(labels, s)?.fires ?? []));
      assert.deepStrictEqual(
        HEADLINE_RULES.filter((id) => !fired.has(id)),
        [],
      );
      const clean = stories.filter((s) => (labelFor(labels, s)?.fires.length ?? -1) === 0);
      assert.ok(clean.length >= 5, `only ${clean.length} stories expected to trigger nothing`);
    });

    it('shares no story file name with the development corpus or an earlier held-out set', () => {
      const earlier = HELD_OUT.slice(0, i).map((s) => path.join(findRoot(), 'test', s.name));
      const seen = new Set([undefined, ...earlier].flatMap((d) => readCorpus(d).map((f) => f.file)));
      assert.deepStrictEqual(
        corpus.map((f) => f.file).filter((f) => seen.has(f)),
        [],
      );
    });
  });
});
