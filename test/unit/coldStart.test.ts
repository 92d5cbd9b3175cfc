import * as assert from 'assert';
import { PHRASE_LIST_NAMES } from '../../src/core/config';
import { PHRASES, PHRASE_PATTERNS } from '../../src/core/coaching/phrases';
import type { PhraseListName } from '../../src/core/coaching/types';
import { defaultRuleOptions } from '../../src/core/check';
import { phraseMatchers } from '../../src/core/phrases';
import { STORY_RULES } from '../../src/core/rules';
import { flexibleKeys, PhraseIndex, phraseWords, tokenize } from '../../src/core/tokens';
import { markdownTexts } from './fixtureHarness';

// What the first check in a fresh process builds, built for less, and the same as before. The
// phrase index makes each trie node when a walk first reads it: the first check reads the first
// word of each of ~970 built-in phrases instead of building ~3,900 nodes. Read to the last node,
// it is the trie the phrases used to be added to one by one (`eagerTrie`, that algorithm kept here).

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

interface Node {
  next: Map<string, Node>;
  ends: number[];
  exact: boolean;
  any: Node | undefined;
}

/** The tries as phrases were added before: each phrase's whole path made at once, alternatives expanded. */
function eagerTrie(list: ReturnType<typeof phrases>) {
  const node = (): Node => ({ next: new Map(), ends: [], exact: false, any: undefined });
  const literal = node();
  const flexible = node();
  let entry = 0;
  for (const p of list) {
    const keys = p.flexible ? flexibleKeys(p.phrase) : phraseWords(p.phrase).map((w) => [w]);
    if (keys.length === 0) continue;
    let frontier = new Set([p.flexible ? flexible : literal]);
    for (const alternatives of keys) {
      const next = new Set<Node>();
      for (const n of frontier) {
        for (const k of alternatives) {
          let child = n.next.get(k);
          if (!child) {
            n.next.set(k, (child = node()));
            if (k.startsWith('=')) n.exact = true;
            if (k === '*') n.any = child;
          }
          next.add(child);
        }
      }
      frontier = next;
    }
    for (const n of frontier) if (!n.ends.includes(entry)) n.ends.push(entry);
    entry++;
  }
  return { literal, flexible, entries: entry };
}

/** A trie read to its last node: each node's ends (sorted), exact, and its children by key. */
function dump(n: Node): unknown {
  return { ends: [...n.ends].sort((a, b) => a - b), exact: n.exact, any: n.any === undefined ? null : n.any === n.next.get('*'), next: [...n.next].map(([k, c]) => [k, dump(c)]) };
}

function tries(index: PhraseIndex<PhraseListName>): { literal: Node; flexible: Node } {
  return index as unknown as { literal: Node; flexible: Node };
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

  it('is, read to its last node, the trie the phrases were added to one by one', () => {
    for (const extra of [{}, workspace]) {
      const list = phrases(extra);
      const lazy = PhraseIndex.of(list);
      const eager = eagerTrie(list);
      assert.strictEqual(lazy.entries.length, eager.entries);
      assert.deepStrictEqual(dump(tries(lazy).literal), dump(eager.literal));
      assert.deepStrictEqual(dump(tries(lazy).flexible), dump(eager.flexible));
    }
  });

  it('finds the same matches whether its nodes were read by earlier walks or not', () => {
    const fresh = () => PhraseIndex.of(phrases(workspace));
    const walked = fresh();
    const found = scans(walked, texts);
    assert.ok(found.length > 500, `${found.length} matches`);
    // Read to the last node first: every node made before any walk.
    const read = fresh();
    dump(tries(read).literal);
    dump(tries(read).flexible);
    assert.deepStrictEqual(scans(read, texts), found);
    assert.deepStrictEqual(scans(walked, texts), found);
  });

  it('takes phrases added after walks read its nodes', () => {
    const later = PhraseIndex.of(phrases());
    const text = ['It went well enough, then it went fine.', 'It went ok.', 'Things got better.'];
    scans(later, text);
    later.add('hedges', 'went well enough', false);
    later.add('vagueOutcome', 'went {fine|ok}', true);
    const before = PhraseIndex.of([...phrases(), { list: 'hedges', phrase: 'went well enough', flexible: false }, { list: 'vagueOutcome', phrase: 'went {fine|ok}', flexible: true }]);
    assert.deepStrictEqual(scans(later, text), scans(before, text));
    assert.ok(scans(later, text).some((m) => m.startsWith('hedges:went well enough')));
    assert.ok(scans(later, text).includes('vagueOutcome:went {fine|ok}@3-10'));
  });

  it('splits plain phrases at their spaces as the tokenizer would', () => {
    const odd = ['a', 'ab cd', 'ab  cd', ' ab', 'ab ', "didn't know", 'on-call rotation', 'e.g. this', 'Ab cd', 'ab\tcd', 'c++ team', '**', 'naïve plan', 'x 3 y'];
    for (const p of [...phrases().map((x) => x.phrase), ...odd]) assert.deepStrictEqual(phraseWords(p), tokenize(p).words, p);
  });

  it("is what phraseMatchers() gives, with a workspace's phrases", () => {
    const index = phraseMatchers({ phrases: workspace });
    assert.deepStrictEqual(
      index.entries.filter((e) => e.phrase === 'circled back' || e.phrase === 'other squads').map((e) => e.list),
      ['hedges', 'secondOrder'],
    );
    assert.deepStrictEqual(scans(index, texts), scans(PhraseIndex.of(phrases(workspace)), texts));
  });
});

describe("rules' default options", () => {
  it('are what each schema parses {} to, read without zod where a rule has no options', () => {
    for (const rule of STORY_RULES) assert.deepStrictEqual(defaultRuleOptions(rule), rule.options.parse({}), rule.id);
    assert.deepStrictEqual(defaultRuleOptions(STORY_RULES.find((r) => r.id === 'few-action-steps')!), { minimum: 3 });
  });
});
