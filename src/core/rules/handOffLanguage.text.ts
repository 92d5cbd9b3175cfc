import type { RuleDocs, RuleTips } from './types';

// The words of `hand-off-language`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'hand-off-language': {
    title: 'Routing a problem is not owning it',
    hears: 'You spotted it and passed it on. That is good citizenship, and I now score the rest of the story as someone else\'s work.',
    instead: 'If another team had to be involved, say what you brought them and what you drove to the end: the diagnosis, the patch, the test, the follow-up until it shipped.',
    weak: 'I filed a ticket with the platform team and they took care of it.',
    strong: 'I opened a pull request on the platform repo with the fix and a failing test, walked their on-call engineer through it, and watched error rates after their deploy.',
  },
};

export const docs: RuleDocs = {
  'hand-off-language': {
    description: 'Routing instead of owning: escalated it, sent a Slack message, they handled it, waited for them.',
    flags: [
      'Routing phrases in the Action, Result and Follow-ups: "escalated it", "filed a ticket", "sent them a Slack message", "they handled it", "waited for them", "handed it off".',
      'Escalation in its other forms: "escalated the latency regression to the platform team", "I escalated the regression", "raised an escalation with the vendor"; not "the outage escalated" or "a row lock that escalated to a table lock" (it got worse). A hand-off is never counted as one of the Action\'s steps (few-action-steps).',
      'The fix itself asked of someone else: "asked the cook to reheat it", "encouraged the staff to redo the calculation", "called in another member of the team to assist"; not an ask for review ("asked the tech lead to challenge my assumptions", "asked the developers to come prepared").',
      'Left alone when the same sentence says what you brought or built: "I filed a ticket with a working patch", "I raised it with them for visibility while I fixed the client", "I raised the issue with the leads and proposed a two-day fix", finished work "handed off with runbook and tests".',
      'Left alone when the sentence owns what happened: "I told my manager and took responsibility for the rollback".',
    ],
    why: 'Noticing a problem and passing it on is good citizenship, not ownership. Once a story hands the hard part to someone else, the interviewer credits the rest of it to them, and asks what you would have done if they had said no.',
    examples: [
      { weak: 'I escalated the memory leak to the SDK team and waited for their fix.', strong: 'I traced the leak to the SDK\'s retry buffer, sent the SDK team a patch with a reproducing test, and pinned our services to a patched build until they released it.' },
    ],
    phraseList: 'handOff',
  },
};
