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
 * Whether `lower` (a text lower-cased) may hold a match of a pattern of which every match holds,
 * for one of the `,`-separated alternatives of `needs`, a literal of each of its `&`-separated
 * groups of `|`-separated literals ("belong,outside|beyond&my|our"). Substring search, nothing to
 * compile: in front of a long pattern that most stories would compile and never match.
 */
export function mayHold(needs: string, lower: string): boolean {
  return needs.split(',').some((all) => all.split('&').every((any) => any.split('|').some((w) => lower.includes(w))));
}
