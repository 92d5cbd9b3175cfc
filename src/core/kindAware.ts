import { findPrinciple } from './coaching/principleNames';
import { PRINCIPLE_PROFILES, principleProfile } from './coaching/principleProfiles';
import { judgedFit } from './principleFit';
import { storyKinds } from './storyKind';
import { endOfBody, headingOf, sectionAnchor, storyAnchor } from './rules/anchors';
import type { Report, RuleContext } from './rules/types';
import { literalPrefilter } from './literals';
import type { StoryFacts } from './facts';
import type { Sentence } from './prose';

// The checks that depend on what a story is for (its principles and its kind), loaded with the
// principle-fit chunk (fitChunk.ts): principle-fit itself, missing-scope-boundary,
// reflection-not-systemic, and the owned narration hedging leaves alone. The rule files keep
// their metadata and options and call these.

/**
 * Honest narration the story then owns: "I assumed the cache was warm — that was my mistake",
 * "I thought it was safe, and I was wrong". Telling what you believed at the time, and owning it,
 * is what an Earn Trust or mistake story needs: not a hedge.
 */
const OWNED_NARRATION = /(?<![A-Za-z])(?:(?:that|this|which|it)\s+was\s+(?:my|a|the)\s+(?:own\s+)?(?:mistake|error|fault|blind\s+spot|wrong\s+call)|my\s+(?:own\s+)?(?:mistake|fault|error)|(?:I|i)\s+was\s+wrong|(?:I|i)\s+had\s+been\s+wrong|wrong(?:ly)?\s+assum\w*|(?:it|that|which)\s+(?:turned\s+out|proved)\s+(?:to\s+be\s+)?(?:wrong|false|untrue)|but\s+(?:it|that)\s+(?:was|wasn['’]t)\s+(?:not\s+)?(?:the\s+case|true)|(?:I|i)\s+own(?:ed)?\s+(?:that|it)|took\s+(?:full\s+)?responsibility)(?![A-Za-z])/i;

/** A routing phrase in a sentence that owns what happened ("I told my manager and took responsibility for the rollback"), or an escalation the protocol asks for while the writer keeps everyone posted. */
const OWNS_HAND_OFF = /(?<![A-Za-z])(?:took\s+(?:full\s+)?(?:responsibility|ownership|the\s+blame)|owned\s+(?:the|it|up)|my\s+(?:own\s+)?(?:mistake|fault|error)|(?:I|i)\s+caused|(?:and|then)\s+(?:I\s+)?(?:rolled\s+(?:it\s+)?back|reverted|fixed|apologi[sz]ed)|per\s+(?:our|the|company|team)\s+(?:[\w-]+\s+){0,3}(?:protocol|process|runbook|policy|procedure|playbook)|kept\s+(?:[\w-]+\s+){1,5}(?:updated|informed|posted|in\s+the\s+loop))(?![A-Za-z])/i;

export function ownsHandOff(voice: string): boolean {
  return OWNS_HAND_OFF.test(voice);
}

/** The hedge is narration the writer owns in the same sentence or the next one. */
export function ownedNarration(sentences: { voice: string }[], i: number): boolean {
  return OWNED_NARRATION.test(sentences[i].voice) || (i + 1 < sentences.length && OWNED_NARRATION.test(sentences[i + 1].voice));
}


// Template text in brackets is a placeholder to the engine: left as it is, it proves no scope.
const TEMPLATE = 'This was ${1:[e.g. not my team\'s service]}: ${2:[e.g. there was no ticket and nobody had asked me to look at it]}. I decided to ${3:[e.g. own it end to end]}.';

let needsBoundary: Set<string> | null = null;
/** Principles whose profile lists a scope boundary. */
function boundaryPrinciples(): Set<string> {
  return (needsBoundary ??= new Set(PRINCIPLE_PROFILES.filter((p) => p.boundary).map((p) => p.id)));
}


/**
 * The writer's own text reads as something they took on themselves: framed as ownership or
 * initiative ("took ownership", "on my own initiative", "went above and beyond"), told as a step
 * of their own choosing ("I came up with the idea", "I proposed", "I offered to", "I took the
 * lead", "I set myself the goal"). Only such a story, with no principle named, gets the hint: on
 * a deadline, a project or a hard day at work nobody asks whose remit it was. Noticing a problem
 * ("I realised the builds were slow") is no such sign: nearly every story opens on one, and a
 * bar raiser reads a self-noticed problem as self-started already. Read in the set-up (title,
 * question, Situation, Task) only: an Action's "I proposed a redesign" is how most invention,
 * customer and mistake stories go on, and on 530 real stories the hint read from the Action was
 * right once in thirteen. "Initiative" is the writer's ("took the initiative", "showing
 * initiative"), not a project's name ("when this initiative began").
 */
const INITIATIVE = /(?:^\s*(?:proposed|pitched|initiated)\s|(?<![A-Za-z])(?:(?:take|takes|took|taking)\s+(?:full\s+)?ownership|(?:(?:take|takes|took|taking|show|shows|showed|showing|own|my)\s+(?:the\s+)?|^\s*)initiative|above\s+and\s+beyond|I\s+(?:came\s+up\s+with|proposed|pitched|initiated|offered\s+to|took\s+(?:the\s+lead|charge|it\s+on)|set\s+myself|stepped\s+(?:up|in)))(?![A-Za-z]))/i;

/** Literals every INITIATIVE match holds, read from a sentence's words (literals.ts): most sentences are not read with it. */
export const INITIATIVE_PREFILTER = { pattern: INITIATIVE, holds: /* @__PURE__ */ literalPrefilter(/proposed|pitched|initiat|ownership|beyond|came|offered|took|myself|stepped/i) };
const initiative = (facts: StoryFacts, s: Sentence) => INITIATIVE_PREFILTER.holds(facts.tokens(s), s.voice) && INITIATIVE.test(s.voice);

function readsAsInitiative(ctx: RuleContext<{ skipPrinciples: string[] }>): boolean {
  const { facts, story, file } = ctx;
  // A misspelt principle ("Ownrship") says what the story is for as plainly as a spelt one.
  const meant = file.problems.filter((p) => p.ruleId === 'unknown-principle' && (p.storyIndex === story.index || p.storyIndex === -1));
  if (meant.some((p) => p.principleGuess !== undefined && boundaryPrinciples().has(p.principleGuess))) return true;
  const framing = [story.title ?? '', story.meta.question ?? ''];
  if (framing.some((t) => INITIATIVE.test(t))) return true;
  const setUp = facts.setUpSentences();
  return setUp.some((s) => initiative(facts, s));
}

/**
 * The writer's own on-call duty or incident ("during my on-call shift", "I was paged", "I received a
 * Sev 2"): work that was theirs by rota. Nobody asks such a story to say there was no ticket; speed
 * and the risk weighed are what it shows.
 */
const ON_DUTY = /\b(?:my\s+(?:\w+\s+)?on[- ]?call|I\s+was\s+(?:the\s+)?on[- ]?call|I\s+(?:was|got)\s+paged|I\s+(?:received|got)\s+an?\s+(?:sev|p[0-2]|incident|page)\b)/i;
/** A title or question about another principle's theme: "a creative solution", "innovation", "simplified". */
const OTHER_THEME = /innovat|invent(?!or)|creativ|simplif/i;

export function missingScopeBoundaryCheck(ctx: RuleContext<{ skipPrinciples: string[] }>, report: (r: Report) => void): void {
  const { story, facts, file } = ctx;
  if (ctx.principles.length > 0 && ctx.principles.every((p) => ctx.options.skipPrinciples.includes(p))) return;
  const filed = ctx.principles.filter((p) => !ctx.options.skipPrinciples.includes(p));
  if (filed.length > 0 && !filed.some((p) => boundaryPrinciples().has(p))) return;
  if (!facts.has('situation') && !facts.has('task') && !facts.has('action')) return; // nothing told yet
  // Sections there but nothing written in them yet (empty, or template text still in place).
  if ((['situation', 'task', 'action'] as const).every((k) => facts.sections(k).every((s) => facts.wordsIn(s) === 0))) return;
  if (facts.hasScopeBoundary()) return;
  // No principle named: a hint only where the story reads as one the writer took on themselves,
  // and not where its title or question asks for another principle (an invention story).
  // Asked before the story's kinds: a far shorter pattern to compile than their union.
  if (filed.length === 0 && (!readsAsInitiative(ctx) || [story.title ?? '', story.meta.question ?? ''].some((t) => OTHER_THEME.test(t) && !INITIATIVE.test(t)))) return;
  if (facts.setUpSentences().some((s) => ON_DUTY.test(s.voice))) return;
  if (storyKinds(facts).length > 0) return;
  const task = headingOf(story, 'task');
  const situation = headingOf(story, 'situation');
  const anchor = sectionAnchor(file, story, 'task');
  const host = task ?? situation;
  const at = host ? endOfBody(file, host) : anchor.end;
  report({
    ...anchor,
    sectionKind: task ? 'task' : null,
    ...(filed.length === 0 ? { severity: 'hint' as const } : {}),
    message:
      filed.length === 0
        ? 'If this story is meant to show Ownership or Bias for Action, say why it was yours to take on: not your team, no ticket, nobody asked.'
        : 'Say why this was yours to take on: not your team, no ticket, nobody asked. Otherwise the interviewer assumes it was assigned.',
    fix: { title: 'Insert a scope-boundary sentence', edits: [{ start: at, end: at, text: (host && at > host.bodyStart ? ' ' : '\n') + TEMPLATE }], snippet: true },
  });
}

/** The writer changed how the organisation works: "I proposed a contribution process", "added kill criteria to the template". */
const CHANGED_A_MECHANISM = /(?<![A-Za-z])(?:proposed|added|introduced|created|set\s+up|made|pushed\s+for|wrote|established|started|instituted|changed)\s+(?:[\w'’-]+\s+){0,5}(?:process|template|review|policy|metric|incentive|ritual|mechanism|standard|checklist|roadmap|charter|rotation|budget|criteria|guideline|playbook|forum|cadence)s?(?![A-Za-z])/i;
/** The cause sits in who owns or rewards what: "owned by a team that never walked the floor", "reviews rewarded shipping". */
const OWNED_ELSEWHERE = /(?<![A-Za-z])(?:owned\s+by|rewarded|rewards|incentivi[sz]ed|had\s+no\s+slot|no\s+slot\s+for|nobody(?:'s|’s)?\s+job|fell\s+between)(?![A-Za-z])/i;

/**
 * In a people story the mechanism is often a team habit rather than an org chart: "I now hold
 * weekly one-to-ones with every new joiner", "we agreed team norms for code review".
 */
const PEOPLE_MECHANISM = /(?<![A-Za-z])(?:one[- ]on[- ]ones?|one[- ]to[- ]ones?|1:1s?|check-?ins?|pair(?:ing)?\s+sessions?|buddy|buddies|onboarding\s+(?:plan|guide|checklist|programme|program|buddy)|(?:team|working)\s+(?:agreements?|norms|charter|contract|rules)|ground\s+rules|retros?|retrospectives?|feedback\s+(?:loop|culture|sessions?|rounds?)|mentoring\s+(?:programme|program|scheme|rotation)|mentorship|career\s+(?:plans?|conversations?|ladder)|growth\s+plans?|praise\s+in\s+public|(?:critique|criticism|feedback)\s+in\s+private|psychological\s+safety|blameless)(?![A-Za-z])/i;
const PEOPLE_PRINCIPLES = ['hire-and-develop-the-best', 'strive-to-be-earths-best-employer', 'earn-trust'];

export function reflectionNotSystemicCheck(ctx: RuleContext<Record<string, never>>, report: (r: Report) => void): void {
  if (ctx.level !== 'senior' && ctx.level !== 'principal') return;
  const sentences = ctx.facts.reflectionSentences();
  if (sentences.length === 0) return;
  if (ctx.facts.match('systemic', sentences).length > 0) return;
  if (sentences.some((s) => CHANGED_A_MECHANISM.test(s.voice) || OWNED_ELSEWHERE.test(s.voice))) return;
  const peopleStory = ctx.principles.some((p) => PEOPLE_PRINCIPLES.includes(p)) || storyKinds(ctx.facts).some((k) => k === 'mentoring' || k === 'conflict' || k === 'trust');
  if (peopleStory && sentences.some((s) => PEOPLE_MECHANISM.test(s.voice))) return;
  const heading = headingOf(ctx.story, 'reflection') ?? headingOf(ctx.story, 'result');
  if (!heading) return;
  report({
    start: heading.headingStart,
    end: heading.headingEnd,
    sectionKind: 'reflection',
    message: `At ${ctx.level} level, name the organisational cause behind the problem (a missing owner, standard, mechanism or shared metric) and what you changed about it.`,
  });
}

export function principleFitCheck(ctx: RuleContext<Record<string, never>>, report: (r: Report) => void): void {
  if (ctx.principles.length === 0) return;
  // Nothing told yet (a title and front matter, or sections still holding template text): nothing to judge.
  const told = (['situation', 'task', 'action', 'result'] as const).some((k) => ctx.facts.sections(k).some((s) => ctx.facts.wordsIn(s) > 0));
  if (!told && ctx.facts.preambleSentences().length === 0) return;
  for (const fit of judgedFit(ctx.facts, ctx.principles)) {
    const missing = fit.signals.filter((s) => !s.shown);
    if (missing.length === 0) continue;
    const profile = principleProfile(fit.principle);
    const name = findPrinciple(fit.principle)?.name ?? fit.principle;
    const none = missing.length === fit.signals.length;
    const list = missing.map((s) => s.label.charAt(0).toLowerCase() + s.label.slice(1)).join('; ');
    report({
      ...storyAnchor(ctx.file, ctx.story),
      sectionKind: null,
      severity: none ? 'warning' : 'info',
      message: none
        ? `${name}: the story shows none of what an interviewer listens for (${list}). ${profile?.tip ?? ''}`.trim()
        : `${name}: ${fit.signals.length - missing.length} of ${fit.signals.length} shown; still missing: ${list}.`,
      actual: `${fit.principle}:${missing.map((s) => s.id).join(',')}`,
    });
  }
}
