import type { RuleDocs, RuleTips } from './types';

// The words of `unquantified-result`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'unquantified-result': {
    title: 'Put a number on the result',
    hears: 'No figure, no evidence. I write "impact unclear" in my notes and the story stops counting as a result.',
    instead: 'Give the metric you moved, before and after: p99 from 1.4 s to 310 ms, a backlog from 60 to 4. An honest estimate with its source beats no number at all.',
    weak: 'Search got a lot faster after my change.',
    strong: 'p99 search latency went from 1.4 s back to 310 ms within a day of the rollout.',
  },
};

export const docs: RuleDocs = {
  'unquantified-result': {
    description: 'The Result has no measured figure: no %, money, multiple, time, count or before → after.',
    flags: [
      'A Result section with sentences in it but no measured figure: no percentage, money, multiple, duration, count or before → after.',
      'A Result whose only figure is a placeholder ("X%", "TBD") gets its own message: fill the number in.',
      'Years, version numbers, clock times ("at 1am", "11:30 pm") and days of the month ("on 5 May") are not figures, nor are a number in a name ("the N+1 query"), a list’s own numbering and time told back ("those 20 minutes"). A duration in words with its size is one ("over a month", "an entire afternoon"); "about a week later" is not.',
    ],
    why: 'Figures are what interviewers write down and what the debrief quotes. A Result without one leaves the panel to guess whether anything changed, and guesses are cautious.',
    examples: [
      { weak: 'The on-call load went down a lot.', strong: 'Pages per on-call week fell from 38 to 9 over the next month.' },
    ],
    fix: 'Insert a measured-result sentence ("the metric went from before to after, which saved …") at the end of the Result.',
  },
};
