import type { SectionKind } from '../types';
import type { SectionGuide } from './types';

// What the engine needs of each section: its label, speaking-time target and one-line prompt.
// Speaking-time targets: the Action gets the most time, the set-up the least (docs/ARCHITECTURE.md,
// "Rules and coaching facts"). They are the senior and principal split; lower levels scale them
// (sectionTargets.ts).
// The checklists (sections.ts) come with the coach panel's chunk.

export const SECTION_BASICS: Record<SectionKind, Omit<SectionGuide, 'checklist'>> = {
  situation: { kind: 'situation', label: 'Situation', targetSeconds: 30, prompt: 'Two or three sentences: where you were, what was going wrong, and who it hurt.' },
  task: { kind: 'task', label: 'Task', targetSeconds: 20, prompt: 'Why this was yours to take on (or not), and the goal you set yourself.' },
  action: { kind: 'action', label: 'Action', targetSeconds: 90, prompt: 'Three to six steps, each "I + verb": find, confirm, build, verify, make it stick.' },
  result: { kind: 'result', label: 'Result', targetSeconds: 20, prompt: 'The metric before and after, what it meant for the business, and what lasted.' },
  reflection: { kind: 'reflection', label: 'Reflection', targetSeconds: 15, prompt: 'A lesson only this story could teach, and what you do differently because of it.' },
  followups: { kind: 'followups', label: 'Follow-ups', targetSeconds: 0, prompt: 'The questions an interviewer will probe with, and a short answer to each.' },
};
