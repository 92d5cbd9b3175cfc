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
      'A Result that has figures, none of them money, and no words that turn them into customers, revenue, cost, hours saved or risk.',
      'Time given back to people ("2 hours per engineer a week"), a wait people sit through cut ("CI pipeline time from 30 minutes to 20", "build times by 40%", "onboarding from days to hours"; a system\'s latency is not such a wait), the people the work serves (customers, users, readers, patients, researchers, analysts, drivers), payments, labour, reliability and conversion count as business impact.',
      'Not flagged when the Situation already states the stake the figure measures (money, customers, payments, cost, risk): "a $15k overpayment" before "the issue was corrected in time". A figure that only places the telling in time ("10 minutes ago", "for 5 months", "two weeks later") or labels an item ("#2") is not a result figure.',
    ],
    why: 'A technical delta shows you can fix things; its business meaning shows you know why it was worth fixing. Interviewers for most principles, Customer Obsession and Frugality above all, listen for the second part.',
    examples: [
      { weak: 'Cache hit rate went from 60% to 92%.', strong: 'Cache hit rate went from 60% to 92%, so checkout pages load a second faster for the 30% of shoppers on mobile.' },
    ],
    phraseList: 'businessImpact',
  },
};
