// Speed work replaced a few readings with faster ones that must give the very same answer: a
// character class read from a table, and the six story-kind patterns read as one union. Each is
// checked here against the reading it replaced, on every code unit and on every story we have.
import * as assert from 'assert';
import { isWordLetter } from '../../src/core/chars';
import { KIND_PATTERNS, kindsIn } from '../../src/core/storyKind';
import { markdownTexts } from './fixtureHarness';

const DIRS = ['test/corpus', 'test/holdout', 'test/holdout2', 'test/holdout3', 'test/fixtures', 'examples'];

const storyTexts = () => markdownTexts(DIRS);

describe('faster readings give the same answer as the ones they replaced', () => {
  it('isWordLetter is [A-Za-z0-9\\u00C0-\\u024F\\u0400-\\u04FF] on every code unit, and false past the end of a string', () => {
    const re = /[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]/;
    for (let c = 0; c < 0x10000; c++) assert.strictEqual(isWordLetter(c), re.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
    assert.strictEqual(isWordLetter('a'.charCodeAt(1)), false);
  });

  it('kindsIn over texts joined by \\0 finds exactly the kinds whose pattern matches one of the texts', () => {
    const stories = storyTexts();
    assert.ok(stories.length > 50, 'the story files are there');
    let kinds = 0;
    const check = (texts: string[]) => {
      const found = kindsIn(texts.join('\0'));
      KIND_PATTERNS.forEach(([kind, re], i) => {
        const expected = texts.some((t) => re.test(t));
        assert.strictEqual((found & (1 << i)) !== 0, expected, `${kind} in ${JSON.stringify(texts.join(' | ').slice(0, 200))}`);
        if (expected) kinds++;
      });
    };
    for (const story of stories) {
      check(story.split(/\n\s*\n/));
      // The same text cut at every full stop: kinds found where a pattern starts right at a cut.
      check(story.split('. '));
    }
    // Kinds that meet or overlap at one place: each is still found.
    check(['I made a mistake when I disagreed', 'we had a conflict; I mentored an intern']);
    check(['disagreement\0conflict', 'failed']);
    assert.ok(kinds > 30, `the stories show kinds (${kinds})`);
  });
});
