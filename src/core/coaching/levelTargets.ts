import type { Level } from '../types';
import type { LevelTarget } from './types';

// Total speaking-time targets: two minutes up to SDE II, three for Senior and Principal
// (docs/ARCHITECTURE.md, "Rules and coaching facts").
// What each level is expected to show is in levels.ts, loaded with the coach panel.

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
    targetSeconds: 180,
  },
  principal: {
    id: 'principal',
    label: 'Principal',
    targetSeconds: 180,
  },
};
