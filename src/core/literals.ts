import type { Tokens } from './tokens';

// Prefilters of the patterns that run on every sentence of a section, read from the sentence's
// tokens instead of from its text. Its own module: the principle-fit chunk uses it without
// carrying the tokenizer.

/**
 * `needs.test(text)` for `needs` a case-insensitive alternation of plain letters (`was|were|got`),
 * read from the text's tokens `t`: a literal is ASCII letters, so it lies inside one word token,
 * and each word of the tokenizer's vocabulary is asked once for every sentence it is in. A text
 * with a word outside it (non-ASCII, an apostrophe, a contraction opened: Tokens.ids -1) is read
 * with the pattern.
 */
export function literalPrefilter(needs: RegExp): (t: Tokens, text: string) => boolean {
  // The answer for each vocabulary index, with the word it was for: bundles that carry a tokenizer
  // each have a vocabulary of their own, so an index is trusted only for the very word it was asked for.
  const asked: string[] = [];
  const answers: boolean[] = [];
  return (t, text) => {
    let other = false;
    for (let i = 0; i < t.words.length; i++) {
      if (t.punct[i]) continue;
      const id = t.ids[i];
      if (id < 0) {
        other = true;
        continue;
      }
      const word = t.words[i];
      if (asked[id] !== word) {
        asked[id] = word;
        answers[id] = needs.test(word);
      }
      if (answers[id]) return true;
    }
    return other && needs.test(text);
  };
}

/**
 * mayHold(needs[k], text.toLowerCase()) for each of `needs`, read from the text's tokens instead
 * of searched for in a lower-cased copy: a literal of letters lies inside one word (an apostrophe
 * in a contraction's, "n't"), and each word of the tokenizer's vocabulary is read once per gate.
 * `mask(t, text)` sets bit g where a word holds a literal of the g-th distinct `|` group; needs k
 * may hold where `holds(mask, k)`. At most 31 distinct groups.
 */
export function wordLiterals(needs: string[]) {
  const groups: string[] = [];
  const wants = needs.map((n) =>
    n.split(',').map((all) =>
      all.split('&').reduce((m, any) => {
        let g = groups.indexOf(any);
        if (g < 0) g = groups.push(any) - 1;
        return m | (1 << g);
      }, 0),
    ),
  );
  const literals = groups.map((g) => g.split('|'));
  const maskOf = (w: string) => literals.reduce((m, any, g) => (any.some((l) => w.includes(l)) ? m | (1 << g) : m), 0);
  // Per vocabulary index, with the word it was for (another bundle's tokenizer has a vocabulary of its own).
  const asked: string[] = [];
  const masks: number[] = [];
  // Words outside the vocabulary (a contraction, a non-ASCII word), by their text: bounded.
  const runs = new Map<string, number>();
  return {
    mask(t: Tokens, text: string): number {
      let m = 0;
      const { words, ids } = t;
      for (let i = 0; i < words.length; i++) {
        const id = ids[i];
        // A word in the vocabulary (punctuation has none).
        if (id >= 0) {
          const w = words[i];
          if (asked[id] !== w) {
            asked[id] = w;
            masks[id] = maskOf(w);
          }
          m |= masks[id];
          continue;
        }
        if (t.punct[i]) continue;
        // A contraction's words ("did" + "not") are one run of the text, read whole.
        let j = i;
        while (j + 1 < words.length && !t.punct[j + 1] && t.starts[j + 1] === t.ends[j]) j++;
        const run = text.slice(t.starts[i], t.ends[j]);
        let r = runs.get(run);
        if (r === undefined) {
          if (runs.size > 4096) runs.clear();
          runs.set(run, (r = maskOf(run.toLowerCase())));
        }
        m |= r;
        i = j;
      }
      return m;
    },
    holds(mask: number, k = 0): boolean {
      for (const w of wants[k]) if ((mask & w) === w) return true;
      return false;
    },
  };
}

/**
 * Whether `lower` (a text lower-cased) may hold a match of a pattern of which every match holds,
 * for one of the `,`-separated alternatives of `needs`, a literal of each of its `&`-separated
 * groups of `|`-separated literals ("belong,outside|beyond&my|our"). Substring search, nothing to
 * compile: in front of a long pattern that most stories would compile and never match.
 */
const parsedNeeds = new Map<string, string[][][]>();
export function mayHold(needs: string, lower: string): boolean {
  // Parsed once per `needs` (a handful of constants): the call runs on every sentence.
  let alternatives = parsedNeeds.get(needs);
  if (!alternatives) parsedNeeds.set(needs, (alternatives = needs.split(',').map((all) => all.split('&').map((any) => any.split('|')))));
  for (const groups of alternatives) {
    let all = true;
    for (const literals of groups) {
      let any = false;
      for (const w of literals) {
        if (lower.includes(w)) {
          any = true;
          break;
        }
      }
      if (!any) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}
