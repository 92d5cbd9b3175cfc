import type { RuleDocs, RuleTips } from './types';

// The words of `missing-scope-boundary`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'missing-scope-boundary': {
    title: 'Say why this was not simply your job',
    hears: 'Nothing tells me it was outside your remit, so I assume it was assigned. Doing an assigned task well is competence, not ownership.',
    instead: 'In the Task, one sentence: whose system or problem it was, that nobody had asked or filed anything, and that you decided to act anyway.',
    weak: 'My task was to fix the slow search queries.',
    strong: 'The query service belonged to another team and nobody had filed anything, so I decided to find the regression myself.',
  },
};

export const docs: RuleDocs = {
  'missing-scope-boundary': {
    description: 'Neither the Situation nor the Task says the work was outside your remit, unasked, unticketed or self-started.',
    options: {
      skipPrinciples: 'Principle ids (such as `earn-trust`) for which the rule stays quiet when a story names only those principles.',
    },
    optionsExample: { skipPrinciples: ['have-backbone-disagree-and-commit'] },
    severity: 'warning when one of the story\'s principles calls for a boundary (Ownership, Bias for Action); hint when the story names no principle but its set-up reads as something you took on yourself.',
    flags: [
      'A story whose Situation and Task (and the lines before the first section) never say the work was outside your remit: not your team or service, no ticket, nobody asked, you volunteered or started it yourself. Also across sentences: "I noticed… I wanted to…" (unless someone asked you), "I could have left it alone" or "I could have just escalated", work "another team was supposed to" do, "I didn\'t wait for approval", a change proposed to the team whose tool it is.',
      'Reported on the Task heading, or on the story title when there is no Task.',
      'On a story that names no principle, only when its title, question, Situation or Task reads as something you took on yourself: framed as ownership or initiative ("took the initiative", not "this initiative"), told as a step of your own choosing ("I came up with the idea", "I proposed", "I offered to", "I took the lead"), or filed under a misspelt Ownership or Bias for Action. A proposal told only in the Action does not count: that is how most invention, customer and mistake stories go on. A deadline, a project, a hard day at work or a problem you noticed, told without such a sign, gets nothing: nobody asks whose remit it was.',
      'Quiet when the story has no Situation, Task or Action yet; when every principle it names is one whose profile has no boundary (Earn Trust, Dive Deep, Have Backbone…); on a story recognisably about a disagreement, a mistake, trust, a conflict, learning or mentoring, where nobody asks whose system it was; on your own on-call page or Sev; with no principle named, on a question about invention.',
    ],
    why: 'Ownership and Bias for Action are judged on the decision to act, not on the quality of the work. Unless the story says otherwise, the interviewer assumes the work was assigned, and doing assigned work well does not show ownership.',
    examples: [
      { weak: 'I was responsible for improving the deploy pipeline.', strong: 'The deploy pipeline belonged to the platform team and had no open ticket; after losing a day to a flaky step, I offered to fix it myself.' },
    ],
    fix: 'Insert a scope-boundary sentence (a snippet with placeholders to tab through) at the end of the Task.',
    phraseList: 'scopeBoundary',
  },
};
