import * as z from 'zod/mini';
import { defineRule } from './types';
import { headingOf } from './anchors';

// Senior answers show the work outlived the fix: adopted by others, made the standard.

export const resultMissingSecondOrder = defineRule({
  id: 'result-missing-second-order',
  defaultSeverity: 'info',
  sections: ['result'],
  tipId: 'result-missing-second-order',
  options: z.object({}),
  check: function resultMissingSecondOrderCheck(ctx, report) {
    const result = headingOf(ctx.story, 'result');
    if (!result || ctx.facts.resultSentences().length === 0) return;
    if (ctx.facts.resultHas('secondOrder')) return;
    const senior = ctx.level === 'senior' || ctx.level === 'principal';
    report({
      start: result.headingStart,
      end: result.headingEnd,
      severity: senior ? 'warning' : undefined,
      sectionKind: 'result',
      message: senior
        ? 'At this level, show the effect beyond the fix: who adopted it, what became the standard.'
        : 'Add the lasting or wider effect if there was one: the problem has not come back, a guard you added, another team reused it.',
    });
  },
});
