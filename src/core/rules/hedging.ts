import * as z from 'zod/mini';
import { defineRule } from './types';
import type { SectionKind } from '../types';

// "I think it improved", "sort of": hedges undercut a result the candidate should own.

const SECTIONS: SectionKind[] = ['action', 'result'];
/** "what kind of", "a sort of": nouns, not hedges. */
const NOUN_USE = /(?<![A-Za-z])(?:what|this|that|the|a|an|any|some|every|same|one|which|these|those|other|right|new|first)\s+$/i;

export const hedging = defineRule({
  id: 'hedging',
  description: 'Hedges in the Action or Result: I think, I guess, sort of, kind of, maybe, hopefully.',
  defaultSeverity: 'info',
  sections: SECTIONS,
  tipId: 'hedging',
  options: z.object({}),
  check: function hedgingCheck(ctx, report) {
    for (const section of ctx.story.sections) {
      const kind = section.covers.find((k) => SECTIONS.includes(k));
      if (!kind) continue;
      const sentences = kind === 'result' ? ctx.facts.sentences(section).filter((s) => !ctx.facts.resultLessons().includes(s)) : ctx.facts.sentences(section);
      for (const s of sentences) {
        for (const h of ctx.facts.match('hedges', [s])) {
          const lower = h.phrase.toLowerCase();
          if ((lower.startsWith('kind of') || lower.startsWith('sort of')) && NOUN_USE.test(s.voice.slice(0, h.start - s.start))) continue;
          report({
            start: h.start,
            end: h.end,
            sectionKind: kind,
            message: `"${h.phrase}" undercuts you: state what happened and how you know.`,
            actual: h.phrase,
          });
        }
      }
    }
  },
});
