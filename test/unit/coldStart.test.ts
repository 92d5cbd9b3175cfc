import * as assert from 'assert';
import { PHRASE_LIST_NAMES } from '../../src/core/config';
import { PHRASES, PHRASE_PATTERNS } from '../../src/core/coaching/phrases';
import type { PhraseListName } from '../../src/core/coaching/types';
import { defaultRuleOptions } from '../../src/core/check';
import { phraseMatchers } from '../../src/core/phrases';
import { STORY_RULES } from '../../src/core/rules';
import { PhraseIndex, phraseWords, spaceParts, tokenize } from '../../src/core/tokens';
import { markdownTexts } from './fixtureHarness';

// What the first check in a fresh process builds, built for less, and the same as before. The
// phrase index makes each trie node when a walk first reads it (PhraseIndex.of): the first check
// reads the first word of each of ~970 built-in phrases instead of building ~3,900 nodes. Made
// that way or phrase by phrase (addFlexible / addLiteral), it is the same index.

const FLEXIBLE = new Set<PhraseListName>(['handOff', 'vagueOutcome', 'assigned', 'genericReflection']);

/** Every built-in phrase, then a workspace's, in the order phraseMatchers() numbers them. */
function phrases(extra: Partial<Record<PhraseListName, string[]>> = {}) {
  const out: { list: PhraseListName; phrase: string; flexible: boolean }[] = [];
  for (const list of PHRASE_LIST_NAMES) {
    for (const phrase of [...new Set([...PHRASES[list], ...(PHRASE_PATTERNS[list] ?? [])])]) out.push({ list, phrase, flexible: FLEXIBLE.has(list) });
    for (const phrase of extra[list] ?? []) out.push({ list, phrase, flexible: false });
  }
  return out;
}

function eager(list: ReturnType<typeof phrases>): PhraseIndex<PhraseListName> {
  const index = new PhraseIndex<PhraseListName>();
  for (const p of list) {
    if (p.flexible) index.addFlexible(p.list, p.phrase);
    else index.addLiteral(p.list, p.phrase);
  }
  return index;
}

/** Each sentence-ish piece of every story we have, with the matches of `index` in it. */
function scans(index: PhraseIndex<PhraseListName>, texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const piece of text.split(/[.!?\n]+/)) {
      const t = tokenize(piece);
      for (const m of index.scan(t)) out.push(`${index.entries[m.entry].list}:${index.entries[m.entry].phrase}@${t.starts[m.from]}-${t.ends[m.to - 1]}`);
    }
  }
  return out;
}

describe('phrase index made on demand', () => {
  const texts = markdownTexts(['test/corpus', 'test/holdout', 'examples']);
  const workspace = { hedges: ['circled back', "didn't quite", 'e.g. maybe'], handOff: ['looped in', '**', 'c++ team'], secondOrder: ['other squads'] };

  it('numbers the phrases and finds the same matches as one built phrase by phrase', () => {
    for (const extra of [{}, workspace]) {
      const list = phrases(extra);
      const lazy = PhraseIndex.of(list);
      const built = eager(list);
      assert.deepStrictEqual(lazy.entries, built.entries);
      const found = scans(lazy, texts);
      assert.ok(found.length > 500, `${found.length} matches`);
      assert.deepStrictEqual(found, scans(built, texts));
    }
  });

  it('takes phrases added after it is made (a walk then reads the nodes they go through)', () => {
    const lazy = PhraseIndex.of(phrases());
    lazy.addLiteral('hedges', 'went well enough');
    lazy.addFlexible('vagueOutcome', 'went {fine|ok}');
    const built = eager(phrases());
    built.addLiteral('hedges', 'went well enough');
    built.addFlexible('vagueOutcome', 'went {fine|ok}');
    const text = ['It went well enough, then it went fine.', 'It went ok.', 'Things got better.'];
    assert.deepStrictEqual(scans(lazy, text), scans(built, text));
    assert.ok(scans(lazy, text).some((m) => m.startsWith('hedges:went well enough')));
  });

  it('splits plain phrases at their spaces as the tokenizer and a split on /\\s+/ would', () => {
    const odd = ['a', 'ab cd', 'ab  cd', ' ab', 'ab ', "didn't know", 'on-call rotation', 'e.g. this', 'Ab cd', 'ab\tcd', 'c++ team', '**', 'naïve plan', 'x 3 y'];
    for (const p of [...phrases().map((x) => x.phrase), ...odd]) assert.deepStrictEqual(phraseWords(p), tokenize(p).words, p);
    const spaced = [...odd, 'a\u00a0b', 'a\u2003b', 'a \u3000 b', '\ufeffa b', 'a\u0085b', 'a\u2028b', '', ' ', 'x  ', '{a|b} * =c'];
    for (const p of [...phrases().map((x) => x.phrase), ...spaced]) assert.deepStrictEqual(spaceParts(p), p.trim().split(/\s+/), JSON.stringify(p));
  });

  it("is what phraseMatchers() gives, with a workspace's phrases", () => {
    const index = phraseMatchers({ phrases: workspace });
    assert.deepStrictEqual(
      index.entries.filter((e) => e.phrase === 'circled back' || e.phrase === 'other squads').map((e) => e.list),
      ['hedges', 'secondOrder'],
    );
    assert.deepStrictEqual(scans(index, texts), scans(eager(phrases(workspace)), texts));
  });
});

describe("rules' default options", () => {
  it('are what each schema parses {} to, read without zod where a rule has no options', () => {
    for (const rule of STORY_RULES) assert.deepStrictEqual(defaultRuleOptions(rule), rule.options.parse({}), rule.id);
    assert.deepStrictEqual(defaultRuleOptions(STORY_RULES.find((r) => r.id === 'few-action-steps')!), { minimum: 3 });
  });
});
