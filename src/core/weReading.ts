// we-instead-of-i's reading, loaded with the principle-fit chunk (dist/fit.js): the rule is in rules/weInsteadOfI.ts.
import type { Report, RuleContext } from './rules/types';
import { groupWe } from './narration';
import { SUBORDINATORS, inProposal, isParticiple, stem, stemAt, type Tokens } from './tokens';
import type { Fix, SectionKind, Severity } from './types';
import type { Sentence } from './prose';

// "We" as the one who acts hides what the candidate did. Not flagged: "we" inside reported
// speech, in a clause under an "I" ("I proposed that we ship it") or under "when/if/because",
// in a proposal's content after ":" or "—", "we" as the one who was, had, needed or saw something
// (a state, not a step), "we both" (two parties), "we could…", or the possessive "our". The
// Situation sets the scene in "we" and is left alone; in the Task and the Result "we" is flagged
// only where it hides the writer's own part: a step done by "we" in a sentence with no "I" in it.

const SEVERITY: Partial<Record<SectionKind, Severity>> = { action: 'warning', result: 'info', task: 'hint' };

/** Words stepped over between "we" and its verb: "we then", "we successfully", "we all". */
const ADVERBS = new Set(['also', 'then', 'all', 'finally', 'eventually', 'together', 'now', 'just', 'really', 'actually', 'immediately', 'later', 'first', 'initially', 'ultimately', 'still', 'even', 'quickly', 'soon', 'again', 'jointly', 'collectively', 'each', 'ourselves', 'basically', 'mostly', 'partly', 'slowly', 'gradually', 'instead', 'only', 'already']);
const MODALS = new Set(['could', 'would', 'should', 'can', 'will', 'might', 'may', 'must', 'shall', 'ought']);
/** Verbs (by stem) of being, having, wanting, perceiving, keeping: a state, not a step of the story. */
const STATE = new Set(
  ('be have need want know see feel think seem hope wish like love believe understand lose face encounter remain stay share belong own ' +
    'realiz realis notic learn hear thought felt appear sound mean expect assum suppos struggl worri wonder knew saw lost hav').split(' '),
);
/**
 * More states where "we" must hide a step to count (Task, Result): "we kept a good relationship",
 * "we agreed", and what two people became to each other: "we hugged", "we became friends".
 */
const OUTCOME_STATE = new Set(['keep', 'kept', 'agre', 'agreed', 'maintain', 'enjoy', 'stay', 'remain', 'hug', 'laugh', 'bond', 'becom', 'became']);
/**
 * What people do together or to each other that no one does for them, in any section (by stem):
 * "we laughed", "we danced", "we hugged", and the quarrel itself: "we argued over email".
 */
const SOCIAL = new Set(['laugh', 'danc', 'hug', 'cry', 'cheer', 'smil', 'sang', 'sing', 'celebrat', 'argu', 'disagre', 'disagreed', 'clash', 'fought', 'fight', 'quarrel', 'quarrell', 'bicker']);
/** How often, after "we were …ing": a routine told as background ("we were redeploying several times a week"), not a step. */
const ROUTINE = new Set(['daily', 'weekly', 'nightly', 'monthly', 'hourly', 'routinely', 'regularly']);
/** "every"/"each" before one of these is how often ("every day"); before anything else it is the object ("testing each guess"). */
const PERIOD = /^(?:day|week|month|night|morning|evening|afternoon|sprint|shift|hour|quarter|year|time|release|deploy|weekend)s?$/;
const MANY = new Set(['multiple', 'several', 'many', 'few', 'two', 'three', 'four', 'five', 'ten', 'dozen']);
function routineAfter(t: Tokens, k: number): boolean {
  for (let i = k + 1; i < Math.min(t.words.length, k + 8) && !t.punct[i]; i++) {
    if (ROUTINE.has(t.words[i]) || ((t.words[i] === 'every' || t.words[i] === 'each') && PERIOD.test(t.words[i + 1] ?? '')) || (t.words[i] === 'times' && MANY.has(t.words[i - 1] ?? '')) || (t.words[i] === 'a' && /^(?:day|week|month|night|shift)$/.test(t.words[i + 1] ?? '') && /^(?:once|twice)$/.test(t.words[i - 1] ?? ''))) return true;
  }
  return false;
}
/** Words after "we are/were" that are states, though they end in -ing: "we are missing some flows". */
const STATE_ING = new Set([
  'missing', 'lacking', 'waiting', 'struggling', 'hoping', 'expecting', 'having', 'getting', 'facing', 'losing', 'feeling', 'going', 'trying',
  // What the set-up was or went through: "we were using the default heap", "we were seeing timeouts".
  'using', 'seeing', 'receiving', 'accepting', 'spending', 'relying', 'paying', 'hitting', 'experiencing', 'dealing',
]);
const BE = stem('be');
/** Adverbs that make "we were …ing" a habit or a verdict: "we were only hurting ourselves". */
const HABIT = new Set(['always', 'ever', 'never', 'only', 'constantly', 'forever']);
const HAVE = stem('have');
/** Nouns after "our" that credit the group with the outcome: "a testament to our training", "our efforts paid off". */
const GROUP_EFFORT = new Set(['effort', 'efforts', 'training', 'teamwork', 'dedication', 'coordination', 'collaboration', 'hard']);

