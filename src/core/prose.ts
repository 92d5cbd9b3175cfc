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

const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/;
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'mr', 'mrs', 'ms', 'dr', 'st', 'inc', 'no', 'ca', 'cf', 'al', 'jr', 'sr', 'est', 'min', 'max', 'avg', 'fig', 'dept']);

/** Units of prose: paragraphs and list items, as [start, end) pairs. */
function units(file: StoryFile, start: number, end: number): { start: number; end: number; bullet: boolean }[] {
  const out: { start: number; end: number; bullet: boolean }[] = [];
  const { text, prose } = file;
  let cur: { start: number; end: number; bullet: boolean } | null = null;
  let lineStart = start;
  while (lineStart < end) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0 || nl > end) nl = end;
    const line = prose.slice(lineStart, nl);
    const blankLine = line.trim().length === 0;
    const bullet = !blankLine && LIST_ITEM.test(text.slice(lineStart, Math.min(nl, lineStart + 12)));
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

const OPEN_QUOTES = '"“„«';
const CLOSE_FOR: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»' };

/** Blanks quotations that do not wrap (nearly) the whole unit: reported speech. */
function reportedSpeechBlanked(s: string): string {
  const first = s.search(/\S/);
  if (first < 0) return s;
  let last = s.length - 1;
  while (last > first && /\s/.test(s[last])) last--;
  let out = s;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    let close: string | undefined;
    if (OPEN_QUOTES.includes(ch)) close = CLOSE_FOR[ch];
    else if ((ch === '‘' || ch === "'") && (i === 0 || /[\s([]/.test(s[i - 1])) && /[A-Za-z]/.test(s[i + 1] ?? '')) close = ch === '‘' ? '’' : "'";
    if (!close) continue;
    let j = i + 1;
    for (; j < s.length; j++) {
      if (s[j] !== close) continue;
      if (close === "'" || close === '’') {
        // An apostrophe inside a word is not the closing quote.
        if (/[A-Za-z]/.test(s[j + 1] ?? '')) continue;
      }
      break;
    }
    if (j >= s.length) continue; // unmatched: a quote that runs over paragraphs is the writer's voice
    const wrapsWhole = i <= first + 1 && j >= last - 2;
    if (!wrapsWhole) out = out.slice(0, i) + ' '.repeat(j - i + 1) + out.slice(j + 1);
    i = j;
  }
  return out;
}

function isSentenceEnd(s: string, i: number): boolean {
  // s[i] is . ! or ?
  if (s[i] === '.') {
    if (/[0-9]/.test(s[i + 1] ?? '')) return false; // 99.9
    const before = /([A-Za-z.]+)$/.exec(s.slice(Math.max(0, i - 8), i));
    if (before && ABBREVIATIONS.has(before[1].toLowerCase())) return false;
    if (before && before[1].length === 1 && /[A-Z]/.test(before[1])) return false; // initials
  }
  let k = i + 1;
  while (k < s.length && /[.!?"”’')\]]/.test(s[k])) k++;
  if (k >= s.length) return true;
  if (!/\s/.test(s[k])) return false;
  while (k < s.length && /\s/.test(s[k])) k++;
  if (k >= s.length) return true;
  return !/[a-z]/.test(s[k]);
}

/** Sentences of the prose in [start, end). */
export function sentencesIn(file: StoryFile, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  for (const u of units(file, start, end)) {
    const text = file.prose.slice(u.start, u.end);
    const voice = reportedSpeechBlanked(text);
    let from = 0;
    let first = true;
    const push = (to: number) => {
      const seg = text.slice(from, to);
      const lead = seg.search(/\S/);
      if (lead >= 0) {
        const trail = seg.length - (seg.length - seg.trimEnd().length);
        out.push({
          start: u.start + from + lead,
          end: u.start + from + trail,
          text: text.slice(from + lead, from + trail),
          voice: voice.slice(from + lead, from + trail),
          bullet: u.bullet && first,
        });
        first = false;
      }
      from = to;
    };
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c === 46 || c === 33 || c === 63) && isSentenceEnd(text, i)) {
        let k = i + 1;
        while (k < text.length && /[.!?"”’')\]]/.test(text[k])) k++;
        push(k);
        i = k - 1;
      }
    }
    push(text.length);
  }
  return out;
}

const WORD = /[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]+(?:['’.,-][A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]+)*/g;

/** Words in the masked prose between start and end. */
export function countWords(prose: string, start: number, end: number): number {
  WORD.lastIndex = start;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(prose)) && m.index < end) {
    if (m.index + m[0].length > end) {
      n++;
      break;
    }
    n++;
  }
  return n;
}
