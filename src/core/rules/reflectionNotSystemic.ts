import * as z from 'zod/mini';
import { defineRule } from './types';
import { headingOf } from './anchors';
import { storyKinds } from '../storyKind';

// From senior up, the reflection should name the cause behind the bug: the missing mechanism,
// owner, standard or incentive, not only the technical lesson. In a people story (mentoring, a
// conflict, trust; or filed under a people principle) a team or people mechanism counts too.

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
  },
});
