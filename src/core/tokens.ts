import { isSpace, isWordLetter } from './chars';

// Words of a sentence, scanned once: lower-cased, apostrophes made straight, contractions opened
// ("didn't" → did + not, "we're" → we + are), each with its stem ("reduced", "reducing" and
// "reduces" share "reduc") and its offsets in the sentence. Punctuation that ends a clause
// (, ; : — ( " …) is a token of its own; markdown emphasis (* _ `) is skipped. Clause facts the
// rules ask about (negation, a subordinate opener, a proposal's content after ":" or "—") are
// read from these tokens instead of from regular expressions over the text.

export interface Tokens {
  /** Normalised words ("n't" → "not"); a punctuation token is its character. */
  words: string[];
  /** Stems, filled in on demand by stemAt() (most words are never stemmed). */
  stems: (string | undefined)[];
  starts: number[];
  ends: number[];
  /** The token is punctuation, not a word. */
  punct: boolean[];
  /** The word's index in the vocabulary of words seen before (see intern()), or -1. */
  ids: number[];
}

const CONTRACTIONS: Record<string, string> = { re: 'are', ve: 'have', ll: 'will', m: 'am', d: 'would' };
/** Words whose "'s" is "is"/"us" ("it's", "let's"), not a possessive. */
const S_IS = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'how']);
const NOT_BASE: Record<string, string> = { can: 'can', won: 'will', shan: 'shall', ain: 'is' };

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Characters that are markup, not prose: `*`, `_`, `` ` ``, `~`, `#`, `>`. */
function isMarkup(c: number): boolean {
  return c === 42 || c === 95 || c === 96 || c === 126 || c === 35 || c === 62;
}

const IRREGULAR_FORMS: Record<string, string> = {
  built: 'build', rebuilt: 'rebuild', made: 'make', ran: 'run', went: 'go', gone: 'go', goes: 'go', took: 'take', taken: 'take', got: 'get', gotten: 'get',
  gave: 'give', given: 'give', brought: 'bring', told: 'tell', felt: 'feel', kept: 'keep', led: 'lead', saw: 'see', seen: 'see', did: 'do', done: 'do',
  does: 'do', was: 'be', were: 'be', is: 'be', are: 'be', am: 'be', been: 'be', being: 'be', had: 'have', has: 'have', having: 'have', wrote: 'write',
  written: 'write', sent: 'send', spent: 'spend', won: 'win', lost: 'lose', paid: 'pay', taught: 'teach', thought: 'think', found: 'find',
  held: 'hold', met: 'meet', left: 'leave', set: 'set', cut: 'cut', put: 'put', began: 'begin', begun: 'begin', chose: 'choose', chosen: 'choose',
  grew: 'grow', grown: 'grow', knew: 'know', known: 'know', understood: 'understand', became: 'become', came: 'come', sped: 'speed', fell: 'fall',
  fallen: 'fall', heard: 'hear', learnt: 'learn', meant: 'mean', drove: 'drive', driven: 'drive', rose: 'rise', risen: 'rise', showed: 'show',
  shown: 'show', said: 'say',
};

const IRREGULAR = new Map<string, string>(Object.entries(IRREGULAR_FORMS));

/** A past participle: "shipped", "kept", "built", "written". */
export function isParticiple(word: string): boolean {
  return (word.length > 3 && word.endsWith('ed')) || (IRREGULAR.has(word) && !/^(?:is|are|am|was|were|does|goes|has|having|being)$/.test(word));
}

/**
 * A light stem: inflections folded so that a built-in phrase's "reduce" meets "reduced",
 * "reducing" and "reduces". Only ever compared with another stem from this function.
 */
const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    const irregular = IRREGULAR.get(word);
    s = stemRegular(irregular ?? word);
    // A bank's vocabulary is a few thousand words; a pathological text cannot grow this forever.
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

