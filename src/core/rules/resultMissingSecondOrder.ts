import * as z from 'zod/mini';
import { defineRule } from './types';
import { headingOf } from './anchors';

// Senior answers show the work outlived the fix: adopted by others, made the standard.

/**
 * Lasting or wider, in words no phrase list holds (this rule's only: principle fit takes none for an adoption):
 * "zero similar defects in the 8 months since", "other projects also improved", "opened doors to more deals",
 * "onboarding from days to hours", "improved our incident process".
 */
const WIDER =
  /(?<![A-Za-z])(?:(?:zero|no)\s+(?:similar\s+|repeat\s+)?(?:incident|defect|bug|error|issue|outage|failure)s?\s+(?:in|over|since)\s+(?:the\s+)?(?:\d|subsequent|following|next|past)|other\s+(?:projects|products)\s+(?:(?:have|were|also|too)\s+){0,3}(?:improved|benefit|adopted|used)|opened\s+(?:new\s+)?doors|onboarding\s+(?:time\s+)?(?:went\s+)?from|improved\s+our\s+(?:[a-z-]+\s+){0,3}process)/i;

/** For the test that it reads sentences joined by "\0" as it reads each. */
export { WIDER };

export const resultMissingSecondOrder = defineRule({
  id: 'result-missing-second-order',
  defaultSeverity: 'info',
  sections: ['result'],
  tipId: 'result-missing-second-order',
  options: z.object({}),
  check: function resultMissingSecondOrderCheck(ctx, report) {
    const result = headingOf(ctx.story, 'result');
    if (!result || ctx.facts.resultSentences().length === 0) return;
    if (ctx.facts.resultHas('secondOrder') || WIDER.test(ctx.facts.resultSentences().map((s) => s.voice).join('\0'))) return;
    const senior = ctx.level === 'senior' || ctx.level === 'principal';
    report({
      start: result.headingStart,
      end: result.headingEnd,
      severity: senior ? 'warning' : undefined,
      sectionKind: 'result',
      message: senior
        ? 'At this level, show the effect beyond the fix: who adopted it, what became the standard.'
        : 'Add the wider effect if there was one: another team reused it, it became the default.',
    });
  },
});
