import * as z from 'zod/mini';
import { SECTION_BASICS } from '../coaching/sectionBasics';
import { SPOKEN_SECTIONS, SECTION_KINDS, type Fix, type SectionKind } from '../types';
import { isLesson, type StoryFacts } from '../facts';
import { loadFit } from '../fitPackage';
import { defineRule } from './types';
import { storyAnchor } from './anchors';

// The story's skeleton: every STAR part present, in the order it is told, none left empty.

const label = (k: SectionKind) => SECTION_BASICS[k]?.label ?? k;
const JUNIOR_REFLECTION = 'No Reflection: optional at this level, but a lesson specific to this story sets the answer apart.';
/**
 * A Task told inside the Situation: what the writer had to do or was in charge of ("I was asked to
 * lead…", "my role that day was to…", "the manager asked me to…", "I was the team lead", "I took over as
 * shift lead", "I was the runner for the day"), not the role alone ("I was a cashier").
 */
const TASK_TOLD =
  /(?<![A-Za-z'’])(?:my\s+(?:main\s+|first\s+|own\s+)?(?:task|job|role|goal|responsibility|mission|assignment|objective|duty)(?:\s+[\w-]+){0,2}?\s+(?:was|is|became)|I\s+(?:needed|had|wanted|decided|set\s+out|was\s+(?:asked|tasked|assigned|supposed|expected|hired))\s+to|I(?:\s+(?:was|am|had\s+been|have\s+been)|['’]m)\s+(?:(?:solely|fully|directly|primarily|mainly|personally|now)\s+)?(?:responsible|in\s+charge|accountable|on\s+(?:call|duty))|I\s+(?:started|began)\s+(?:the\s+process\s+of|working\s+on|to\s+(?:work\s+on|build|fix|lead|plan|organi[sz]e|manage))|I\s+(?:volunteered|offered|stepped\s+up|took\s+it\s+upon\s+myself)(?:\s+to)?(?![A-Za-z])|I\s+took\s+(?:on|charge\s+of|ownership\s+of)|it\s+(?:was|fell)\s+(?:up\s+to\s+me|on\s+me|to\s+me)\s+to|I\s+(?:was|am)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:lead|leader|owner)|(?:asked|told|assigned|tasked|needed|wanted|chose|picked|sent)\s+me\s+(?:to|with)|put\s+me\s+in\s+charge|I\s+became\s+(?:the|an?|acting|interim)(?=\s)|I\s+(?:stepped\s+in\s+as|took\s+over\s+as|was\s+promoted\s+to)|(?:taken|took)\s+over\s+as|I\s+(?:was|am)\s+the\s+[\w-]+\s+for\s+the\s+(?:day|night|shift|week))(?![A-Za-z])/gi;

