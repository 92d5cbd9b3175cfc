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
});