function stemRegular(w: string): string {
  const n = w.length;
  if (n <= 3) return w;
  let s = w;
  let stripped = false;
  if (s.endsWith('ies') && n > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ied') && n > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ing') && n > 5) {
    s = s.slice(0, -3);
    stripped = true;
  } else if (s.endsWith('ed') && n > 4 && !s.endsWith('eed')) {
    s = s.slice(0, -2);
    stripped = true;
  } else if (s.endsWith('es') && n > 4 && !s.endsWith('ses')) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  if (stripped) {
    const a = s.charCodeAt(s.length - 1);
    // "stopped" → "stop"; not "called", "missed", "buzzed".
    if (s.length > 2 && a === s.charCodeAt(s.length - 2) && a !== 108 && a !== 115 && a !== 122 && a !== 101) s = s.slice(0, -1);
  }
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** Longer words are not kept (a run of one letter 100 000 long is a word too). */
const INTERN_LENGTH = 32;
/** At most this many words kept; past it, a new word is a fresh string and has no index. */
const VOCAB_LIMIT = 1 << 16;
/**
 * Words seen before, each kept once, so that a known word costs no allocation, its string is
 * hashed once for every map and set keyed by words (not once per token), and the phrase scan
 * reads what it knows of the word by its index instead of by a map lookup. A word is looked up by
 * its key, its last 7 code units as base-128 digits (see tokenize()): `low` the last 4, `high` the
 * 3 before. A word that short (most words) is its key and is found by comparing two numbers; a
 * longer one is compared letter by letter. Open addressing, kept at most half full: slot k is
 * table[4k, 4k + 4) = high, low, its length, 1 + its index in `vocab` (0: empty).
 */
const vocab: string[] = [];
let table = new Int32Array(1 << 14);

function slotOf(high: number, low: number, len: number, mask: number): number {
  const h = Math.imul(low ^ Math.imul(high ^ len, 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 15)) & mask;
}

/**
 * The vocabulary index of text[start, end) lower-cased (ASCII word letters, "-" and "." only: `| 32`
 * lower-cases them all; `high` and `low` its key), added if new; -1 when the vocabulary is full.
 */
function intern(text: string, start: number, end: number, high: number, low: number): number {
  const len = end - start;
  const mask = (table.length >> 2) - 1;
  let slot = slotOf(high, low, len, mask);
  for (;;) {
    const at = slot << 2;
    const id = table[at + 3] - 1;
    if (id < 0) {
      if (vocab.length >= VOCAB_LIMIT) return -1;
      table[at] = high;
      table[at + 1] = low;
      table[at + 2] = len;
      return addWord(text, start, end, at);
    }
    if (table[at + 1] === low && table[at] === high && table[at + 2] === len) {
      // The key holds the last 7 letters: the ones before them, if any, compared one by one.
      const w = vocab[id];
      let k = 0;
      while (k < len - 7 && w.charCodeAt(k) === (text.charCodeAt(start + k) | 32)) k++;
      if (k >= len - 7) return id;
    }
    slot = (slot + 1) & mask;
  }
}

/** Adds text[start, end) at the slot table[at, at + 4), its key and length already there; its vocabulary index. */
function addWord(text: string, start: number, end: number, at: number): number {
  // A string of its own, not a slice that would keep the whole sentence alive.
  const codes: number[] = [];
  for (let k = start; k < end; k++) codes.push(text.charCodeAt(k) | 32);
  vocab.push(String.fromCharCode(...codes));
  table[at + 3] = vocab.length;
  if (vocab.length * 2 > table.length >> 2) {
    const old = table;
    table = new Int32Array(old.length * 2);
    const mask = (table.length >> 2) - 1;
    for (let o = 0; o < old.length; o += 4) {
      if (old[o + 3] === 0) continue;
      let k = slotOf(old[o], old[o + 1], old[o + 2], mask);
      while (table[(k << 2) + 3] !== 0) k = (k + 1) & mask;
      table.set(old.subarray(o, o + 4), k << 2);
    }
  }
  return vocab.length - 1;
}

