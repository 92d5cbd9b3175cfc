import type { Level, SectionKind } from '../types';
import { LEVEL_TARGETS, SENIOR_SECTION_SECONDS } from './levelTargets';

// Section targets by level: the senior split (levelTargets.ts) scaled to each level's story
// target so the parts always add up to it. Loaded with the principle-fit chunk (fitChunk.ts): the
// first check needs it, activation does not.

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
