import type { PhraseListName } from '../src/core/coaching/types';
import { findPrinciple } from '../src/core/coaching/principleNames';
import { PRINCIPLE_PROFILES } from '../src/core/coaching/principleProfiles';

// The hand-written part of each rule's page in docs/rules/: what exactly the rule flags and
// leaves alone, why an interviewer cares beyond the tip's one line, extra examples, and what
// its options and phrase list mean. scripts/gen-docs.ts joins this with the rule's metadata,
// its tip (src/core/coaching/tips.ts) and its options schema.

export interface RuleDocText {
  /** How the severity varies, when it is not simply the default. */
  severity?: string;
  /** What the rule reports, and what it deliberately leaves alone. */
  flags: string[];
  /** Why an interviewer cares, beyond the tip's "what the interviewer hears". */
  why: string;
  /** More weak → strong pairs, besides the tip's own. */
  examples?: { weak: string; strong: string }[];
  /** The quick fix the rule offers on its own, besides disabling it and opening the tip. */
  fix?: string;
  /** The built-in phrase list the rule reads, which `phrases.<name>` extends. */
  phraseList?: PhraseListName;
  /** What each option in the rule's schema means. */
  options?: Record<string, string>;
  /** Anything else worth knowing (when it stays quiet, how it interacts with other rules). */
  notes?: string;
}