function skipAdverbs(t: Tokens, j: number): number {
  for (;;) {
    while (j < t.words.length && !t.punct[j] && (ADVERBS.has(t.words[j]) || (t.words[j].length > 4 && t.words[j].endsWith('ly') && t.words[j] !== 'only'))) j++;
    // A hedge before the verb is no verb: "we kind of struggled through it", "we sort of rebuilt it".
    if (j + 1 < t.words.length && (t.words[j] === 'kind' || t.words[j] === 'sort') && t.words[j + 1] === 'of' && j + 2 < t.words.length && !t.punct[j + 2]) j += 2;
    else return j;
  }
}

/** What reaches people rather than what they do: "we got a call", "we received two complaints". */
const RECEIVED = new Set(['call', 'calls', 'email', 'emails', 'message', 'messages', 'text', 'ticket', 'tickets', 'letter', 'page', 'note', 'complaint', 'complaints', 'request', 'requests', 'alert', 'alerts', 'notification', 'visit', 'report', 'reply', 'response', 'warning']);

/** Is the subject ending at token `i` the doer of a step ("we shipped"), not of a state ("we were", "we had")? */
function actsAt(t: Tokens, i: number, outcome: boolean): { acts: boolean; negated: boolean } {
  let j = skipAdverbs(t, i + 1);
  let negated = false;
  const w = () => t.words[j] ?? '';
  if (w() === 'both') return { acts: false, negated };
  // "we don't do takeout on Sundays": a policy told in the present, not a step.
  if ((w() === 'do' || w() === 'does') && t.words[j + 1] === 'not') return { acts: false, negated: true };
  if (w() === 'did' && t.words[j + 1] === 'not') {
    negated = true;
    j = skipAdverbs(t, j + 2);
  }
  if (w() === 'not' || w() === 'never') {
    negated = true;
    j = skipAdverbs(t, j + 1);
  }
  // "we'd built the front end" is "we had built" (the 'd before a participle), a step; "we'd build" is "would".
  if (w() === 'would' && t.ends[j] - t.starts[j] === 2 && !t.punct[j + 1] && isParticiple(t.words[j + 1] ?? '')) {
    const next = t.words[j + 1];
    return { acts: !STATE.has(stemAt(t, j + 1)) && !(outcome && OUTCOME_STATE.has(next)), negated };
  }
  if (j >= t.words.length || t.punct[j] || MODALS.has(w())) return { acts: false, negated };
  const st = stemAt(t, j);
  if (st === BE) {
    // "we were rolling back" is a step; "we were sure", "we were assigned" are not.
    let k = skipAdverbs(t, j + 1);
    if (t.words[k] === 'not') {
      negated = true;
      k = skipAdverbs(t, k + 1);
    }
    // "we were only hurting the managers", "we were always testing in prod": a habit or a verdict, not a step.
    if (HABIT.has(t.words[k - 1] ?? '') && k - 1 > j) return { acts: false, negated };
    const next = t.words[k] ?? '';
    return { acts: next.length > 4 && next.endsWith('ing') && !STATE_ING.has(next) && !/^(?:no|some|any|every)thing$/.test(next) && !t.punct[k] && !routineAfter(t, k), negated };
  }
  if (st === HAVE) {
    // "we had to rebuild", "we've shipped": the verb that follows decides.
    const k = skipAdverbs(t, j + 1);
    const next = t.words[k] ?? '';
    if (next === 'to') return { acts: !STATE.has(k + 1 < t.words.length ? stemAt(t, k + 1) : 'be') && !t.punct[k + 1], negated };
    // "we've got a real problem" is having ("have got" = "have"); "we have got to fix it" is "have to".
    if (next === 'got' && !t.punct[k]) return t.words[k + 1] === 'to' && !t.punct[k + 1] ? { acts: !STATE.has(k + 2 < t.words.length ? stemAt(t, k + 2) : 'be') && !t.punct[k + 2], negated } : { acts: false, negated };
    if (next === 'not' || next === 'never') return { acts: false, negated: true };
    return { acts: isParticiple(next) && !STATE.has(stemAt(t, k)) && !(outcome && OUTCOME_STATE.has(next)), negated };
  }
  // "we began to notice", "we started to see errors": what came to be seen, not a step.
  if ((st === 'begin' || st === 'start') && t.words[j + 1] === 'to' && j + 2 < t.words.length && STATE.has(stemAt(t, j + 2))) return { acts: false, negated };
  // "we got a call from our colleagues", "we received an email": what came in, not a step.
  if (/^(?:got|get|gets|getting|received|receive|receives)$/.test(w()) && /^(?:a|an|another|the|two|three|several|many|some)$/.test(t.words[j + 1] ?? '') && RECEIVED.has(t.words[j + 2] ?? '')) return { acts: false, negated };
  // "we laughed", "and we hung up" (a call ended): no one's step to hide.
  if (SOCIAL.has(st) || ((st === 'hung' || st === 'hang') && t.words[j + 1] === 'up')) return { acts: false, negated };
  // "we ended up becoming friends": what they became, not a step.
  if (outcome && st === 'end' && t.words[j + 1] === 'up' && (t.words[j + 2] === 'becoming' || t.words[j + 2] === 'being' || t.words[j + 2] === 'friends')) return { acts: false, negated };
  return { acts: !STATE.has(st) && !STATE.has(w()) && !(outcome && (OUTCOME_STATE.has(st) || OUTCOME_STATE.has(w()))), negated };
}

