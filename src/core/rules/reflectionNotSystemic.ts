import * as z from 'zod/mini';
import { defineRule } from './types';
import { loadFit } from '../fitPackage';

// From senior up, the reflection should name the cause behind the bug: the missing mechanism,
// owner, standard or incentive, not only the technical lesson. In a people story (mentoring, a
// conflict, trust; or filed under a people principle) a team or people mechanism counts too.

export const reflectionNotSystemic = defineRule({
  id: 'reflection-not-systemic',
  defaultSeverity: 'info',
  sections: ['reflection'],
  tipId: 'reflection-not-systemic',
  options: z.object({}),
  check: (ctx, report) => loadFit().reflectionNotSystemicCheck(ctx, report),
});
