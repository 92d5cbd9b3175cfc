import * as z from 'zod/mini';
import { defineRule } from './types';
import { loadFit } from '../fitPackage';

// "The fix was deployed": by whom? Passive voice in the Action hides the actor. The reading is in passiveReading.ts, loaded with the principle-fit chunk (dist/fit.js).

export const passiveAction = defineRule({
  id: 'passive-action',
  defaultSeverity: 'info',
  sections: ['action'],
  tipId: 'passive-action',
  options: z.object({}),
  check: (ctx, report) => loadFit().passiveActionCheck(ctx, report),
});
