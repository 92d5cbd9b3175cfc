import type { Level } from '../types';
import { LEVEL_TARGETS } from './levelTargets';
import type { LevelGuide, LevelTarget } from './types';

// What an interviewer expects of a story at each level; the targets are in levelTargets.ts.

const GUIDANCE: Record<Level, Omit<LevelGuide, keyof LevelTarget>> = {
  sde1: {
    expectations:
      'A well-defined problem handled cleanly: clear individual steps, a fix that works, and its immediate measured effect. Initiative can be modest, such as fixing something just past your own ticket.',
    reflection:
      'A concrete technical lesson from this story: the failure mode you now recognise, the debugging technique you picked up, the test you now write first.',
    bar: 'Unmistakable individual contribution and sound technical reasoning. Nobody expects organisational insight yet.',
  },
  sde2: {
    expectations:
      'Ownership of a problem end to end, often reaching into a neighbouring team\'s area, with several steps of your own and a result that has a figure and a business meaning.',
    reflection:
      'What you learned, plus what you would change next time, stated as a different decision or approach rather than a resolution to try harder.',
    bar: 'Works independently, verifies results, and has some influence beyond their own code.',
  },
  senior: {
    expectations:
      'Problems spanning teams or systems: you set the direction, weigh trade-offs out loud, and move people you do not manage. The result outlives the fix because others adopt it.',
    reflection:
      'The systemic or organisational cause behind the technical one (a missing owner, SLO or mechanism) and the trade-offs you made, including which you would make again.',
    bar: 'Influence across teams, explicit trade-offs, and a second-order effect that lasts.',
  },
  principal: {
    expectations:
      'Problems at the scale of an organisation or several years: you change how many teams build or operate, set technical strategy, and leave mechanisms that work without you.',
    reflection:
      'The mechanism you established across the organisation, how it serves a long-term strategy, and what you would change in how the organisation makes this kind of decision.',
    bar: 'Impact across the organisation, mechanisms that scale past one person, and judgement about where to invest for years.',
  },
};

const guide = (id: Level): LevelGuide => ({ ...LEVEL_TARGETS[id], ...GUIDANCE[id] });

export const LEVEL_GUIDES: Record<Level, LevelGuide> = { sde1: guide('sde1'), sde2: guide('sde2'), senior: guide('senior'), principal: guide('principal') };