/**
 * Tokens of text[from, to) (a sentence's voice), offsets counted from `from`: a sentence is read
 * in place in the prose it is part of, never sliced out.
 */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const t: Tokens = { words: [], stems: [], starts: [], ends: [], punct: [], ids: [] };
  // Lower-cased once per sentence, when a word has a letter past ASCII (per word only where case
  // folding changes the length: 'İ').
  let lowered: string | undefined;
  let lower: string | null = null;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Most code units are lower-case letters: tested first, then the table.
    if ((c < 97 || c > 122) && !isWordLetter(c)) {
      i++;
      if (!isSpace(c) && !isMarkup(c)) add(t, isApostrophe(c) ? "'" : text[i - 1], i - 1 - from, i - from, true);
      continue;
    }
    const start = i;
    let apostrophe = -1;
    // Whether the word is all ASCII (lower-cased by ASCII folding alone).
    // Its key for intern() as it is read: the last 4 code units lower-cased as base-128 digits,
    // and the 3 before (only what an ASCII word of at most 32 letters, interned, needs to be right).
    let high = 0;
    let low = 0;
    let ascii = true;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (d >= 97 && d <= 122) {
        high = (high << 7) | (low >>> 21);
        low = ((low << 7) | d) & 0xfffffff;
        i++;
      } else if (isWordLetter(d)) {
        if (d >= 128) ascii = false;
        high = (high << 7) | (low >>> 21);
        low = ((low << 7) | d | 32) & 0xfffffff;
        i++;
      } else if ((d === 45 || isApostrophe(d) || d === 46) && i + 1 < to && isWordLetter(text.charCodeAt(i + 1)) && !(d === 46 && !isWordLetter(text.charCodeAt(i - 1)))) {
        // "on-call", "didn't", "3.5", "e.g" stay one word.
        if (isApostrophe(d)) apostrophe = i;
        high = (high << 7) | (low >>> 21);
        low = ((low << 7) | d) & 0xfffffff;
        i++;
      } else break;
    }
    let word: string;
    let id = -1;
    if (ascii && apostrophe < 0 && i - start <= INTERN_LENGTH) {
      // Most words: the word seen before, the same string, and its index for the phrase scan.
      id = intern(text, start, i, high, low);
      word = id >= 0 ? vocab[id] : text.slice(start, i).toLowerCase();
    } else {
      if (ascii) {
        // ASCII letters (and ’) lower-case alone, whatever surrounds them.
        word = text.slice(start, i).toLowerCase();
      } else {
        if (lowered === undefined) {
          lowered = text.slice(from, to).toLowerCase();
          lower = lowered.length === to - from ? lowered : null;
        }
        word = lower !== null ? lower.slice(start - from, i - from) : text.slice(start, i).toLowerCase();
      }
      if (apostrophe >= 0) {
        word = word.replace(/’/g, "'");
        const cut = apostrophe - start;
        const head = word.slice(0, cut);
        const tail = word.slice(cut + 1);
        if (tail === 't' && head.endsWith('n') && head.length > 1) {
          const base = head.slice(0, -1);
          add(t, NOT_BASE[base] ?? base, start - from, apostrophe - 1 - from);
          add(t, 'not', apostrophe - 1 - from, i - from);
          continue;
        }
        const full = CONTRACTIONS[tail] ?? (tail === 's' && S_IS.has(head) ? 'is' : tail === 's' && head === 'let' ? 'us' : undefined);
        if (full !== undefined) {
          add(t, head, start - from, apostrophe - from);
          add(t, full, apostrophe - from, i - from);
          continue;
        }
      }
    }
    add(t, word, start - from, i - from, false, id);
  }
  return t;
}

/** Appends a token to `t`. */
function add(t: Tokens, w: string, s: number, e: number, p = false, id = -1): void {
  t.words.push(w);
  t.stems.push(p ? w : undefined);
  t.starts.push(s);
  t.ends.push(e);
  t.punct.push(p);
  t.ids.push(id);
}

