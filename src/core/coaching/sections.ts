import type { SectionKind } from '../types';
import { SECTION_BASICS } from './sectionBasics';
import type { SectionGuide } from './types';

// Each section's label, target and prompt (sectionBasics.ts, what the engine reads) with the
// checklist of what a strong one contains (what the coach panel and hovers show). targetSeconds is
// the senior and principal target (the seeds' split); lower levels scale it down in the same
// proportions: read it through sectionTargetSeconds(kind, level) in sectionTargets.ts.

export const SECTION_GUIDES: Record<SectionKind, SectionGuide> = {
  situation: {
    ...SECTION_BASICS.situation,
    checklist: [
      'Enough context to follow: team, system, timeframe, nothing more',
      'The problem and its cost, with a figure if you have one',
      'How you came across it',
      'No architecture tour: keep the detail for follow-up questions',
    ],
  },
  task: {
    ...SECTION_BASICS.task,
    checklist: [
      'The scope boundary: not your team, no ticket, nobody asked',
      'Your decision to act, in the first person',
      'The goal, measurable where possible',
      'What would have happened if nobody acted',
    ],
  },
  action: {
    ...SECTION_BASICS.action,
    checklist: [
      'Every step says "I" and names a concrete verb and object',
      'How you found the cause and proved it was the cause',
      'What you built or changed, and why that option over the others',
      'How you brought other people along: a fix in hand, not just a message',
      'What you did so it cannot quietly happen again',
    ],
  },
  result: {
    ...SECTION_BASICS.result,
    checklist: [
      'A measured change: before and after, or a count, rate, duration or amount',
      'The translation into money, customers, time or risk',
      'A wider or lasting effect: reused, adopted, made the default',
      'Facts instead of feelings about how people reacted',
    ],
  },
  reflection: {
    ...SECTION_BASICS.reflection,
    checklist: [
      'Specific to this story, not a general virtue',
      'What you would change if it happened again',
      'Senior and above: the organisational cause and the mechanism you proposed',
      'Where you have applied the lesson since',
    ],
  },
  followups: {
    ...SECTION_BASICS.followups,
    checklist: [
      'Each answer adds new detail instead of retelling the story',
      'How you verified the fix actually worked',
      'Pushback you met and what you did about it',
      'What you would do differently, stated concretely',
    ],
  },
};
