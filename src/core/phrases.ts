import { PHRASES } from './coaching/phrases';
import { PHRASE_LIST_NAMES, PHRASE_LIMITS, type EngineConfig } from './config';
import type { PhraseListName } from './coaching/types';
import { PhraseMatcher } from './phraseTrie';

// Literal phrase lists compiled into one regular expression each, and run as a character trie
// with the same matches (phraseTrie.ts). Phrases are escaped: a workspace can add phrases but
// never a pattern of its own.

export type PhraseMatchers = Record<PhraseListName, RegExp | PhraseMatcher>;

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

export function compilePhrases(phrases: readonly string[]): RegExp {
  const unique = ordered(phrases);
  if (unique.length === 0) return /(?!)/g;
  return new RegExp(`(?<![A-Za-z0-9'’])(?:${unique.map(escape).join('|')})(?![A-Za-z0-9])`, 'gi');
}

/** The list as a trie matcher (same matches as compilePhrases), or its regex when a phrase needs one. */
export function compilePhraseMatcher(phrases: readonly string[]): RegExp | PhraseMatcher {
  return PhraseMatcher.of(ordered(phrases).map((p) => p.toLowerCase().trim())) ?? compilePhrases(phrases);
}

const cache = new Map<string, PhraseMatchers>();

/** The built-in lists plus the config's extra phrases, compiled once per distinct config. */
export function phraseMatchers(config: Pick<EngineConfig, 'phrases'>): PhraseMatchers {
  const key = PHRASE_LIST_NAMES.map((n) => (config.phrases[n] ?? []).join('\u0001')).join('\u0002');
  let m = cache.get(key);
  if (!m) {
    m = {} as PhraseMatchers;
    for (const name of PHRASE_LIST_NAMES) {
      const extra = (config.phrases[name] ?? []).slice(0, PHRASE_LIMITS.perList);
      m[name] = compilePhraseMatcher([...PHRASES[name], ...extra]);
    }
    if (cache.size > 16) cache.clear();
    cache.set(key, m);
  }
  return m;
}

/** Every match of `re` in `text`, offsets shifted by `offset`. */
export function findAll(re: RegExp | PhraseMatcher, text: string, offset = 0): PhraseMatch[] {
  if (re instanceof PhraseMatcher) return re.findAll(text, offset);
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

export function hasMatch(re: RegExp | PhraseMatcher, text: string): boolean {
  if (re instanceof PhraseMatcher) return re.test(text);
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}