/** The stem of token `i`, computed once. */
export function stemAt(t: Tokens, i: number): string {
  let s = t.stems[i];
  if (s === undefined) {
    s = i < t.words.length ? stem(t.words[i]) : '';
    t.stems[i] = s;
  }
  return s;
}

/** Punctuation that closes a clause. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–', '"', '“', '”', '!', '?', '.']);
export function isClauseBreak(t: Tokens, i: number): boolean {
  return t.punct[i] && CLAUSE_BREAKS.has(t.words[i]);
}

/** Index of the first token of the clause holding token `i`. */
export function clauseStart(t: Tokens, i: number): number {
  let j = i;
  while (j > 0 && !isClauseBreak(t, j - 1)) {
    // " - " between words is a dash too.
    if (t.punct[j - 1] && t.words[j - 1] === '-' && t.starts[j - 1] > 0) break;
    j--;
  }
  return j;
}

const NEGATIONS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'neither', 'nor', 'without', 'none']);
/** A negation within `reach` words before token `i`, in its clause: "have not seen", "never had". */
export function negatedBefore(t: Tokens, i: number, reach = 3): boolean {
  // Back from `i`, at most `reach` words, never past the clause's start (clauseStart's test, one
  // word at a time: a run-on clause is not walked to its start for every hit).
  for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
    if (isClauseBreak(t, j) || (t.punct[j] && t.words[j] === '-' && t.starts[j] > 0)) return false;
    if (NEGATIONS.has(t.words[j])) return true;
  }
  return false;
}
export function isNegation(word: string): boolean {
  return NEGATIONS.has(word);
}

/** Words that open a clause under another one: "when we ran into pushback", "because we had…". */
export const SUBORDINATORS = new Set([
  'when', 'whenever', 'if', 'because', 'once', 'as', 'since', 'after', 'before', 'while', 'until', 'unless', 'though', 'although', 'whether',
  'that', 'so', 'how', 'why', 'what', 'where', 'than', 'till', 'cause',
]);

/** Words that say what follows a ":" or "—" is a proposal, an option or a plan, not what was done. */
const PROPOSAL = new Set([
  'proposed', 'propose', 'proposal', 'suggested', 'suggest', 'suggestion', 'recommended', 'recommend', 'recommendation', 'pitched', 'pitch', 'plan',
  'idea', 'option', 'options', 'choice', 'alternatives', 'alternative', 'argued', 'argument', 'asked', 'question', 'offer', 'offered', 'proposing',
  'suggesting', 'said', 'told', 'explained', 'wrote', 'message', 'email', 'asking', 'pointing', 'framed', 'framing',
]);
/** Token `i` follows a ":" or a dash whose lead-in names a proposal: "I proposed: we ship behind a flag". */
export function inProposal(t: Tokens, i: number): boolean {
  const n = Math.min(i, t.words.length);
  const j = n > 0 ? lastColonOrDash(t)[n - 1] : -1;
  if (j < 0) return false;
  for (let k = j - 1; k >= 0 && k >= j - 12; k--) if (PROPOSAL.has(t.words[k])) return true;
  return false;
}

const colonsOrDashes = new WeakMap<Tokens, Int32Array>();
/** For each token, the index of the last ":" or dash at or before it (-1 if none): one scan per sentence, however many "we"s ask. */
function lastColonOrDash(t: Tokens): Int32Array {
  let at = colonsOrDashes.get(t);
  if (!at) {
    at = new Int32Array(t.words.length);
    let last = -1;
    for (let j = 0; j < t.words.length; j++) {
      if (t.punct[j] && (t.words[j] === ':' || t.words[j] === '—' || t.words[j] === '–')) last = j;
      at[j] = last;
    }
    colonsOrDashes.set(t, at);
  }
  return at;
}

// Phrase lists compiled to word tries: one walk over a sentence's tokens finds every list's
// phrases. A literal phrase (a workspace's, or a built-in list kept literal) matches its words
// exactly, as typed; a flexible built-in phrase matches by stem, lets up to three modifiers in
// between ("greatly reduced", "improved the overall reliability"), and may hold `{a|b}`
// alternatives, `*` (any one word) and `=word` (that very word, not its stem).

