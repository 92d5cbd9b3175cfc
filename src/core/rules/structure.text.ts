import type { RuleDocs, RuleTips } from './types';

// The words of `missing-section`, `section-order`, `empty-section` and `unfilled-placeholder`:
// their tips (hovers, the coach panel) and the prose of their pages in docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'missing-section': {
    title: 'A part of the story is missing',
    hears: 'When a part is missing I fill the gap myself, and I fill it cautiously: no stated result reads as no result.',
    instead: 'Add the section, even if it is two sentences: context, your goal and why it was yours, your steps, the measured result, and what you learned.',
    weak: 'A draft that goes from the outage straight to "and then it was fixed".',
    strong: 'A draft with all five parts, where the Result gives error rate before and after and the Reflection names what you would change.',
  },
  'section-order': {
    title: 'Tell it in order',
    hears: 'When the parts jump around, I spend my attention rebuilding the timeline instead of scoring you.',
    instead: 'Keep Situation, Task, Action, Result, Reflection. A one-line headline result up front is fine; after that, tell it in order.',
    weak: 'Opening with the actions, then explaining what the problem was, then circling back to why it mattered.',
    strong: 'Two sentences of context, one on why it was yours to fix, the steps, the figures, the lesson.',
  },
  'empty-section': {
    title: 'This section is empty',
    hears: 'A heading with nothing under it means you have not prepared that part, and in the room you will improvise it.',
    instead: 'Write at least two sentences under it, or remove the heading. Draft the hard parts first: why it was yours, and the measured result.',
    weak: 'A Result heading followed by nothing.',
    strong: 'Failed deploys fell from one in six to one in eighty, and release days stopped slipping.',
  },
  'unfilled-placeholder': {
    title: 'A placeholder is still in the draft',
    hears: 'If you say "X percent" in the room, I hear someone who never looked the number up.',
    instead: 'Find the real figure in the dashboard, the ticket or the billing report, or give an honest estimate with its basis. If none exists, pick a result you can measure.',
    weak: 'Latency dropped by X% and saved [?] per month.',
    strong: 'p95 latency dropped 38%, which freed two reserved instances, about $1,900 per month.',
  },
};

export const docs: RuleDocs = {
  'missing-section': {
    options: {
      required: 'The sections every story must have (`situation`, `task`, `action`, `result`, `reflection`, `followups`).',
    },
    optionsExample: { required: ['situation', 'task', 'action', 'result'] },
    flags: [
      'A story without one of the required parts: Situation, Task, Action, Result, Reflection. A lesson folded into the Result counts as a Reflection.',
      'A story with no recognised section headings at all gets one message asking for them.',
      'Reported on the story title (or the start of the file).',
    ],
    why: 'Each missing part is a question the interviewer will ask anyway, and answer by default in the cautious direction: no Task means the work was assigned, no Result means nothing measurable happened.',
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
};
