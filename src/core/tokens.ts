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

/** Tokens of `text` (a sentence's voice). */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const stems: (string | undefined)[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const punct: boolean[] = [];
  const push = (w: string, s: number, e: number, p: boolean) => {
    words.push(w);
    stems.push(p ? w : undefined);
    starts.push(s);
    ends.push(e);
    punct.push(p);
  };
  const n = text.length;
  // Lower-cased once per sentence (per word only where case folding changes the length: 'İ').
  const lowered = text.toLowerCase();
  const lower = lowered.length === n ? lowered : null;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isMarkup(c)) {
      i++;
      continue;
    }
    if (!isWordLetter(c)) {
      push(isApostrophe(c) ? "'" : text[i], i, i + 1, true);
      i++;
      continue;
    }
    const start = i;
    let apostrophe = -1;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordLetter(d)) i++;
      else if ((d === 45 || isApostrophe(d) || d === 46) && i + 1 < n && isWordLetter(text.charCodeAt(i + 1)) && !(d === 46 && !isWordLetter(text.charCodeAt(i - 1)))) {
        // "on-call", "didn't", "3.5", "e.g" stay one word.
        if (isApostrophe(d)) apostrophe = i;
        i++;
      } else break;
    }
    let word = lower !== null ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
    if (apostrophe >= 0) word = word.replace(/’/g, "'");
    if (apostrophe >= 0) {
      const cut = apostrophe - start;
      const head = word.slice(0, cut);
      const tail = word.slice(cut + 1);
      if (tail === 't' && head.endsWith('n') && head.length > 1) {
        const base = head.slice(0, -1);
        push(NOT_BASE[base] ?? base, start, apostrophe - 1, false);
        push('not', apostrophe - 1, i, false);
        continue;
      }
      const full = CONTRACTIONS[tail] ?? (tail === 's' && S_IS.has(head) ? 'is' : tail === 's' && head === 'let' ? 'us' : undefined);
      if (full !== undefined) {
        push(head, start, apostrophe, false);
        push(full, apostrophe, i, false);
        continue;
      }
    }
    push(word, start, i, false);
  }
  return { words, stems, starts, ends, punct };
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