/**
 * A node of a phrase trie: its children by key, the entries ending at it, whether a child is keyed
 * `=word` (`exact`) and its `*` child (`any`). A node holds the phrases that go through it
 * (`pending`) until a walk first reads it, and only then computes their keys (tokenizing and
 * stemming them) and makes its children: the first check reads a few hundred of the ~3,900 nodes
 * of the built-in lists instead of building them all, and a phrase added costs its first word.
 */
class TrieNode {
  /** undefined while the node is still pending. */
  private children: Map<string, TrieNode> | undefined;
  /** NO_ENDS until an entry ends here. */
  private endList: number[];
  private isExact: boolean;
  private star: TrieNode | undefined;
  /** keyBit() of each child's key, or'ed: a word whose bit is not here is no child (no map lookup). */
  private keyBits: number;
  /** How many keys lead here from the root. */
  private readonly depth: number;
  /** The phrases through this node, while it is pending. */
  private pending: PendingPhrase[] | undefined;

  constructor(depth: number) {
    // Every field set here, in one order: one shape for every node.
    this.children = undefined;
    this.endList = NO_ENDS;
    this.isExact = false;
    this.star = undefined;
    this.keyBits = 0;
    this.depth = depth;
    this.pending = [];
  }

  get next(): Map<string, TrieNode> {
    return this.children ?? this.expand();
  }

  get ends(): number[] {
    if (this.children === undefined) this.expand();
    return this.endList;
  }

  get exact(): boolean {
    if (this.children === undefined) this.expand();
    return this.isExact;
  }

  get any(): TrieNode | undefined {
    if (this.children === undefined) this.expand();
    return this.star;
  }

  get bits(): number {
    if (this.children === undefined) this.expand();
    return this.keyBits;
  }

  /** Adds `phrase` under each of `keys`, its keys at this node's depth. */
  addPhrase(keys: readonly string[], phrase: PendingPhrase): void {
    const children = this.next;
    for (const k of keys) {
      let child = children.get(k);
      if (!child) {
        children.set(k, (child = new TrieNode(this.depth + 1)));
        this.keyBits |= keyBit(k);
        if (k.startsWith('=')) this.isExact = true;
        if (k === '*') this.star = child;
      }
      child.take(phrase);
    }
  }

  /** `phrase` goes through this node: kept pending, or placed at once if the node is already read. */
  private take(phrase: PendingPhrase): void {
    if (this.pending) this.pending.push(phrase);
    else this.place(phrase);
  }

  /** An entry ends here, or goes on to the children of its next keys. */
  private place(p: PendingPhrase): void {
    const keys = (p.keys ??= p.flexible ? flexibleKeys(p.phrase) : phraseWords(p.phrase).map((w) => [w]));
    if (keys.length > this.depth) this.addPhrase(keys[this.depth], p);
    else if (this.endList === NO_ENDS) this.endList = [p.entry];
    else if (!this.endList.includes(p.entry)) this.endList.push(p.entry);
  }

  private expand(): Map<string, TrieNode> {
    const pending = this.pending!;
    this.pending = undefined;
    this.children = new Map();
    for (const p of pending) this.place(p);
    return this.children;
  }
}

/**
 * One of 32 bits for key `k`, by a hash of its first, middle and last characters and its length
 * (cheap enough for the first check, which runs it in the interpreter): TrieNode.bits hold its children's.
 */
export function keyBit(k: string): number {
  const n = k.length;
  return n === 0 ? 1 : 1 << ((k.charCodeAt(0) * 3 + k.charCodeAt(n >> 1) * 5 + k.charCodeAt(n - 1) * 7 + n) & 31);
}

/** The ends of a node where no entry ends (most of them): shared, never written. */
const NO_ENDS: number[] = [];

