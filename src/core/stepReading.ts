// Whose step a verb in the Action is, for few-action-steps (StoryFacts.actionSteps): a step not
// taken ("I didn't"), something that happened to the writer ("I received a call"), a clause that
// is no new step ("how I voted", "a script I wrote"), a verb whose subject is someone else ("then we
// compared, listed and picked"), and the step a decision carries ("I decided to call…, email…").
// Loaded with the principle-fit chunk (fitChunk.ts), which the first check loads anyway.

/** Verbs that are never a step and carry none: "I forgot to check", "I received a call", "I failed to notice"; nor a hedge ("I kind of started"). */
const NEVER_STEPS = new Set('forgot forget forgotten received receive heard hear failed fail missed miss wondered worried panicked hesitated struggled intended faced based kind sort kinda sorta'.split(' '));
/** Verbs whose step is the one they carry: "I decided to talk to him" (talk), "I started to believe…" (no step). */
const CARRIERS = new Set('started start began begin decided decide managed manage continued continue chose choose proceeded attempted'.split(' '));
/** Not a verb after a carrier's "to": "I started to the office". */
const NOT_CARRIED = /^(?:the|a|an|my|our|his|her|their|its|this|that|these|those|them|him|me|us|it|you|work|school)$/;
/**
 * Words before "I" that make its clause no step of the story: an embedded question or condition
 * ("how I vote", "what I did", "if I had"; not "a game day where I injected…", a step), or a reduced relative clause after a determiner and
 * its noun ("a practice I picked up", "the tool I built": the object, told again), never a
 * phrase after a preposition ("in the meeting I raised it") nor a time ("the next day I").
 */
