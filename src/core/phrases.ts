import { loadPhraseLists } from './phraseListsPackage';
import { PHRASE_LIST_NAMES, PHRASE_LIMITS, type EngineConfig } from './config';
import type { PhraseListName } from './coaching/types';
import { PhraseIndex, type TokenMatch, type Tokens } from './tokens';
export { findAll, withUncovered } from './matches';

// Phrase lists compiled into one word trie (tokens.ts): a sentence's words are walked once for
// every list. Built-in lists the rules read as cues of meaning match by stem with modifiers
// allowed in between; the hedges, scope, business-impact, second-order and systemic lists stay
// word for word ("conversion step" is not "conversions"). A workspace's
// phrases are always literal: it can add phrases, never a pattern of its own.

export type PhraseMatchers = PhraseIndex<PhraseListName>;

export interface PhraseMatch {
  start: number;
  end: number;
  phrase: string;
}

/** Built-in lists matched by stem, with adverbs, intensifiers and determiners allowed inside. */
const FLEXIBLE: ReadonlySet<PhraseListName> = new Set<PhraseListName>(['handOff', 'vagueOutcome', 'assigned', 'genericReflection']);

/** The phrases kept: trimmed, distinct, within `limit` characters. */
function usable(phrases: readonly string[], limit = Infinity): string[] {
  return [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length > 0 && p.length <= limit))];
}

const cache = new Map<string, PhraseMatchers>();

/** The built-in lists plus the config's extra phrases, compiled once per distinct config. */
export function phraseMatchers(config: Pick<EngineConfig, 'phrases'>): PhraseMatchers {
  const key = PHRASE_LIST_NAMES.map((n) => (config.phrases[n] ?? []).join('\u0001')).join('\u0002');
  let m = cache.get(key);
  if (!m) {
    const { PHRASES, PHRASE_PATTERNS } = loadPhraseLists();
    const phrases: { list: PhraseListName; phrase: string; flexible: boolean }[] = [];
    for (const name of PHRASE_LIST_NAMES) {
      const flexible = FLEXIBLE.has(name);
      for (const phrase of usable([...PHRASES[name], ...(PHRASE_PATTERNS[name] ?? [])])) phrases.push({ list: name, phrase, flexible });
      for (const phrase of usable((config.phrases[name] ?? []).slice(0, PHRASE_LIMITS.perList), PHRASE_LIMITS.length)) phrases.push({ list: name, phrase, flexible: false });
    }
    // Each node of the tries is made when a walk first reads it (most never are in a check).
    m = PhraseIndex.of(phrases);
    if (cache.size > 16) cache.clear();
    cache.set(key, m);
  }
  return m;
}

/** Matches of every list in a sentence's tokens: leftmost-longest per list, in absolute offsets. */
const NO_MATCHES: Map<PhraseListName, PhraseMatch[]> = new Map();

export function matchLists(index: PhraseMatchers, t: Tokens, text: string, offset: number): Map<PhraseListName, PhraseMatch[]> {
  const found = index.scan(t);
  // Most sentences hold no phrase at all: one shared empty answer, nothing allocated.
  if (found.length === 0) return NO_MATCHES;
  // Leftmost-longest per list without a sort: scan() gives matches in the order of their first
  // token, so the matches of a list that start at one token come together. The first of them to
  // start at or after the list's last pick's end is picked, then stretched to the longest of them.
  const picked = new Map<PhraseListName, TokenMatch[]>();
  for (const m of found) {
    const list = index.entries[m.entry].list;
    const l = picked.get(list);
    if (!l) picked.set(list, [m]);
    else {
      const last = l[l.length - 1];
      if (m.from === last.from) {
        if (m.to > last.to) l[l.length - 1] = m;
      } else if (m.from >= last.to) l.push(m);
    }
  }
  const out = new Map<PhraseListName, PhraseMatch[]>();
  for (const [list, ms] of picked) {
    out.set(
      list,
      ms.map((m) => {
        const start = t.starts[m.from];
        const end = t.ends[m.to - 1];
        return { start: offset + start, end: offset + end, phrase: text.slice(start, end) };
      }),
    );
  }
  return out;
}


export function hasMatch(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