/** A phrase in a pending node: its keys, once a node needs them. */
interface PendingPhrase {
  entry: number;
  phrase: string;
  flexible: boolean;
  keys: string[][] | undefined;
}

/** What the matcher asks of a word, computed once per distinct word (PhraseIndex.info). */
interface WordInfo {
  stem: string;
  /** keyBit() of the word and of its stem. */
  wordBit: number;
  stemBit: number;
  modifier: boolean;
  /** A phrase starts with this word: `literal`, `flexible` or `exact` is there. */
  starts: boolean;
  /** The literal trie's child for this word at its root: a literal phrase starts with it. */
  literal: TrieNode | undefined;
  /** The flexible trie's children at its root for this word's stem and for `=word`: a flexible phrase starts with it. */
  flexible: TrieNode | undefined;
  exact: TrieNode | undefined;
}

export interface PhraseEntry<L extends string = string> {
  list: L;
  phrase: string;
}

export interface TokenMatch {
  /** Token range [from, to). */
  from: number;
  to: number;
  entry: number;
}

/** Words that may sit between a flexible phrase's words: adverbs, intensifiers, determiners. */
const MODIFIERS = new Set([
  'very', 'really', 'so', 'quite', 'much', 'far', 'way', 'a', 'an', 'the', 'our', 'their', 'its', 'my', 'his', 'her', 'this', 'that', 'these',
  'those', 'overall', 'whole', 'entire', 'all', 'also', 'even', 'still', 'just', 'further', 'lot', 'bit', 'super', 'pretty', 'truly', 'of', 'some',
  'both', 'everyone', "'s", 'general', 'huge', 'big', 'great', 'real', 'tremendously', 'hugely',
]);
const NOT_ADVERB = new Set(['only', 'early', 'family', 'reply', 'supply', 'apply', 'fly', 'july', 'italy', 'rely', 'ally', 'belly', 'daily', 'weekly', 'monthly', 'likely', 'friendly', 'costly', 'timely']);
function isModifier(word: string): boolean {
  return MODIFIERS.has(word) || (word.length > 4 && word.endsWith('ly') && !NOT_ADVERB.has(word));
}

/** The words of a phrase as the tokenizer gives them (literal form). */
export function phraseWords(phrase: string): string[] {
  // Plain lower-case words with one space between them (most phrases) need no tokenizer.
  if (isPlainWord(phrase)) return [phrase];
  return arePlainWords(phrase) ? phrase.split(' ') : tokenize(phrase).words;
}

/** /^[a-z]+$/ without a regular expression. */
function isPlainWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** /^[a-z]+(?: [a-z]+)*$/ without a regular expression: what the tokenizer splits at each space, and nowhere else. */
function arePlainWords(s: string): boolean {
  if (s.length === 0) return false;
  let afterSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (c < 97 || c > 122) return false;
    else afterSpace = false;
  }
  return !afterSpace;
}

/** Keys of a flexible phrase: each word's stem, `{a|b}` alternatives, `*` for any word. */
export function flexibleKeys(phrase: string): string[][] {
  return phrase.trim().split(/\s+/).flatMap(partKeys);
}

/** Keys of one space-separated part of a flexible phrase. */
function partKeys(part: string): string[][] {
  if (part === '*') return [['*']];
  if (part.startsWith('=')) return [phraseWords(part.slice(1)).map((w) => `=${w}`)];
  if (part.startsWith('{') && part.endsWith('}')) return [part.slice(1, -1).split('|').flatMap((alt) => phraseWords(alt.replace(/_/g, ' ')).map((w) => stem(w)))];
  const words = phraseWords(part);
  return words.map((w) => [words.length === 1 || !['.', '-'].includes(w) ? stem(w) : w]);
}

export class PhraseIndex<L extends string = string> {
  readonly entries: PhraseEntry<L>[] = [];
  private literal = new TrieNode(0);
  private flexible = new TrieNode(0);
  private hasFlexible = false;

