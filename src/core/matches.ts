import type { PhraseMatch } from './phrases';

// Regular-expression matches as phrase matches: small, and shared by the main bundle and the fit chunk.

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

/**
 * `phrases` and, after them, each of `extra` that overlaps none of them (both lists in text order,
 * without overlaps of their own, as findAll and a list's matches are): one pointer through both,
 * so a run-on sentence full of hits stays linear.
 */
export function withUncovered(phrases: readonly PhraseMatch[], extra: readonly PhraseMatch[]): PhraseMatch[] {
  const out = phrases.slice();
  let p = 0;
  for (const f of extra) {
    while (p < phrases.length && phrases[p].end <= f.start) p++;
    let covered = false;
    for (let q = p; q < phrases.length && phrases[q].start < f.end; q++) if (phrases[q].end > f.start) covered = true;
    if (!covered) out.push(f);
  }
  return out;
}
