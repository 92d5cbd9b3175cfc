import * as z from 'zod/mini';
import { defineRule } from './types';
import { headingOf } from './anchors';

// From senior up, the reflection should name the cause behind the bug: the missing mechanism,
// owner, standard or incentive, not only the technical lesson.

/** The writer changed how the organisation works: "I proposed a contribution process", "added kill criteria to the template". */
const CHANGED_A_MECHANISM = /(?<![A-Za-z])(?:proposed|added|introduced|created|set\s+up|made|pushed\s+for|wrote|established|started|instituted|changed)\s+(?:[\w'’-]+\s+){0,5}(?:process|template|review|policy|metric|incentive|ritual|mechanism|standard|checklist|roadmap|charter|rotation|budget|criteria|guideline|playbook|forum|cadence)s?(?![A-Za-z])/i;
/** The cause sits in who owns or rewards what: "owned by a team that never walked the floor", "reviews rewarded shipping". */
const OWNED_ELSEWHERE = /(?<![A-Za-z])(?:owned\s+by|rewarded|rewards|incentivi[sz]ed|had\s+no\s+slot|no\s+slot\s+for|nobody(?:'s|’s)?\s+job|fell\s+between)(?![A-Za-z])/i;

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
    if (sentences.some((s) => CHANGED_A_MECHANISM.test(s.voice) || OWNED_ELSEWHERE.test(s.voice))) return;
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