  /** An index of `phrases`, numbered in order; only the first word of each is read now. */
  static of<L extends string>(phrases: readonly { list: L; phrase: string; flexible: boolean }[]): PhraseIndex<L> {
    const index = new PhraseIndex<L>();
    for (const p of phrases) index.add(p.list, p.phrase, p.flexible);
    return index;
  }

  /**
   * Adds a phrase: matched word for word (case and apostrophes aside), as a workspace writes it, or
   * (`flexible`, built-in phrases) by stem, with modifiers allowed between its words.
   */
  add(list: L, phrase: string, flexible: boolean): void {
    const space = phrase.indexOf(' ');
    const head = space < 0 ? phrase : phrase.slice(0, space);
    // A plain first word is the first key, or its stem: the rest is read when a walk gets past it.
    const all = isPlainWord(head) ? undefined : flexible ? flexibleKeys(phrase) : phraseWords(phrase).map((w) => [w]);
    const keys = all ? all[0] : [flexible ? stem(head) : head];
    if (keys === undefined) return;
    const entry = this.entries.push({ list, phrase }) - 1;
    (flexible ? this.flexible : this.literal).addPhrase(keys, { entry, phrase, flexible, keys: all });
    if (flexible) this.hasFlexible = true;
  }

  /** What a walk asks of each distinct word, looked up once per token: see info(). */
  private infos = new Map<string, WordInfo>();
  /** The same, by vocabulary index (Tokens.ids): no map lookup for a word seen before. */
  private infoById: (WordInfo | undefined)[] = [];
  /** Each token's WordInfo, for the sentence being scanned. */
  private scratch: WordInfo[] = [];
  /** entries.length when `infos` was filled: a phrase added since clears it. */
  private infosFor = -1;

  /**
   * A word's stem, whether it is a modifier, and the children of the literal and the flexible
   * tries' roots for it (a phrase starts at it):
   * one map lookup per token instead of a stem, a head check and trie lookups per walk.
   */
  private info(word: string): WordInfo {
    let w = this.infos.get(word);
    if (w === undefined) {
      const s = stem(word);
      const root = this.flexible;
      const flexible = root.next.get(s);
      const exact = root.exact ? root.next.get(`=${word}`) : undefined;
      const literal = this.literal.next.get(word);
      w = { stem: s, wordBit: keyBit(word), stemBit: keyBit(s), modifier: isModifier(word), starts: !!(literal || flexible || exact), literal, flexible, exact };
      // A bank's vocabulary is a few thousand words; a pathological text cannot grow this forever.
      if (this.infos.size > 50_000) this.infos.clear();
      this.infos.set(word, w);
    }
    return w;
  }

  /** Every match of every phrase in `t`, as token ranges (overlaps included), in the order of their first token. */
  scan(t: Tokens): TokenMatch[] {
    const out: TokenMatch[] = [];
    const { words, punct } = t;
    const n = words.length;
    if (this.infosFor !== this.entries.length) {
      this.infos.clear();
      this.infoById = [];
      this.infosFor = this.entries.length;
    }
    const { ids } = t;
    const byId = this.infoById;
    // Filled afresh for each sentence (a walk reads no further than `n`): nothing allocated per
    // sentence, and no more kept than a long sentence's worth.
    const infos = n <= 4096 ? this.scratch : new Array<WordInfo>(n);
    for (let i = 0; i < n; i++) {
      const id = ids[i];
      let info = id >= 0 ? byId[id] : undefined;
      if (info === undefined) {
        info = this.info(words[i]);
        if (id >= 0) byId[id] = info;
      }
      infos[i] = info;
    }
    const flexible = this.hasFlexible;
    // A phrase that opens with `*` may start at any word.
    const anyStart = this.flexible.any !== undefined;
    for (let i = 0; i < n; i++) {
      const info = infos[i];
      // Most words start no phrase: one read.
      if (!info.starts && !anyStart) continue;
      const literal = info.literal;
      // A walk only where a phrase ends at this word or the next word may be its second.
      if (literal && (literal.ends.length > 0 || (i + 1 < n && (literal.bits & infos[i + 1].wordBit) !== 0))) this.walkLiteral(t, infos, i, literal, out);
      // A phrase may hold punctuation ("on-call" is a word; "c++" is not): literal only.
      if (!flexible || punct[i]) continue;
      if (anyStart) this.walkFlexible(t, infos, i, this.flexible, i, 0, out);
      else {
        // walkFlexible() at the root, its two lookups read from `info`.
        const child = info.flexible;
        if (child) {
          for (const e of child.ends) out.push({ from: i, to: i + 1, entry: e });
          if (child.next.size && goesOn(child, infos, i + 1, n)) this.walkFlexible(t, infos, i, child, i + 1, 0, out);
        }
        const exact = info.exact;
        if (exact) {
          for (const e of exact.ends) out.push({ from: i, to: i + 1, entry: e });
          if (exact.next.size && goesOn(exact, infos, i + 1, n)) this.walkFlexible(t, infos, i, exact, i + 1, 0, out);
        }
      }
    }
    return out;
  }

