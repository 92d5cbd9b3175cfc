import * as z from 'zod/mini';
import { defineRule } from './types';
import { loadFit } from '../fitPackage';

// "Communication is important" fits every story, so it proves nothing about this one. A lesson
// that names this story's own things ("the retry path", "the bucket owners") is left alone. The
// reading is in reflectionReading.ts, loaded with the principle-fit chunk.

export const genericReflection = defineRule({
  id: 'generic-reflection',
  defaultSeverity: 'warning',
  sections: ['reflection'],
  tipId: 'generic-reflection',
  options: z.object({
    sharedWords: z._default(z.int().check(z.minimum(1), z.maximum(10)), 2),
    concreteWords: z._default(z.int().check(z.minimum(2), z.maximum(20)), 5),
  }),
  check: (ctx, report) => loadFit().genericReflectionCheck(ctx, report),
});