const EMBEDDED_BEFORE = /(?<![A-Za-z'’])(?:how|what|why|whether|if|unless|whatever)\s+$/i;
const RELATIVE_BEFORE =
  /(?<![A-Za-z'’])(?<!(?:in|on|at|during|after|before|by|for|with|from|to|into|over|through|under|since|until|throughout|within|across|about|like|of)\s)(?:a|an|the|every|each|any|some|one|these|those|this)\s+(?!(?:day|night|morning|afternoon|evening|week|weekend|month|year|time|moment|point|hour|minute|end|start|beginning|meantime|process|first|next|last|same|sprint|quarter|shift|release|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\s)[a-z][a-z'’-]*\s+$/i;
/** "It was me who revived…", "it was I who, within weeks, managed to…": a bounded aside, then the verb. */
const CLEFT = /(?<![A-Za-z])(?:it\s+was|it['’]s)\s+(?:me|I)\s+who\s*(?:,[^,;]{1,40},\s*)?(?:[a-z]+ly\s+)?([a-z]+)(?:\s+to\s+([a-z]+))?/gi;
/** A subject pronoun, for whose verb follows "and" or a comma: "we talked, listened and agreed" is not the writer's. */
const SUBJECT = /(?<![A-Za-z'’])(?:I|i|we|We|he|He|she|She|they|They)(?![A-Za-z])/g;
/**
 * What opens a clause before its subject: the start, a punctuation mark, a conjunction. Not a noun
 * ("the paths they found": a relative clause) nor "what" ("told her what we'd changed").
 */
const CLAUSE_OPENS = /(?:^|[,;:.!?(—–-]|(?<![A-Za-z'’])(?:and|but|so|then|because|when|while|after|before|as|since|until|or|once|if|though|although|whereas|yet|now))\s*$/i;
/** An object right after a verb: "email the team", "retrain our model". */
const OBJECT_NEXT = /^\s+(?:the|a|an|my|our|their|his|her|its|this|that|these|those|them|him|it|every|each|all|new)\s/i;
const FUNCTION_WORD = /^(?:the|a|an|then|also|so|but|or|nor|yet|to|of|in|on|at|for|with|by|from|as|that|this|which|who|all|some|many|more|most|other|not|now|even|just)$/i;

/** A step not taken ("didn't"), or something that happened to the writer. */
export function neverAStep(verb: string): boolean {
  const v = verb.toLowerCase();
  return NEVER_STEPS.has(v) || /n['’]t$/.test(v);
}

/**
 * Whether the "I" clause at `at` in `voice` (its verb `verb`, the match ending at `end`) tells no
 * step of its own: embedded, a relative clause, or "I went and…" (the step is the verb after "and").
 */
export function noOwnStep(voice: string, at: number, end: number, verb: string): boolean {
  const before = voice.slice(Math.max(0, at - 40), at);
  if (EMBEDDED_BEFORE.test(before) || (RELATIVE_BEFORE.test(before) && !/[,;:(]\s*$/.test(before))) return true;
  return /^(?:went|go|came|come)$/i.test(verb) && /^\s+and\s/.test(voice.slice(end, end + 6));
}

/** The word after "to" when it can be a verb: not "to the office". */
export function infinitive(to: string): string | undefined {
  return NOT_CARRIED.test(to) ? undefined : to;
}

/** The verb a carrier's "to" brings: "decided to call" → "call"; undefined when `verb` carries none. */
export function carriedBy(verb: string, to: string | undefined): string | undefined {
  return to && CARRIERS.has(verb.toLowerCase()) && !NOT_CARRIED.test(to) ? to : undefined;
}

/** Clefts in `voice`: where each starts and ends, its verb and the verb after its "to". */
export function clefts(voice: string): { at: number; end: number; verb: string; to?: string }[] {
  if (!/who/i.test(voice)) return [];
  const out: { at: number; end: number; verb: string; to?: string }[] = [];
  CLEFT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLEFT.exec(voice))) out.push({ at: m.index, end: m.index + m[0].length, verb: m[1], to: m[2] });
  return out;
}

/**
 * For a sentence, a reader of whose verb sits at an offset: whether the last clause-opening subject
 * pronoun before it is "I", or there is none (an elided-subject bullet). The sentence is scanned
 * once; asked at rising offsets (as a global match loop does), each question costs nothing more.
 */
export function writerSubjectReader(voice: string): (at: number) => boolean {
  const subjects: { at: number; writer: boolean }[] = [];
  SUBJECT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUBJECT.exec(voice))) if (CLAUSE_OPENS.test(voice.slice(Math.max(0, m.index - 12), m.index))) subjects.push({ at: m.index, writer: m[0] === 'I' || m[0] === 'i' });
  let next = 0;
  return (at: number) => {
    if (next > 0 && subjects[next - 1].at >= at) next = 0;
    while (next < subjects.length && subjects[next].at < at) next++;
    return next === 0 || subjects[next - 1].writer;
  };
}

/**
 * After a carried infinitive, a coordinated word is its sibling step when it is a work verb or
 * takes an object: "I decided to call the vendor, email the team and draft a plan".
 */
export function infinitiveSibling(word: string, after: string, workVerb: (w: string) => boolean): boolean {
  const w = word.toLowerCase();
  return workVerb(w) || (!FUNCTION_WORD.test(w) && !/(?:s|ed|ing|ly)$/.test(w) && OBJECT_NEXT.test(after));
}

/** After "<participle> <noun>": a verb of the sentence's own with an object or an adverb, not a reduced relative ("bugs reported by QA"). */
const FINITE_AFTER = /^\s+(?!(?:the|a|an|my|our|their|his|her|its|this|that|these|those|all|some|every|each|any|no|new|more|both|it|them|him|me|us)\s)[a-z][\w-]*\s+([a-z]+)(?=\s+(?!by\b|in\b|on\b|at\b|from\b|during\b|for\b|to\b|with\b|via\b|through\b|over\b|under\b|since\b)[a-z]|[.,;!?]|$)/;

/**
 * A sentence that opens on a participle used as an adjective, not a step: "Unexpected errors
 * appeared", "Improved caching reduced load", "Repeated failures led me to the scheduler". A
 * word in un-…-ed is never a verb; otherwise a past verb after the noun is the sentence's own.
 * `rest`: the text after the lead word.
 */
export function adjectiveLead(lead: string, rest: string, pastVerb: (w: string) => boolean): boolean {
  if (/^un[a-z]{3,}ed$/i.test(lead)) return true;
  const m = FINITE_AFTER.exec(rest);
  return m !== null && pastVerb(m[1]) && !/^(?:the|a|an|and|or|but|then|to|of)$/i.test(m[1]);
}

/** More verbs of work for elided-subject bullets ("- Reach out to the vendor", "- Sync with the data team"). */
const MORE_WORK_VERBS = new Set(
  ('reach sync align run pull push open close merge revert roll patch triage reproduce isolate bisect compare simulate calculate forecast ' +
    'order buy purchase book arrange host facilitate mediate apologize apologise reassure walk demo record label tag sort group filter batch ' +
    'cache index shard partition throttle retry queue ship draft outline scope survey onboard call message visit inspect repair restore ' +
    'rollback redesign rework reorganize reorganise simplify standardize standardise consolidate escalate set').split(' '),
);
export function workVerb(word: string): boolean {
  return MORE_WORK_VERBS.has(word.toLowerCase());
}

/**
 * The step a "was"/"got"/"have" after "I" holds (`rest`: the text after it): "I was able to rebuild
 * the index" (rebuild), "I got the two leads to agree" (got: a step of persuasion), "I have set up…" (set).
 */
export function heldStep(verb: string, rest: string, pastVerb: (w: string) => boolean): string | undefined {
  const v = verb.toLowerCase();
  // "I have set up weekly syncs", "I had already rolled back": the participle is the step.
  if (v === 'have' || v === 'had') {
    const p = /^\s+(?:(?:already|also|since|then|just|[a-z]+ly)\s+)?([a-z]+)/.exec(rest)?.[1];
    return p && pastVerb(p) ? p : undefined;
  }
  if (v === 'was' || v === 'were' || v === 'am') return /^\s+(?:[a-z]+ly\s+)?able\s+to\s+([a-z]+)/.exec(rest)?.[1];
  if (v === 'got') {
    // Not "I got a call to come in": what one receives comes with "a"/"an".
    const to = /^\s+(?!(?:to|a|an)\s)(?:[\w'’-]+\s+){1,4}?to\s+([a-z]+)/.exec(rest)?.[1];
    return to && !NOT_CARRIED.test(to) ? 'got' : undefined;
  }
  return undefined;
}

/** "The first thing I did was call the vendor", "What I did was rewrite…", "My first step was to pull the logs". */
const PSEUDO_CLEFT = /(?<![A-Za-z])(?:(?:first|next|second|third|last|only|main)\s+(?:thing|step|move)\s+I\s+(?:did|took|made)|what\s+I\s+did|my\s+(?:first|next|second|third|last|main)\s+(?:step|move|action))(?:\s+(?:then|next|first|there|[a-z]+ly))?\s+was\s+(?:to\s+)?([a-z]+)/gi;
export function pseudoClefts(voice: string): { at: number; end: number; verb: string }[] {
  if (!/\bwas\b/i.test(voice)) return [];
  const out: { at: number; end: number; verb: string }[] = [];
  PSEUDO_CLEFT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PSEUDO_CLEFT.exec(voice))) out.push({ at: m.index, end: m.index + m[0].length, verb: m[1] });
  return out;
}