/** The word before token `i` (adverbs stepped over) opens a clause under another: "when we…", "because we…". */
function subordinateAt(t: Tokens, i: number): boolean {
  // Only the word right before: "since then we rolled it out" is not under "since".
  const j = i - 1;
  // "This is when we walked over to her": a cleft opening the sentence, "we" its main clause.
  if (t.words[j] === 'when' && ((j === 2 && /^(?:this|that)$/.test(t.words[0]) && /^(?:is|was)$/.test(t.words[1])) || (j === 1 && /^(?:this|that)['’]s$/.test(t.words[0])))) return false;
  return j >= 0 && !t.punct[j] && SUBORDINATORS.has(t.words[j]) && t.words[j] !== 'so';
}

/** Index of the token that starts at or covers relative offset `rel`. */
function tokenAt(t: Tokens, rel: number, from = 0): number {
  // `from`: a token known to end at or before `rel` (matches come in order: a long sentence stays linear).
  for (let i = from; i < t.starts.length; i++) if (t.ends[i] > rel) return i;
  return t.starts.length - 1;
}

const WE = /(?<![A-Za-z'’])(?:(we)(?:['’](ve|re|d|ll))?|(our\s+(?:[\w-]+\s+)?(?:team|group|squad|org|organi[sz]ation|crew|department)|my\s+(?:[\w-]+\s+)?team|my\s+team\s+and\s+I|the\s+team\s+and\s+I|my\s+(?:teammate|colleague|co-?worker|classmate|lab\s+partner)\s+and\s+I|(?:me\s+and|I\s+and)\s+(?:my|the)\s+team)(?=\s+(?!(?:of|in|at|on|for|with|and|or|to|from|that|which|who|whose|members?|leads?|leaders?|managers?|meetings?|mates?|chat|channel|project|lunch)\b)[a-z])|(?:it|this|that)\s+took\s+(us)|(?:let|letting|allowed|allowing|enabled|enabling|helped|forced|required)\s+(us)\s+to)(?![A-Za-z'’])/gi;
/**
 * What every WE match contains: "we" before a non-letter, "our", "team", "took", "us … to", or the
 * partner of "my colleague and I" (read from the sentence's words, PARTNERS). A sentence without
 * any is skipped unread (a plain alternation scans several times faster; each word more in it
 * slows every sentence). Keep them a necessary condition when WE changes.
 */
const WE_NEEDS = /we(?![a-z])|our\s|team|took\s|us\s+to/i;
const PARTNERS = new Set(['colleague', 'coworker', 'co-worker', 'classmate', 'partner']);
/** The pair, for the test that keeps WE_NEEDS (with PARTNERS as the text holds them) a necessary condition of WE. */
export const WE_PREFILTER = { pattern: WE, needs: new RegExp(`${WE_NEEDS.source}|colleague|co-?worker|classmate|partner`, 'i') };
/** Words that put what follows in a clause under the "I" before them. */
const SUBORDINATE = /(?<![A-Za-z])(?:that|whether|if|so|how|why|what|where|when|until|unless|because|once|before|after|while|whenever|since|as|than|though|although)\s*$/i;
const I_SUBJECT = /(?<![A-Za-z'’.])[Ii](?:['’](?:d|ve|ll|m))?\s+[a-z]/;
/** How far back a clause's "I" or opener is looked for (a long run-on sentence stays linear). */
const LOOKBACK = 240;

/** Words after which a "we" opens a clause of its own: "and we shipped", "Then we rolled back". */
const CLAUSE_OPENERS = new Set(
  ('and but so then or yet nor together first next later finally eventually also initially ultimately quickly soon now instead ' +
    'still thus therefore afterwards afterward meanwhile basically honestly luckily unfortunately fortunately once when while after ' +
    'before because since as until if though although whenever where plus again immediately gradually sometimes often usually ' +
    'ever never always just really actually originally previously').split(' '),
);
/** Words whose object "our team" is: it does nothing there. */
const PREPOSITIONS = new Set('with to for from of in on at by about into onto across among between beside like toward towards via within without behind beyond under over'.split(' '));
/** Openers that make the words before "we" a fronted phrase: "In March we…", "Within a week we…". */
const FRONTED = /^(?:in|on|at|by|over|within|during|after|before|for|from|since|until|across|throughout|with|without|once|when|last|this|that|the\s+next|every|each|two|three|a\s+few|one|later|early)\b/i;

/** Is the "we" at `index` of `voice` the subject of its own clause (not "the flag we could flip")? */
function opensClause(voice: string, index: number): boolean {
  const before = voice.slice(Math.max(0, index - LOOKBACK), index);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('), before.lastIndexOf('—'), before.lastIndexOf('–'), before.lastIndexOf(' - '), before.lastIndexOf('"'), before.lastIndexOf('“'));
  const clause = before.slice(clauseStart + 1).trim();
  if (clause === '') return true;
  const words = clause.split(/\s+/);
  const prev = words[words.length - 1].toLowerCase().replace(/[^a-z'’]/g, '');
  // After an emoji or a symbol ("🚀 we shipped", "→ we rolled back") the clause starts afresh.
  if (prev === '' || CLAUSE_OPENERS.has(prev)) return true;
  // The object of a preposition: "after talking with our group member", "a win for our team".
  if (PREPOSITIONS.has(prev)) return false;
  // A fronted time or place phrase with no verb of its own: "In March we migrated".
  return words.length <= 6 && FRONTED.test(clause) && !I_SUBJECT.test(clause);
}

/** "agreed to delete the ignored ones": a step under the group's verb ("agreed to the plan" is agreement). */
const AGREED_TO_DO = /^\s+to\s+(?!(?:the|a|an|this|that|these|those|our|their|his|her|my|its|it|them|one|two|three|each|every|some|all)(?![A-Za-z]))[a-z]/i;
/** A sentence whose subject is the writer, after any list marker: "1. I built a monitor". */
const I_OPENS = /^[\s\d.)*•-]{0,8}(?:[A-Z][a-z]+\s+)?I(?:['’](?:d|ve|ll|m))?\s+[a-z]/;
/**
 * The writer and one person, met just before "and we": "I called the student over and",
 * "spoke with Bobby after class and", "I sat down with my manager and". One person, not a group.
 */
const PAIR_BEFORE = /(?<![A-Za-z])(?:spoke|talked|met|sat\s+down|called|pulled|took|brought|invited|asked)\s+(?:(?:with|to|down\s+with|aside)\s+)?(?:him|her|["“]?[A-Z][a-z]+["”]?|(?:the|my|our|a|this)\s+(?:new\s+|young\s+)?(?:student|hire|trainee|apprentice|employee|child|kid|boy|girl|customer|patient|guest|client|parent|mother|father|resident|caller|passenger|manager|boss|lead|colleague|coworker|co-worker|teammate|peer|friend|supervisor|mentor|mentee|intern|director|counterpart|partner))(?![A-Za-z])[^.;:!?]{0,40}?\s+and\s+$/;

/** Right after "we": a word that only makes sense of a group ("we all agreed", "we both knew"). */
const GROUP_NEXT = /^\s{1,20}(?:all|both|each|collectively|mutually|jointly)(?![A-Za-z])/i;
/** In the rest of the clause: what "together"-type words the fix drops with "we" → "I". */
const JOINT = /(?<!\s)\s+(?:together|with\s+each\s+other|with\s+one\s+another|as\s+a\s+(?:team|group)|jointly|between\s+us|among\s+ourselves)(?![A-Za-z])/gi;
/** The same word opening the clause before "we": "Together we rebuilt the index". */
const JOINT_BEFORE = /(?<![A-Za-z])(?:together|jointly|as\s{1,4}a\s{1,4}team)\s{0,8}(?:,\s{0,8})?$/i;
/** Mutual action that no "I" can do: no fix is offered. */
const MUTUAL = /(?<![A-Za-z])(?:each\s+other|one\s+another)(?![A-Za-z])/i;
const OURSELVES = /(?<![A-Za-z])ourselves(?![A-Za-z])/i;

/**
 * The extra edits "we" → "I" needs in the rest of its clause (`rest`, which starts at `at`):
 * "together" and the like dropped, "ourselves" → "myself"; null when the clause cannot be said
 * by one person ("we helped each other", "we all agreed").
 */
function clauseEdits(rest: string, at: number): { edits: { start: number; end: number; text: string }[]; notes: string[] } | null {
  if (GROUP_NEXT.test(rest)) return null;
  const end = rest.search(/[,;:.!?]/);
  const clause = rest.slice(0, end < 0 ? Math.min(rest.length, 160) : Math.min(end, 160));
  const edits: { start: number; end: number; text: string }[] = [];
  const notes: string[] = [];
  let left = clause;
  JOINT.lastIndex = 0;
  let joint: RegExpExecArray | null;
  while ((joint = JOINT.exec(clause))) {
    edits.push({ start: at + joint.index, end: at + joint.index + joint[0].length, text: '' });
    notes.push(`drop "${joint[0].trim()}"`);
    left = left.slice(0, joint.index) + ' '.repeat(joint[0].length) + left.slice(joint.index + joint[0].length);
  }
  if (MUTUAL.test(left)) return null;
  const selves = OURSELVES.exec(left);
  if (selves) {
    edits.push({ start: at + selves.index, end: at + selves.index + selves[0].length, text: 'myself' });
    notes.push('"ourselves" → "myself"');
  }
  return { edits, notes };
}

function rewrite(we: string, rest: string): { text: string; extra?: [string, string] } | null {
  const lower = we.toLowerCase();
  const next = /^\s+([a-z']+)/i.exec(rest)?.[1]?.toLowerCase() ?? '';
  if (lower === 'we') {
    if (next === 'are') return { text: 'I', extra: ['are', 'am'] };
    if (next === 'were') return { text: 'I', extra: ['were', 'was'] };
    if (next === "weren't" || next === 'weren’t') return { text: 'I', extra: [next, "wasn't"] };
    if (next === "aren't" || next === 'aren’t') return { text: "I'm", extra: [next, 'not'] };
    return { text: 'I' };
  }
  if (lower === "we're" || lower === 'we’re') return { text: "I'm" };
  const m = /^we(['’])(ve|d|ll)$/i.exec(we);
  if (m) return { text: `I${m[1]}${m[2].toLowerCase()}` };
  return null;
}


export function weInsteadOfICheck(ctx: RuleContext<Record<string, never>>, report: (r: Report) => void): void {
  const parts: { kind: SectionKind | null; severity: Severity; sentences: Sentence[] }[] = [];
  for (const section of ctx.story.sections) {
    const kind = section.covers.find((k) => SEVERITY[k]);
    if (!kind) continue;
    const severity = section.covers.map((k) => SEVERITY[k]).find((s) => s === 'warning') ?? SEVERITY[kind]!;
    parts.push({ kind, severity, sentences: ctx.facts.sentences(section) });
  }
  // A story with no sections at all is still read. Its first paragraph, of two or more, is most
  // likely the scene (a hint, as in a Situation); after it, the Result's middle severity, since
  // scene and action cannot be told apart for sure.
  if (ctx.story.sections.length === 0) {
    const all = ctx.facts.preambleSentences();
    const second = ctx.facts.paragraphStarts().find((p) => all.some((s) => s.start >= p) && all.some((s) => s.start < p)) ?? Infinity;
    parts.push({ kind: null, severity: 'hint', sentences: all.filter((s) => s.start < second) }, { kind: null, severity: 'info', sentences: all.filter((s) => s.start >= second) });
  }
  for (const { kind, severity, sentences } of parts) {
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si];
      // In the Task, the Result and a story without sections, "we" counts only where it hides a step.
      const ownPartOnly = kind !== 'action';
      const voice = s.voice;
      // "My colleague and I" holds an "I": outside the Action such a sentence is never read.
      if (!WE_NEEDS.test(voice) && (ownPartOnly || !ctx.facts.tokens(s).words.some((w) => PARTNERS.has(w)))) continue;
      const t = ctx.facts.tokens(s);
      // In the Task and the Result, a sentence that names the writer's own part does not hide it.
      if (ownPartOnly && t.words.includes('i')) continue;
      WE.lastIndex = 0;
      let m: RegExpExecArray | null;
      let hasI: boolean | undefined;
      // The sentence ends on ":" and the next opens on "I" (the writer's own items follow): read once, not per "we".
      let listLead: boolean | undefined;
      let lastToken = 0;
      while ((m = WE.exec(voice))) {
        // What precedes, within reach: reading the whole sentence each time is quadratic on run-ons.
        const before = voice.slice(Math.max(0, m.index - LOOKBACK), m.index);
        // "the flag we could flip", "I recommended we run a holdout": not a clause of its own.
        if (!opensClause(voice, m.index)) continue;
        // "I proposed that we…", "I asked whether we could…": the "I" is the actor.
        if (I_SUBJECT.test(before) && SUBORDINATE.test(before.replace(/[,;:]\s*$/, ' ').trimEnd() + ' ')) continue;
        if (I_SUBJECT.test(before) && /\b(?:that|whether|if|so|how|why|what|until|unless|because|before|after|while|once)\s+(?:[a-z]+\s+){0,3}$/i.test(before)) continue;
        // The clause facts, from the sentence's words: under "when/if/because…", inside a
        // proposal after ":" or "—", and whether "we" did a step or only was, had or saw.
        const first = tokenAt(t, m.index, lastToken);
        lastToken = first;
        if (subordinateAt(t, first) || inProposal(t, first)) continue;
        if (m[1] || m[3]) {
          const subject = m[1] ? first : tokenAt(t, m.index + m[0].length - 1, first);
          const { acts, negated } = actsAt(t, subject, ownPartOnly);
          let verbAt = skipAdverbs(t, subject + 1);
          let verb = verbAt < t.words.length && !t.punct[verbAt] ? stemAt(t, verbAt) : '';
          // "our group had discussed…", "we have agreed…": the participle is the verb read.
          if ((verb === HAVE || verb === BE) && verbAt + 1 < t.words.length && !t.punct[verbAt + 1] && isParticiple(t.words[verbAt + 1])) verb = stemAt(t, ++verbAt);
          // The group's agreement or discussion, then steps under the same "we": those steps are hidden.
          const after = verbAt < t.words.length ? voice.slice(t.ends[verbAt], t.ends[verbAt] + 160) : '';
          const group = groupWe(verb, after);
          // What two parties built between them ("we've developed a strong foundation for
          // collaboration"), going back or home at the close: no step of the writer's is hidden.
          if (group.relation || (ownPartOnly && group.wentBack && !group.stepsAfter)) continue;
          // In the Task and the Result, talk is the scene or its close: "our group had discussed who would do what".
          if (ownPartOnly && group.talked && !group.stepsAfter) continue;
          // "we identified two improvements:" and then "1. I built…": the writer's own items follow.
          if (ownPartOnly && (listLead ??= /:\s*$/.test(voice.slice(-40)) && si + 1 < sentences.length && I_OPENS.test(sentences[si + 1].voice))) continue;
          // The writer's step and then an agreement: "I convened the leads. We agreed on a phased
          // rollout", "spoke with him after class and we agreed…". Only a group agrees.
          // Not "our team agreed to delete them": a step the group took on, still hidden.
          if (!ownPartOnly && !group.stepsAfter && (group.reciprocal || group.wentOver) && !AGREED_TO_DO.test(after)) {
            // …or the agreement is one person's promise: "we agreed that he would try harder".
            const pair = PAIR_BEFORE.test(voice.slice(Math.max(0, m.index - 120), m.index)) || (group.reciprocal && /^\s+(?:that\s+)?(?:he|she)\s+(?:would|will|should|could|must|needed)(?![A-Za-z])/i.test(after));
            // A meeting or a talk needs the writer's "I" in the same sentence; an agreement may follow the writer's step in the sentences before.
            if (group.wentOver ? pair : pair || (hasI ??= t.words.includes('i')) || (group.agreed && sentences.slice(Math.max(0, si - 2), si).some((p) => I_SUBJECT.test(p.voice.slice(0, 600))))) continue;
          }
          const hidesSteps = ownPartOnly && OUTCOME_STATE.has(verb) && !negated && group.stepsAfter;
          if (!hidesSteps && (!acts || (negated && ownPartOnly))) continue;
          // "We adopted the pyramid": a decision only a group makes, told as the outcome.
          if (ownPartOnly && group.decided && !group.stepsAfter) continue;
          // "we also missed the deadline": a shortfall owned with the group, no credit taken.
          if (ownPartOnly && group.fellShort) continue;
        }
        const start = s.start + m.index;
        const end = start + m[0].length;
        const word = m[0];
        let fix: Fix | undefined;
        if (m[1]) {
          const wordStart = start;
          const token = m[1] + (m[2] ? word.slice(m[1].length) : '');
          const rest = voice.slice(m.index + token.length);
          const r = rewrite(token, rest);
          // "I went through the logs together" is no better than "we": the words that only
          // make sense of a group go too, or no fix is offered.
          const more = r && clauseEdits(rest, s.start + m.index + token.length);
          const opener = JOINT_BEFORE.exec(voice.slice(Math.max(0, m.index - 40), m.index));
          if (r && more) {
            const from = opener ? wordStart - opener[0].length : wordStart;
            if (opener) more.notes.unshift(`drop "${opener[0].trimEnd().replace(/,$/, '')}"`);
            const edits = [{ start: from, end: wordStart + token.length, text: r.text }];
            if (r.extra) {
              const restStart = m.index + token.length;
              const nm = /^\s+/.exec(voice.slice(restStart));
              const ws = nm ? nm[0].length : 0;
              const at = s.start + restStart + ws;
              edits.push({ start: at, end: at + r.extra[0].length, text: r.extra[1] });
            }
            edits.push(...more.edits);
            fix = { title: `Change "${token}" to "${r.text}${r.extra ? ' ' + r.extra[1] : ''}"${more.notes.length ? ` and ${more.notes.join(', ')}` : ''}`, edits };
          }
        }
        report({
          start,
          end,
          severity,
          sectionKind: kind,
          message:
            kind === 'action'
              ? `"${word.trim()}" hides what you did: say "I" and name your own step.`
              : kind === 'result'
                ? `"${word.trim()}" credits the group with the outcome: keep the team's result, and say which part of it was yours.`
                : `"${word.trim()}" makes your part invisible: say what was yours to do, in the first person.`,
          actual: word,
          expected: 'I',
          fix,
        });
      }
      if (kind === 'result') {
        // "Our efforts paid off", "a testament to our training": the group takes the credit.
        for (let i = 0; i + 1 < t.words.length; i++) {
          if (t.words[i] !== 'our' || !GROUP_EFFORT.has(t.words[i + 1]) || (t.words[i + 1] === 'hard' && t.words[i + 2] !== 'work')) continue;
          const start = s.start + t.starts[i];
          const end = s.start + t.ends[t.words[i + 1] === 'hard' ? i + 2 : i + 1];
          const phrase = ctx.file.text.slice(start, end);
          report({ start, end, severity, sectionKind: kind, message: `"${phrase}" gives the group the credit: say what you did, in the first person.`, actual: phrase });
        }
      }
    }
  }
}
