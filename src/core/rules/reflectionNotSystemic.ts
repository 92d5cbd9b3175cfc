import * as z from 'zod/mini';
import { defineRule } from './types';
import { headingOf } from './anchors';

// From senior up, the reflection should name the cause behind the bug: the missing mechanism,
// owner, standard or incentive, not only the technical lesson.

export const reflectionNotSystemic = defineRule({
  id: 'reflection-not-systemic',
  description: 'Senior and principal stories: the reflection names no systemic or organisational cause.',
  defaultSeverity: 'info',
  sections: ['reflection'],
  tipId: 'reflection-not-systemic',
  options: z.object({}),
  check: function reflectionNotSystemicCheck(ctx, report) {
    if (ctx.level !== 'senior' && ctx.level !== 'principal') return;
    const sentences = ctx.facts.reflectionSentences();
    if (sentences.length === 0) return;
    if (ctx.facts.match('systemic', sentences).length > 0) return;
    const heading = headingOf(ctx.story, 'reflection') ?? headingOf(ctx.story, 'result');
    if (!heading) return;
    report({
      start: heading.headingStart,
      end: heading.headingEnd,
      sectionKind: 'reflection',
      message: `At ${ctx.level} level, name the organisational cause behind the problem (a missing owner, standard, mechanism or shared metric) and what you changed about it.`,
    });
  },
});
