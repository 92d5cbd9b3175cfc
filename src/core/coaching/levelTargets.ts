import type { Level, SectionKind } from '../types';
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

type Spoken = keyof typeof SENIOR_SECTION_SECONDS;
const SPLIT_KINDS = Object.keys(SENIOR_SECTION_SECONDS) as Spoken[];

/**
 * Whole seconds per section for a story target: the senior split scaled to `total`, rounded by
 * largest remainder so the parts always add up to `total` exactly.
 */
export function splitTarget(total: number): Record<Spoken, number> {
  const exact = SPLIT_KINDS.map((k) => (SENIOR_SECTION_SECONDS[k] * total) / LEVEL_TARGETS.senior.targetSeconds);
  const whole = exact.map(Math.floor);
  const left = Math.round(total) - whole.reduce((a, b) => a + b, 0);
  const byRemainder = whole.map((_, i) => i).sort((a, b) => exact[b] - whole[b] - (exact[a] - whole[a]) || a - b);
  for (const i of byRemainder.slice(0, left)) whole[i]++;
  return Object.fromEntries(SPLIT_KINDS.map((k, i) => [k, whole[i]])) as Record<Spoken, number>;
}

const SPLITS = new Map<Level, Record<Spoken, number>>();

/** The speaking-time target of a section at a level (the follow-ups have none: 0). */
export function sectionTargetSeconds(kind: SectionKind, level: Level): number {
  if (kind === 'followups') return 0;
  let split = SPLITS.get(level);
  if (!split) SPLITS.set(level, (split = splitTarget((LEVEL_TARGETS[level] ?? LEVEL_TARGETS.sde2).targetSeconds)));
  return split[kind];
}