export const RULE_DOCS: Record<string, RuleDocText> = {
  'we-instead-of-i': {
    severity: 'warning in the Action, info in the Result, hint in the Task. The Situation is not read: there "we" sets the scene.',
    flags: [
      '"we", "we\'ve", "we\'re", "we\'d", "we\'ll" when they start a clause of their own: "We rolled back the release".',
      '"our team", "my team and I", "the team and I" in front of a verb, and "it took us", "let us", "helped us to".',
      'In the Task and the Result, only where "we" did a step in a sentence that names no "I" of yours ("We shipped the fix"), and "our efforts", "a testament to our training".',
      'Left alone: "we" in reported speech ("they said \'we can wait\'"), inside a clause under your own "I" ("I proposed that we ship it") or under "when/if/because" ("when we ran into pushback"), a proposal after ":" or "—", "we" that only was, had, needed or saw something ("We had two options"), "we both", and the possessive "our" ("our dashboard").',
    ],
    why: 'A behavioural interview scores one person. Everything said as "we" is credited to the group, and the interviewer cannot ask the group follow-up questions. The more of the Action that reads as "we", the less evidence there is about you.',
    examples: [
      { weak: 'We decided to shard the queue by tenant.', strong: 'I proposed sharding the queue by tenant, wrote the design note and ran the load test that convinced the team.' },
    ],
    fix: 'Change "we" to "I" (and "we are" to "I am", "we were" to "I was") when the sentence allows it.',
  },
  'missing-scope-boundary': {
    severity: 'warning when one of the story\'s principles calls for a boundary (Ownership, Bias for Action); hint when the story names no principle.',
    flags: [
      'A story whose Situation and Task (and the lines before the first section) never say the work was outside your remit: not your team or service, no ticket, nobody asked, you volunteered or started it yourself.',
      'Reported on the Task heading, or on the story title when there is no Task.',
      'Quiet when the story has no Situation, Task or Action yet; when every principle it names is one whose profile has no boundary (Earn Trust, Dive Deep, Have Backbone…); and on a story recognisably about a disagreement, a mistake, trust, a conflict, learning or mentoring, where nobody asks whose system it was.',
    ],
    why: 'Ownership and Bias for Action are judged on the decision to act, not on the quality of the work. Unless the story says otherwise, the interviewer assumes the work was assigned, and doing assigned work well does not show ownership.',
    examples: [
      { weak: 'I was responsible for improving the deploy pipeline.', strong: 'The deploy pipeline belonged to the platform team and had no open ticket; after losing a day to a flaky step, I offered to fix it myself.' },
    ],
    fix: 'Insert a scope-boundary sentence (a snippet with placeholders to tab through) at the end of the Task.',
    phraseList: 'scopeBoundary',
    options: {
      skipPrinciples: 'Principle ids (such as `earn-trust`) for which the rule stays quiet when a story names only those principles.',
    },
  },
  'unquantified-result': {
    flags: [
      'A Result section with sentences in it but no measured figure: no percentage, money, multiple, duration, count or before → after.',
      'A Result whose only figure is a placeholder ("X%", "TBD") gets its own message: fill the number in.',
      'Years and version numbers are not figures.',
    ],
    why: 'Figures are what interviewers write down and what the debrief quotes. A Result without one leaves the panel to guess whether anything changed, and guesses are cautious.',
    examples: [
      { weak: 'The on-call load went down a lot.', strong: 'Pages per on-call week fell from 38 to 9 over the next month.' },
    ],
    fix: 'Insert a measured-result sentence ("the metric went from before to after, which saved …") at the end of the Result.',
  },
  'result-missing-business-impact': {
    flags: [
      'A Result that has figures, none of them money, and no words that turn them into customers, revenue, cost, hours saved or risk.',
      'Time given back to people ("2 hours per engineer a week") and conversion count as business impact.',
    ],
    why: 'A technical delta shows you can fix things; its business meaning shows you know why it was worth fixing. Interviewers for most principles, Customer Obsession and Frugality above all, listen for the second part.',
    examples: [
      { weak: 'Cache hit rate went from 60% to 92%.', strong: 'Cache hit rate went from 60% to 92%, so checkout pages load a second faster for the 30% of shoppers on mobile.' },
    ],
    phraseList: 'businessImpact',
  },
  'result-missing-second-order': {
    severity: 'info; a warning for senior and principal stories, where a wider effect is expected.',
    flags: [
      'A Result with no lasting or wider effect: nothing adopted by another team, made the default, reused, written into a runbook or standard.',
    ],
    why: 'From senior level up, interviewers look for impact that outlives the fix: a mechanism, a tool or a practice that others picked up. A result that stops at your change reads as a mid-level story.',
    examples: [
      { weak: 'The flaky tests were fixed and the build went green.', strong: 'The build went green, and the quarantine job I wrote for flaky tests now runs in every repository of the organisation.' },
    ],
    phraseList: 'secondOrder',
  },
  'vague-outcome': {
    flags: [
      'Outcome phrases with no substance in a Result sentence that has no figure: "it went well", "things got better", "positive feedback", "made a difference".',
      'Feelings and comparatives standing in for a result: "the partners were happy", "on-call is much better".',
      'Left alone when the same sentence carries a figure: "the team was happy because pages fell by 70%" is fine.',
    ],
    why: 'Sentiment is not evidence. An interviewer who hears "everyone was pleased" wonders whether the outcome was measured at all, and has nothing to quote in the debrief.',
    examples: [
      { weak: 'The launch went really well.', strong: 'The launch shipped on the planned date with zero rollbacks, and sign-ups in the new region reached 4,000 in the first week.' },
    ],
    phraseList: 'vagueOutcome',
  },
  'hand-off-language': {
    flags: [
      'Routing phrases in the Action, Result and Follow-ups: "escalated it", "filed a ticket", "sent them a Slack message", "they handled it", "waited for them", "handed it off".',
      'Left alone when the same sentence says what you brought or built: "I filed a ticket with a working patch", "I raised it with them for visibility while I fixed the client".',
      'Left alone when the sentence owns what happened: "I told my manager and took responsibility for the rollback".',
    ],
    why: 'Noticing a problem and passing it on is good citizenship, not ownership. Once a story hands the hard part to someone else, the interviewer credits the rest of it to them, and asks what you would have done if they had said no.',
    examples: [
      { weak: 'I escalated the memory leak to the SDK team and waited for their fix.', strong: 'I traced the leak to the SDK\'s retry buffer, sent the SDK team a patch with a reproducing test, and pinned our services to a patched build until they released it.' },
    ],
    phraseList: 'handOff',
  },
  'assigned-not-initiated': {
    flags: [
      'Signs that the work was handed to you, in the Situation, Task, Follow-ups and the lines before the first section: "I was assigned", "my manager asked me to", "my lead gave me this", "I had some free time".',
      'Left alone when negated ("nobody asked me") or when the ask was not the work itself ("my manager asked me how I found it", "asked me to present it").',
    ],
    why: 'Principles such as Ownership, Bias for Action and Invent and Simplify are about choosing to act. When the first move is someone else\'s, the story answers a different question, and a follow-up about what you would have done unprompted is likely.',
    examples: [
      { weak: 'My tech lead asked me to clean up the feature flags.', strong: 'Stale feature flags had caused two incidents in a quarter and no one tracked them, so I built a report of flags older than 90 days and started removing them.' },
    ],
    phraseList: 'assigned',
  },
  'passive-action': {
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
  'few-action-steps': {
    flags: [
      'An Action with fewer distinct first-person steps ("I traced", "I wrote", "I rolled out") than the minimum. Repeating the same verb counts once.',
      'Counted as steps too: bullets without a subject ("- Rebuilt the cache", "- Ask support for a test case"), labelled steps ("Week 1: migrated the reads", "Proposed: …" when a verb follows) and a step after a leading adverb ("Immediately powered off the server"). Never a noun phrase: "Detailed logs showed…" is not a step.',
      'Reported on the Action heading, with the steps it did find.',
    ],
    why: 'The Action is the part interviewers probe hardest: how you found the problem, how you decided, what you built, how you checked it. One or two steps leave no trace of judgement to score.',
    examples: [
      { weak: 'I improved the search relevance.', strong: 'I sampled 200 failed searches, found that synonyms were never indexed, added a synonym stage to the indexer, A/B tested it for a week and rolled it out.' },
    ],
    options: {
      minimum: 'How many distinct "I + verb" steps the Action needs.',
    },
  },
  hedging: {
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
  'generic-reflection': {
    flags: [
      'A lesson in the Reflection that would fit any story: "communication is key", "the importance of teamwork", "always over-communicate", "I learned a lot".',
      'Left alone when the same sentence is specific: it gives an example ("for example", "such as"), a figure, or words from the story itself.',
    ],
    why: 'The Reflection is where the interviewer checks whether you learn from experience. A platitude suggests you have not thought about this story at all; a specific lesson, and where you have applied it since, shows growth.',
    examples: [
      { weak: 'Teamwork makes the dream work.', strong: 'I now ask for a rollback plan in every design review I join, after this outage showed our runbook could not undo a schema change.' },
    ],
    phraseList: 'genericReflection',
    options: {
      sharedWords: 'A lesson that reuses at least this many content words of the story is specific enough.',
      concreteWords: 'A lesson with at least this many distinct content words of its own is specific enough.',
    },
  },
  'principle-fit': {
    severity: 'info when the story shows some of its principle\'s signals, warning when it shows none; one finding per principle the story names.',
    flags: [
      'For each principle the story names (front matter `principle:` or the `<!-- star: principle=… -->` comment under a title in a bank), the signals an interviewer listens for that the text does not show: for Ownership, that the work was outside your remit, that you saw it through and that you left a mechanism; for Have Backbone; Disagree and Commit, whom you disagreed with, the evidence you brought and that you committed once decided. Every one of the 16 principles has 3 or 4.',
      'Reported on the story title, with the principle\'s tip. The coach panel shows each signal ✓ or ✗ with the sentence that shows it.',
      'A story that names no principle is not judged: its title hover and the panel suggest the 1–3 principles its text shows best, with a quick fix that files it.',
    ],
    why: 'The first thing a bar raiser writes down is whether the story proves the principle it was asked for. A well-told story about the wrong thing scores nothing for the principle in question.',
    examples: [
      { weak: 'Filed under Dive Deep: "We fixed the slow report by adding an index and it got faster."', strong: 'Filed under Dive Deep: "I pulled a week of slow-query logs, traced the delay to a full scan on the orders table, and proved it by replaying the query with and without an index."' },
    ],
    notes: [
      'Signals are judged generously: a sentence that plausibly shows one counts, because telling you a signal is missing when it is there costs more than missing a weak one. On a story about a mistake, a disagreement, trust, a conflict, learning or mentoring, Ownership is not asked whose system it was.',
      '',
      '## What each principle listens for',
      '',
      '| Principle | Signals |',
      '|---|---|',
      ...PRINCIPLE_PROFILES.map((p) => `| ${findPrinciple(p.id)?.name ?? p.id} | ${p.signals.map((x) => x.label).join('; ')} |`),
    ].join('\n'),
  },
  'reflection-not-systemic': {
    severity: 'info, and only for senior and principal stories.',
    flags: [
      'A senior or principal story whose reflection names no systemic or organisational cause: no missing owner, standard, mechanism, process, incentive or shared metric.',
      'In a people story (mentoring, a conflict, trust, or filed under Hire and Develop the Best, Earn Trust or Earth\'s Best Employer) a team or people mechanism counts: regular one-to-ones, team norms, a feedback loop, an onboarding plan.',
      'Reported on the Reflection heading (or the Result heading when the lesson sits there).',
    ],
    why: 'At senior levels the bar is seeing why the problem could exist at all and changing that. A purely technical lesson ("add more tests") shows you fixed one instance, not the system that produces them.',
    examples: [
      { weak: 'Next time I would add an alarm on the queue depth.', strong: 'Queues had no owner after the reorg, so no one watched them; I set up an ownership review for every shared queue, and it has assigned 14 so far.' },
    ],
    phraseList: 'systemic',
  },
  'section-over-time': {
    flags: [
      'A section whose estimated speaking time (its words at `starStory.wordsPerMinute`) exceeds its target by more than `starStory.timeTolerance` percent. Senior and principal: Situation 30 s, Task 20 s, Action 90 s, Result 20 s, Reflection 15 s (2:55). SDE I and SDE II: the same proportions of 2:00 (20 s, 14 s, 62 s, 14 s, 10 s, rounded so they still add up to 2:00).',
      'A whole story over its level\'s target by more than the tolerance, reported on the story title with the section that runs furthest over its own target: trim that one first.',
      'Follow-ups have no target and are never reported.',
    ],
    why: 'Interviewers plan around short answers so they have time for follow-up questions. A long set-up spends the minutes that should go to your actions, and a long story leaves no room to probe.',
    examples: [
      { weak: 'A Situation that explains the company, the org chart, the architecture and the history of the service before reaching the problem.', strong: 'Two sentences: what broke, and why it mattered to customers.' },
    ],
    notes: 'Tune it with `starStory.wordsPerMinute` (your own pace) and `starStory.timeTolerance` (how far over a target is acceptable), or the same keys in `.starrc.yaml`.',
  },
  'missing-section': {
    flags: [
      'A story without one of the required parts: Situation, Task, Action, Result, Reflection. A lesson folded into the Result counts as a Reflection.',
      'A missing Reflection is info up to SDE II (reported on its own, apart from any other missing part) and a warning from senior, where the reflection is what separates the levels.',
      'A story with no recognised section headings at all gets one message asking for them.',
      'Reported on the story title (or the start of the file).',
    ],
    why: 'Each missing part is a question the interviewer will ask anyway, and answer by default in the cautious direction: no Task means the work was assigned, no Result means nothing measurable happened.',
    options: {
      required: 'The sections every story must have (`situation`, `task`, `action`, `result`, `reflection`, `followups`).',
    },
  },
  'section-order': {
    flags: [
      'A section heading that comes after a later part of the story, such as a Task after the Action.',
      'A part that appears twice (except Follow-ups).',
    ],
    why: 'A story told out of order makes the listener rebuild the timeline, and attention spent on that is not spent on scoring you.',
  },
  'empty-section': {
    flags: ['A Situation, Task, Action, Result or Reflection heading with no words under it. Follow-ups may stay empty while you collect questions.'],
    why: 'An empty heading is a part you will improvise in the room. The parts left for last are usually the hard ones: why the work was yours and what it achieved.',
  },
  'unfilled-placeholder': {
    flags: ['Placeholders left in the draft anywhere in a story: "X%", "N ms", "$X", "[?]", "???", "TBD", "TODO:", "XX".'],
    why: 'A placeholder is a figure you have not looked up yet. Rehearsing around it means you will be vague exactly where the interviewer wants precision.',
  },
  'invalid-front-matter': {
    severity: 'error for YAML that cannot be read or a value of the wrong kind; a hint for an unknown key.',
    flags: [
      'Front matter (between the opening and closing `---`) that is not valid YAML.',
      'A key with a value of the wrong kind, such as a `level` other than sde1, sde2, senior or principal. Reported on that key or value, not on the first line.',
      'Unknown keys, as a hint. Keys such as `company`, `role`, `tags` and `date` are allowed.',
    ],
    why: 'This one is about the file, not the interview: the front matter tells the coach which principle and level to coach for. When it cannot be read, the level and principle fall back to the defaults.',
  },
  'unknown-principle': {
    flags: ['A `principle` (or `principles`) value, or a `principle=` in a story\'s override comment, that matches none of Amazon\'s 16 Leadership Principles. The message suggests the nearest name.'],
    why: 'The coach panel\'s advice on what to stress and the likely follow-up questions depend on the principle. With an unknown name the story gets only the general coaching.',
  },
  'binary-file': {
    flags: ['A file whose content is binary (for example, a word processor document renamed to `.star.md`). No other rule runs on it.'],
    why: 'There is no text to coach. Stories need to be plain text so the editor, the coach and version control can all read them.',
    notes: 'Suppression comments cannot apply to a binary file; use the setting or `.starrc.yaml` to turn the rule off.',
  },
  'rule-error': {
    flags: ['A rule that threw an error while checking a story. The error is reported once, on the story title, and every other rule still runs.'],
    why: 'This is a fault in the checker, not in your story. It is reported so that a broken rule is never mistaken for a clean story.',
    notes: 'Rather than turning `rule-error` off, turn off the rule named in the message until it is fixed, and please report the text that triggers it.',
  },
};
