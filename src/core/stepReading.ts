import type { PhraseMatch } from './phrases';
import type { Sentence } from './prose';
import { partitionPoint } from './search';

// Whose step a verb in the Action is, for few-action-steps (StoryFacts.actionSteps, which calls
// readActionSteps): "I + verb", elided-subject bullets and labelled steps ("Week 1:"), never a
// step not taken ("I didn't"), something that happened to the writer ("I received a call"), a
// clause that is no new step ("how I voted", "a script I wrote"), a verb whose subject is someone
// else ("then we compared, listed and picked"), nor a noun phrase ("Improved caching reduced…");
// with the step a decision carries ("I decided to call…, email…"). Loaded with the principle-fit
// chunk (fitChunk.ts), which the first check loads anyway: it keeps the first bundle small.

export interface Step {
  verb: string;
  start: number;
  end: number;
}

/** Verbs after "I" that are not steps: being, having, thinking, hedging, wanting. */
const NOT_STEPS = new Set(
  ('was am were had have has is be been being think thought guess believe believed feel felt hope hoped would could should might may must can ' +
    'will shall did do does didn dont didnt wasn wouldn couldn need needed want wanted wish wished knew know learned learnt learn realized realised ' +
    'understood understand saw see noticed notice found got get also then just still really actually personally even never always often usually ' +
    'love loved like liked enjoyed enjoy tried try kept remember remembered mean meant assumed assume expected expect suppose supposed am ve ll d m ' +
    'became become seemed seem owned own happened happen only thus stayed there here waited or nor and but not ' +
    // States of mind, not steps: "I feared the worst", "I worried it would slip".
    'fear feared worry worried wonder wondered doubt doubted hate hated regret regretted sensed sense').split(' '),
);
const ADVERBS = '(?:(?:also|then|even|first|thus|only|quickly|personally|immediately|eventually|finally|later|next|carefully|manually|again|still|just|actually|proactively|independently|directly|myself|single-handedly|initially|subsequently|additionally|ultimately|further|simply|[a-z]{3,}ly)\\s+)*';
// All-lower-case drafts write "i pulled the logs": a lone lower-case i is the first person too.
// After a verb that is no step ("was", "tried", "kept"), the step is the verb it carries: "I tried
// to reproduce it", "I was explaining the trade-offs", "I tried using a compression app".
const I_VERB = new RegExp(`(?<![A-Za-z'’.])[Ii](?:['’]ve)?\\s+${ADVERBS}([a-z][a-z'’-]*)(?:\\s+to\\s+([a-z]+)|\\s+(?:(?:further|also|still|just|then|actually|really|[a-z]{3,}ly)\\s+)?([a-z]{2,}ing)(?![a-z]))?`, 'g');
/** "-ing" forms after "I was" / "I kept" that narrate a state or an attempt, not a step of one's own. */
const NOT_STEP_ING = /^(?:being|having|doing|going|getting|trying|thinking|feeling|hoping|wondering|waiting|working|looking|wanting|starting|beginning|planning|sitting|standing|living|studying|nothing|something|anything|everything)$/;
const IRREGULAR_PAST = new Set(
  ('built wrote ran led made set sent found took gave drove got kept held met put cut rewrote rebuilt brought chose began broke caught dug drew fed ' +
    'fought hid lent lost paid read rode rose sold shut spent split spun stood stuck struck swept taught threw told tore understood won wound withdrew ' +
    'oversaw undertook overcame upheld redid reran spoke shook bent bound bred fit flew forgot forgave froze grew hung heard hit laid left let lit ' +
    'meant quit rang sang sat slept slid sought sped spread stole stung sworn thrust underwent wove withheld wrung wrote said went dealt').split(' '),
);
/**
 * Base forms of things people do at work, for notes written as elided-subject bullets ("- Ask
 * support for a test case", "- Document the pros and cons"). A bullet that opens with one is a step.
 */
