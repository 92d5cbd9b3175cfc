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

const SPLIT_KINDS = Object.keys(SENIOR_SECTION_SECONDS) as (keyof typeof SENIOR_SECTION_SECONDS)[];
const SENIOR_TOTAL = SPLIT_KINDS.reduce((t, k) => t + SENIOR_SECTION_SECONDS[k], 0);

/**
 * Whole seconds per section for a story target: the senior split scaled to `total`, rounded by
 * largest remainder so the parts always add up to `total` exactly.
 */
export function splitTarget(total: number): Record<keyof typeof SENIOR_SECTION_SECONDS, number> {
  const exact = SPLIT_KINDS.map((k) => (SENIOR_SECTION_SECONDS[k] * total) / SENIOR_TOTAL);
  const whole = exact.map(Math.floor);
  let left = Math.round(total) - whole.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i]++;
    left--;
  }
  const out = {} as Record<keyof typeof SENIOR_SECTION_SECONDS, number>;
  SPLIT_KINDS.forEach((k, i) => (out[k] = whole[i]));
  return out;
}

const SPLITS: Record<Level, Record<keyof typeof SENIOR_SECTION_SECONDS, number>> = {
  sde1: splitTarget(LEVEL_TARGETS.sde1.targetSeconds),
  sde2: splitTarget(LEVEL_TARGETS.sde2.targetSeconds),
  senior: splitTarget(LEVEL_TARGETS.senior.targetSeconds),
  principal: splitTarget(LEVEL_TARGETS.principal.targetSeconds),
};

/** The speaking-time target of a section at a level (the follow-ups have none: 0). */
export function sectionTargetSeconds(kind: SectionKind, level: Level): number {
  if (kind === 'followups') return 0;
  return (SPLITS[level] ?? SPLITS.sde2)[kind];
}
