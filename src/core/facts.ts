import { partitionPoint } from './search';
import { findAll, matchLists, withUncovered, type PhraseMatch, type PhraseMatchers } from './phrases';
import { negatedBefore, tokenize, type Tokens } from './tokens';
import { wordLiterals } from './literals';
import type { PhraseListName } from './coaching/types';
import { findFigures, findPlaceholders } from './figures';
import { countWords, sentencesIn, type Sentence } from './prose';
import { templateHoles } from './parse';
import { LEVEL_TARGETS } from './coaching/levelTargets';
import { loadFit } from './fitPackage';
import { speakingSeconds } from './timing';
import type { EngineConfig } from './config';
import type { Level, Section, SectionKind, SectionMetrics, Span, Story, StoryFile } from './types';

// What a story says, computed once and lazily, read by the rules and by the metrics: which
// sections it has, its sentences, its first-person steps, its figures, its scope statement.

/** A lesson learned, not a class: "the lesson on parts of speech", "began the maths lesson" are left out. */
const LESSON = /(?<![A-Za-z])(?:(?<!(?:everything|anything|all|something|whatever)\s)I\s+(?:learned|learnt|realized|realised|now\s+know|took\s+away|would\s+(?:have|now|do)|’d\s+have|'d\s+have|should\s+have)|lessons?(?<!(?:began|begin|started|start|finished|prepared|planned|taught|teach|teaching|during|after|before)\s{1,4}(?:(?:the|a|an|my|our|his|her|their|this|that|each|every)\s{1,4})?(?:[a-z]{1,20}\s{1,4})?lessons?)(?!\s+(?:on|plans?|time)(?![A-Za-z]))|takeaway|in\s+hindsight|looking\s+back|in\s+retrospect|next\s+time|if\s+I\s+(?:did|do|had)\s+it\s+again|going\s+forward)(?![A-Za-z])/i;

const LASTING = /(?<![A-Za-z])(?:(?:is|are|has|have)\s+(?:\w+\s+)?now|now\s+(?:\w+\s+)?(?:standard|default|required|mandatory|part)|(?:has|have)(?:n['’]t)?\s+(?:[\w'’-]+\s+){1,5}since|still\s+(?:\w+\s+)?(?:fails?|blocks?|runs?|catch(?:es)?|guards?|enforces?|checks?|gates?|uses?|in\s+use|used|running)|(?<!right\s)now\s+(?!that\b|and\b|on\b|is\b|was\b|(?:the|a|an|these|those)\s+\w+\s+(?:who|whom|that|which)\b|(?:i|we|he|she|they|you)\s+(?:am|was|were|think|feel|know|believe|reali[sz]e|understand|see|wonder|guess|have\s+to|need)\b|live\s+by\b|[a-z]+ing\b|amounted\b)[a-z]+s?\s+(?:\w+\s+)?(?:\w+)|folded\s+(?:[\w'’-]+\s+){0,3}into|became\s+(?:[\w'’-]+\s+){0,3}(?:default|standard|norm|template|cornerstone)|for\s+every\s+(?:new\s+)?\w+|(?:at|across|to|in)\s+(?:all\s+|every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|all|every|other)\s+(?:sites|teams|repos|repositories|services|warehouses|stores|regions|products|offices|clinics|countries|markets)|every\s+(?:repo|repository|service|team|site|warehouse|store)\s+in\s+the\s+(?:org|company)|extended\s+(?:it|them|the\s+\w+|[\w-]+)\s+to|made\s+(?:[\w'’-]+\s+){0,4}(?:the|a|our|their)\s+(?:default|standard|norm)|for\s+all\s+(?:of\s+)?(?:their|our|the|its)\s+\w+)(?![A-Za-z])/i;

/**
 * Scope boundaries in the many ways people say them: "Auth belonged to the identity team", "it
 * wasn't in my goals", "neither had a ticket", "not mine", "I asked my mentor if I could spend
 * Fridays on it". The phrase list (coaching data) adds the fixed expressions.
 */
const SCOPE_PARTS: [needs: string, pattern: RegExp][] = [
  ['belong', /(?:belonged|belongs|belonging)\s+to\s+(?:the\s+|another\s+|a\s+different\s+|an?\s+other\s+)?(?:[\w&'’-]+\s+){0,3}(?:team|org|organi[sz]ation|group|squad|department|company|vendor)/i],
  ['owned', /owned\s+by\s+(?:the\s+|another\s+|a\s+different\s+)?(?:[\w&'’-]+\s+){0,3}(?:team|org|organi[sz]ation|group|squad|department|vendor)/i],
  ["my|our&not|n't|n’t|never", /(?:not|n['’]t|never)\s+(?:really\s+|even\s+)?(?:part\s+of\s+|in\s+|on\s+|within\s+|among\s+)?(?:my|our)\s+(?:team['’]s\s+|own\s+)?(?:job|duty|goals?|role|scope|remit|area|responsibilit(?:y|ies)|project|sprint|roadmap|backlog|okrs?|charter|team|service|code|codebase|system|domain|lane|on-?call|metric|problem|ownership|priorities|plan)/i],
  ["manager|lead|mentor&not|n't|n’t&his|her", /(?:not|n['’]t)\s+(?:his|her|their)\s+(?:manager|lead|mentor)/i],
  ["mine&not|n't|n’t,none&business", /(?:it\s+was\s+)?not\s+mine|wasn['’]t\s+mine|isn['’]t\s+mine|none\s+of\s+my\s+business/i],
  ['nobody|neither,no&one', /(?:nobody|no\s+one|no-one|neither(?:\s+team)?|none\s+of\s+(?:us|them))\s+(?:had\s+|has\s+|was\s+|ever\s+|really\s+)?(?:asked|assigned|flagged|noticed|owned|filed|raised|tracked|prioriti[sz]ed|looked|picked|claimed|taken|touched|a\s+ticket|an?\s+owner|on\s+it|responsible|accountable|working|watching|measuring|monitoring|intervened|stepped\s+in|spoke\s+up|said\s+anything|did\s+anything)/i],
  ['no&ticket|owner|alert|alarm|jira|task|assign|request', /(?:there\s+was|there\s+were|with|had|and)\s+no\s+(?:ticket|owner|alert|alarm|jira|task|one\s+assigned|assignee|request)/i],
  ["was|were&not|n't|n’t&asked|assigned|expected|call|owner|responsible|tasked", /(?:wasn['’]t|was\s+not|weren['’]t|were\s+not)\s+(?:asked|assigned|expected|on\s+call|on-call|the\s+owner|responsible|tasked)/i],
  ['outside|beyond', /(?:outside|beyond)\s+(?:of\s+)?(?:my|our)\s+/i],
  // Nobody asked, said with the askers named between: "Neither my manager nor the director asked me to", "they never asked me".
  ["asked&neither|nobody|never,asked&no&one,ask&n't|n’t|not|never", /(?:neither|nobody|no\s+one|never)(?![A-Za-z])(?:(?!but(?![A-Za-z]))[^.;:!?]){1,60}?(?<![A-Za-z])asked\s+me(?![A-Za-z])|(?:didn['’]t|did\s+not|never)\s+ask\s+me(?![A-Za-z])/i],
  ['my&time|initiative,asked|checked&could', /on\s+my\s+own\s+(?:time|initiative)|in\s+my\s+(?:spare|free|own)\s+time|(?:asked|checked\s+with)\s+(?:my\s+\w+\s+)?(?:if|whether)\s+I\s+could/i],
  ['self-,side&project,volunteered', /self-(?:started|initiated|assigned|directed)|side\s+project|(?<![A-Za-z])I\s+volunteered/i],
  // The choice not to act, said as a counterfactual: "I could have left it alone, but…", "it would have been easy to ignore".
  // Or the easy way out it did not take: "I could have just escalated. Instead, I…".
  ['could,easy', /\bI\s+could(?:\s+\w+)?(?:\s+have|['’]ve)\s+(?:\w+\s+)?(?:left\s+it|ignored|walked\s+away|let\s+it|looked\s+away|escalated|passed\s+it|handed\s+it|waited)|easy\s+to\s+(?:ignore|look\s+away)/i],
  // Another team's work by right: "feature data that another team (Platform) was supposed to provide".
  ['team&supposed|meant|expected', /(?:another|other|a\s+different|the\s+[\w-]+)\s+team(?:\s*\([^()\n]{1,40}\))?\s+(?:was|were|had\s+been)\s+(?:supposed|meant|expected)\s+to/i],
  // Acting before anyone signed off: "didn't wait for Finance approval", "without waiting for sign-off".
  ["wait&not|n't|n’t|without", /(?:didn['’]t|did\s+not|without)\s+wait(?:ing)?\s+for\s+(?:[\w'’-]+\s+){0,2}?(?:approval|sign-?off|permission|go-ahead|green\s+light)/i],
];
const SCOPE = new RegExp(SCOPE_PARTS.map((p) => p[1].source).join('|'), 'gi');
/**
 * SCOPE's parts, each read (and compiled) only where a sentence's words hold its literals
 * (literals.ts): most sentences hold none, and most stories never compile the whole alternation.
 * Keep each part's literals a necessary condition.
 */
const SCOPE_WORDS = wordLiterals(SCOPE_PARTS.map((p) => p[0]));
function scopeIn(t: Tokens, voice: string): boolean {
  const m = SCOPE_WORDS.mask(t, voice);
  if (m !== 0) for (let k = 0; k < SCOPE_PARTS.length; k++) if (SCOPE_WORDS.holds(m, k) && SCOPE_PARTS[k][1].test(voice)) return true;
  return false;
}
/**
 * Self-started, told over the set-up's sentences: something the writer noticed themselves ("I
 * noticed the backend team was planning…", "I realised…") and a task they chose ("I wanted to…",
 * "I decided to…"), where nobody handed the work over (no `assigned` phrase there).
 */
const NOTICED = /\bI\s+(?:had\s+|also\s+)?(?:noticed|reali[sz]ed|spotted|discovered|saw\s+that)\b/;
const CHOSE = /\bI\s+(?:wanted|decided|chose|aimed|set\s+out)\s+to\b/g;
/**
 * Another team's artefact named in the set-up ("the onshore team had developed a shared library"),
 * counted only where an Action sentence takes a change to that team ("proposed to the onshore team
 * that we…"): using another team's tool is no boundary, changing it is.
 */
const OTHER_TEAM_BUILT = /\b(?:the\s+(?:[\w-]+\s+){1,2}?|another\s+)team\s+(?:had\s+)?(?:developed|built|created|wrote|owned|owns|maintained|maintains|runs)\b/gi;
const CHANGE_TO = /\b(?:proposed|pitched|suggested|contributed|offered)\b/i;

/**
 * Lasting or wider, in words no phrase list holds: "zero similar defects in the 8 months since",
 * "other projects also improved", "opened doors to more deals", "onboarding from days to hours",
 * "improved our incident process", a guard that goes on working ("added monitoring → catches issues
 * within a day"). Read with LASTING by resultHas('secondOrder') (the rule and the
 * checklist); principle fit reads neither, so it takes none of them for an adoption.
 */
const WIDER =
  /(?<![A-Za-z])(?:(?:zero|no)\s+(?:similar\s+|repeat\s+)?(?:incident|defect|bug|error|issue|outage|failure)s?\s+(?:in|over|since)\s+(?:the\s+)?(?:\d|subsequent|following|next|past)|other\s+(?:projects|products)\s+(?:(?:have|were|also|too)\s+){0,3}(?:improved|benefit|adopted|used)|opened\s+(?:new\s+)?doors|onboarding\s+(?:time\s+)?(?:went\s+)?from|improved\s+our\s+(?:[a-z-]+\s+){0,3}process|(?:subsequent|future|all\s+new|every\s+new)\s+(?:[\w-]+\s+){0,2}?(?:requests?|orders?|releases?|projects?|hires?|cases?|tickets?|reports?|deploys?|deployments?)\s+(?:were|are|have\s+been|get)\s+(?:automatically\s+)?(?:automated|handled|checked|reviewed|validated|covered|run|caught)(?![A-Za-z])|(?:monitor(?:ing|s)?|alert(?:ing|s)?|alarms?|checks?|tests?|validations?|guards?)(?:\s*(?:→|->|—|–|,)\s*|\s+(?:that|which|now)\s+)(?:now\s+)?(?:catch(?:es)?|detects?|flags?|blocks?)(?![A-Za-z]))/i;

/**
 * The problem did not come back, or a guard now keeps it away, told in the past: "the same issue did
 * not repeat", "no further unexpected bills", "prevented any future incidents", "for the rest of the
 * term", "since implementing that monitor", "we added a rule: any PR that … must". "Never … again"
 * is left out: real labels do not count "we never had words again", and a vow is no effect.
 */
const RECUR =
  /(?<![A-Za-z])(?:(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t)\s+(?:[a-z]+\s+){0,2}?(?:repeat|recur|reoccur|happen\s+again)|(?:no|zero)\s+(?:further|more|similar|repeat)\s+(?:[\w-]+\s+){0,2}?(?:incident|outage|bill|page|failure|error|ticket|issue|complaint|problem|defect|bug|escalation|breach|mistake)s?(?![A-Za-z])|prevent(?:ed|s)?\s+(?:any|all)\s+(?:future|further)|for\s+the\s+rest\s+of\s+(?:the|that|his|her|my|our|their)\s+(?:school\s+)?(?:term|year|semester|season|project|quarter|summer|tenure|contract|program|programme|rotation|internship)|since\s+(?:implementing|introducing|adding|deploying|launching|shipping|rolling\s+out)|(?:added|introduced|instituted|put\s+in\s+place)\s+(?:a|an)\s+(?:new\s+)?(?:rule|policy|requirement)(?![A-Za-z])|(?:any|every|each)\s+(?:new\s+)?(?:PR|pull\s+request|change|deploy|deployment|release|commit|merge)\s+(?:(?:that|to|in|on|of)\s+[^.;:!?\0]{0,80}?\s)?(?:must|has\s+to|needs\s+to)\s|(?:started|began)\s+(?:[\w'’-]+\s+){1,8}?from\s+day\s+one|never\s+(?:repeated|made)\s+(?:that|the|this|my|our)\s+(?:same\s+)?(?:accident|mistake|error)|(?:I|we)\s+stopped\s+[a-z]+ing(?![A-Za-z])[^.;:!?\0]{0,40}?\s(?:started|began)\s+[a-z]+ing(?![A-Za-z])|(?:(?:last|this)\s+(?:week|month|quarter|year)|(?:weeks|months)\s+later|since\s+then)[,\s]+(?:it|(?:this|that|the|our|my)(?:\s+(?:check|alert|alarm|monitor|test|guard|validation|script|tool|dashboard|rule|lint))?)\s+(?:(?:has|have|already)\s+)?(?:caught|flagged|detected|stopped|blocked|prevented|saved))(?![A-Za-z])/i;

/** What every GUARD_ADDED match holds: "would not", "couldn't", "would never"… */
const GUARD_NEEDS = /(?:would|could)(?:\s+n|n['’]t)/i;
/** Outside the Result, a guard told as it was built: an Action step "added a check so this would not happen again". */
const GUARD_ADDED = /(?<![A-Za-z])(?:added|built|created|introduced|wrote|set\s+up|put\s+in|implemented|automated)\s+(?:[\w'’-]+\s+){1,14}?(?:would|could)(?:\s+not|\s+never|n['’]t)\s+(?:happen|recur|occur|repeat)(?:\s+again|\s+in\s+the\s+future)/i;

/** For the tests: each part's literals are a necessary condition; LASTING, WIDER and RECUR read sentences joined by "\0" as they read each. */
export { SCOPE_PARTS, SCOPE_WORDS, LASTING, WIDER, RECUR, GUARD_ADDED, GUARD_NEEDS };

/**
 * A placeholder that is the whole of an inline code span (`` `[?]` ``, `` `X%` ``) on a line that
 * also holds prose: not a fenced block, not a comment.
 */
function inlineCodeHole(text: string, prose: string, p: Span): boolean {
  let a = p.start;
  while (a > 0 && text[a - 1] === ' ') a--;
  let b = p.end;
  while (b < text.length && text[b] === ' ') b++;
  if (text[a - 1] !== '`' || text[b] !== '`' || text[a - 2] === '`' || text[b + 1] === '`') return false;
  const lineStart = text.lastIndexOf('\n', a) + 1;
  let lineEnd = text.indexOf('\n', b);
  if (lineEnd < 0) lineEnd = text.length;
  return prose.slice(lineStart, a - 1).trim().length > 0 || prose.slice(b + 1, lineEnd).trim().length > 0;
}

/**
 * Escalation as a hand-off: "escalated (something) to/with (someone)", "I/we escalated …", "raised
 * an escalation". Not "the outage escalated" (it got worse). Bounded gaps, and the lookbehind only
 * runs once "escalated" has matched: linear.
 */
const ESCALATION =
  /(?<![A-Za-z])(?:escalated\s{1,8}(?:[\w'’-]+\s{1,8}){0,6}?(?:to|with)\s{1,8}(?:the\s{1,8}|their\s{1,8}|our\s{1,8}|my\s{1,8}|a\s{1,8}|an\s{1,8})?(?:[\w'’-]+\s{1,8}){0,3}?(?:team|teams|owners?|manager|lead|leads|on-?call|support|vendor|director|leadership|management|sre|ops|oncall|engineers?|folks|people)(?![A-Za-z])|escalated(?<=(?:^|[^A-Za-z])(?:I|we|We)\s{1,8}(?:then\s{1,8}|quickly\s{1,8}|immediately\s{1,8}|just\s{1,8}|also\s{1,8})?escalated)(?![A-Za-z])(?:\s{1,8}(?:it|this|that|them|the\s{1,8}[\w-]+|our\s{1,8}[\w-]+))?|(?:raised|filed|opened|sent)\s{1,8}an?\s{1,8}escalation(?![A-Za-z]))/gi;

/** A literal every ESCALATION match holds. */
const ESCALATES = /escalat/i;

/** The text reads as a lesson: "I learned", "next time", "in hindsight", "looking back". */
export function isLesson(text: string): boolean {
  return LESSON.test(text);
}

export type { Step } from './stepReading';
import type { Step } from './stepReading';

export class StoryFacts {
  private sentenceCache = new Map<Section, Sentence[]>();
  private sentencesOfCache = new Map<SectionKind, Sentence[]>();
  private wordCache = new Map<Section, number>();
  private tokenCache = new Map<Sentence, Tokens>();
  private matchCache = new Map<Sentence, Map<PhraseListName, PhraseMatch[]>>();
  private figureCache = new Map<Sentence, Span[]>();
  private memo = new Map<string, unknown>();

  constructor(
    readonly file: StoryFile,
    readonly story: Story,
    readonly phrases: PhraseMatchers,
    readonly config: EngineConfig,
    readonly level: Level,
  ) {}

  /** Words and speaking time per spoken section and for the whole story, against targets. */
  metrics(): { words: number; seconds: number; targetSeconds: number; sections: SectionMetrics[] } {
    return this.once('metrics', () => {
      const wpm = this.config.wordsPerMinute;
      const sections: SectionMetrics[] = [];
      const { sectionTargetSeconds } = loadFit();
      for (const s of this.story.sections) {
        if (!s.kind || s.kind === 'followups') continue;
        const words = this.wordsIn(s);
        const targetSeconds = s.covers.reduce((t, k) => t + sectionTargetSeconds(k, this.level), 0);
        sections.push({ kind: s.kind, heading: s.heading, headingStart: s.headingStart, headingEnd: s.headingEnd, words, seconds: speakingSeconds(words, wpm), targetSeconds });
      }
      // A draft without sections is all spoken prose.
      const words = this.story.sections.length === 0 ? countWords(this.file.prose, this.story.preambleStart, this.story.end) : sections.reduce((n, s) => n + s.words, 0);
      return { words, seconds: speakingSeconds(words, wpm), targetSeconds: LEVEL_TARGETS[this.level]?.targetSeconds ?? 0, sections };
    });
  }

  /** Words in a section's body (counted once per section). */
  wordsIn(section: Section): number {
    let n = this.wordCache.get(section);
    if (n === undefined) {
      n = countWords(this.file.prose, section.bodyStart, section.bodyEnd);
      this.wordCache.set(section, n);
    }
    return n;
  }

  private once<T>(key: string, make: () => T): T {
    const known = this.memo.get(key);
    if (known !== undefined || this.memo.has(key)) return known as T;
    const made = make();
    this.memo.set(key, made);
    return made;
  }

  /** Sections that cover `kind` (a "Situation / Task" heading covers both). */
  sections(kind: SectionKind): Section[] {
    return this.story.sections.filter((s) => s.covers.includes(kind));
  }

  has(kind: SectionKind): boolean {
    return this.story.sections.some((s) => s.covers.includes(kind));
  }

  sentences(section: Section): Sentence[] {
    let s = this.sentenceCache.get(section);
    if (!s) {
      s = sentencesIn(this.file, section.bodyStart, section.bodyEnd);
      this.sentenceCache.set(section, s);
    }
    return s;
  }

  /** Every sentence of the sections covering `kind`, built once per kind (most rules ask). */
  sentencesOf(kind: SectionKind): Sentence[] {
    // Asked dozens of times per story: a map by kind, no key string built per call.
    let s = this.sentencesOfCache.get(kind);
    if (!s) {
      s = this.sections(kind).flatMap((x) => this.sentences(x));
      this.sentencesOfCache.set(kind, s);
    }
    return s;
  }

  /**
   * The closing paragraph of a story written without sections (no headings, no labels), where its
   * outcome usually is; the two last when the last one is a lesson. Empty when it has sections.
   */
  closingSentences(): Sentence[] {
    return this.once('closing', () => {
      if (this.story.sections.length > 0) return [];
      const all = this.preambleSentences();
      const last = all[all.length - 1];
      if (!last) return [];
      const starts = this.paragraphStarts().filter((p) => p <= last.start);
      const lastStart = starts[starts.length - 1];
      const closing = all.filter((s) => s.start >= lastStart);
      const lesson = starts.length > 1 && closing.some((s) => LESSON.test(s.voice));
      return lesson ? all.filter((s) => s.start >= starts[starts.length - 2]) : closing;
    });
  }

  /** Where each paragraph (after a blank line) of a story without sections starts. */
  paragraphStarts(): number[] {
    return this.once('paragraphs', () => {
      const starts = [this.story.preambleStart];
      const gap = /\n[ \t]*\r?\n/g;
      gap.lastIndex = this.story.preambleStart;
      let m: RegExpExecArray | null;
      while ((m = gap.exec(this.file.text)) && m.index < this.story.end) starts.push(m.index + m[0].length);
      return starts;
    });
  }

  preambleSentences(): Sentence[] {
    return this.once('preamble', () => sentencesIn(this.file, this.story.preambleStart, this.story.preambleEnd));
  }

  /** The set-up: the lines before the first section, the Situation and the Task. */
  setUpSentences(): Sentence[] {
    return this.once('setUp', () => [...this.preambleSentences(), ...this.sentencesOf('situation'), ...this.sentencesOf('task')]);
  }

  /** The words of a sentence's voice, scanned once (tokens.ts). */
  tokens(s: Sentence): Tokens {
    let t = this.tokenCache.get(s);
    if (!t) {
      // Read in place in the prose when no reported speech is blanked (the sentence is that stretch of it).
      t = s.voice === s.text ? tokenize(this.file.prose, s.start, s.end) : tokenize(s.voice);
      this.tokenCache.set(s, t);
    }
    return t;
  }

  /** Index of the token of sentence `s` that starts at or covers absolute offset `at` (-1: none). */
  tokenAt(s: Sentence, at: number): number {
    const t = this.tokens(s);
    const rel = at - s.start;
    // Token ends rise: the first that ends past `rel`, by binary search (a sentence may hold thousands).
    const i = partitionPoint(t.ends.length, (k) => t.ends[k] <= rel);
    return i < t.ends.length ? i : -1;
  }

  /** A negation ("not", "never", "didn't") just before absolute offset `at`, in its clause. */
  negatedAt(s: Sentence, at: number): boolean {
    const i = this.tokenAt(s, at);
    return i > 0 && negatedBefore(this.tokens(s), i);
  }

  /** Every list's matches in a sentence: its words are walked once for every list, however many rules ask. */
  private listsIn(s: Sentence): Map<PhraseListName, PhraseMatch[]> {
    let lists = this.matchCache.get(s);
    if (!lists) {
      lists = matchLists(this.phrases, this.tokens(s), s.voice, s.start);
      this.matchCache.set(s, lists);
    }
    return lists;
  }

  /** Phrase matches of a list in the voice text of some sentences. */
  match(list: PhraseListName, sentences: Sentence[]): PhraseMatch[] {
    // Callers get their own copies.
    const out: PhraseMatch[] = [];
    for (const s of sentences) for (const h of this.listsIn(s).get(list) ?? []) out.push({ start: h.start, end: h.end, phrase: h.phrase });
    return out;
  }

  /** Whether a list matches in sentence `s`: `match(list, [s]).length > 0`, nothing copied. */
  hasPhrase(list: PhraseListName, s: Sentence): boolean {
    return (this.listsIn(s).get(list)?.length ?? 0) > 0;
  }

  /**
   * Routing the problem to someone else in `sentences`: the handOff phrases, and escalation in its
   * many forms ("I escalated the regression to the platform team", "raised an escalation with…").
   */
  handOffs(sentences: Sentence[]): PhraseMatch[] {
    // Asked for every sentence of three sections: the list's matches copied straight in (as
    // match() copies them), then the escalations no phrase covers; sorted only when there are two.
    const hits: PhraseMatch[] = [];
    for (const s of sentences) {
      const own = this.listsIn(s).get('handOff') ?? [];
      for (const h of own) hits.push({ start: h.start, end: h.end, phrase: h.phrase });
      if (ESCALATES.test(s.voice)) hits.push(...withUncovered(own, findAll(ESCALATION, s.voice, s.start)).slice(own.length));
    }
    return hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
  }

  /** Where the story says the work was outside the writer's remit, unasked or self-started. */
  scopeBoundary(): PhraseMatch[] {
    return this.once('scope', () => {
      const where = [...this.preambleSentences(), ...this.sentencesOf('situation'), ...this.sentencesOf('task'), ...this.sentencesOf('action')];
      // SCOPE read only where the sentence's words hold one of its parts' literals (as hasScopeBoundary() does).
      return [...this.match('scopeBoundary', where), ...where.flatMap((s) => (scopeIn(this.tokens(s), s.voice) ? findAll(SCOPE, s.voice, s.start) : [])), ...this.scopeAcross()];
    });
  }

  /** Boundaries no one sentence states (NOTICED with CHOSE, OTHER_TEAM_BUILT): read over the set-up and the Action. */
  private scopeAcross(): PhraseMatch[] {
    return this.once('scopeAcross', () => {
      const setUp = this.setUpSentences();
      const chose = setUp.some((s) => NOTICED.test(s.voice)) && this.match('assigned', setUp).length === 0;
      // The Action is read only for a set-up sentence that names a team (OTHER_TEAM_BUILT needs one).
      let action: string | undefined;
      const out: PhraseMatch[] = [];
      for (const s of setUp) {
        if (chose) out.push(...findAll(CHOSE, s.voice, s.start));
        if (!/team/i.test(s.voice)) continue;
        action ??= this.sentencesOf('action').map((x) => x.voice).join('\0').toLowerCase();
        // "the onshore team had developed…": counted where the Action takes a change "to the onshore team".
        if (CHANGE_TO.test(action)) out.push(...findAll(OTHER_TEAM_BUILT, s.voice, s.start).filter((m) => action!.includes(`to the ${/^an/i.test(m.phrase) ? 'other ' : m.phrase.slice(4, m.phrase.search(/\steam\s/i) + 1).toLowerCase()}team`)));
      }
      return out;
    });
  }

  /**
   * Whether the story states a scope boundary: `scopeBoundary().length > 0`, stopping at the
   * first sentence that has one instead of collecting every match.
   */
  hasScopeBoundary(): boolean {
    return this.once('hasScope', () => {
      const scope = this.memo.get('scope') as PhraseMatch[] | undefined;
      if (scope) return scope.length > 0;
      const found = (sentences: Sentence[]) => {
        for (const s of sentences) if (this.hasPhrase('scopeBoundary', s) || scopeIn(this.tokens(s), s.voice)) return true;
        return false;
      };
      return found(this.preambleSentences()) || found(this.sentencesOf('situation')) || found(this.sentencesOf('task')) || found(this.sentencesOf('action')) || this.scopeAcross().length > 0;
    });
  }

  /** Distinct first-person steps in the Action: "I traced…", "- Rebuilt the cache…" (stepReading.ts, in the fit chunk). */
  actionSteps(): Step[] {
    return this.once('steps', () => loadFit().readActionSteps(this.sentencesOf('action'), this.handOffs(this.sentencesOf('action'))));
  }


  /** Sentences in the Result that are really lessons ("I learned…", "Next time…"). */
  resultLessons(): Sentence[] {
    return this.once('resultLessons', () => this.sentencesOf('result').filter((s) => LESSON.test(s.voice)));
  }

  /** The reflection: its own section, or lessons folded into the Result. */
  reflectionSentences(): Sentence[] {
    return this.once('reflection', () => (this.has('reflection') ? this.sentencesOf('reflection') : this.resultLessons()));
  }

  /** Result sentences that report outcomes (lessons folded in are left out). */
  resultSentences(): Sentence[] {
    return this.once('resultOnly', () => {
      const lessons = new Set(this.resultLessons());
      return this.sentencesOf('result').filter((s) => !lessons.has(s));
    });
  }

  /**
   * Unfilled placeholders in the story's prose ("X%", "[?]", "TBD") and the template text left in
   * it ("[e.g. 2.1%]", "[Write …]"), in text order.
   */
  placeholders(): Span[] {
    return this.once('placeholders', () => {
      const { text, prose } = this.file;
      const start = this.story.preambleStart;
      const end = this.story.end;
      const holes = this.templateHoles();
      // Code is not prose, but a placeholder written as inline code is still a hole: `[?]`, `TBD`.
      const found = findPlaceholders(text.slice(start, end), start).filter(
        (p) => (prose.slice(p.start, p.end).trim().length > 0 || inlineCodeHole(text, prose, p)) && !holes.some((h) => h.start < p.end && p.start < h.end),
      );
      return holes.length ? [...found, ...holes].sort((a, b) => a.start - b.start) : found;
    });
  }

  /**
   * Template text a snippet or New STAR Story put in and the writer has not replaced: blanked from
   * the prose (no words, no time, no evidence), reported by unfilled-placeholder.
   */
  templateHoles(): Span[] {
    return this.once('templateHoles', () => templateHoles(this.file.text, this.story.preambleStart, this.story.end));
  }

  /** Measured figures in a sentence's text (figures.ts), found once however many rules ask. */
  figuresIn(s: Sentence): Span[] {
    let f = this.figureCache.get(s);
    if (!f) this.figureCache.set(s, (f = findFigures(s.text, s.start)));
    return f;
  }

  /** Measured figures in the Result, placeholders excluded. */
  resultFigures(): Span[] {
    return this.once('figures', () => {
      const holes = this.placeholders();
      return this.resultSentences()
        .flatMap((s) => this.figuresIn(s))
        .filter((f) => !holes.some((h) => h.start < f.end && f.start < h.end));
    });
  }

  /** Whether a sentence states a lasting effect in the writer's own words ("is now the default"). */
  lastingEffect(s: Sentence): boolean {
    return LASTING.test(s.voice);
  }

  resultHas(list: 'businessImpact' | 'secondOrder'): boolean {
    return this.once(list === 'businessImpact' ? 'result:businessImpact' : 'result:secondOrder', () => {
      // "cost impact: TBD" translates nothing: a sentence with a placeholder does not count.
      const holes = this.placeholders();
      const where = this.resultSentences().filter((s) => list !== 'businessImpact' || !holes.some((h) => h.start >= s.start && h.start < s.end));
      if (where.some((s) => this.hasPhrase(list, s))) return true;
      // "X is now the way…", "has paged twice since": a lasting effect in the writer's own words.
      // One read of the sentences joined by "\0" (no match spans it): a pattern run once is never compiled to machine code.
      if (list !== 'secondOrder') return false;
      const told = where.map((s) => s.voice).join('\0');
      if (LASTING.test(told) || WIDER.test(told) || RECUR.test(told) || loadFit().lastingInWords(told)) return true;
      // A guard built in the Action counts (real labels read the whole story); a habit vowed in the Reflection does not.
      // GUARD_ADDED read only where its literal is (a plain alternation scans far faster).
      return this.sentencesOf('action').some((s) => GUARD_NEEDS.test(s.voice) && GUARD_ADDED.test(s.voice));
    });
  }
}
