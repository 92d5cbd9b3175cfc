import * as z from 'zod/mini';
import { defineRule } from './types';
import { headingOf } from './anchors';

// Senior answers show the work outlived the fix: adopted by others, made the standard.

const PROBLEMS = '(?:incidents?|defects?|bugs?|errors?|issues?|outages?|failures?|regressions?|pages|alerts|escalations|complaints|tickets|rollbacks)';

/**
 * A lasting or wider effect in words the phrase lists cannot hold (read by this rule only: principle fit does
 * not take them for an adoption): it did not recur ("zero similar defects in the 8 months since", "no
 * failures in subsequent cycles", "from 30 to 0.5 tickets per month"), others benefited ("other projects
 * also improved"), it opened more work ("opened doors to 4 more deals"), it reaches each newcomer
 * ("onboarding from days to hours"), or it changed how the team works ("improved our incident process").
 */
const WIDER = new RegExp(
  [
    `(?:zero|no|not\\s+(?:a\\s+single|one))\\s+(?:similar\\s+|repeat\\s+|recurring\\s+|further\\s+|new\\s+|more\\s+)?${PROBLEMS}\\s+(?:in|over|across|for|during|since)\\s+(?:the\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|subsequent|following|next|later|past|last)(?![A-Za-z])`,
    `(?:to|zero|no|fewer|under|below)\\s+(?:[\\d.,]+\\s+)?(?:[a-z-]+\\s+)?${PROBLEMS}\\s+(?:per|a|each|every)\\s+(?:week|month|quarter|year)(?![A-Za-z])`,
    `other\\s+(?:projects|products|programs|programmes|modules|apps|groups|departments|squads|systems|units|orgs|schools|classes)\\s+(?:(?:have|has|had|were|was|been|also|too|then|later|since|now)\\s+){0,4}(?:improved|benefit(?:ed|ted|s)?|adopted|reused|copied|followed|gained|use[ds]?|started)(?![A-Za-z])`,
    `open(?:ed|s)?\\s+(?:the\\s+|new\\s+)?doors?(?![A-Za-z])|(?:\\d+|additional|further|follow-on)\\s+(?:business\\s+|sales\\s+)?(?:opportunities|contracts|deals)(?![A-Za-z])`,
    `onboarding\\s+(?:time\\s+)?(?:went\\s+|dropped\\s+|fell\\s+)?(?:down\\s+)?from(?![A-Za-z])`,
    `(?:improved|changed|strengthened|reshaped)\\s+(?:our|the\\s+team['’]s|the\\s+company['’]s)\\s+(?:[a-z-]+\\s+){0,3}(?:processes|process|practices|ways\\s+of\\s+working)(?![A-Za-z])`,
  ]
    .map((p) => `(?<![A-Za-z])(?:${p})`)
    .join('|'),
  'i',
);

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
