import * as assert from 'assert';
import fc from 'fast-check';
import { foldingRanges, type FoldingRange } from '../../src/core/folding';

const doc = (...lines: string[]) => lines.join('\n');
const spans = (ranges: FoldingRange[]) => ranges.map((r) => (r.kind ? [r.startLine, r.endLine, r.kind] : [r.startLine, r.endLine]));

describe('foldingRanges', () => {
  it('folds each story and each section up to the line before the next heading of the same or higher level', () => {
    const text = doc(
      '# Fixing the exporter', // 0
      'Intro line.', //           1
      '## Situation', //          2
      'I noticed drops.', //      3
      '## Follow-ups', //         4
      '### How did you verify?', // 5
      'I reproduced it.', //      6
      '### What would you change?', // 7
      'Shared SLOs.', //          8
      '# Second story', //        9
      '## Task', //               10
      'Nobody asked me.', //      11
    );
    assert.deepStrictEqual(spans(foldingRanges(text)), [
      [0, 8],
      [2, 3],
      [4, 8],
      [5, 6],
      [7, 8],
      [9, 11],
      [10, 11],
    ]);
  });

  it('keeps the blank lines before the next heading out of the fold', () => {
    const text = doc('## Situation', 'Text.', '', '  ', '## Task', 'More.', '');
    assert.deepStrictEqual(spans(foldingRanges(text)), [
      [0, 1],
      [4, 5],
    ]);
  });

  it('does not fold a heading with nothing under it', () => {
    assert.deepStrictEqual(spans(foldingRanges(doc('# Title', '## Situation', '', '## Task'))), [[0, 3]]);
  });

  it('ignores headings inside fenced code and folds the fence itself', () => {
    const text = doc(
      '## Action', //        0
      '```md', //            1
      '# not a story', //    2
      '## not a section', // 3
      '```', //              4
      '~~~~', //             5
      '## still code', //    6
      '~~~', //              7  (shorter than the opening fence: does not close it)
      '~~~~~', //            8
      'After.', //           9
      '## Result', //        10
      'Numbers.', //         11
    );
    assert.deepStrictEqual(spans(foldingRanges(text)), [
      [0, 9],
      [1, 4],
      [5, 8],
      [10, 11],
    ]);
  });

  it('ignores headings inside front matter and folds the front matter', () => {
    const text = doc('---', 'question: Why?', '# a YAML comment, not a story', '---', '# Story', 'Body.');
    assert.deepStrictEqual(spans(foldingRanges(text)), [
      [0, 3],
      [4, 5],
    ]);
  });

  it('treats an unclosed front matter fence as ordinary text, as the parser does', () => {
    const text = doc('---', 'question: Why?', '# Story', 'Body.');
    assert.deepStrictEqual(spans(foldingRanges(text)), [[2, 3]]);
  });

  it('ignores headings inside a multi-line HTML comment and folds the comment', () => {
    const text = doc('## Action', 'Did things. <!-- parked:', '## Result', 'old draft -->', 'More.', '## Result', 'Numbers.');
    assert.deepStrictEqual(spans(foldingRanges(text)), [
      [0, 4],
      [1, 3, 'comment'],
      [5, 6],
    ]);
  });

  it('folds region markers', () => {
    const text = doc('## Action', '<!-- #region drafts -->', 'a', 'b', '<!-- #endregion -->', 'c');
    assert.deepStrictEqual(spans(foldingRanges(text)), [
      [0, 5],
      [1, 4, 'region'],
    ]);
  });

  it('only counts real ATX headings', () => {
    const text = doc('#hashtag', '    # indented code', '####### seven', '#', 'x', '#\tTabbed', 'y');
    assert.deepStrictEqual(spans(foldingRanges(text)), [
      [3, 4],
      [5, 6],
    ]);
  });

  it('counts lines the way VS Code does for CRLF and lone CR', () => {
    const lf = doc('# A', 'x', '## B', 'y', '', '## C', 'z');
    const expected = spans(foldingRanges(lf));
    assert.deepStrictEqual(expected, [
      [0, 6],
      [2, 3],
      [5, 6],
    ]);
    assert.deepStrictEqual(spans(foldingRanges(lf.replace(/\n/g, '\r\n'))), expected);
    assert.deepStrictEqual(spans(foldingRanges(lf.replace(/\n/g, '\r'))), expected);
  });

  it('folds an unclosed fence to its last non-blank line', () => {
    const text = doc('# Story', '```', '## code', 'x', '', '');
    assert.deepStrictEqual(spans(foldingRanges(text)), [
      [0, 3],
      [1, 3],
    ]);
  });

  it('returns nothing for text without structure', () => {
    assert.deepStrictEqual(foldingRanges(''), []);
    assert.deepStrictEqual(foldingRanges('Just a paragraph.\nAnd another line.'), []);
  });

  describe('on any input', () => {
    const line = fc.oneof(
      fc.constantFrom('# T', '## Situation', '### Q?', '#### deep', '```', '~~~', '```js', '---', '...', '<!--', '-->', '<!-- x -->', '', '   ', 'text', '    # code'),
      fc.string({ maxLength: 12 }),
    );
    const text = fc.tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r')).map(([ls, eol]) => ({ ls, eol }));

    it('keeps every range inside the document, non-empty, and crossing no other range', () => {
      fc.assert(
        fc.property(text, ({ ls, eol }) => {
          const source = ls.join(eol);
          const lineCount = source.split(/\r\n|\r|\n/).length;
          const ranges = foldingRanges(source);
          for (const r of ranges) {
            assert.ok(r.startLine >= 0 && r.startLine < r.endLine && r.endLine < lineCount, JSON.stringify(r));
          }
          for (const a of ranges) {
            for (const b of ranges) {
              const crosses = a.startLine < b.startLine && b.startLine <= a.endLine && a.endLine < b.endLine;
              assert.ok(!crosses, `${JSON.stringify(a)} crosses ${JSON.stringify(b)}`);
            }
          }
        }),
        { numRuns: 300 },
      );
    });

    it('gives the same ranges whatever the line endings', () => {
      fc.assert(
        fc.property(fc.array(line.filter((l) => !/[\r\n]/.test(l)), { maxLength: 40 }), (ls) => {
          const lf = foldingRanges(ls.join('\n'));
          assert.deepStrictEqual(foldingRanges(ls.join('\r\n')), lf);
          assert.deepStrictEqual(foldingRanges(ls.join('\r')), lf);
        }),
        { numRuns: 200 },
      );
    });
  });
});
