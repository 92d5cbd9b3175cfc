import { allSpace, isAsciiLetter, isDigit, isLower, isSpace, isUpper, isWordLetter } from './chars';
import type { StoryFile } from './types';

// Sentences and words of a stretch of prose: a hand-written scanner over the masked text (no
// Intl.Segmenter: far too slow on large banks). Offsets are absolute, like everything else.

export interface Sentence {
  start: number;
  end: number;
  /** The masked prose of the sentence. */
  text: string;
  /**
   * The same text with reported speech (a quotation inside the sentence) blanked: what the
   * writer says in their own voice. A paragraph wrapped whole in quotes is their voice.
   */
  voice: string;
  /** The sentence opens a list item. */
  bullet: boolean;
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'mr', 'mrs', 'ms', 'dr', 'st', 'inc', 'no', 'ca', 'cf', 'al', 'jr', 'sr', 'est', 'min', 'max', 'avg', 'fig', 'dept']);

const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

interface Unit {
  start: number;
  end: number;
  bullet: boolean;
}

/** A list item's marker at text[from, limit): `/^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/` without a slice. */
function listItemAt(text: string, from: number, limit: number): boolean {
  let i = from;
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= limit) return false;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) i++;
  else {
    let d = i;
    while (d < limit && isDigit(text.charCodeAt(d))) d++;
    const run = d - i;
    if (run < 1 || run > 3 || d >= limit || (text.charCodeAt(d) !== 46 && text.charCodeAt(d) !== 41)) return false;
    i = d + 1;
  }
  return i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9);
}

/** Units of prose: paragraphs and list items, as [start, end) pairs. */
function units(file: StoryFile, start: number, end: number): Unit[] {
  const out: Unit[] = [];
  const { text, prose } = file;
  let cur: Unit | null = null;
  let lineStart = start;
  while (lineStart < end) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0 || nl > end) nl = end;
    const blankLine = allSpace(prose, lineStart, nl);
    const bullet = !blankLine && listItemAt(text, lineStart, Math.min(nl, lineStart + 12));
    if (blankLine) {
      if (cur) out.push(cur);
      cur = null;
    } else if (bullet || !cur) {
      if (cur) out.push(cur);
      cur = { start: lineStart, end: nl, bullet };
    } else {
      cur.end = nl;
    }
    lineStart = nl + 1;
  }
  if (cur) out.push(cur);
  return out;
}

/** The closing quote for an opening one at s[i], or 0 when s[i] opens no quotation. */
function closingQuote(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 34) return 34; // "…"
  if (c === 0x201c) return 0x201d; // “…”
  if (c === 0x201e) return 0x201c; // „…“
  if (c === 0xab) return 0xbb; // «…»
  if (c !== 0x2018 && c !== 39) return 0;
  // ‘…’ and '…': only where a quotation can open (not the apostrophe in "didn't").
  const before = i === 0 ? 32 : s.charCodeAt(i - 1);
  if (!(isSpace(before) || before === 40 || before === 91) || !isAsciiLetter(s.charCodeAt(i + 1))) return 0;
  return c === 0x2018 ? 0x2019 : 39;
}

/** Blanks quotations that do not wrap (nearly) the whole unit: reported speech. */
/** Characters in [from, to) that are not white space: a CRLF line break counts for nothing. */
function visibleBetween(s: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!isSpace(s.charCodeAt(k))) n++;
  return n;
}

function reportedSpeechBlanked(s: string): string {
  const n = s.length;
  let first = 0;
  while (first < n && isSpace(s.charCodeAt(first))) first++;
  if (first >= n) return s;
  let last = n - 1;
  while (last > first && isSpace(s.charCodeAt(last))) last--;
  let parts: string[] | null = null;
  let at = 0;
  // Closing quotes with none left after the current position: a run of opening quotes that are
  // never closed is searched to its end once, not once per quote.
  let unclosed: Set<number> | null = null;
  // Only where a quotation may open (see closingQuote()): MARK finds them (and sentence marks).
  MARK.lastIndex = 0;
  while (MARK.test(s)) {
    const i = MARK.lastIndex - 1;
    const close = closingQuote(s, i);
    if (close === 0 || unclosed?.has(close)) continue;
    const closeChar = String.fromCharCode(close);
    const apostrophe = close === 39 || close === 0x2019;
    let j = s.indexOf(closeChar, i + 1);
    // An apostrophe inside a word is not the closing quote.
    while (apostrophe && j >= 0 && isAsciiLetter(s.charCodeAt(j + 1))) j = s.indexOf(closeChar, j + 1);
    if (j < 0) {
      // Unmatched: a quote that runs over paragraphs is the writer's voice.
      (unclosed ??= new Set()).add(close);
      continue;
    }
    const wrapsWhole = i <= first + 1 && visibleBetween(s, j + 1, last + 1) <= 2;
    if (!wrapsWhole) {
      parts ??= [];
      parts.push(s.slice(at, i), ' '.repeat(j - i + 1));
      at = j + 1;
    }
    MARK.lastIndex = j + 1;
  }
  if (!parts) return s;
  parts.push(s.slice(at));
  return parts.join('');
}

/** `[.!?"”’')\]]`: what may close a sentence after its full stop. */
function isClosing(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;
}

