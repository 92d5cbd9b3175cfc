import * as assert from 'assert';
import { PHRASE_LIST_NAMES } from '../../src/core/config';
import { PHRASES, PHRASE_PATTERNS } from '../../src/core/coaching/phrases';
import type { PhraseListName } from '../../src/core/coaching/types';
import { keyBit, PhraseIndex, tokenize } from '../../src/core/tokens';
import { markdownTexts } from './fixtureHarness';

// The phrase scan's shortcuts: each trie node keeps one bit per child key (keyBit), and a walk
// looks a word up in a node's children only when the word's bit is among them. The bits must be a
// necessary condition of a child (else a match is lost), and the scan must find what it finds
// without them.

const FLEXIBLE = new Set<PhraseListName>(['handOff', 'vagueOutcome', 'assigned', 'genericReflection']);

function phrases() {
  const out: { list: PhraseListName; phrase: string; flexible: boolean }[] = [];
  const workspace: Partial<Record<PhraseListName, string[]>> = { hedges: ['circled back', "didn't quite", 'e.g. maybe'], handOff: ['looped in', '**', 'c++ team', '- handed'] };
  for (const list of PHRASE_LIST_NAMES) {
    for (const phrase of [...new Set([...PHRASES[list], ...(PHRASE_PATTERNS[list] ?? [])])]) out.push({ list, phrase, flexible: FLEXIBLE.has(list) });
    for (const phrase of workspace[list] ?? []) out.push({ list, phrase, flexible: false });
  }
  return out;
}

interface Node {
  next: Map<string, Node>;
  bits: number;
  keyBits: number;
}

function nodes(index: PhraseIndex<PhraseListName>): Node[] {
  const { literal, flexible } = index as unknown as { literal: Node; flexible: Node };
  const out: Node[] = [];
  const walk = (n: Node) => {
    out.push(n);
    for (const c of n.next.values()) walk(c);
  };
  walk(literal);
  walk(flexible);
  return out;
}

function scans(index: PhraseIndex<PhraseListName>, texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const piece of text.split(/[.!?\n]+/)) {
      const t = tokenize(piece);
      for (const m of index.scan(t)) out.push(`${m.entry}@${m.from}-${m.to}`);
    }
  }
  return out;
}

describe('phrase scan shortcuts', () => {
  const texts = markdownTexts(['test/corpus', 'test/holdout', 'examples']);

  it("keeps each child key's bit in its node, read to the last node", () => {
    const all = nodes(PhraseIndex.of(phrases()));
    assert.ok(all.length > 2500, `${all.length} nodes`);
    for (const n of all) for (const k of n.next.keys()) assert.ok((n.bits & keyBit(k)) !== 0, k);
  });

  it('finds what a scan that looks up every word finds', () => {
    const quick = PhraseIndex.of(phrases());
    const found = scans(quick, texts);
    assert.ok(found.length > 500, `${found.length} matches`);
    const slow = PhraseIndex.of(phrases());
    // Every bit set: no word is turned away before its map lookup.
    for (const n of nodes(slow)) n.keyBits = -1;
    assert.deepStrictEqual(scans(slow, texts), found);
  });

  it('spreads keys over the 32 bits', () => {
    const words = new Set(tokenize(PHRASE_LIST_NAMES.flatMap((l) => PHRASES[l]).join(' ')).words);
    assert.ok(words.size > 500, `${words.size} words`);
    const used = new Set([...words].map(keyBit));
    assert.strictEqual(used.size, 32);
    for (const b of used) assert.ok(b !== 0 && (b & (b - 1)) === 0, `one bit: ${b}`);
  });
});
