import type { RuleDocs, RuleTips } from './types';

// The words of `reflection-not-systemic`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'reflection-not-systemic': {
    title: 'Name the cause above the code',
    hears: 'At this level I expect you to see why the problem could exist at all. A purely technical lesson reads like a mid-level answer.',
    instead: 'Say what in the organisation let it happen (no owner, no SLO, a missing mechanism, incentives pointing the wrong way) and what you changed or proposed so it cannot recur.',
    weak: 'I learned to add more integration tests around the payments client.',
    strong: 'The real gap was that no team owned the shared client, so it had no SLO; I proposed an owner and an error-budget review, which now runs every quarter.',
  },
};

export const docs: RuleDocs = {
  'reflection-not-systemic': {
    description: 'Senior and principal stories: the reflection names no systemic or organisational cause.',
    severity: 'info, and only for senior and principal stories.',
    flags: [
      'A senior or principal story whose reflection names no systemic or organisational cause: no missing owner, standard, mechanism, process, incentive or shared metric.',
      'In a people story (mentoring, a conflict, trust, or filed under Hire and Develop the Best, Earn Trust or Earth\'s Best Employer) a team or people mechanism counts: regular one-to-ones, team norms, a feedback loop, an onboarding plan.',
      'Reported on the Reflection heading (or the Result heading when the lesson sits there).',
    ],
    why: 'At senior levels the bar is seeing why the problem could exist at all and changing that. A purely technical lesson ("add more tests") shows you fixed one instance, not the system that produces them.',
    examples: [
      { weak: 'Next time I would add an alarm on the queue depth.', strong: 'Queues had no owner after the reorg, so no one watched them; I set up an ownership review for every shared queue, and it has assigned 14 so far.' },
    ],
    phraseList: 'systemic',
  },
};
