import * as z from 'zod/mini';
import { loadFit } from '../fitPackage';
import { defineRule } from './types';

// The first thing a bar raiser writes down: does the story show the principle it is filed under?
// Each principle the story names is judged on its own signals (principleProfiles.ts): info when
// some are missing, warning when none is shown. A story that names no principle is not judged
// here; the hover and the panel suggest the principles its text shows best.

export const principleFitRule = defineRule({
  id: 'principle-fit',
  defaultSeverity: 'info',
  sections: [],
  tipId: 'principle-fit',
  options: z.object({}),
  check: (ctx, report) => loadFit().principleFitCheck(ctx, report),
});
