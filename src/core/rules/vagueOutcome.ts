import * as z from 'zod/mini';
import { defineRule } from './types';
import { loadFit } from '../fitPackage';

// "It went well", "the team was happy": activity and feelings where impact belongs. The reading is in outcomeReading.ts, loaded with the principle-fit chunk (dist/fit.js).

export const vagueOutcome = defineRule({
  id: 'vague-outcome',
  defaultSeverity: 'warning',
  sections: ['result'],
  tipId: 'vague-outcome',
  options: z.object({}),
  check: (ctx, report) => loadFit().vagueOutcomeCheck(ctx, report),
});
