import * as assert from 'assert';
import { PHRASE_LIST_NAMES } from '../../src/core/config';
import { PHRASES, PHRASE_PATTERNS } from '../../src/core/coaching/phrases';
import type { PhraseListName } from '../../src/core/coaching/types';
import { matchLists } from '../../src/core/phrases';
import { keyBit, PhraseIndex, tokenize, type TokenMatch } from '../../src/core/tokens';
import { markdownTexts } from './fixtureHarness';

// The phrase scan's shortcuts: each trie node keeps one bit per child key (keyBit), and a walk
// looks a word up in a node's children only when the word's bit is among them (nor starts when the
// next word's bit is not there). The bits must be a necessary condition of a child (else a match is
// lost), and the scan must find what it finds without them. matchLists() picks each list's
// leftmost-longest matches in one pass over scan()'s, which must be what sorting them gives.

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

/** Leftmost-longest matches without overlap: sorted by start, longest first, then taken greedily. */
function pickMatches(matches: readonly TokenMatch[]): TokenMatch[] {
  const sorted = [...matches].sort((a, b) => a.from - b.from || b.to - a.to);
  const out: TokenMatch[] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.from < end) continue;
    out.push(m);
    end = m.to;
  }
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

  it("picks each list's leftmost-longest matches as sorting them would", () => {
    const index = PhraseIndex.of(phrases());
    let picked = 0;
    let dropped = 0;
    // A list's match that starts where an earlier, shorter one of it does: picked only by looking past the first.
    let longerLater = 0;
    for (const text of texts) {
      for (const piece of text.split(/\n+/)) {
        const t = tokenize(piece);
        const found = index.scan(t);
        for (let k = 1; k < found.length; k++) assert.ok(found[k - 1].from <= found[k].from, 'in the order of their first token');
        const byList = new Map<PhraseListName, TokenMatch[]>();
        for (const m of found) byList.set(index.entries[m.entry].list, [...(byList.get(index.entries[m.entry].list) ?? []), m]);
        const want = [...byList].map(([list, ms]) => [list, pickMatches(ms).map((m) => ({ start: 7 + t.starts[m.from], end: 7 + t.ends[m.to - 1], phrase: piece.slice(t.starts[m.from], t.ends[m.to - 1]) }))] as const);
        const got = [...matchLists(index, t, piece, 7)];
        assert.deepStrictEqual(got, want, piece);
        for (const ms of byList.values()) for (let k = 1; k < ms.length; k++) if (ms.slice(0, k).some((m) => m.from === ms[k].from && m.to < ms[k].to)) longerLater++;
        for (const [list, ms] of want) {
          picked += ms.length;
          dropped += byList.get(list)!.length - ms.length;
        }
      }
    }
    // Overlapping and nested matches were there to drop.
    assert.ok(picked > 500 && dropped > 30 && longerLater > 0, `${picked} picked, ${dropped} dropped, ${longerLater} longer later`);
  });
});
