import * as z from 'zod/mini';
import { defineRule } from './types';
import type { SectionKind } from '../types';
import { loadFit } from '../fitPackage';

// Routing the problem ("I escalated it", "they handled it") instead of owning it. Flagging for
// visibility while bringing the fix is ownership: a sentence that also says what the writer
// built or brought is left alone, and so is honest narration the sentence owns ("I told my
// manager and took responsibility for the rollback").

const SECTIONS: SectionKind[] = ['action', 'result', 'followups'];
const OWNED_ANYWAY = /(?<![A-Za-z])(?:but\s+(?:also\s+)?I|and\s+(?:also\s+)?(?:I\s+)?(?:wrote|built|fixed|brought|shipped|drafted|prepared|implemented|patched|opened\s+a\s+(?:pr|pull))|with\s+(?:a|my|the)\s+(?:(?:ready|complete|working|proposed|draft)\s*)?(?:fix|patch|pr|pull\s+request|proposal|plan|design|prototype|solution)|for\s+visibility|while\s+I|alongside\s+(?:a|my))(?![A-Za-z])/i;

export const handOffLanguage = defineRule({
  id: 'hand-off-language',
  defaultSeverity: 'warning',
  sections: SECTIONS,
  tipId: 'hand-off-language',
  options: z.object({}),
  check: function handOffLanguageCheck(ctx, report) {
    for (const section of ctx.story.sections) {
      const kind = section.covers.find((k) => SECTIONS.includes(k));
      if (!kind) continue;
      for (const s of ctx.facts.sentences(section)) {
        const hits = ctx.facts.handOffs([s]);
        if (hits.length === 0 || OWNED_ANYWAY.test(s.voice) || loadFit().ownsHandOff(s.voice)) continue;
        for (const h of hits) {
          // "I didn't wait for them": the opposite of a hand-off.
          if (ctx.facts.negatedAt(s, h.start)) continue;
          report({
            start: h.start,
            end: h.end,
            sectionKind: kind,
            message: `"${h.phrase}" sounds like routing the problem to someone else: say what you did to resolve it yourself.`,
            actual: h.phrase,
          });
        }
      }
    }
  },
});
