import { PHRASES } from './coaching/phrases';
import { PHRASE_LIST_NAMES, PHRASE_LIMITS, type EngineConfig } from './config';
import type { PhraseListName } from './coaching/types';

// Literal phrase lists compiled into one regular expression each. Phrases are escaped: a
// workspace can add phrases but never a pattern of its own.

export type PhraseMatchers = Record<PhraseListName, RegExp>;

export interface PhraseMatch {
  start: number;
  end: number;
  phrase: string;
}

function escape(phrase: string): string {
  return phrase
    .toLowerCase()
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, '\\s+');
}

/** The phrases in the order the regex tries them: distinct, trimmed, within limits, longest first. */
function ordered(phrases: readonly string[]): string[] {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length > 0 && p.length <= PHRASE_LIMITS.length))];
  // Longest first, so "escalated the issue" wins over "escalated".
  return unique.sort((a, b) => b.length - a.length);
}

/** The list as one alternation, in order: the reference form of every list. */
function compilePhrasesFlat(phrases: readonly string[]): RegExp {
  const unique = ordered(phrases);
  if (unique.length === 0) return /(?!)/g;
  return new RegExp(`(?<![A-Za-z0-9'’])(?:${unique.map(escape).join('|')})(?![A-Za-z0-9])`, 'gi');
}

interface PrefixNode {
  next: Map<string, PrefixNode>;
  /** Place in list order of the phrase that ends here (Infinity: none). */
  rank: number;
}

/** A phrase's pieces as escape() writes them: one per character, a run of spaces, an apostrophe. */
function pieces(phrase: string): string[] | null {
  const out: string[] = [];
  for (const ch of phrase.toLowerCase().trim()) {
    if (/\s/.test(ch)) {
      if (out[out.length - 1] !== '\\s+') out.push('\\s+');
    } else if (ch === "'" || ch === '’') out.push("['’]");
    else out.push(ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  return out;
}

/**
 * The same alternation factored by common prefix ("escalated(?:\s+(?:it|the\s+issue)|)"), which
 * the regex engine walks instead of trying each phrase in turn; null when that could change a
 * match. It cannot when every phrase comes before the phrases it is a prefix of, as longest-first
 * order gives: the deepest phrase that fits at a position is then the first in list order, as in
 * the flat alternation. (Outside ASCII, case folding could let two siblings match the same
 * character, which at worst picks another of two overlapping phrases: never a catastrophe.)
 */
function factoredSource(unique: readonly string[]): string | null {
  const root: PrefixNode = { next: new Map(), rank: Infinity };
  for (let rank = 0; rank < unique.length; rank++) {
    const ps = pieces(unique[rank]);
    if (!ps || ps.length === 0) return null;
    let node = root;
    for (const piece of ps) {
      let child = node.next.get(piece);
      if (!child) {
        child = { next: new Map(), rank: Infinity };
        node.next.set(piece, child);
      }
      node = child;
    }
    node.rank = Math.min(node.rank, rank);
  }
  let ok = true;
  /** The largest rank below `node` (exclusive), checking that it stays under the node's own. */
  const deepest = (node: PrefixNode): number => {
    let max = -1;
    for (const child of node.next.values()) max = Math.max(max, child.rank === Infinity ? -1 : child.rank, deepest(child));
    if (node.rank !== Infinity && max >= node.rank) ok = false;
    return max;
  };
  deepest(root);
  if (!ok) return null;
  const emit = (node: PrefixNode): string => {
    const alternatives = [...node.next].map(([piece, child]) => piece + emit(child));
    if (node.rank !== Infinity) return alternatives.length ? `(?:${alternatives.join('|')}|)` : '';
    return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
  };
  return emit(root);
}

export function compilePhrases(phrases: readonly string[]): RegExp {
  const unique = ordered(phrases);
  const factored = unique.length ? factoredSource(unique) : null;
  if (factored === null) return compilePhrasesFlat(phrases);
  return new RegExp(`(?<![A-Za-z0-9'’])${factored}(?![A-Za-z0-9])`, 'gi');
}

const cache = new Map<string, PhraseMatchers>();

/**
 * The built-in lists plus the config's extra phrases, compiled once per distinct config. Both
 * forms match the same; `large` texts get the factored form, which scans faster but costs more to
 * build and compile than a single story needs (that cost lands on the first check after activation).
 */
export function phraseMatchers(config: Pick<EngineConfig, 'phrases'>, large = false): PhraseMatchers {
  const key = (large ? 'large\u0003' : '') + PHRASE_LIST_NAMES.map((n) => (config.phrases[n] ?? []).join('\u0001')).join('\u0002');
  let m = cache.get(key);
  if (!m) {
    m = {} as PhraseMatchers;
    for (const name of PHRASE_LIST_NAMES) {
      const extra = (config.phrases[name] ?? []).slice(0, PHRASE_LIMITS.perList);
      // A workspace's phrases always get the factored form: 200 phrases of 80 characters sharing a
      // prefix would make the flat alternation re-read that prefix for each of them at every
      // position (minutes on 100 KB), and the workspace may be one nobody vetted.
      m[name] = (large || extra.length > 0 ? compilePhrases : compilePhrasesFlat)([...PHRASES[name], ...extra]);
    }
    if (cache.size > 16) cache.clear();
    cache.set(key, m);
  }
  return m;
}

/** Every match of `re` in `text`, offsets shifted by `offset`. */
export function findAll(re: RegExp, text: string, offset = 0): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, phrase: m[0] });
  }
  return out;
}

export function hasMatch(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}
