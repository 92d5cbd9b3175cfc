import type { RuleDocs, RuleTips } from './types';

// The words of `generic-reflection`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'generic-reflection': {
    title: 'A lesson that would fit any story',
    hears: 'A platitude could close anyone\'s story, so it tells me you have not reflected on this one.',
    instead: 'Name a lesson only this story could teach: the specific misjudgement, what you do differently now, and where you have done it since.',
    weak: 'I learned that communication is key.',
    strong: 'I stopped trusting staging for migrations: on the next one I replayed a day of production queries against the new schema before switching reads.',
  },
};

export const docs: RuleDocs = {
  'generic-reflection': {
    description: 'A lesson that fits any story ("communication is important", "I learned a lot").',
    options: {
      sharedWords: 'A lesson that reuses at least this many content words of the story is specific enough.',
      concreteWords: 'A lesson with at least this many distinct content words of its own is specific enough.',
    },
    optionsExample: { sharedWords: 3 },
    flags: [
      'A lesson in the Reflection that would fit any story: "communication is key", "the importance of teamwork", "always over-communicate", "I learned a lot".',
      'Slogans and truisms however long the sentence: a lesson announced but never named ("I learned a valuable lesson"), a proverb ("feedback is a gift", "failure is the best teacher"), "a simple truth", "it wasn\'t X — it was Y", "Trust = honesty + follow-through".',
      'A Reflection made only of claims about everyone ("Sometimes the hardest calls are the ones you least want to make.", "Every rewrite is a bet against your old self."): no "I" or "my" in it, nothing told in the past, and no more than one word from the story itself. Reported on its first sentence.',
      'Left alone when the same sentence is specific: it gives an example ("for example", "such as"), a figure, or words from the story itself. "The importance of …" is judged by what follows "of": "the importance of idempotency keys on retried jobs" is specific, "the importance of communication, and …" is not. A lead-in ("that taught me a lot") is left alone when the next sentence is the specific habit it announces ("Now, whenever I…").',
    ],
    why: 'The Reflection is where the interviewer checks whether you learn from experience. A platitude suggests you have not thought about this story at all; a specific lesson, and where you have applied it since, shows growth.',
    examples: [
      { weak: 'Teamwork makes the dream work.', strong: 'I now ask for a rollback plan in every design review I join, after this outage showed our runbook could not undo a schema change.' },
    ],
    phraseList: 'genericReflection',
  },
};
