import type { RuleDocs, RuleTips } from './types';

// The words of `section-over-time`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'section-over-time': {
    title: 'This part runs long',
    hears: 'Once a part runs past its budget I stop listening for signal and start waiting. A long set-up eats the minutes I wanted for your actions.',
    instead: 'Cut background to the one fact that makes the problem matter. Move detail into a follow-up answer; the interviewer will ask if they want it.',
    weak: 'Our search stack has three tiers: first the gateway, which fans out to the shards, each of which has its own cache, and then...',
    strong: 'After a release, search p99 tripled and nobody noticed for a week.',
  },
};

export const docs: RuleDocs = {
  'section-over-time': {
    description: "A section (or the whole story) runs over its speaking-time target by more than the tolerance; in a story within its time, the Action and Result up to twice their own target and the Reflection three times.",
    flags: [
      'A section whose estimated speaking time (its words at `starStory.wordsPerMinute`) exceeds its target by more than `starStory.timeTolerance` percent. Senior and principal: Situation 30 s, Task 20 s, Action 90 s, Result 20 s, Reflection 15 s (2:55). SDE I and SDE II: the same proportions of 2:00 (20 s, 14 s, 62 s, 14 s, 10 s, rounded so they still add up to 2:00).',
      'In a story within its target the Action and Result may use the time the story has left, up to twice their own target (a Result full of figures is not cut), and the Reflection three times (a two-sentence lesson already runs past its 10 s); the Situation and Task are held to theirs, since a long set-up loses the interviewer however short the rest is.',
      'A whole story over its level\'s target by more than the tolerance, reported on the story title with the section that runs furthest over its own target: trim that one first. That section is not reported again on its own heading.',
      'Follow-ups have no target and are never reported.',
    ],
    why: 'Interviewers plan around short answers so they have time for follow-up questions. A long set-up spends the minutes that should go to your actions, and a long story leaves no room to probe.',
    examples: [
      { weak: 'A Situation that explains the company, the org chart, the architecture and the history of the service before reaching the problem.', strong: 'Two sentences: what broke, and why it mattered to customers.' },
    ],
    notes: 'Tune it with `starStory.wordsPerMinute` (your own pace) and `starStory.timeTolerance` (how far over a target is acceptable), or the same keys in `.starrc.yaml`.',
  },
};
