import type { Level } from '../types';
import type { LevelTarget } from './types';

// Speaking-time targets. The seeds' split (Situation 30 s, Task 20 s, Action 90 s, Result 20 s,
// Reflection 15 s: 2:55) is the senior and principal story. Up to SDE II the story is 2:00 and
// every section target shrinks in the same proportions, so at every level the section targets
// add up to exactly the story target. What each level is expected to show is in levels.ts,
// loaded with the coach panel.

/** The senior split, in the order a story is told. */
export const SENIOR_SECTION_SECONDS: Readonly<Record<'situation' | 'task' | 'action' | 'result' | 'reflection', number>> = {
  situation: 30,
  task: 20,
  action: 90,
  result: 20,
  reflection: 15,
};

export const LEVEL_TARGETS: Record<Level, LevelTarget> = {
  sde1: {
    id: 'sde1',
    label: 'SDE I',
    targetSeconds: 120,
  },
  sde2: {
    id: 'sde2',
    label: 'SDE II',
    targetSeconds: 120,
  },
  senior: {
    id: 'senior',
    label: 'Senior SDE',
    targetSeconds: 175,
  },
  principal: {
    id: 'principal',
    label: 'Principal',
    targetSeconds: 175,
  },
};

