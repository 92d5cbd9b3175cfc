import * as z from 'zod/mini';
import { defineRule } from './types';
import type { SectionKind } from '../types';

// "My manager asked me", "I had free time": the interviewer scores the story as assigned work.

const SECTIONS: SectionKind[] = ['situation', 'task', 'followups'];
const NEGATED = /(?<![A-Za-z])(?:not|no|never|nobody|no\s+one|without|n['’]t|before)\s+(?:\w+\s+){0,2}$/i;

export const assignedNotInitiated = defineRule({
  id: 'assigned-not-initiated',
  description: 'The work reads as handed to you ("my manager asked me", "I was assigned", "I had free time").',
  defaultSeverity: 'warning',
  sections: SECTIONS,
  tipId: 'assigned-not-initiated',
  options: z.object({}),
  check: function assignedNotInitiatedCheck(ctx, report) {
    const where = [
      ...ctx.facts.preambleSentences().map((s) => ({ s, kind: null as SectionKind | null })),
      ...ctx.story.sections.flatMap((section) => {
        const kind = section.covers.find((k) => SECTIONS.includes(k));
        return kind ? ctx.facts.sentences(section).map((s) => ({ s, kind: kind as SectionKind | null })) : [];
      }),
    ];
    for (const { s, kind } of where) {
      for (const h of ctx.facts.match('assigned', [s])) {
        if (NEGATED.test(s.voice.slice(0, h.start - s.start))) continue;
        report({
          start: h.start,
          end: h.end,
          sectionKind: kind,
          message: `"${h.phrase}" tells the interviewer this was handed to you: say what you noticed and why you chose to act.`,
          actual: h.phrase,
        });
      }
    }
  },
});
