// Speed work replaced a few readings with faster ones that must give the very same answer: a
// character class read from a table, the six story-kind patterns read as one union, and patterns
// read once over a section's sentences joined by "\0". Each is checked here against the reading it
// replaced, on every code unit and on every story we have.
import * as assert from 'assert';
import { isWordLetter } from '../../src/core/chars';
import { KIND_PATTERNS, kindsIn } from '../../src/core/storyKind';
import { LASTING, RECUR, WIDER } from '../../src/core/facts';
import { CONVERSION, TIME_SAVED, WAIT_CUT, WORTH } from '../../src/core/rules/resultMissingBusinessImpact';
import { STEP_PATTERNS } from '../../src/core/stepReading';
import { markdownTexts } from './fixtureHarness';
import { StoryFacts } from '../../src/core/facts';
import { parse } from '../../src/core/parse';
import { phraseMatchers } from '../../src/core/phrases';
import { resolveConfig } from '../../src/core/check';

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

  it('the lasting-effect and business-impact patterns match sentences joined by \\0 exactly when they match one of them', () => {
    const patterns: Record<string, RegExp> = { LASTING, TIME_SAVED, WAIT_CUT, CONVERSION, WORTH, WIDER, RECUR };
    const hits: Record<string, number> = {};
    const check = (texts: string[]) => {
      for (const [name, re] of Object.entries(patterns)) {
        const expected = texts.some((t) => re.test(t));
        assert.strictEqual(re.test(texts.join('\0')), expected, `${name} in ${JSON.stringify(texts)}`);
        if (expected) hits[name] = (hits[name] ?? 0) + 1;
      }
    };
    for (const story of storyTexts()) {
      const sentences = story.split(/(?<=[.!?])\s+|\n/);
      for (let i = 0; i < sentences.length; i += 4) check(sentences.slice(i, i + 4));
    }
    // Cuts right where a match would need to go on: no match runs across a "\0".
    const pairs = [
      ['The check is', 'now the default.'], ['It has', 'not failed since'], ['It still', 'runs nightly'], ['We did it for every', 'new service'],
      ['It runs at all', 'ten sites'], ['It became', 'the default'], ['It saves 2 hours', 'per engineer'], ['Build times went', 'down from 40 minutes'],
      ['Our conversion', 'step was slow'], ['Days', 'sooner'], ['now', 'part of onboarding'],
      // And matches inside one sentence of a group, for each pattern.
      ['Build time went down from 40 to 12 minutes.', 'It is now the default.'], ['Review times dropped from two days to four hours.', 'We saved 30 min a day.'],
      ['Queue time fell from 3 hours to 20 minutes', 'conversion rose 4%'],
      ['No outages in the 3 months since.', "The customer's team cut build times by 30%."], ['Other products were', 'also improved'], ['zero defects', 'in the next cycle'],
      ['It opened doors for us.', 'Onboarding went from a week to a day.'],
      ['The stall did not', 'repeat.'], ['No further', 'pages came in.'], ['Every change', 'must ship with a test.'], ['For the rest of the', 'term it held.'],
      ['The stall did not repeat.', 'No further pages came in.', 'Every change to the queue must ship with a test.'], ['It did not happen again.', 'We added a rule.'],
    ];
    for (const pair of pairs) check(pair);
    for (const name of Object.keys(patterns)) assert.ok((hits[name] ?? 0) >= 3, `${name} matched ${hits[name] ?? 0} groups: the check is not vacuous`);
  });

  it('hasScopeBoundary() is scopeBoundary().length > 0 on every story (both read SCOPE through its parts\' word gates)', () => {
    let stories = 0;
    let bounded = 0;
    for (const config of [resolveConfig(), resolveConfig({ phrases: { scopeBoundary: ['not my circus'] } })]) {
      for (const text of [...storyTexts(), 'It was not my circus, but I took it.', '## Task\nNobody owned the alerts, so I did.']) {
        const file = parse(text, { level: config.level });
        for (const story of file.stories) {
          // Separate facts: each answer is computed, not read from the other's memo.
          const facts = () => new StoryFacts(file, story, phraseMatchers(config), config, story.meta.level);
          const has = facts().hasScopeBoundary();
          assert.strictEqual(has, facts().scopeBoundary().length > 0, `${JSON.stringify(text.slice(story.start, story.start + 80))}`);
          stories++;
          if (has) bounded++;
        }
      }
    }
    assert.ok(stories > 100 && bounded > 10 && bounded < stories, `${bounded} of ${stories} stories state a boundary: both answers are exercised`);
  });

  it('step reading reads a sentence\'s lead in place exactly as it read the lead\'s text cut out, and its participle clefts only where a cleft is', () => {
    const { LEAD_ADVERB, LEAD_WORD, LEAD_CAPITAL, STEP_PARTICIPLE, CLEFT } = STEP_PATTERNS;
    // The readings these replaced: each anchored at the start of the text after `from`, which
    // LEAD_ADVERB read from its first letter on.
    const ADVERB = new RegExp(`^${LEAD_ADVERB.source.replace(/^\[\^A-Za-z\]\*/, '')}`, 'i');
    const WORD = new RegExp(`^${LEAD_WORD.source}`);
    const CAPITAL = new RegExp(`^${LEAD_CAPITAL.source}`);
    const inPlace = (re: RegExp, text: string, from: number) => {
      re.lastIndex = from;
      return re.exec(text)?.slice(0).join('|');
    };
    const hostile = ['- 1. **Then** quickly fixed it', '  \t—Finally rolled back; ', 'Week 1: Eventually shipped it', '', '...', 'Then', 'x-ray ran ', 'Ωthen went'];
    let adverbs = 0;
    let leads = 0;
    for (const text of [...hostile, ...storyTexts().flatMap((t) => t.split(/(?<=[.!?])\s+|\n/))]) {
      for (let from = 0; from <= Math.min(text.length, 12); from++) {
        const cut = text.slice(from);
        const adverb = ADVERB.exec(cut.replace(/^[^A-Za-z]*/, ''));
        const skipped = cut.search(/[A-Za-z]/);
        LEAD_ADVERB.lastIndex = from;
        const found = LEAD_ADVERB.exec(text);
        assert.strictEqual(found ? found[0].length : undefined, adverb ? skipped + adverb[0].length : undefined, JSON.stringify([text, from]));
        if (adverb) adverbs++;
        for (const [re, anchored] of [[LEAD_WORD, WORD], [LEAD_CAPITAL, CAPITAL]]) {
          const expected = anchored.exec(cut)?.slice(0).join('|');
          assert.strictEqual(inPlace(re, text, from), expected, `${re.source} in ${JSON.stringify([text, from])}`);
          if (expected !== undefined) leads++;
        }
      }
      // A participle cleft ("it was me who rebuilt…") is added only in a first-person clause:
      // wherever one matches, CLEFT finds a cleft in the sentence.
      STEP_PARTICIPLE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = STEP_PARTICIPLE.exec(text))) if (m[3]) assert.ok(new RegExp(CLEFT.source, 'i').test(text), JSON.stringify(text));
    }
    assert.ok(adverbs > 50 && leads > 1000, `${adverbs} adverbs, ${leads} leads: the check is not vacuous`);
  });

  it('step reading finds the verbs after "and" where it found them with a lookbehind first', () => {
    // The reading it replaced: `(?<=\S)\s+and` instead of `\s(?<=\S\s)\s*and`.
    const { STEP_AFTER_AND } = STEP_PATTERNS;
    const before = new RegExp(STEP_AFTER_AND.source.replace('\\s(?<=\\S\\s)\\s*and', '(?<=\\S)\\s+and'), 'g');
    assert.notStrictEqual(before.source, STEP_AFTER_AND.source);
    const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m.join('|')}`).join(' ');
    const hostile = ['x and fixed it', ' and ran it', 'x   and   then fixed', 'x\u00a0and\tshipped.', 'a, and then rebuilt it', 'x  \n and built', 'and built', 'x;then ran it', ' '.repeat(30) + 'and ran'];
    let found = 0;
    for (const text of [...hostile, ...storyTexts().flatMap((t) => t.split('\n'))]) {
      const expected = all(before, text);
      assert.strictEqual(all(STEP_AFTER_AND, text), expected, JSON.stringify(text));
      if (expected) found++;
    }
    assert.ok(found > 500, `${found} lines: the check is not vacuous`);
  });
});
