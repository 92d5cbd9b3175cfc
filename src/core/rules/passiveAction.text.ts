import type { RuleDocs, RuleTips } from './types';

// The words of `passive-action`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'passive-action': {
    title: 'Passive voice hides the actor',
    hears: '"The fix was deployed": by whom? When the sentence has no actor, I assume the actor was not you.',
    instead: 'Put yourself first and then the verb: "I deployed the fix to one region, watched errors for an hour, then rolled it out everywhere."',
    weak: 'A rollback was performed and the timeout was corrected.',
    strong: 'I rolled back the release, corrected the timeout, and redeployed behind a feature flag.',
  },
};

export const docs: RuleDocs = {
  'passive-action': {
    description: 'Passive voice in the Action hides who acted ("the fix was deployed").',
    flags: [
      'Passive verbs in the Action with no actor: "the fix was deployed", "a rollback was performed", "the alerts got tuned".',
      'Only verbs for things an engineer does; "the page was slow" is a description, not a hidden action.',
      'Left alone when the actor is named: "the fix was reviewed by two senior engineers"; when a system did it ("requests were dropped"); for a defect ("the leak was created by a retry loop"); inside a clause under another ("until the problem was resolved").',
      'The message offers the passive\'s own verb in the first person only if the step was yours; otherwise, name who did it.',
    ],
    why: 'A sentence without an actor leaves the interviewer to guess who acted, and the cautious guess is "not you". The Action is where your own verbs must carry the story.',
    examples: [
      { weak: 'The dashboards were rebuilt and the thresholds were adjusted.', strong: 'I rebuilt the dashboards around the four golden signals and lowered the error threshold from 5% to 1%.' },
    ],
  },
};
