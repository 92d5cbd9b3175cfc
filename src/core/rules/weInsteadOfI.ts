import * as z from 'zod/mini';
import { defineRule } from './types';
import { loadFit } from '../fitPackage';

// "We" where the writer's own step belongs. The reading is in weReading.ts, loaded with the principle-fit chunk (dist/fit.js).

export const weInsteadOfI = defineRule({
  id: 'we-instead-of-i',
  defaultSeverity: 'warning',
  sections: ['action', 'result', 'task'],
  tipId: 'we-instead-of-i',
  options: z.object({}),
  check: (ctx, report) => loadFit().weInsteadOfICheck(ctx, report),
});