  /** Literal phrases from token `from`, whose word is the root's child `first`. */
  private walkLiteral(t: Tokens, infos: readonly WordInfo[], from: number, first: TrieNode, out: TokenMatch[]): void {
    let node: TrieNode | undefined = first;
    for (const e of node.ends) out.push({ from, to: from + 1, entry: e });
    for (let j = from + 1; j < t.words.length; j++) {
      if ((node.bits & infos[j].wordBit) === 0) return;
      node = node.next.get(t.words[j]);
      if (!node) return;
      for (const e of node.ends) out.push({ from, to: j + 1, entry: e });
    }
  }

  private walkFlexible(t: Tokens, infos: readonly WordInfo[], from: number, node: TrieNode, j: number, skipped: number, out: TokenMatch[]): void {
    const n = t.words.length;
    if (j >= n || (t.punct[j] && node !== this.flexible && !node.next.has(t.words[j]))) return;
    const info = infos[j];
    const child = (node.bits & info.stemBit) !== 0 ? node.next.get(info.stem) : undefined;
    if (child) {
      for (const e of child.ends) out.push({ from, to: j + 1, entry: e });
      if (child.next.size && goesOn(child, infos, j + 1, n)) this.walkFlexible(t, infos, from, child, j + 1, 0, out);
    }
    const exact = node.exact ? node.next.get(`=${t.words[j]}`) : undefined;
    if (exact) {
      for (const e of exact.ends) out.push({ from, to: j + 1, entry: e });
      if (exact.next.size && goesOn(exact, infos, j + 1, n)) this.walkFlexible(t, infos, from, exact, j + 1, 0, out);
    }
    const any = node.any;
    if (any && !t.punct[j]) {
      for (const e of any.ends) out.push({ from, to: j + 1, entry: e });
      if (any.next.size && goesOn(any, infos, j + 1, n)) this.walkFlexible(t, infos, from, any, j + 1, 0, out);
    }
    // Inside a phrase, a modifier may be stepped over: "greatly reduced", "the overall reliability";
    // also where a phrase goes on with it ("achieved the goals" must not stop "achieved the quarterly goals").
    if (node !== this.flexible && skipped < 3 && !t.punct[j] && info.modifier && goesOn(node, infos, j + 1, n)) this.walkFlexible(t, infos, from, node, j + 1, skipped + 1, out);
  }
}

/**
 * Whether a flexible walk at `node` may go on at token `j` (of `n`): the word's stem may be a
 * child, or the node has `=word` or `*` children, or the word is a modifier it may step over.
 * A necessary condition of walkFlexible() finding anything, read without a map lookup.
 */
function goesOn(node: TrieNode, infos: readonly WordInfo[], j: number, n: number): boolean {
  if (j >= n) return false;
  const info = infos[j];
  return (node.bits & info.stemBit) !== 0 || info.modifier || node.exact || node.any !== undefined;
}
