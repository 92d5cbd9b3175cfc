import type { RuleDocs, RuleTips } from './types';

// The words of `we-instead-of-i`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'we-instead-of-i': {
    title: '"We" hides what you did',
    hears: 'I cannot tell which part was yours. Whatever I cannot attribute to you, I cannot credit, so I assume you were nearby while others did it.',
    instead: 'Make each step "I + verb + object". Keep "we" for context only, then say which piece you owned: "the team chose to roll back; I wrote the rollback script and ran it".',
    weak: 'We dug into the flaky deploys and eventually we found a bad cache key.',
    strong: 'I compared twenty failed pipeline runs with green ones, found the build cache key ignored the lockfile, and added its hash to the key.',
  },
};

export const docs: RuleDocs = {
  'we-instead-of-i': {
    description: 'First-person plural ("we", "our team") as the one who acts, where the interviewer needs to hear "I".',
    severity: 'warning in the Action, info in the Result, hint in the Task. The Situation is not read: there "we" sets the scene. A severity you set keeps this scale: `we-instead-of-i: error` gives an error in the Action, a warning in the Result and info in the Task. To set a section\'s own, see "Severity by section" below.',
    flags: [
      '"we", "we\'ve", "we\'re", "we\'d", "we\'ll" when they start a clause of their own: "We rolled back the release".',
      '"our team", "my team and I", "the team and I" in front of a verb, and "it took us", "let us", "helped us to".',
      'In the Task and the Result, only where "we" did a step in a sentence that names no "I" of yours ("We shipped the fix"), and "our efforts", "a testament to our training".',
      'In a story with no sections at all: a hint in its first paragraph (most likely the scene), info after it; as in the Task and the Result, only where "we" did a step in a sentence that names no "I" of yours.',
      'Left alone: "we" in reported speech ("they said \'we can wait\'"), inside a clause under your own "I" ("I proposed that we ship it") or under "when/if/because" ("when we ran into pushback"), a proposal after ":" or "—", "we" that only was, had, needed or saw something ("We had two options", "we were using the default heap", "we were seeing timeouts"), "we both", and the possessive "our" ("our dashboard").',
      'In the Task and the Result, also what two people became to each other ("we hugged", "we ended up friends", "we kept a good working relationship").',
      'Also left alone: a decision only a group makes, told in the Result ("We adopted the testing pyramid"), and a discussion or meeting beside your own part in the same sentence ("I booked a room and we debated the options"). Steps told under the same "we" after it are still flagged ("We agreed, divided the tasks and finished early").',
      'Also left alone: an agreement right after your own step ("I convened the leads. We agreed on a staged rollout"), though not an agreement to do the work ("Our team agreed to delete them"); you and the one person you just met going over something ("I called the student over and we read the form together"); what two parties built between them ("we have built a real rapport"); going back or home at the close ("We all drove back to the depot"); a retro whose items you then list as your own ("we picked two follow-ups:" then "1. I wrote…"); talk and noticing in the Task ("our group had discussed who would do what", "we started to notice…"); and a habit or verdict ("we were only pushing the bugs to Friday"). "This is when we called the supplier" is a main clause and still counts.',
    ],
    why: 'A behavioural interview scores one person. Everything said as "we" is credited to the group, and the interviewer cannot ask the group follow-up questions. The more of the Action that reads as "we", the less evidence there is about you.',
    examples: [
      { weak: 'We decided to shard the queue by tenant.', strong: 'I proposed sharding the queue by tenant, wrote the design note and ran the load test that convinced the team.' },
    ],
    fix: 'Change "we" to "I" (and "we are" to "I am", "we were" to "I was") when the sentence allows it. Words that only make sense of a group go with it ("together", "as a team", "Together we" → "I"; "ourselves" → "myself"); where one person cannot do what the clause says ("we helped each other", "we all agreed"), no fix is offered: rewrite it as your own part.',
  },
};
