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
    description: 'A STAR part (Situation, Task, Action, Result, Reflection) has no section of its own.',
    options: {
      required: 'The sections every story must have (`situation`, `task`, `action`, `result`, `reflection`, `followups`).',
    },
    optionsExample: { required: ['situation', 'task', 'action', 'result'] },
    flags: [
      'A story without one of the required parts: Situation, Task, Action, Result, Reflection. A lesson folded into the Result counts as a Reflection, and a Task told in the Situation ("I was asked to lead…", "my manager asked me to…", "my role that day was to…", "I took over as shift lead", "I was the team lead"; not the role alone, "I was a cashier") as a Task.',
      'A missing Reflection is info up to SDE II (reported on its own, apart from any other missing part) and a warning from senior, where the reflection is what separates the levels.',
      'A story with no recognised section headings at all gets one message asking for them. When it has no headings and no labels at all, the quick fix *Insert section headings around the paragraphs* puts a heading above each part, guessed by its place (the first paragraph the Situation, the second the Task, the middle ones the Action, the last the Result, or the Reflection when it reads as a lesson); each heading is a choice to tab through and change, and one undo takes them all out. Until then, "we" and vague outcomes are still flagged in it.',
      'Reported on the story title (or the start of the file).',
    ],
    why: 'Each missing part is a question the interviewer will ask anyway, and answer by default in the cautious direction: no Task means the work was assigned, no Result means nothing measurable happened.',
  },
  'section-order': {
    description: 'Sections are out of the order a STAR story is told in (Situation, Task, Action, Result, Reflection).',
    flags: [
      'A section heading that comes after a later part of the story, such as a Task after the Action.',
      'A part that appears twice (except Follow-ups).',
    ],
    why: 'A story told out of order makes the listener rebuild the timeline, and attention spent on that is not spent on scoring you.',
  },
  'empty-section': {
    description: 'A section heading with nothing under it.',
    flags: ['A Situation, Task, Action, Result or Reflection heading with no words under it. Follow-ups may stay empty while you collect questions.'],
    why: 'An empty heading is a part you will improvise in the room. The parts left for last are usually the hard ones: why the work was yours and what it achieved.',
  },
  'unfilled-placeholder': {
    description: 'A placeholder left in the draft ("X%", "[?]", "TBD", "N ms"), or template text not yet replaced ("[e.g. 2.1%]", "[Write …]").',
    flags: [
      'Placeholders left in the draft anywhere in a story: "X%", "N ms", "$X", "[?]", "???", "TBD", "TODO:", "XX".',
      'Template text that the snippets, New STAR Story and the quick fixes insert and you have not replaced yet: square brackets that open with "e.g.", "Write", "Describe", "Insert", "Fill in" or "Add", such as "[e.g. 2.1%]" or "[Write (about 30 s): …]". Until it is replaced, such text counts as no words and no speaking time, and it never counts as evidence: "[e.g. 2.1%]" is not a measured result. Brackets followed by a link target (`[e.g. this](https://…)`) are a link, not template text.',
    ],
    why: 'A placeholder is a figure you have not looked up yet. Rehearsing around it means you will be vague exactly where the interviewer wants precision.',
  },
};
