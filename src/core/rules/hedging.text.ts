import type { RuleDocs, RuleTips } from './types';

// The words of `hedging`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'hedging': {
    title: 'Hedges make you sound unsure of your own story',
    hears: 'If you are not sure what you did or what happened, I cannot be either. Either you were far from the work or the result is shaky.',
    instead: 'Say what you did and what happened, plainly. When a number is an estimate, say so once and give its basis: "about $2K a month, from the billing report".',
    weak: 'I think I sort of cleaned up the alerts, and it probably helped on-call.',
    strong: 'I deleted 23 alerts that never led to action; pages per week fell from 41 to 12.',
  },
};

export const docs: RuleDocs = {
  'hedging': {
    flags: [
      'Hedges in the Action and the Result: "I think", "I guess", "sort of", "kind of", "maybe", "hopefully", "probably".',
      'Left alone: "sort of" and "kind of" used as nouns ("what kind of index"), lessons folded into the Result, and honest narration the story owns in the same or the next sentence ("I assumed the cache was warm; that was my mistake").',
    ],
    why: 'Hedges make a candidate sound unsure of their own story. Interviewers then wonder how close you were to the work, or whether the result is real.',
    examples: [
      { weak: 'I guess the migration maybe saved some money.', strong: 'The migration cut the storage bill by $4,200 a month, from the billing console\'s before and after.' },
    ],
    phraseList: 'hedges',
  },
};
