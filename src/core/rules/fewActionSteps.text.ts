import type { RuleDocs, RuleTips } from './types';

// The words of `few-action-steps`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'few-action-steps': {
    title: 'Show more than one move',
    hears: 'One or two steps sound like a lucky fix or a summary of someone else\'s work. I cannot see how you think.',
    instead: 'Give three to six concrete steps in order, each "I + verb": how you found it, how you confirmed it, what you built, how you checked it, how you made it stick.',
    weak: 'I fixed the accessibility issues on checkout.',
    strong: 'I ran an automated audit on checkout, ranked the 37 violations by user impact, fixed the focus trap in the payment dialog, labelled 14 form fields, and added the audit to CI.',
  },
};

export const docs: RuleDocs = {
  'few-action-steps': {
    description: 'The Action has fewer than three distinct first-person steps ("I traced…", "I wrote…").',
    options: {
      minimum: 'How many distinct "I + verb" steps the Action needs.',
    },
    optionsExample: { minimum: 4 },
    flags: [
      'An Action with fewer distinct first-person steps ("I traced", "I wrote", "I rolled out") than the minimum. Repeating the same verb counts once, unless each time it takes a different object ("build the tool", "build the pipeline" are two; "I checked the logs. I checked again." is one).',
      'Counted as steps too: bullets without a subject ("- Rebuilt the cache", "- Ask support for a test case"), labelled steps ("Week 1: migrated the reads", "Proposed: …" when a verb follows), a step named before its colon ("**Built:** Created the pipeline"), a step after a leading adverb ("Immediately powered off the server"), "I\'ve called the bank" and a habit told with "would" ("I would always call the client"; not "I would have called"). Never a noun phrase: "Detailed logs showed…" is not a step.',
      'Also counted: the step a verb that is no step itself carries ("I tried using a compression app", "I was explaining the trade-offs"), a second verb after "and" ("I stepped in and said…", "I cancel the booking and check the guest in", "and just kept sorting the forms"), an emphatic "did" ("I did prepare a letter"), what "I worked with sales to…" was for, staying somewhere ("I stayed outside with the queue") and what an evening was spent on ("I spent an evening building a prototype"). An attempt or a state is not a step: "I was trying to…", "I was working nights".',
      'Also counted: what a decision or a start carries and its siblings ("I decided to call the vendor, email the team and draft a plan" is three), a pseudo-cleft ("The first thing I did was call the vendor", "My next step was to pull the logs"), "I was able to…", "I have set up…", a causative "I got both leads to agree", "It was me who…", "I was the one who…", "the lead and myself took…", "that meant training others" and "I even walked her over".',
      'Never counted: a step not taken ("I didn\'t push back"), what happened to you ("I forgot to check", "I received a call", "I made a mistake", "I messed up", "I froze", "I waited"), the background or time of a step ("when I was stocking the shelves", "before I left"), an intention ("I intended to…"), a verb whose subject is someone else ("then we compared, listed and picked one", "she asked…"), an embedded question or condition ("how I voted", "if I had"), a clause about an object ("a script I wrote last year"), a sentence that opens on a participle used as an adjective ("Improved caching reduced the load", "Stored in the wiki."), or a list of qualities ("a tool—small, tested, and boring").',
      'Reported on the Action heading, with the steps it did find.',
    ],
    why: 'The Action is the part interviewers probe hardest: how you found the problem, how you decided, what you built, how you checked it. One or two steps leave no trace of judgement to score.',
    examples: [
      { weak: 'I improved the search relevance.', strong: 'I sampled 200 failed searches, found that synonyms were never indexed, added a synonym stage to the indexer, A/B tested it for a week and rolled it out.' },
    ],
  },
};
