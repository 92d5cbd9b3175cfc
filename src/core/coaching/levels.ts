import type { Level } from '../types';
import type { LevelGuide } from './types';

// Total speaking-time targets come from DESIGN §3: two minutes up to SDE II, three above.

export const LEVEL_GUIDES: Record<Level, LevelGuide> = {
  sde1: {
    id: 'sde1',
    label: 'SDE I',
    targetSeconds: 120,
    expectations:
      'A well-defined problem handled cleanly: clear individual steps, a fix that works, and its immediate measured effect. Initiative can be modest, such as fixing something just past your own ticket.',
    reflection:
      'A concrete technical lesson from this story: the failure mode you now recognise, the debugging technique you picked up, the test you now write first.',
    bar: 'Unmistakable individual contribution and sound technical reasoning. Nobody expects organisational insight yet.',
  },
  sde2: {
    id: 'sde2',
    label: 'SDE II',
    targetSeconds: 120,
    expectations:
      'Ownership of a problem end to end, often reaching into a neighbouring team\'s area, with several steps of your own and a result that has a figure and a business meaning.',
    reflection:
      'What you learned, plus what you would change next time, stated as a different decision or approach rather than a resolution to try harder.',
    bar: 'Works independently, verifies results, and has some influence beyond their own code.',
  },
  senior: {
    id: 'senior',
    label: 'Senior SDE',
    targetSeconds: 180,
    expectations:
      'Problems spanning teams or systems: you set the direction, weigh trade-offs out loud, and move people you do not manage. The result outlives the fix because others adopt it.',
    reflection:
      'The systemic or organisational cause behind the technical one (a missing owner, SLO or mechanism) and the trade-offs you made, including which you would make again.',
    bar: 'Influence across teams, explicit trade-offs, and a second-order effect that lasts.',
  },
  principal: {
    id: 'principal',
    label: 'Principal',
    targetSeconds: 180,
    expectations:
      'Problems at the scale of an organisation or several years: you change how many teams build or operate, set technical strategy, and leave mechanisms that work without you.',
    reflection:
      'The mechanism you established across the organisation, how it serves a long-term strategy, and what you would change in how the organisation makes this kind of decision.',
    bar: 'Impact across the organisation, mechanisms that scale past one person, and judgement about where to invest for years.',
  },
};
