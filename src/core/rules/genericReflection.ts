import * as z from 'zod/mini';
import { findFigures } from '../figures';
import { defineRule } from './types';
import { ABSTRACT_VIRTUES } from '../coaching/phrases';

// "Communication is important" fits every story, so it proves nothing about this one. A sentence
// that goes on to name the specific thing ("…because the retry path had no owner") is left alone.

const VIRTUE = `(?:${[...ABSTRACT_VIRTUES].sort((a, b) => b.length - a.length).map((v) => v.replace(/[-\s]+/g, '[-\\s]+')).join('|')})`;
/** "<virtue> is important", "the importance of <virtue>", "<virtue> matters", "it's important to plan". */
const ABSTRACT_LESSON = new RegExp(
  [
    `(?<![A-Za-z])${VIRTUE}(?:\\s+\\w+){0,4}\\s+(?:is|are|was|were)\\s+(?:really\\s+|very\\s+|so\\s+|extremely\\s+|absolutely\\s+)?(?:important|key|crucial|essential|vital|critical|everything|the\\s+key)(?![A-Za-z])`,
    `(?<![A-Za-z])(?:importance|value|power)\\s+of\\s+${VIRTUE}(?![A-Za-z])`,
    `(?<![A-Za-z])${VIRTUE}\\s+(?:really\\s+)?matters(?![A-Za-z])`,
    `(?<![A-Za-z])(?:is|are)\\s+(?:the\\s+)?key\\s+to(?![A-Za-z])`,
    `(?<![A-Za-z])it(?:['’]s|\\s+is)\\s+(?:really\\s+|very\\s+|so\\s+)?(?:important|key|crucial|essential|vital)\\s+to(?![A-Za-z])`,
  ].join('|'),
  'i',
);

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
      const abstract = ABSTRACT_LESSON.exec(s.voice);
      if (abstract) hits.push({ start: s.start + abstract.index, end: s.start + abstract.index + abstract[0].length, phrase: abstract[0] });
      if (hits.length === 0) continue;
      hits.sort((a, b) => a.start - b.start);
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
