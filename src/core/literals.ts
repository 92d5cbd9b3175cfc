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
  // By word, not by vocabulary index: bundles that carry a tokenizer each have a vocabulary of their own.
  const byWord = new Map<string, boolean>();
  return (t, text) => {
    let other = false;
    for (let i = 0; i < t.words.length; i++) {
      if (t.punct[i]) continue;
      if (t.ids[i] < 0) {
        other = true;
        continue;
      }
      const word = t.words[i];
      let has = byWord.get(word);
      if (has === undefined) byWord.set(word, (has = needs.test(word)));
      if (has) return true;
    }
    return other && needs.test(text);
  };
}