const BASE_VERBS = new Set(
  ('ask contact document provide list propose test run build write fix add create review analyze analyse investigate trace debug profile measure ' +
    'monitor deploy ship release migrate refactor remove update configure automate launch design develop introduce implement draft publish ' +
    'coordinate organize organise prioritize prioritise plan train mentor coach schedule benchmark validate verify diagnose instrument alert ' +
    'notify negotiate pitch convince hire interview present share explain discuss meet call email set send make cut split tune reduce improve ' +
    'rewrite rebuild replace move upgrade install clean delete drop restart file teach learn read study research collect gather identify ' +
    'prepare organise lead own drive escalate track report map sketch prototype poc spike estimate split assign delegate follow check stay ' +
    'look combine apply use show demonstrate refine polish revise streamline talk listen help support set-up setup establish define agree partner pair shadow audit').split(' '),
);
/** The verb after a habitual "would": "(I would) always call", "(I would) then check". */
const HABIT = /^\s+(?:(?:always|usually|often|then|also|first|regularly|sometimes|typically|normally)\s+)?([a-z]+)(?![a-z'’-])/;
/** A label that opens a step: "Week 1:", "Day 3 -", "Proposed:", "Step 2)", "Phase one:". */
const STEP_LABEL = /^[^A-Za-z]*(?:(?:week|day|phase|step|stage|sprint|month|part|round)\s+(?:\d{1,3}|one|two|three|four|five|six)|proposed|first|second|third|then|next|finally|later|after\s+that)\s*(?:[:)\-–—]|\.(?=\s))\s*/i;
/** Words before a sentence's verb that do not stop it from being the lead: "Immediately powered off…". */
const LEAD_ADVERB = /[^A-Za-z]*(?:[A-Za-z]+ly|then|later|next|also|first|finally|again|eventually|quickly|still|just|together|afterwards)\s+/iy;
/** The sentence's lead word, read where its lead starts: any word after a bullet, a label or an adverb, else a capitalised one. */
// A lead word may be a step's name of its own: "**Built:** Created the feature pipeline", "Validated: sampled 100 rows".
const LEAD_WORD = /[^A-Za-z]*([A-Za-z][a-z]*(?:-[a-z]+)*)(?=\s|:)/y;
const LEAD_CAPITAL = /[^A-Za-z]*([A-Z][a-z]+)(?=\s|:)/y;
/** Where a thing is kept, told as a participle ("Stored in /docs.", "Hosted on the wiki."): a description, not a step. */
const PLACED = /^(?:stored|located|hosted|housed|saved|placed|filed|archived|pinned|linked|based|published)$/i;
const PLACE_NEXT = /^\s*(?:in|on|under|at|inside|within|into)\s/i;
/** After a lead word: a finite verb right behind a noun, so the lead was an adjective ("Detailed logs showed…"). */
const ADJECTIVE_USE = /^\s+[a-z][\w-]*\s+(?:was|were|is|are|had|has|showed|show|became|become|looked|seemed|came|went|got|kept|made|told|gave)\b/i;

// `\s(?<=\S\s)` (a space after a non-space) keeps a long run of spaces (deeply indented lists) from
// being re-scanned at every space; a space first, not a lookbehind, lets the scan skip to candidates.
const STEP_AFTER_AND = /(?:,\s*(?:and\s+)?(?:then\s+)?|\s(?<=\S\s)\s*and\s+(?:then\s+)?|;\s*(?:then\s+)?)(?:(?:[a-z]{2,}ly|just|also|still|even)\s+)?([a-z]+ed|[a-z]+)(?=\s+[A-Za-z$0-9"“']|[,;.!](?!\w))/g;
/** A step told as a participle under a first-person clause: "while providing a test plan", "spent an evening building…", "It was me who revived…". */
const STEP_PARTICIPLE = /(?<![A-Za-z])(?:while|by|before|after)\s+([a-z]{3,}ing)(?=\s+[a-z])|(?<![A-Za-z])spent\s+(?:[a-z]+\s+){1,3}([a-z]{3,}ing)(?=\s)|(?<![A-Za-z])(?:it\s+was|it['’]s)\s+me\s+who\s+(?:[a-z]+ly\s+)?([a-z]+ed)(?![a-z])/gi;
/** A literal of which every STEP_PARTICIPLE match holds one (a necessary condition: test/unit/prefilters.test.ts). */
const PARTICIPLE_NEEDS = /while\s|by\s|before\s|after\s|spent\s|who\s/i;
function isPastTenseVerb(word: string): boolean {
  return isPast(word.toLowerCase());
}
/** isPastTenseVerb of a word in lower case. */
function isPast(w: string): boolean {
  return (w.length > 3 && w.endsWith('ed')) || IRREGULAR_PAST.has(w);
}

/** Verbs that are never a step and carry none: "I forgot to check", "I received a call", "I failed to notice"; nor a hedge ("I kind of started"). */
const NEVER_STEPS = new Set('messed screwed blundered blanked forgot forget forgotten received receive heard hear failed fail missed miss wondered worried panicked hesitated struggled intended faced based kind sort kinda sorta'.split(' '));
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

/** A step not taken ("didn't"), or something that happened to the writer (`v` in lower case). */
function neverAStep(v: string): boolean {
  return NEVER_STEPS.has(v) || v.endsWith("n't") || v.endsWith('n’t');
}

/**
 * Whether the "I" clause at `at` in `voice` (its verb `verb`, the match ending at `end`) tells no
 * step of its own: embedded, a relative clause, "I went and…" (the step is the verb after "and"),
 * a judgement ("I made a serious mistake"), an aside ("as I said"), quitting ("I gave up") or
 * postponing ("I've put that discussion off for months").
 */
function noOwnStep(voice: string, at: number, end: number, verb: string): boolean {
  // Both end in a space: an "I" that opens the sentence is neither.
  if (at > 0) {
    const before = voice.slice(Math.max(0, at - 40), at);
    if (EMBEDDED_BEFORE.test(before) || (RELATIVE_BEFORE.test(before) && !/[,;:(]\s*$/.test(before))) return true;
  }
  if (verb === 'made') return /^\s+an?\s+(?:\w+\s+)?(?:mistake|error)\b(?![\w-]|\s+budget)/.test(voice.slice(end, end + 60));
  if (verb === 'put') return /^\s+(?:[\w'’-]+\s+){0,3}?off(?=\s+(?:for|until|till|again|because|due|any)(?![A-Za-z])|\s*(?:[.,;!?]|$))/.test(voice.slice(end, end + 40));
  if (/^(?:said|mentioned|noted|explained)$/.test(verb)) return /(?<![A-Za-z])(?:as|like)\s+$/i.test(voice.slice(Math.max(0, at - 6), at));
  if (/^(?:gave|give|giving|given)$/.test(verb)) return /^\s+up(?![A-Za-z])/.test(voice.slice(end, end + 6));
  return /^(?:went|go|came|come)$/i.test(verb) && /^\s+and\s/.test(voice.slice(end, end + 6));
}

/** The word after "to" when it can be a verb: not "to the office". */
function verbAfterTo(to: string): string | undefined {
  return NOT_CARRIED.test(to) ? undefined : to;
}

/** The verb a carrier's "to" brings: "decided to call" → "call"; undefined when `verb` carries none. */
function carriedBy(verb: string, to: string | undefined): string | undefined {
  return to && CARRIERS.has(verb.toLowerCase()) && !NOT_CARRIED.test(to) ? to : undefined;
}

/** Clefts in `voice`: where each starts and ends, its verb and the verb after its "to". */
function cleftsIn(voice: string): { at: number; end: number; verb: string; to?: string }[] {
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
function writerSubjectReader(voice: string): (at: number) => boolean {
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
function infinitiveSibling(word: string, after: string, workVerb: (w: string) => boolean): boolean {
  const w = word.toLowerCase();
  return workVerb(w) || (!FUNCTION_WORD.test(w) && !/(?:s|ed|ing|ly)$/.test(w) && OBJECT_NEXT.test(after));
}

/** After "<participle> <noun>": a verb of the sentence's own with an object or an adverb, not a reduced relative ("bugs reported by QA"). */
const FINITE_AFTER = /^\s+(?!(?:the|a|an|my|our|their|his|her|its|this|that|these|those|all|some|every|each|any|no|new|more|both|it|them|him|me|us|by|with|for|to|from|in|on|at|into|through|via)\s)[a-z][\w-]*\s+([a-z]+)(?=\s+(?!by\b|in\b|on\b|at\b|from\b|during\b|for\b|to\b|with\b|via\b|through\b|over\b|under\b|since\b)[a-z]|[.,;!?]|$)/;

/**
 * A sentence that opens on a participle used as an adjective, not a step: "Unexpected errors
 * appeared", "Improved caching reduced load", "Repeated failures led me to the scheduler". A
 * word in un-…-ed is never a verb; otherwise a past verb after the noun is the sentence's own.
 * `rest`: the text after the lead word.
 */
function adjectiveLead(lead: string, rest: string, pastVerb: (w: string) => boolean): boolean {
  if (/^un[a-z]{3,}ed$/i.test(lead)) return true;
  const m = FINITE_AFTER.exec(rest);
  return m !== null && pastVerb(m[1]) && !/^(?:the|a|an|and|or|but|then|to|of)$/i.test(m[1]);
}

/** More verbs of work for elided-subject bullets ("- Reach out to the vendor", "- Sync with the data team"). */
const MORE_WORK_VERBS = new Set(
  ('reach sync align run pull push open close merge revert roll patch triage reproduce isolate bisect compare simulate calculate forecast ' +
    'order buy purchase book arrange host facilitate mediate apologize apologise reassure walk demo record label tag sort group filter batch ' +
    'cache index shard partition throttle retry queue ship draft outline scope survey onboard call message visit inspect repair restore ' +
    'rollback redesign rework reorganize reorganise simplify standardize standardise consolidate escalate set collaborate work').split(' '),
);
function workVerb(word: string): boolean {
  return MORE_WORK_VERBS.has(word.toLowerCase());
}

/**
 * The step a "was"/"got"/"have" after "I" holds (read in the 60 characters after `end`): "I was able to rebuild
 * the index" (rebuild), "I got the two leads to agree" (got: a step of persuasion), "I have set up…" (set).
 */
function heldStep(verb: string, voice: string, end: number, pastVerb: (w: string) => boolean): string | undefined {
  const v = verb.toLowerCase();
  if (v !== 'have' && v !== 'had' && v !== 'was' && v !== 'were' && v !== 'am' && v !== 'got') return undefined;
  const rest = voice.slice(end, end + 60);
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
const PSEUDO_CLEFT = /(?<![A-Za-z])(?:(?:first|next|second|third|last|only|main)\s+(?:thing|step|move)\s+I\s+(?:did|took|made)|what\s+I\s+did|my\s+(?:first|next|second|third|last|main)\s+(?:step|move|action))(?:\s+(?:for|with)\s+(?:him|her|them|[a-z]+))?(?:\s+(?:then|next|first|there|instead|[a-z]+ly))?\s+was\s+(?:to\s+)?(?:try(?:ing)?\s+(?:to\s+)?)?([a-z]+)/gi;
/** "It took me a few minutes to regain my composure, get the code…": what the time went to is the writer's step. */
const TOOK_ME = /(?<![A-Za-z])it\s+took\s+me\s+(?:[^\s.;:!?,]+\s+){0,4}?to\s+([a-z]{2,})(?![a-z])/gi;
const TOOK_ME_NEEDS = /took\s+me/i;
/** A literal of which every PSEUDO_CLEFT match holds one besides "was" (a necessary condition: test/unit/prefilters.test.ts). */
const PSEUDO_CLEFT_NEEDS = /thing|step|move|what|action/i;
function pseudoClefts(voice: string): { at: number; end: number; verb: string }[] {
  if (!/\bwas\b/i.test(voice) || !PSEUDO_CLEFT_NEEDS.test(voice)) return [];
  const out: { at: number; end: number; verb: string }[] = [];
  PSEUDO_CLEFT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PSEUDO_CLEFT.exec(voice))) out.push({ at: m.index, end: m.index + m[0].length, verb: m[1] });
  return out;
}

/**
 * The writer's part told without "I + verb": "I was the one who looked after them", "happened to be
 * the one to pick up", "the lead and myself took the blame", "that meant training others" (a habit
 * told as what a role meant).
 */
const OWN_PART = /\b(?:I\s+(?:was|happened\s+to\s+be)\s+the\s+one\s+(?:who|to)\s+([a-z]+)|and\s+myself\s+([a-z]+)|(?:that|it)\s+(?:just\s+)?meant\s+([a-z]{3,}ing))/gi;
/** A literal every OWN_PART match holds (a necessary condition: test/unit/prefilters.test.ts). */
const OWN_PART_NEEDS = /one|myself|meant/i;

/** Words before an object's head: "the entire environment", "a new pipeline", "up the dashboards". */
const OBJECT_LEAD = /^\s*(?:(?:the|a|an|my|our|their|its|this|that|these|those|some|every|each|all|new|entire|whole|full|first|second|another|up|out|down|off|back)\s+){0,3}/iy;
/** An object's head word: a noun (a pronoun, a preposition or an adverb is none). */
const OBJECT_HEAD = /([A-Za-z][a-z0-9]*(?:-[a-z0-9]+)*)/y;
const NO_OBJECT = /^(?:it|them|him|her|me|us|you|this|that|to|in|on|at|for|with|from|by|into|onto|about|over|through|again|and|or|but|so|then|as|if|when|while|because|until|before|after|there|here|what|how|why|which|who|more|too|very|also|just|not|[a-z]+ly)$/i;

/** The head of the object in `after` (the text right after a verb), lower case; '' when there is none. */
function objectOf(after: string): string {
  OBJECT_LEAD.lastIndex = 0;
  OBJECT_LEAD.exec(after);
  OBJECT_HEAD.lastIndex = OBJECT_LEAD.lastIndex;
  const m = OBJECT_HEAD.exec(after);
  return m && !NO_OBJECT.test(m[1]) ? m[1].toLowerCase() : '';
}

/** After "I did": an adverb, the verb, and "to" with the verb a carrier brings ("did manage to convince"). */
const EMPHATIC = /^\s+(?:(?:really|actually|also|still|then|eventually|finally|indeed)\s+)?([a-z]+)(?:\s+to\s+([a-z]+))?/;
/** Words after "I did" that are its object, not a verb: "I did everything the lead asked", "I did my best". */
const DONE_OBJECT = /^(?:everything|something|anything|nothing|what|well|so|too|exactly|both|great|good|better|best|fine|ok|okay|same|it|this|that|my|our|the|a|an|some|all|not|more|most|less|enough|right|wrong|and|or|but|because|when|if|with|for|in|on|at|of|by|from|as|then)$/;

/**
 * The step an emphatic "do" carries (`after`: the text after "I did"): "I did prepare a letter" →
 * prepare, "I did manage to convince them" → convince; `end` in `after`; `base` when a verb in the
 * base form is read (its coordinated siblings follow).
 */
function emphatic(after: string): { verb: string; end: number; base: boolean } | undefined {
  const m = EMPHATIC.exec(after);
  if (!m || DONE_OBJECT.test(m[1]) || FUNCTION_WORD.test(m[1])) return undefined;
  const carried = carriedBy(m[1], m[2]);
  if (carried) return { verb: carried, end: m[0].length, base: true };
  const verbEnd = m[0].indexOf(m[1]) + m[1].length;
  const rest = after.slice(verbEnd);
  if (BASE_VERBS.has(m[1]) || workVerb(m[1]) || (!/(?:s|ed|ing|ly|thing|one|body)$/.test(m[1]) && OBJECT_NEXT.test(rest))) return { verb: m[1], end: verbEnd, base: true };
  return undefined;
}

/**
 * An "I" clause that tells no act: the background of a "when I was rotating stock" (what was under
 * way when the story's step came), or freezing on the spot ("I froze", "I just froze up"; not "I
 * froze the branch"), or the coming and going that times a step ("before I left"). `ing`: the "-ing"
 * form I_VERB read after "was".
 */
function noAct(voice: string, at: number, end: number, verb: string, ing: string | undefined): boolean {
  if (verb === 'froze' || verb === 'freeze' || verb === 'choked') return objectOf(voice.slice(end, end + 40)) === '';
  // "before I left", "when I got home": the time of a step, told by a coming or going.
  if (/^(?:left|arrived|returned|came|went|got)$/.test(verb) && /(?<![A-Za-z])(?:before|after|when|until|once)\s+$/i.test(voice.slice(Math.max(0, at - 8), at))) {
    const after = voice.slice(end, end + 40);
    if (/^\s*(?:home|back|there|in|out|[.,;!?]|$)/.test(after) || objectOf(after) === '') return true;
  }
  return ing !== undefined && (verb === 'was' || verb === 'were') && /(?<![A-Za-z])(?:when|while|whilst)\s+$/i.test(voice.slice(Math.max(0, at - 8), at));
}

/**
 * After an "-ing" step ending at `at` in `voice`: the "-ing" step coordinated after it, read in a
 * bounded window ("drawing up meds as they were ordered and quickly writing down…"); for "trying
 * to help", the verb it carries. `at`/`end` of the sibling's verb.
 */
const ING_SIBLING = /^[^,;.!?]{0,50}?(?<![A-Za-z])and\s+(?:(?:just|also|then|still|[a-z]{2,}ly)\s+)?(?:kept\s+)?([a-z]{3,}ing)(?![a-z])(?:\s+to\s+([a-z]+))?/;
function ingSibling(voice: string, at: number): { verb: string; at: number; end: number } | undefined {
  const m = ING_SIBLING.exec(voice.slice(at, at + 110));
  if (!m) return undefined;
  const verb = m[1] === 'trying' && m[2] && !NOT_CARRIED.test(m[2]) ? m[2] : m[1];
  if ((NOT_STEP_ING.test(verb) || /^(?:panicking|worrying|struggling|failing|crying|shaking|freezing|sweating|waiting|hesitating)$/.test(verb)) && verb !== m[2]) return undefined;
  return { verb, at: at + m.index, end: at + m.index + m[0].length };
}

/**
 * Whether the past form coordinated at `at`..`end` in `voice` describes a thing, not a step: one of a
 * list of qualities after a dash or a colon ("a script, modular, logged, and reversible", read as
 * "—modular, logged,"), where the item before it is one word that is no verb and nothing follows it.
 */
function attribute(voice: string, at: number, end: number): boolean {
  if (!/^\s*[,;.]/.test(voice.slice(end, end + 3))) return false;
  const item = /[—–:]\s*([a-z]+)\s*$/.exec(voice.slice(Math.max(0, at - 24), at));
  return item !== null && !isPast(item[1]);
}

/**
 * Distinct first-person steps in the Action's `sentences`: "I traced…", "- Rebuilt the cache…",
 * "Week 1: migrated…", "It was me who…". `handOffs`: routing phrases there, which are no step.
 */
export function readActionSteps(sentences: Sentence[], handOffs: PhraseMatch[]): Step[] {
  const steps: Step[] = [];
  const seen = new Map<string, Set<string>>();
  // The furthest end of the hand-offs up to each one (they come sorted by start): whether a step
  // overlaps one is a binary search, not a walk over all of them for every candidate verb (a
  // run-on of "I passed it to…" was quadratic: each candidate overlaps one and is never "seen").
  const reach: number[] = [];
  for (let k = 0; k < handOffs.length; k++) reach.push(Math.max(handOffs[k].end, k > 0 ? reach[k - 1] : 0));
  // `held`: a verb that is a step only as read here ("I got the leads to agree").
  // `after`: the text after the verb, whose object tells one "build" from another.
  const add = (verb: string, start: number, end: number, held = false, after = ''): boolean => {
    // "I could’ve given up" is a step not taken: the modal under its contraction.
    let v = verb.toLowerCase();
    if (v.includes("'") || v.includes('’')) v = v.replace(/['’](?:ve|d|ll)$/, '');
    if ((NOT_STEPS.has(v) && !held) || v.length < 2 || neverAStep(v)) return false;
    // The same verb again is a new step only when both take an object and the objects differ:
    // "build a tool", "build the environment" are two; "I checked the logs. I checked again." one.
    const object = objectOf(after);
    const objects = seen.get(v);
    if (objects && (!object || objects.has('') || objects.has(object))) return false;
    // "I escalated it", "I sent a Slack message": routing is not a step of one's own.
    const before = partitionPoint(handOffs.length, (k) => handOffs[k].start < end);
    if (before > 0 && reach[before - 1] > start) return false;
    if (objects) objects.add(object);
    else seen.set(v, new Set([object]));
    steps.push({ verb: v, start, end });
    return true;
  };
  // A step told as an "-ing" form (`verb`, ending at `at` in `voice`) and the one coordinated after
  // it: "kept drawing up meds and quickly writing down each dose", "talking with him and trying to help".
  // A loop, not recursion: a run-on of "and fixing …" chains as far as it goes.
  const ingStep = (voice: string, offset: number, verb: string, start: number, at: number) => {
    for (let step: { verb: string; at: number; end: number } | undefined = { verb, at: start - offset, end: at }; step; step = ingSibling(voice, step.end)) {
      if (!add(step.verb, offset + step.at, offset + step.end, false, voice.slice(step.end, step.end + 40))) return;
    }
  };
  for (const s of sentences) {
    const voice = s.voice;
    let iClause = false;
    // Where a carried infinitive ended: the verbs coordinated after it are its siblings.
    let infinitiveEnd = -1;
    // Where a step in the base form ended ("I cancel…", "I had to reach…", "I did prepare…"): a
    // verb after "and" with an object of its own is its sibling ("and check the guest in").
    let baseEnd = -1;
    I_VERB.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = I_VERB.exec(voice))) {
      iClause = true;
      const end = m.index + m[0].length;
      if (noOwnStep(voice, m.index, end, m[1]) || neverAStep(m[1]) || noAct(voice, m.index, end, m[1], m[3])) continue;
      // What the writer did each time, told with "would": "I would always call the client, speak with my
      // supervisor, and form a plan" (not "I would have…", "I would like to…": no verb of work follows).
      const habit = m[1] === 'would' && !m[2] && !m[3] ? HABIT.exec(voice.slice(end, end + 40)) : null;
      if (habit && (BASE_VERBS.has(habit[1]) || workVerb(habit[1]))) {
        const at = end + habit[0].length;
        if (add(habit[1], s.start + m.index, s.start + at, false, voice.slice(at, at + 40))) baseEnd = at;
        continue;
      }
      // "I did prepare a letter", "I did manage to convince them": the emphatic "do" carries the step.
      const done = /^(?:did|do|does)$/.test(m[1]) ? emphatic(voice.slice(end, end + 50)) : undefined;
      if (done) {
        const at = end + done.end;
        add(done.verb, s.start + m.index, s.start + at, false, voice.slice(at, at + 40));
        if (done.base) baseEnd = at;
        continue;
      }
      // "I stayed outside with the queue", "I stayed late": staying somewhere is a step; "I stayed calm" is none.
      if (m[1] === 'stayed' && /^\s+(?:outside|inside|behind|late|back|overnight|on|with|at|until|after|in|for|there|by)\b/.test(voice.slice(end, end + 12))) {
        add('stayed', s.start + m.index, s.start + end, true);
        continue;
      }
      // "I ended up rewriting it" is the rewriting.
      if (m[1] === 'ended' || m[1] === 'end') {
        const ing = /^\s+up\s+([a-z]{2,}ing)(?![a-z])/.exec(voice.slice(end, end + 40));
        if (ing && !NOT_STEP_ING.test(ing[1])) {
          ingStep(voice, s.start, ing[1], s.start + m.index, end + ing[0].length);
          continue;
        }
      }
      const infinitive = carriedBy(m[1], m[2]);
      if (infinitive) infinitiveEnd = m.index + m[0].length;
      const to = m[2] && verbAfterTo(m[2]);
      // I_VERB's groups are lower case.
      // "I started checking guests in" is the checking, as "I kept checking" is.
      const carried = NOT_STEPS.has(m[1]) || CARRIERS.has(m[1]) ? (NOT_STEPS.has(m[1]) ? to : infinitive) || (m[3] && !NOT_STEP_ING.test(m[3]) ? m[3] : undefined) : infinitive;
      // "I worked cross-functionally to update the listing, refine the copy and…": the work is what it was for.
      // "I went on to create a metric system": what one went on to do.
      const purpose =
        !carried && /^(?:worked|collaborated|partnered)$/.test(m[1])
          ? /^\s+(?:[\w'’-]+\s+){0,5}?to\s+([a-z]+)/.exec(voice.slice(end, end + 60))
          : !carried && m[1] === 'went'
            ? /^\s+on\s+to\s+([a-z]+)/.exec(voice.slice(end, end + 30))
            : null;
      // A verb, not "from nine to noon": a verb of work, or one with an object.
      if (purpose && !NOT_CARRIED.test(purpose[1]) && !NOT_STEPS.has(purpose[1]) && infinitiveSibling(purpose[1], voice.slice(end + purpose[0].length, end + purpose[0].length + 12), (w) => BASE_VERBS.has(w) || workVerb(w))) {
        const at = end + purpose[0].length;
        if (add(purpose[1], s.start + m.index, s.start + at, false, voice.slice(at, at + 40))) infinitiveEnd = at;
        continue;
      }
      const held = carried ? undefined : heldStep(m[1], voice, end, isPastTenseVerb);
      // A step in the present ("I cancel the booking and check the guest in") or one "had to" carries:
      // the base forms coordinated after it are its siblings, as after "decided to".
      if (!held && (carried ? carried === m[2] : !NOT_STEPS.has(m[1]) && !isPast(m[1]) && !m[1].endsWith('ing') && !m[1].endsWith('s'))) baseEnd = end;
      if (carried && carried === m[3]) ingStep(voice, s.start, carried, s.start + m.index, end);
      else add(carried ?? held ?? m[1], s.start + m.index, s.start + end, held !== undefined, held ? '' : voice.slice(end, end + 40));
    }
    if (OWN_PART_NEEDS.test(voice)) {
      OWN_PART.lastIndex = 0;
      while ((m = OWN_PART.exec(voice))) {
        const verb = (m[1] ?? m[2] ?? m[3]).toLowerCase();
        // "and myself" with a past verb only ("the PSG and myself took…"), not "and myself included".
        if ((m[2] && (!isPast(verb) || verb === 'included')) || NOT_STEP_ING.test(verb)) continue;
        iClause = true;
        add(verb, s.start + m.index, s.start + m.index + m[0].length);
      }
    }
    // "The first thing I did was call…", "My next step was to pull…".
    for (const c of pseudoClefts(voice)) {
      iClause = true;
      // Its verb is a base form, and so are the steps listed with it: "…was to find the leads, walk them through it and ask for…".
      if (add(c.verb, s.start + c.at, s.start + c.end)) infinitiveEnd = c.end;
    }
    // "It took me an hour to find the leak, patch it and page the owner": the writer's steps, in the base form.
    if (TOOK_ME_NEEDS.test(voice)) {
      TOOK_ME.lastIndex = 0;
      for (let tm; (tm = TOOK_ME.exec(voice)); ) {
        iClause = true;
        const end = tm.index + tm[0].length;
        if (add(tm[1], s.start + tm.index, s.start + end, false, voice.slice(end, end + 40))) infinitiveEnd = end;
      }
    }
    // The emphatic cleft is the first person too: "It was me who, within weeks, managed to…". Where
    // each cleft ends matters below: its aside (", within weeks,") is no coordinated step of its own.
    const clefts = cleftsIn(voice);
    for (const c of clefts) {
      iClause = true;
      const infinitive = carriedBy(c.verb, c.to);
      if (infinitive) infinitiveEnd = c.end;
      add(infinitive ?? c.verb, s.start + c.at, s.start + c.end);
    }
    // A list item or sentence that starts with a past-tense verb: "Built a tool that…", after
    // a step label ("Week 1: migrated…", "Proposed: …") or a leading adverb ("Immediately
    // powered off…"). A bullet or a sentence may start in lower case ("- batched writes") or, a bullet, with a base
    // form ("- Ask support for a test case"). Never a noun phrase: "Detailed logs showed…".
    // Read in place (sticky expressions at an offset): no copy of the sentence's text per sentence.
    const label = STEP_LABEL.exec(voice);
    let from = label ? label[0].length : 0;
    LEAD_ADVERB.lastIndex = from;
    const adverb = LEAD_ADVERB.exec(voice);
    if (adverb) from += adverb[0].length;
    // Notes written as a paragraph start in lower case too ("identified the leads and …").
    const leadAt = s.bullet || label || adverb || (voice.charCodeAt(0) >= 97 && voice.charCodeAt(0) <= 122) ? LEAD_WORD : LEAD_CAPITAL;
    leadAt.lastIndex = from;
    const lead = leadAt.exec(voice);
    const leadVerb = lead ? lead[1].slice(lead[1].lastIndexOf('-') + 1) : '';
    const leadIsVerb = lead && ((isPastTenseVerb(leadVerb) && !/^(?:need|speed|seed|feed|bed|red|shed)$/i.test(leadVerb)) || ((s.bullet || label) && (BASE_VERBS.has(leadVerb.toLowerCase()) || workVerb(leadVerb))));
    const afterLead = lead && leadIsVerb ? voice.slice(from + lead[0].length) : '';
    if (lead && leadIsVerb && !ADJECTIVE_USE.test(afterLead) && !adjectiveLead(lead[1], afterLead, isPastTenseVerb) && !(PLACED.test(leadVerb) && PLACE_NEXT.test(afterLead))) {
      const at = s.start + from;
      add(lead[1], at, at + lead[0].length, false, voice.slice(from + lead[0].length, from + lead[0].length + 40));
      iClause = true;
    }
    // Every STEP_AFTER_AND match holds a ",", a ";" or an "and": without one, nothing to read.
    if (iClause && (voice.includes(',') || voice.includes(';') || voice.includes('and'))) {
      STEP_AFTER_AND.lastIndex = 0;
      // Built on the first verb that needs it: most sentences coordinate none.
      let writerAt: ((at: number) => boolean) | undefined;
      let cleft = 0;
      while ((m = STEP_AFTER_AND.exec(voice))) {
        // A verb coordinated after another subject is that subject's: "then we compared, listed and picked".
        const at = s.start + m.index;
        const next = voice.slice(m.index + m[0].length, m.index + m[0].length + 12);
        const sibling =
          (infinitiveEnd >= 0 && m.index >= infinitiveEnd && infinitiveSibling(m[1], next, (w) => BASE_VERBS.has(w))) ||
          (baseEnd >= 0 && m.index >= baseEnd && /and\s/.test(m[0]) && infinitiveSibling(m[1], next, () => false) && OBJECT_NEXT.test(next));
        while (cleft < clefts.length && clefts[cleft].end <= m.index) cleft++;
        const inStep = cleft < clefts.length && clefts[cleft].at <= m.index;
        if (inStep || !(writerAt ??= writerSubjectReader(voice))(m.index)) continue;
        const after = m.index + m[0].length;
        // "and just kept drawing up meds": the step is what was kept up.
        const kept = /^(?:kept|keep)$/.test(m[1]) ? /^\s+([a-z]{3,}ing)(?![a-z])/.exec(voice.slice(after, after + 30)) : null;
        // "and still managed to come in": the step is what was managed.
        const carries = !kept && CARRIERS.has(m[1]) ? /^\s+to\s+([a-z]+)/.exec(voice.slice(after, after + 20)) : null;
        if (kept && !NOT_STEP_ING.test(kept[1])) ingStep(voice, s.start, kept[1], at, after + kept[0].length);
        else if (carries) {
          if (!NOT_CARRIED.test(carries[1])) add(carries[1], at, s.start + after + carries[0].length, false, voice.slice(after + carries[0].length, after + carries[0].length + 40));
        }
        else if ((isPast(m[1]) || sibling) && !attribute(voice, m.index, after)) add(m[1], at, s.start + after, false, voice.slice(after, after + 40));
      }
    }
    // Each match is added only in a first-person clause (a cleft's own, m[3], is one: cleftsIn found it).
    if (iClause && /ing\s|who\s/.test(voice) && PARTICIPLE_NEEDS.test(voice)) {
      STEP_PARTICIPLE.lastIndex = 0;
      while ((m = STEP_PARTICIPLE.exec(voice))) {
        const verb = m[1] ?? m[2] ?? m[3];
        if ((iClause || m[3]) && !/^(?:doing|being|having|getting|trying|thinking|working|nothing|something|anything|everything|during|morning|evening|meeting|during)$/.test(verb)) {
          if (m[3]) add(verb, s.start + m.index, s.start + m.index + m[0].length);
          // "after talking with him and trying to help" is two steps in turn; "by recomputing and
          // scoring" the one means of the step it serves (the main verb counted it).
          else if (/^(?:after|before)/i.test(m[0])) ingStep(voice, s.start, verb, s.start + m.index, m.index + m[0].length);
          else add(verb, s.start + m.index, s.start + m.index + m[0].length);
        }
      }
    }
  }
  return steps;
}

/** For the tests: the prefilters are necessary conditions, the readings in place read what the anchored ones read (test/unit/prefilters.test.ts, sameAnswer.test.ts). */
export const STEP_PATTERNS = { STEP_PARTICIPLE, PARTICIPLE_NEEDS, PSEUDO_CLEFT, PSEUDO_CLEFT_NEEDS, TOOK_ME, TOOK_ME_NEEDS, OWN_PART, OWN_PART_NEEDS, CLEFT, LEAD_ADVERB, LEAD_WORD, LEAD_CAPITAL, STEP_AFTER_AND };
