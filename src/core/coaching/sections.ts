import type { SectionKind } from '../types';
import type { SectionGuide } from './types';

// targetSeconds is the senior and principal target (the seeds' split); lower levels scale it down
// in the same proportions: read it through sectionTargetSeconds(kind, level) in levelTargets.ts.

export const SECTION_GUIDES: Record<SectionKind, SectionGuide> = {
  situation: {
    kind: 'situation',
    label: 'Situation',
    targetSeconds: 30,
    prompt: 'Two or three sentences: where you were, what was going wrong, and who it hurt.',
    checklist: [
      'Enough context to follow: team, system, timeframe, nothing more',
      'The problem and its cost, with a figure if you have one',
      'How you came across it',
      'No architecture tour: keep the detail for follow-up questions',
    ],
  },
  task: {
    kind: 'task',
    label: 'Task',
    targetSeconds: 20,
    prompt: 'Why this was yours to take on (or not), and the goal you set yourself.',
    checklist: [
      'The scope boundary: not your team, no ticket, nobody asked',
      'Your decision to act, in the first person',
      'The goal, measurable where possible',
      'What would have happened if nobody acted',
    ],
  },
  action: {
    kind: 'action',
    label: 'Action',
    targetSeconds: 90,
    prompt: 'Three to six steps, each "I + verb": find, confirm, build, verify, make it stick.',
    checklist: [
      'Every step says "I" and names a concrete verb and object',
      'How you found the cause and proved it was the cause',
      'What you built or changed, and why that option over the others',
      'How you brought other people along: a fix in hand, not just a message',
      'What you did so it cannot quietly happen again',
    ],
  },
  result: {
    kind: 'result',
    label: 'Result',
    targetSeconds: 20,
    prompt: 'The metric before and after, what it meant for the business, and what lasted.',
    checklist: [
      'A measured change: before and after, or a count, rate, duration or amount',
      'The translation into money, customers, time or risk',
      'A wider or lasting effect: reused, adopted, made the default',
      'Facts instead of feelings about how people reacted',
    ],
  },
  reflection: {
    kind: 'reflection',
    label: 'Reflection',
    targetSeconds: 15,
    prompt: 'A lesson only this story could teach, and what you do differently because of it.',
    checklist: [
      'Specific to this story, not a general virtue',
      'What you would change if it happened again',
      'Senior and above: the organisational cause and the mechanism you proposed',
      'Where you have applied the lesson since',
    ],
  },
  followups: {
    kind: 'followups',
    label: 'Follow-ups',
    targetSeconds: 0,
    prompt: 'The questions an interviewer will probe with, and a short answer to each.',
    checklist: [
      'Each answer adds new detail instead of retelling the story',
      'How you verified the fix actually worked',
      'Pushback you met and what you did about it',
      'What you would do differently, stated concretely',
    ],
  },
};
