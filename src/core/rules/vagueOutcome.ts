import * as z from 'zod/mini';
import { findFigures } from '../figures';
import { findAll } from '../phrases';
import { defineRule } from './types';

// "It went well", "the team was happy": activity and feelings where impact belongs.

export const vagueOutcome = defineRule({
  id: 'vague-outcome',
  description: 'An outcome with no substance ("things got better", "the team was happy") and no figure beside it.',
  defaultSeverity: 'warning',
  sections: ['result'],
  tipId: 'vague-outcome',
  options: z.object({}),
  check: function vagueOutcomeCheck(ctx, report) {
    for (const s of ctx.facts.resultSentences()) {
      const hits = findAll(ctx.facts.phrases.vagueOutcome, s.voice, s.start);
      if (hits.length === 0 || findFigures(s.text).length > 0) continue;
      for (const h of hits) {
        report({
          start: h.start,
          end: h.end,
          sectionKind: 'result',
          message: `"${h.phrase}" tells the interviewer nothing they can weigh: replace it with the measured change.`,
          actual: h.phrase,
        });
      }
    }
  },
});
