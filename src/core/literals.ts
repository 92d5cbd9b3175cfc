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
