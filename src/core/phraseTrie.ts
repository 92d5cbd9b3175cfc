import { isAlnum, isSpace } from './chars';

// A phrase list as a character trie: the same matches as the list's regular expression
//   /(?<![A-Za-z0-9'’])(?:longest|…|shortest)(?![A-Za-z0-9])/gi
// (phrases escaped, ' and ’ alike, any run of whitespace for a space), found by one walk per
// word start instead of trying every alternative at every position. At a position the regex takes
// the first alternative, in list order, that matches there; the trie keeps each phrase's place in
// that order and takes the smallest among those that end on the walk.

/** Token codes beyond UTF-16 for a run of whitespace and for either apostrophe. */
const WS = 0x10000;
const APOS = 0x10001;

interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Place in list order of the first phrase that ends here; Infinity when none does. */
  rank: number;
}

export interface PhraseHit {
  start: number;
  end: number;
  phrase: string;
}

/** The trie tokens of a lower-cased phrase, or null when it holds a character the trie does not model. */
function tokens(phrase: string): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (isSpace(c)) {
      if (out[out.length - 1] !== WS) out.push(WS);
    } else if (c === 39 || c === 0x2019) out.push(APOS);
    else if (c >= 128 || (c >= 65 && c <= 90)) return null; // case-insensitive non-ASCII: leave it to the regex
    else out.push(c);
  }
  return out;
}

/** The token of the code unit at text[i] (whitespace is handled by the walk). */
function tokenOf(c: number): number {
  if (c === 39 || c === 0x2019) return APOS;
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Can the character before a match be this? `(?<![A-Za-z0-9'’])` says no. */
function joinsWord(c: number): boolean {
  return isAlnum(c) || c === 39 || c === 0x2019;
}

export class PhraseMatcher {
  private readonly root: TrieNode = { next: null, rank: Infinity };
  /** ASCII codes (and 128 for an apostrophe) that can start a phrase. */
  private readonly starts = new Uint8Array(129);

  /** `ordered`: the phrases in the regex's alternative order (longest first), lower-cased and trimmed. */
  private constructor(ordered: readonly string[]) {
    ordered.forEach((phrase, rank) => {
      const toks = tokens(phrase)!;
      if (toks.length === 0) return;
      let node = this.root;
      for (const t of toks) {
        node.next ??= new Map();
        let child = node.next.get(t);
        if (!child) {
          child = { next: null, rank: Infinity };
          node.next.set(t, child);
        }
        node = child;
      }
      if (rank < node.rank) node.rank = rank;
      this.starts[toks[0] === APOS ? 128 : toks[0]] = 1;
    });
  }

  /** A matcher for these phrases (in alternative order), or null if one of them needs the regex. */
  static of(ordered: readonly string[]): PhraseMatcher | null {
    return ordered.every((p) => tokens(p) !== null) ? new PhraseMatcher(ordered) : null;
  }

  /** End of the phrase that matches at text[p] (before `limit`), or -1. */
  private matchAt(text: string, p: number, limit: number): number {
    let node = this.root;
    let i = p;
    let rank = Infinity;
    let end = -1;
    while (i < limit) {
      const c = text.charCodeAt(i);
      let t: number;
      if (isSpace(c)) {
        t = WS;
        i++;
        while (i < limit && isSpace(text.charCodeAt(i))) i++;
      } else {
        t = tokenOf(c);
        i++;
      }
      const child = node.next?.get(t);
      if (!child) break;
      node = child;
      if (node.rank < rank && !(i < limit && isAlnum(text.charCodeAt(i)))) {
        rank = node.rank;
        end = i;
      }
    }
    return end;
  }

  private canStart(c: number): boolean {
    if (c === 39 || c === 0x2019) return this.starts[128] === 1;
    const t = c >= 65 && c <= 90 ? c + 32 : c;
    return t < 128 && this.starts[t] === 1;
  }

  /** Every match in `text`, left to right, without overlaps; offsets shifted by `offset`. */
  findAll(text: string, offset = 0): PhraseHit[] {
    const out: PhraseHit[] = [];
    const n = text.length;
    for (let p = 0; p < n; p++) {
      const c = text.charCodeAt(p);
      if (!this.canStart(c) || (p > 0 && joinsWord(text.charCodeAt(p - 1)))) continue;
      const end = this.matchAt(text, p, n);
      if (end < 0) continue;
      out.push({ start: offset + p, end: offset + end, phrase: text.slice(p, end) });
      p = end - 1;
    }
    return out;
  }

  /** Whether `text` has a match. */
  test(text: string): boolean {
    const n = text.length;
    for (let p = 0; p < n; p++) {
      const c = text.charCodeAt(p);
      if (!this.canStart(c) || (p > 0 && joinsWord(text.charCodeAt(p - 1)))) continue;
      if (this.matchAt(text, p, n) >= 0) return true;
    }
    return false;
  }
}
