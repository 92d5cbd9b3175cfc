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

export function compilePhrases(phrases: readonly string[]): RegExp {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length > 0 && p.length <= PHRASE_LIMITS.length))];
  if (unique.length === 0) return /(?!)/g;
  // Longest first, so "escalated the issue" wins over "escalated".
  unique.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![A-Za-z0-9'’])(?:${unique.map(escape).join('|')})(?![A-Za-z0-9])`, 'gi');
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
      m[name] = compilePhrases([...PHRASES[name], ...extra]);
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