/** The first three characters of a word as a number: a cheap key for "could this word start a phrase?". */
function head3(w: string): number {
  // 30 bits, a small integer to the engine (no boxing); non-ASCII may collide, which only costs a walk.
  return ((w.charCodeAt(0) & 0x3ff) << 20) | (((w.charCodeAt(1) || 0) & 0x3ff) << 10) | ((w.charCodeAt(2) || 0) & 0x3ff);
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

  /** Adds `phrase` under each of `keys`, its keys at this node's depth. */
  addPhrase(keys: readonly string[], phrase: PendingPhrase): void {
    const children = this.next;
    for (const k of keys) {
      let child = children.get(k);
      if (!child) {
        children.set(k, (child = new TrieNode(this.depth + 1)));
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

/** The ends of a node where no entry ends (most of them): shared, never written. */
const NO_ENDS: number[] = [];

/** A phrase in a pending node: its keys, once a node needs them. */
interface PendingPhrase {
  entry: number;
  phrase: string;
  flexible: boolean;
  keys: string[][] | undefined;
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
  /** head3() of the first word of every literal phrase. */
  private literalHeads = new Set<number>();
  /** head3() of every first key of a flexible phrase (a stem is a prefix of its words, irregular forms aside). */
  private flexibleHeads = new Set<number>();

  /** An index of `phrases`, numbered in order; only the first word of each is read now. */
  static of<L extends string>(phrases: readonly { list: L; phrase: string; flexible: boolean }[]): PhraseIndex<L> {
    const index = new PhraseIndex<L>();
    for (const p of phrases) index.add(p.list, p.phrase, p.flexible);
    return index;
  }

  /** Adds a phrase matched word for word (case and apostrophes aside), as a workspace writes it. */
  addLiteral(list: L, phrase: string): void {
    this.add(list, phrase, false);
  }

  /** Adds a built-in phrase matched by stem, with modifiers allowed between its words. */
  addFlexible(list: L, phrase: string): void {
    this.add(list, phrase, true);
  }

  private add(list: L, phrase: string, flexible: boolean): void {
    const space = phrase.indexOf(' ');
    const head = space < 0 ? phrase : phrase.slice(0, space);
    // A plain first word is the first key, or its stem: the rest is read when a walk gets past it.
    const all = isPlainWord(head) ? undefined : flexible ? flexibleKeys(phrase) : phraseWords(phrase).map((w) => [w]);
    const keys = all ? all[0] : [flexible ? stem(head) : head];
    if (keys === undefined) return;
    const entry = this.entries.push({ list, phrase }) - 1;
    (flexible ? this.flexible : this.literal).addPhrase(keys, { entry, phrase, flexible, keys: all });
    if (flexible) {
      this.hasFlexible = true;
      for (const k of keys) this.flexibleHeads.add(k === '*' ? -1 : head3(k.startsWith('=') ? k.slice(1) : k));
    } else this.literalHeads.add(head3(keys[0]));
  }

  /** Every match of every phrase in `t`, as token ranges (overlaps included). */
  scan(t: Tokens): TokenMatch[] {
    const out: TokenMatch[] = [];
    const { words, punct } = t;
    const n = words.length;
    const flexible = this.hasFlexible;
    const anyStart = this.flexibleHeads.has(-1);
    for (let i = 0; i < n; i++) {
      const word = words[i];
      const head = head3(word);
      if (this.literalHeads.has(head)) this.walkLiteral(t, i, out);
      // A phrase may hold punctuation ("on-call" is a word; "c++" is not): literal only.
      if (flexible && !punct[i] && (anyStart || this.mayStartFlexible(word, head))) this.walkFlexible(t, i, this.flexible, i, 0, out);
    }
    return out;
  }

  /** Whether a flexible phrase can start at this word (`head`: its head3), without stemming it (most words cannot). */
  private mayStartFlexible(word: string, head: number): boolean {
    // A word of four letters or more stems to a prefix of itself of three letters or more, except
    // the irregular forms ("went") and -ies/-ied ("tries" → "try").
    if (this.flexibleHeads.has(head)) return true;
    const n = word.length;
    // -ies/-ied: "tries" → "try"; irregular forms: "went" → "go".
    if (n > 4 && word.charCodeAt(n - 3) === 105 && word.charCodeAt(n - 2) === 101) return this.flexibleHeads.has(head3(stem(word)));
    return IRREGULAR.has(word) && this.flexibleHeads.has(head3(stem(word)));
  }

  /** Literal phrases from token `from` (whose head3 is a literal phrase's first word's). */
  private walkLiteral(t: Tokens, from: number, out: TokenMatch[]): void {
    let node: TrieNode | undefined = this.literal;
    for (let j = from; j < t.words.length; j++) {
      node = node.next.get(t.words[j]);
      if (!node) return;
      for (const e of node.ends) out.push({ from, to: j + 1, entry: e });
    }
  }

  private walkFlexible(t: Tokens, from: number, node: TrieNode, j: number, skipped: number, out: TokenMatch[]): void {
    if (j >= t.words.length || t.punct[j] && node !== this.flexible && !node.next.has(t.words[j])) return;
    const key = stemAt(t, j);
    const child = node.next.get(key);
    if (child) {
      for (const e of child.ends) out.push({ from, to: j + 1, entry: e });
      if (child.next.size) this.walkFlexible(t, from, child, j + 1, 0, out);
    }
    const exact = node.exact ? node.next.get(`=${t.words[j]}`) : undefined;
    if (exact) {
      for (const e of exact.ends) out.push({ from, to: j + 1, entry: e });
      if (exact.next.size) this.walkFlexible(t, from, exact, j + 1, 0, out);
    }
    const any = node.any;
    if (any && !t.punct[j]) {
      for (const e of any.ends) out.push({ from, to: j + 1, entry: e });
      if (any.next.size) this.walkFlexible(t, from, any, j + 1, 0, out);
    }
    // Inside a phrase, a modifier may be stepped over: "greatly reduced", "the overall reliability";
    // also where a phrase goes on with it ("achieved the goals" must not stop "achieved the quarterly goals").
    if (node !== this.flexible && skipped < 3 && !t.punct[j] && isModifier(t.words[j])) this.walkFlexible(t, from, node, j + 1, skipped + 1, out);
  }
}

/**
 * Leftmost-longest matches without overlap, per list: what a global regular expression over the
 * alternation would have found.
 */
export function pickMatches(matches: readonly TokenMatch[]): TokenMatch[] {
  const sorted = [...matches].sort((a, b) => a.from - b.from || b.to - a.to);
  const out: TokenMatch[] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.from < end) continue;
    out.push(m);
    end = m.to;
  }
  return out;
}
