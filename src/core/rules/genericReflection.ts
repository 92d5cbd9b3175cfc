import * as z from 'zod/mini';
import { findFigures } from '../figures';
import { defineRule } from './types';

// "Communication is important" fits every story, so it proves nothing about this one. A sentence
// that goes on to name the specific thing ("…because the retry path had no owner") is left alone.

const SPECIFIC = /(?<![A-Za-z])(?:because|specifically|such\s+as|for\s+example|for\s+instance|e\.g|which\s+meant|so\s+that|namely|in\s+particular)(?![A-Za-z])|:\s*\S/i;

export const genericReflection = defineRule({
  id: 'generic-reflection',
  description: 'A lesson that fits any story ("communication is important", "I learned a lot").',
  defaultSeverity: 'warning',
  sections: ['reflection'],
  tipId: 'generic-reflection',
  options: z.object({ specificWords: z._default(z.int().check(z.minimum(5), z.maximum(80)), 22) }),
  check: function genericReflectionCheck(ctx, report) {
    for (const s of ctx.facts.reflectionSentences()) {
      const hits = ctx.facts.match('genericReflection', [s]);
      if (hits.length === 0) continue;
      const words = s.voice.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
      if (SPECIFIC.test(s.voice) || findFigures(s.text).length > 0 || words >= ctx.options.specificWords) continue;
      const h = hits[0];
      report({
        start: h.start,
        end: h.end,
        sectionKind: 'reflection',
        message: `"${h.phrase}" could end any story: name the specific thing this one taught you and what you now do differently.`,
        actual: h.phrase,
      });
    }
  },
});
