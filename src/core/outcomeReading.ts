// vague-outcome's reading, loaded with the principle-fit chunk (dist/fit.js): the rule is in rules/vagueOutcome.ts.
import { findAll, withUncovered } from './matches';
import { partitionPoint } from './search';
import type { Report, RuleContext } from './rules/types';
import { notAnOutcome } from './narration';

// "It went well", "the team was happy": activity and feelings where impact belongs.

/** Feelings and comparatives standing in for a result: "the partners were happy", "on-call is much better". */
const FEELING = /(?<![A-Za-z])(?:was|were|is|are|felt|feel|seemed|seem|looked|got|became|been)\s+(?:(?:[a-z]+ly|very|much|a\s+lot|super|so|quite|pretty|way|far|a\s+bit|all)\s+)?(?:happy|happier|pleased|satisfied|thrilled|delighted|impressed|grateful|relieved|excited|elated|proud|empowered|thankful|amazed|heard|better|improved|smoother|faster|calmer|great|good|fine|amazing|awesome|fantastic|wonderful|excellent|outstanding|positive(?!\s+for(?![A-Za-z])))(?![A-Za-z])/gi;

/** A before → after without digits is a measure too: "from weeks → days", "from hours to minutes". */
// "to" a word of its own: "from the customer" holds no before → after.
const BEFORE_AFTER = /(?<![A-Za-z])from\s+(?:[\w~≈<>-]+\s+){0,2}?[\w~≈<>-]+(?:\s*(?:→|->)\s*|\s+to\s+)[\w~≈<>-]/i;

/** The words in another sense: "nothing quite like it", "a letter like it" ("similar to"), "like it was no big deal" ("as if"), "worked out the sum" (with an object), "the benefit of the doubt". */
const OTHER_SENSE = /(?:quite|anything|nothing|something|another|just|exactly|looks?|looked|feels?|felt|seems?|seemed)\s+like\s+it|(?<![A-Za-z])like\s+it\s+(?:was|is|were|had|would)(?![A-Za-z])|(?<![A-Za-z])(?:a|an|any|one|another)\s+(?:[a-z]+\s+){0,2}like\s+it|work\w*\s+out\s+(?:the|an?|how|what|which|my|our|his|her|their|\d)(?![A-Za-z])|benefit\s+of\s+the\s+doubt/i;
/** A lesson drawn, not an outcome: "it taught me that owning a mistake is the fastest way to rebuild trust". */
const LESSON = /(?:taught|reminded)\s+me\s|\sis\s+the\s+(?:best|fastest|only)\s+way\s+to\s/i;
/** An explicit zero ("…without any customer impact") completes the figure of the sentence before. */
const ZERO = /without\s+any\s+(?:customer\s+)?(?:impact|downtime|incidents?)/i;

/**
 * The claim said not to have happened: "did not meaningfully increase revenue, reduce time spent, or
 * unlock…" (a list under one negation, read up to a new clause: "but", "and", a subject of its own).
 * "not only … but" is a claim.
 */
