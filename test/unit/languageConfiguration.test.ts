import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { foldingRanges } from '../../src/core/folding';
import { ROOT } from './textmate';

interface Pair {
  open: string;
  close: string;
  notIn?: string[];
}

describe('language configuration', () => {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));

  it('toggles comments as HTML block comments', () => {
    assert.deepStrictEqual(config.comments, { blockComment: ['<!--', '-->'] });
  });

  it('auto-closes brackets, double quotes, ** and comments, but not apostrophes or backticks', () => {
    const opens = (config.autoClosingPairs as Pair[]).map((p) => p.open);
    for (const open of ['(', '[', '{', '"', '“', '**', '<!--']) assert.ok(opens.includes(open), open);
    assert.ok(!opens.includes("'"), "an apostrophe in don't must not insert a second one");
    assert.ok(!opens.includes('`'), 'typing a ``` fence must not leave stray backticks');
    for (const p of config.autoClosingPairs as Pair[]) {
      assert.ok(p.close.length > 0, p.open);
      for (const scope of p.notIn ?? []) assert.ok(['string', 'comment'].includes(scope), `${p.open} notIn ${scope}`);
    }
  });

  it('surrounds a selection with emphasis, code and quote marks', () => {
    const pairs: string[][] = config.surroundingPairs;
    for (const [open, close] of [['*', '*'], ['_', '_'], ['`', '`'], ['"', '"'], ["'", "'"], ['“', '”'], ['(', ')'], ['[', ']']]) {
      assert.ok(pairs.some(([o, c]) => o === open && c === close), `${open}${close}`);
    }
  });

  it('uses the same region markers as the folding provider', () => {
    const start = new RegExp(config.folding.markers.start);
    const end = new RegExp(config.folding.markers.end);
    const text = ['<!-- #region drafts -->', 'a', '<!-- #endregion -->', '<!-- region -->', 'b', '<!-- endregion -->'].join('\n');
    const lines = text.split('\n');
    const marked = lines.map((l) => (start.test(l) ? 'start' : end.test(l) ? 'end' : null));
    assert.deepStrictEqual(marked, ['start', null, 'end', 'start', null, 'end']);
    assert.deepStrictEqual(
      foldingRanges(text).map((r) => [r.startLine, r.endLine, r.kind]),
      [
        [0, 2, 'region'],
        [3, 5, 'region'],
      ],
    );
  });

  it('keeps words with apostrophes and hyphens together', () => {
    const word = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
    const words = (s: string) => s.match(word);
    assert.deepStrictEqual(words("I wasn't on the cross-team rota; the team’s p95 fell 0.3 points."), [
      'I',
      "wasn't",
      'on',
      'the',
      'cross-team',
      'rota',
      'the',
      'team’s',
      'p95',
      'fell',
      '0.3',
      'points',
    ]);
    assert.deepStrictEqual(words("—we've shipped follow-ups. Next: 'done'"), ["we've", 'shipped', 'follow-ups', 'Next', 'done']);
    assert.deepStrictEqual(words('Ünïcode naïve café'), ['Ünïcode', 'naïve', 'café']);
  });

  it('keeps a snippet prefix one word while it is typed, so the snippet list stays open past "star-"', () => {
    const word = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
    const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'star.code-snippets'), 'utf8')) as Record<string, { prefix: string | string[] }>;
    const prefixes = Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    assert.ok(prefixes.length > 5);
    for (const prefix of prefixes) {
      for (let k = 1; k <= prefix.length; k++) {
        const typed = prefix.slice(0, k);
        assert.deepStrictEqual(`Then ${typed}`.match(word), ['Then', typed], typed);
      }
    }
    // A hyphen that joins nothing yet stays with its word; a dash between spaces is not a word.
    assert.deepStrictEqual("pre- and post-deploy - then".match(word), ['pre-', 'and', 'post-deploy', 'then']);
  });
});
