import type { RuleDocs, RuleTips } from './types';

// The words of `assigned-not-initiated`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'assigned-not-initiated': {
    title: 'Assigned work does not prove initiative',
    hears: 'The first move was someone else\'s, or you were simply idle. For Ownership or Bias for Action, that can sink the answer.',
    instead: 'Start from what you noticed and why it mattered. If the work really was assigned, show where you went past the ask, or tell a story where you made the first move.',
    weak: 'My manager asked me to look at the onboarding backlog since I had bandwidth.',
    strong: 'I noticed new hires were waiting nine days for repository access; the queue had no owner, so I took it on.',
  },
};

export const docs: RuleDocs = {
  'assigned-not-initiated': {
    description: 'The work reads as handed to you ("my manager asked me", "I was assigned", "I had free time").',
    severity: 'A warning; an info in a story about your own mistake, where the duty you held explains what went wrong and the advice is to own the miss and the recovery instead.',
    flags: [
      'Signs that the work was handed to you, in the Situation, Task, Follow-ups and the lines before the first section: "I was assigned", "my manager asked me to", "the finance lead asked me to", "my lead gave me this", "my first responsibility was to", "the task was to", "being tasked with", "my role that night was to", "I received a Sev 2", "I had some free time".',
      'Left alone when negated ("nobody asked me") or when the ask was not the work itself ("my manager asked me how I found it", "asked me to present it"), a thing handed over ("handed me sixty dollars"), "my job was to fix it" after your own mistake, an ask left unsaid in a clause of time ("I only spoke when he asked me to"), or accountability for an outcome ("ultimately I was responsible for their success", "I was responsible for the delay").',
    ],
    why: 'Principles such as Ownership, Bias for Action and Invent and Simplify are about choosing to act. When the first move is someone else\'s, the story answers a different question, and a follow-up about what you would have done unprompted is likely.',
    examples: [
      { weak: 'My tech lead asked me to clean up the feature flags.', strong: 'Stale feature flags had caused two incidents in a quarter and no one tracked them, so I built a report of flags older than 90 days and started removing them.' },
    ],
    phraseList: 'assigned',
  },
};