const NEGATED = /(?<![A-Za-z])(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|never|failed\s+to|no\s+longer|could\s+not|couldn['’]t|cannot|can['’]t|won['’]t|will\s+not|wasn['’]t|weren['’]t|(?:was|were|is|are)\s+not)(?!\s+(?:only|just|merely)(?![A-Za-z]))\s+(?:[^\s.;:!?]+\s+){0,12}?$/i;
const NEW_CLAUSE = /(?<![A-Za-z])(?:but|and|however|yet|although|though|while|whereas|which|so|instead|because)(?![A-Za-z])|[;:—–()]|,\s+(?:it|we|I|they|he|she|the|this|that|everything|everyone|everybody|things|people|our|my|their)\s/i;
/** A past-tense claim after a comma is a clause of its own: "although I didn't realize it, everything went downhill". */
const PAST_HEAD = /^(?:[a-z]+ed|went|was|were|became|got|made|felt|grew|fell|rose|turned)(?![A-Za-z])/i;
/** A purpose, not a result: "shared it with the volunteers to increase productivity", "in order to reduce risk". */
const PURPOSE = /(?<![A-Za-z])to\s+$/i;
/** …unless the words before "to" make it a claim: "helped (us) to improve", "allowed us to reduce", "was able to cut", "leading to improved quality". */
const CLAIMED_TO = /(?<![A-Za-z])(?:help(?:ed|s|ing)?|allow(?:ed|s|ing)?|enabl(?:ed|es|ing)|able|managed|went\s+on|continued|began|started|served|possible|easier|let|lets|lead(?:s|ing)?|led|contribut(?:ed|es|ing))(?:\s+[^\s.;:!?]+){0,3}\s+to\s+$/i;
const IN_ORDER_TO = /(?:in\s+order|so\s+as)\s+to\s+$/i;
/** A recurrence claim: "prevented any future incidents" says the problem stayed away (second order reads it), not a vague win. */
const NO_RECURRENCE = /^prevent\w*\s+(?:any|all)\s+(?:future|further)(?![A-Za-z])/i;
/** The phrase inside a condition: "if things went well", "unless it improves reliability". */
const CONDITION = /(?<![A-Za-z])(?:if|unless|whether)\s+(?:[^\s.;:!?,]+\s+){0,4}$/i;
/** "was so successful that other teams forked it": the evidence follows the intensifier. */
const SO_THAT = /^\s+that\s/i;

/** Whether a hit at [at, end) of `voice` is not claimed: negated, a purpose, a recurrence claim. */
function notClaimed(voice: string, at: number, phrase: string): boolean {
  const before = voice.slice(Math.max(0, at - 100), at);
  const neg = NEGATED.exec(before);
  const scope = neg?.[0].replace(/^\S+(?:\s+not)?/, '');
  if (scope !== undefined && !NEW_CLAUSE.test(scope) && !(scope.includes(',') && PAST_HEAD.test(phrase))) return true;
  if (NO_RECURRENCE.test(voice.slice(at, at + 40))) return true;
  // A condition, not a claim: "if things went well we could release in an hour".
  if (CONDITION.test(before)) return true;
  // A noun, not the verb: "making a cut-off time for orders", "the increase in traffic".
  if (/^(?:cut|boost|increase|drop|rise|gain|improvement)/i.test(phrase) && /(?<![A-Za-z])(?:a|an|the)\s+$/i.test(before)) return true;
  if (/^(?:improv|increas|reduc|enhanc|boost|lower|decreas|mitigat|prevent|minimi|streamlin|simplif|optimi|strengthen|accelerat|cut|build|gain|earn|sav)/i.test(phrase) && PURPOSE.test(before)) {
    return IN_ORDER_TO.test(before) || !CLAIMED_TO.test(before.slice(-60));
  }
  return false;
}

/**
 * Where a clause ends: a comma, a dash, a semicolon, or a new clause's conjunction, a run of them
 * as one (", with"). "but" is left out: "not only improved X but was adopted …" is one clause.
 */
const CLAUSE_END = /(?:[,;:—–()]|\s-(?=\s)|\s(?:and|while|whereas|which|so|with)(?=\s))(?:\s*(?:[,;:—–()]|(?:and|while|whereas|which|so|with)(?=\s)))*/gi;

/** A sentence's clause marks (CLAUSE_END's matches) and its figures' offsets in order: read once, whatever the hits. */
interface Clauses {
  at: number[];
  text: string[];
  figures: number[];
}

function clausesOf(voice: string, figures: readonly { start: number }[], offset: number): Clauses {
  const c: Clauses = { at: [], text: [], figures: figures.map((f) => f.start - offset).sort((x, y) => x - y) };
  CLAUSE_END.lastIndex = 0;
  for (let m; (m = CLAUSE_END.exec(voice)); ) {
    c.at.push(m.index);
    c.text.push(m[0]);
  }
  return c;
}

/**
 * Is a figure (or a before → after) in the clause holding [at, end) or in the clause after it? A
 * clause opened by "so" or "which", or by "and" with a subject of its own, is the consequence of
 * the one before: its figure counts too
 * ("cut failed labels from 3% to 0.4%, so far fewer parcels sat unshipped"). Binary searches over
 * the sentence's marks: a run-on sentence full of hits stays linear.
 */
function measuredNear(c: Clauses, voice: string, at: number, end: number): boolean {
  const k = partitionPoint(c.at.length, (i) => c.at[i] < at) - 1;
  let from = k >= 0 ? c.at[k] : 0;
  const before = k >= 1 ? c.at[k - 1] : 0;
  const opener = k >= 0 ? c.text[k] : '';
  // The clause after the hit's own ends at the second mark past the hit.
  const j = partitionPoint(c.at.length, (i) => c.at[i] < end) + 1;
  const to = j < c.at.length ? c.at[j] : voice.length;
  // "and" opens a consequence only with a subject of its own ("…, and the team was happy"), not a
  // second claim of the same subject ("cut sync time by 60% and improved reliability").
  if (/(?:so|which)$/i.test(opener.trimEnd()) || (/and$/i.test(opener.trimEnd()) && /^\s*(?:the|our|their|my|his|her|its|it|they|everyone|everybody|people|customers|users)\s/i.test(voice.slice(from + opener.length, from + opener.length + 40)))) from = before;
  const f = partitionPoint(c.figures.length, (i) => c.figures[i] < from);
  // A before → after is read near the hit: a clause can be a whole run-on.
  return (f < c.figures.length && c.figures[f] < to) || BEFORE_AFTER.test(voice.slice(Math.max(from, at - 200), Math.min(to, end + 200)));
}

export function vagueOutcomeCheck(ctx: RuleContext<Record<string, never>>, report: (r: Report) => void): void {
  // A story with no sections at all: its closing paragraph, where the outcome usually is.
  const unsectioned = ctx.story.sections.length === 0;
  const sentences = unsectioned ? ctx.facts.closingSentences() : ctx.facts.resultSentences();
  // Each sentence read once for a figure (a hit asks about the sentence before it).
  const figures: (boolean | undefined)[] = [];
  const measured = (i: number) => i >= 0 && (figures[i] ??= ctx.facts.figuresIn(sentences[i]).length > 0 || BEFORE_AFTER.test(sentences[i].voice));
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const hits = withUncovered(ctx.facts.match('vagueOutcome', [s]), findAll(FEELING, s.voice, s.start));
    // Read only where there is something to excuse (most sentences have no hit).
    if (hits.length === 0 || LESSON.test(s.voice) || (ZERO.test(s.voice) && measured(i - 1))) continue;
    hits.sort((a, b) => a.start - b.start);
    let clauses: Clauses | undefined;
    for (const h of hits) {
      // A figure in the phrase's own clause or the one after it measures it ("dropped sharply, from 9 to 2 minutes").
      if (measured(i) && measuredNear((clauses ??= clausesOf(s.voice, ctx.facts.figuresIn(s), s.start)), s.voice, h.start - s.start, h.end - s.start)) continue;
      // Said not to have happened, a purpose, a claim that the problem stayed away.
      if (notClaimed(s.voice, h.start - s.start, h.phrase)) continue;
      // "was so successful that other teams forked it": the evidence follows, a figure or a wider effect.
      if (SO_THAT.test(s.voice.slice(h.end - s.start, h.end - s.start + 8)) && (((clauses ??= clausesOf(s.voice, ctx.facts.figuresIn(s), s.start)).figures.at(-1) ?? -1) >= h.end - s.start || ctx.facts.hasPhrase('secondOrder', s))) continue;
      // Commentary on the figure just given ("…over 90% readiness. This level of readiness was…"), a feeling about the work ahead.
      if (notAnOutcome(s.voice, h.phrase, h.end - s.start, measured(i - 1))) continue;
      const at = h.start - s.start;
      if (OTHER_SENSE.test(s.voice.slice(Math.max(0, at - 24), at + h.phrase.length + 8))) continue;
      report({
        start: h.start,
        end: h.end,
        sectionKind: unsectioned ? null : 'result',
        message: `"${h.phrase}" tells the interviewer nothing they can weigh: say what changed, with a figure if you have one, or what someone could do afterwards.`,
        actual: h.phrase,
      });
    }
  }
}
