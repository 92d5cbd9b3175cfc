import type { RuleDocs, RuleTips } from './types';

// The words of `result-missing-business-impact`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'result-missing-business-impact': {
    title: 'Translate the figure into business terms',
    hears: 'I have a technical delta but no reason anyone beyond your team would care. It sounds like a tidy fix, not impact.',
    instead: 'Add one clause that turns the delta into money, customers, time or risk: dollars saved, customers unblocked, engineering hours returned, an audit finding closed.',
    weak: 'The nightly job now finishes in 40 minutes instead of 6 hours.',
    strong: 'The nightly job now finishes in 40 minutes instead of 6 hours, which cut its compute cost by about $3,100 per month.',
  },
};

export const docs: RuleDocs = {
  'result-missing-business-impact': {
    description: 'The Result has figures but never says what they meant in money, customers, time saved or risk.',
    flags: [
      'A Result that has figures, none of them money, and no words that turn them into customers, revenue, cost, hours saved or risk, in a story whose Situation states no such stake either.',
      'Time given back to people ("2 hours per engineer a week"), a wait people sit through cut from one figure to another ("CI pipeline time from 30 minutes to 20", "review wait times went from three weeks to one"; a system\'s latency is not such a wait), the people the work serves (customers, users, readers, patients, guests, shoppers, passengers) and conversion count as business impact.',
      'A time that only places the story is no figure to translate: "two weeks later", "for 5 months", "with 9 minutes to go".',
    ],
    why: 'A technical delta shows you can fix things; its business meaning shows you know why it was worth fixing. Interviewers for most principles, Customer Obsession and Frugality above all, listen for the second part.',
    examples: [
      { weak: 'Cache hit rate went from 60% to 92%.', strong: 'Cache hit rate went from 60% to 92%, so checkout pages load a second faster for the 30% of shoppers on mobile.' },
    ],
    phraseList: 'businessImpact',
  },
};