/** A full stop at s[i] that ends nothing: a decimal point ("99.9"), an abbreviation, an initial. */
function isInnerStop(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 46) return false;
  if (isDigit(s.charCodeAt(i + 1))) return true; // 99.9
  // The letters and dots just before, at most 8 back: "e.g", "approx", an initial.
  let j = i;
  const limit = Math.max(0, i - 8);
  while (j > limit && (isAsciiLetter(s.charCodeAt(j - 1)) || s.charCodeAt(j - 1) === 46)) j--;
  if (j < i) {
    if (i - j <= MAX_ABBREVIATION && ABBREVIATIONS.has(s.slice(j, i).toLowerCase())) return true;
    if (i - j === 1 && isUpper(s.charCodeAt(j))) return true; // initials
  }
  return false;
}

/**
 * Whether a sentence mark (. ! ?) just before s[from] ends the sentence, given what follows it:
 * closing marks and quotes up to `closersEnd` (the first index at or after `from` that is not
 * one), then white space and no lower-case letter.
 */
function endsSentence(s: string, closersEnd: number): boolean {
  const n = s.length;
  let k = closersEnd;
  if (k >= n) return true;
  if (!isSpace(s.charCodeAt(k))) return false;
  while (k < n && isSpace(s.charCodeAt(k))) k++;
  if (k >= n) return true;
  return !isLower(s.charCodeAt(k));
}

/**
 * A sentence mark, or a code unit that may open a quotation (see closingQuote()): what the
 * sentence scan and reportedSpeechBlanked() stop at, found by the expression far faster than
 * code unit by code unit.
 */
const MARK = /[.!?"'\u00ab\u2018\u201c\u201e]/g;

/** Sentences of the prose in [start, end). */
export function sentencesIn(file: StoryFile, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  for (const u of units(file, start, end)) {
    const text = file.prose.slice(u.start, u.end);
    // Reported speech is looked for only in a unit where a quotation opens.
    let quoted = false;
    const n = text.length;
    const firstOfUnit = out.length;
    let from = 0;
    const push = (to: number) => {
      let lead = from;
      while (lead < to && isSpace(text.charCodeAt(lead))) lead++;
      // A stretch with no word in it ("!!", "![![![", "—") is not a sentence: no rule can read
      // anything in it, and a long run of punctuation would otherwise be thousands of them.
      let word = lead;
      while (word < to && !isWordLetter(text.charCodeAt(word))) word++;
      if (word < to) {
        let trail = to;
        while (trail > lead && isSpace(text.charCodeAt(trail - 1))) trail--;
        const sentence = text.slice(lead, trail);
        out.push({ start: u.start + lead, end: u.start + trail, text: sentence, voice: sentence, bullet: u.bullet && out.length === firstOfUnit });
      }
      from = to;
    };
    // The run of closing marks after a sentence mark, and what follows it, are the same for every
    // mark inside that run: read once, so that "....." 100 000 times long stays linear.
    let closersEnd = -1;
    let ends = false;
    MARK.lastIndex = 0;
    while (MARK.test(text)) {
      const i = MARK.lastIndex - 1;
      const c = text.charCodeAt(i);
      if (c !== 46 && c !== 33 && c !== 63) {
        quoted ||= closingQuote(text, i) !== 0;
        continue;
      }
      if (isInnerStop(text, i)) continue;
      if (i + 1 > closersEnd) {
        closersEnd = i + 1;
        while (closersEnd < n && isClosing(text.charCodeAt(closersEnd))) closersEnd++;
        ends = endsSentence(text, closersEnd);
      }
      if (ends) {
        // The closing marks are passed over, not the quotations they may open.
        for (let k = i + 1; k < closersEnd; k++) quoted ||= closingQuote(text, k) !== 0;
        push(closersEnd);
        MARK.lastIndex = closersEnd;
      }
    }
    push(n);
    const voice = quoted ? reportedSpeechBlanked(text) : text;
    if (voice !== text) for (let k = firstOfUnit; k < out.length; k++) out[k].voice = voice.slice(out[k].start - u.start, out[k].end - u.start);
  }
  return out;
}

/**
 * Words in the masked prose between start and end: the matches of
 * `/[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]+(?:['’.,-][A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]+)*\/g`
 * from `start` (the last may run past `end`), counted by a scanner instead of the expression.
 */
export function countWords(prose: string, start: number, end: number): number {
  let n = 0;
  let i = start;
  while (i < end) {
    let c = prose.charCodeAt(i);
    // Lower-case letters first: most code units are.
    if (!((c >= 97 && c <= 122) || isWordLetter(c))) {
      i++;
      continue;
    }
    n++;
    // A word: letters, then any run of (one joiner, letters): "don't", "3.5", "state-of-the-art".
    // It may run past `end` (NaN past the text's end is no letter).
    for (;;) {
      c = prose.charCodeAt(++i);
      if ((c >= 97 && c <= 122) || isWordLetter(c)) continue;
      if ((c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 45) && isWordLetter(prose.charCodeAt(i + 1))) i++;
      else break;
    }
  }
  return n;
}

/**
 * At most the last `max` characters of `text` before `end`, never starting inside a word (a
 * pattern's `(?<![A-Za-z])` then reads as it would on the whole text): a bounded window for the
 * patterns that look back a few words from a hit, so a run-on sentence stays linear.
 */
export function textBefore(text: string, end: number, max: number): string {
  let start = Math.max(0, end - max);
  while (start > 0 && start < end && isAsciiLetter(text.charCodeAt(start - 1))) start++;
  return text.slice(start, end);
}
