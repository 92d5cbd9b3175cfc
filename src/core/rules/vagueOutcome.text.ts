import type { RuleDocs, RuleTips } from './types';

// The words of `vague-outcome`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'vague-outcome': {
    title: 'Replace the feeling with a fact',
    hears: 'Pleasant words give me nothing to write down. I conclude you do not know the outcome or never measured it.',
    instead: 'Swap the sentiment for what changed, measured: a count, a rate, a duration, a dollar figure. If people were pleased, say what they did because of it.',
    weak: 'The customer was happy and things got better.',
    strong: 'The customer\'s open escalations fell from 11 to 0 in two weeks, and they renewed that quarter.',
  },
};

export const docs: RuleDocs = {
  'vague-outcome': {
    description: 'An outcome with no substance ("things got better", "the team was happy") and no figure beside it.',
    flags: [
      'Outcome phrases with no substance in a Result sentence that has no figure: "it went well", "things got better", "positive feedback", "made a difference".',
      'Feelings, praise and comparatives standing in for a result: "the partners were happy", "on-call is much better", "recognized by management"; a change or a level with no size: "errors dropped significantly", "morale improved", "a significant increase in leads", "in record time", "it performed well", "the savings were substantial".',
      'Left alone when the same sentence carries a figure: "the team was happy because pages fell by 70%" is fine. Left alone too: a sentence that opens on the figure the sentence before it gave ("…over 90% readiness. This level of readiness was a testament to…"), looking forward to the work rather than reporting its outcome ("I was very excited about doing it"), a lesson ("it taught me that…"), and the words in another sense ("she worked out the sum", "nothing quite like it"). Not claimed, so left alone: a phrase under a negation ("did not improve reliability, reduce toil or win users"), a purpose ("shared the checklist with the other shifts to improve efficiency"; "helped improve efficiency" is still a claim), willingness ("happy to give us an afternoon"), "was so successful that" followed by its evidence, and "prevented any future incidents", which result-missing-second-order reads as the problem staying away.',
      'In a story with no sections at all, its closing paragraph (and the one before it, when the last is a lesson) is read as the Result.',
    ],
    why: 'Sentiment is not evidence. An interviewer who hears "everyone was pleased" wonders whether the outcome was measured at all, and has nothing to quote in the debrief.',
    examples: [
      { weak: 'The launch went really well.', strong: 'The launch shipped on the planned date with zero rollbacks, and sign-ups in the new region reached 4,000 in the first week.' },
    ],
    phraseList: 'vagueOutcome',
  },
};