/** Under a negation the Task was not handed over: "nobody had asked me to". */
const NEGATED = /(?:nobody|no\s+one|not|never|n['’]t)\s+(?:had\s+|has\s+|ever\s+)?$/i;

/** A TASK_TOLD match that no negation cancels. */
function taskTold(voice: string): boolean {
  TASK_TOLD.lastIndex = 0;
  for (let m; (m = TASK_TOLD.exec(voice)); ) if (!NEGATED.test(voice.slice(Math.max(0, m.index - 24), m.index))) return true;
  return false;
}

export const missingSection = defineRule({
  id: 'missing-section',
  defaultSeverity: 'warning',
  sections: [],
  tipId: 'missing-section',
  options: z.object({ required: z._default(z.array(z.enum(SECTION_KINDS as [SectionKind, ...SectionKind[]])), [...SPOKEN_SECTIONS]) }),
  check: function missingSectionCheck(ctx, report) {
    const { facts } = ctx;
    const missing = ctx.options.required.filter((k) => {
      if (facts.has(k)) return false;
      // A lesson folded into the Result still answers "what did you learn".
      if (k === 'reflection' && facts.resultLessons().length > 0) return false;
      // A Task told in the Situation still shows what was the writer's to do.
      if (k === 'task' && facts.sentencesOf('situation').some((s) => taskTold(s.voice))) return false;
      return true;
    });
    if (missing.length === 0) return;
    const none = ctx.story.sections.every((s) => s.kind === null);
    // The reflection is what separates the levels: a plus up to SDE II (info, on its own), expected from senior.
    const junior = ctx.level === 'sde1' || ctx.level === 'sde2';
    if (junior && !none && missing.length > 1 && missing.includes('reflection')) {
      missing.splice(missing.indexOf('reflection'), 1);
      report({ ...storyAnchor(ctx.file, ctx.story), sectionKind: null, severity: 'info', message: JUNIOR_REFLECTION, actual: 'reflection' });
    }
    const names = missing.map(label);
    const onlyReflection = missing.length === 1 && missing[0] === 'reflection';
    // Only the Task missing, and the set-up tells the writer's role: a hint to say what was theirs this time.
    if (missing.length === 1 && missing[0] === 'task' && loadFit().roleTold([...facts.preambleSentences(), ...facts.sentencesOf('situation')].map((s) => s.voice))) {
      report({ ...storyAnchor(ctx.file, ctx.story), sectionKind: null, severity: 'info', message: `Missing section: Task. ${whyMissing('task', true, facts)}: your role is in the Situation, so one line on what was yours to do this time is enough.`, actual: 'task' });
      return;
    }
    const fix = ctx.story.sections.length === 0 ? headingsFix(ctx.file.text, ctx.file.prose, ctx.story) : undefined;
    report({
      ...storyAnchor(ctx.file, ctx.story),
      sectionKind: null,
      ...(onlyReflection && junior && !none ? { severity: 'info' as const } : {}),
      message: none
        ? `No STAR sections found: give the story ## ${names.join(', ## ')} headings so each part can be coached and timed.`
        : onlyReflection && junior
          ? JUNIOR_REFLECTION
          : `Missing ${names.length === 1 ? 'section' : 'sections'}: ${names.join(', ')}. ${missing.map((k, i) => whyMissing(k, i === 0, ctx.facts)).join('; ')}.`,
      actual: missing.join(','),
      ...(fix ? { fix } : {}),
    });
  },
});

/** What each missing section would have told the interviewer: one clause each, joined when several are missing. */
const MISSING_WHY: Record<SectionKind, string> = {
  situation: 'The Situation gives the context in a sentence or two',
  task: 'The Task is where you show the work was yours to take on',
  action: 'The Action is what you did, step by step, and most of the answer',
  result: 'The Result is what changed, measured',
  reflection: 'The Reflection is what you do differently since',
  followups: 'Follow-ups are the questions you expect next',
};

/** In a story of a mistake, a conflict or a disagreement, the Task is the duty held when it happened, not work taken on. */
const TASK_WHEN_IT_HAPPENED = 'The Task is what you were responsible for when it happened';

function whyMissing(kind: SectionKind, first: boolean, facts: StoryFacts): string {
  const kinds = kind === 'task' ? loadFit().storyKinds(facts) : [];
  const why = kinds.some((k) => k === 'mistake' || k === 'conflict' || k === 'disagreement') ? TASK_WHEN_IT_HAPPENED : MISSING_WHY[kind];
  return first ? why : why.charAt(0).toLowerCase() + why.slice(1);
}

const SPOKEN_LABELS = SPOKEN_SECTIONS.map(label);
/** Which part each paragraph of a story without sections most likely tells, by its place. */
function guessKinds(paragraphs: number, lastIsLesson: boolean): SectionKind[] {
  const n = lastIsLesson && paragraphs > 1 ? paragraphs - 1 : paragraphs;
  const told: SectionKind[] =
    n === 1 ? ['action'] : n === 2 ? ['situation', 'action'] : n === 3 ? ['situation', 'action', 'result'] : ['situation', 'task', ...Array<SectionKind>(n - 3).fill('action'), 'result'];
  return n < paragraphs ? [...told, 'reflection'] : told;
}

/** Escapes text for a snippet. */
const escape = (text: string) => text.replace(/[$}\\]/g, '\\$&');

/**
 * For a story with no headings and no labels: the same text with a section heading above each
 * paragraph that starts a part (a guess by its place; a lesson-like last paragraph is the
 * Reflection), each heading a choice to tab through and change. One snippet edit, nothing lost.
 */
function headingsFix(text: string, prose: string, story: { preambleStart: number; end: number; titleStart: number | null }): Fix | undefined {
  // Paragraphs of prose: runs of non-blank lines with some prose in them (not a comment or code).
  const paragraphs: { start: number; end: number }[] = [];
  let at = story.preambleStart;
  let open: { start: number; end: number } | null = null;
  while (at < story.end) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > story.end) nl = story.end;
    const blank = text.slice(at, nl).trim() === '';
    if (blank) open = null;
    else if (open) open.end = nl;
    else if (prose.slice(at, nl).trim() !== '') paragraphs.push((open = { start: at, end: nl }));
    at = nl + 1;
  }
  if (paragraphs.length === 0) return undefined;
  const last = paragraphs[paragraphs.length - 1];
  const kinds = guessKinds(paragraphs.length, paragraphs.length > 1 && isLesson(prose.slice(last.start, last.end)));
  const level = story.titleStart !== null ? (/^ {0,3}(#{1,5})/.exec(text.slice(story.titleStart, story.titleStart + 9))?.[1].length ?? 1) + 1 : 2;
  const hashes = '#'.repeat(level);
  const from = paragraphs[0].start;
  const to = last.end;
  let snippet = '';
  let cursor = from;
  let stop = 1;
  kinds.forEach((kind, i) => {
    if (i > 0 && kinds[i - 1] === kind) return;
    const p = paragraphs[i];
    const guess = label(kind);
    const choices = [guess, ...SPOKEN_LABELS.filter((l) => l !== guess)].join(',');
    snippet += escape(text.slice(cursor, p.start)) + `${hashes} \${${stop++}|${choices}|}\n`;
    cursor = p.start;
  });
  snippet += escape(text.slice(cursor, to)) + '$0';
  return { title: 'Insert section headings around the paragraphs', edits: [{ start: from, end: to, text: snippet }], snippet: true };
}

const ORDER: Record<SectionKind, number> = { situation: 0, task: 1, action: 2, result: 3, reflection: 4, followups: 5 };

export const sectionOrder = defineRule({
  id: 'section-order',
  defaultSeverity: 'warning',
  sections: [],
  tipId: 'section-order',
  options: z.object({}),
  check: function sectionOrderCheck(ctx, report) {
    let furthest: SectionKind | null = null;
    const seen = new Set<SectionKind>();
    for (const s of ctx.story.sections) {
      if (!s.kind) continue;
      if (seen.has(s.kind) && s.kind !== 'followups') {
        report({ start: s.headingStart, end: s.headingEnd, sectionKind: s.kind, message: `${label(s.kind)} appears twice: merge the two so the story is told once, in order.` });
        continue;
      }
      if (furthest && ORDER[s.kind] < ORDER[furthest]) {
        report({ start: s.headingStart, end: s.headingEnd, sectionKind: s.kind, message: `${label(s.kind)} comes after ${label(furthest)}: tell the story in order (Situation, Task, Action, Result, Reflection).` });
      } else {
        furthest = s.covers.reduce<SectionKind>((a, k) => (ORDER[k] > ORDER[a] ? k : a), s.kind);
      }
      s.covers.forEach((k) => seen.add(k));
    }
  },
});

export const emptySection = defineRule({
  id: 'empty-section',
  defaultSeverity: 'warning',
  sections: [],
  tipId: 'empty-section',
  options: z.object({}),
  check: function emptySectionCheck(ctx, report) {
    for (const s of ctx.story.sections) {
      if (!s.kind) continue;
      if (ctx.facts.wordsIn(s) > 0) continue;
      // Template text still in it: unfilled-placeholder already says so, on the text itself.
      if (ctx.facts.templateHoles().some((h) => h.start >= s.bodyStart && h.start < s.bodyEnd)) continue;
      // Follow-ups are often a list of `###` questions with answers still to write.
      if (s.kind === 'followups') continue;
      report({ start: s.headingStart, end: s.headingEnd, sectionKind: s.kind, message: `${label(s.kind)} is empty: ${SECTION_BASICS[s.kind]?.prompt ?? 'write it'}` });
    }
  },
});

export const unfilledPlaceholder = defineRule({
  id: 'unfilled-placeholder',
  defaultSeverity: 'warning',
  sections: [],
  tipId: 'unfilled-placeholder',
  options: z.object({}),
  check: function unfilledPlaceholderCheck(ctx, report) {
    const holes = new Set(ctx.facts.templateHoles().map((h) => h.start));
    for (const p of ctx.facts.placeholders()) {
      const section = ctx.story.sections.find((s) => p.start >= s.bodyStart && p.start < s.bodyEnd);
      const text = ctx.file.text.slice(p.start, p.end);
      const message = holes.has(p.start)
        ? 'Template text still here: replace it with your own words. Until then it counts as nothing: no words, no time, no evidence.'
        : `"${text}" is still a placeholder: put the real figure or detail in before you rehearse.`;
      report({ ...p, sectionKind: section?.kind ?? null, message, actual: text });
    }
  },
});
