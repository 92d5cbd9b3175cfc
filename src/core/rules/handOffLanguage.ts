import * as z from 'zod/mini';
import { defineRule } from './types';
import type { SectionKind } from '../types';
import { loadFit } from '../fitPackage';

// Routing the problem ("I escalated it", "they handled it") instead of owning it. Flagging for
// visibility while bringing the fix is ownership: a sentence that also says what the writer
// built or brought is left alone, and so is honest narration the sentence owns ("I told my
// manager and took responsibility for the rollback").

const SECTIONS: SectionKind[] = ['action', 'result', 'followups'];
const OWNED_ANYWAY = /(?<![A-Za-z])(?:but\s+(?:also\s+)?I|and\s+(?:also\s+)?(?:I\s+)?(?:wrote|built|fixed|brought|shipped|drafted|prepared|implemented|patched|proposed\s+(?:a|an|my|the)|opened\s+a\s+(?:pr|pull))|with\s+(?:(?:a|my|the|our)\s+)?(?:(?:ready|complete|working|proposed|draft|design)\s*)?(?:fix|patch|pr|pull\s+request|proposal|plan|design|prototype|solution|docs?|documentation|tests|runbook)|for\s+visibility|while\s+I|alongside\s+(?:a|my))(?![A-Za-z])/i;

/** Telling someone, not handing the work over: a hand-off only if the writer stops there. */
const INFORMED = /^(?:told|informed|notified|let\s+them\s+know|made\s+them\s+aware|reported\s+it\s+to|brought\s+it\s+to)/i;
/** The next sentence is the writer's own step ("I then called…", "- I offered…"), not waiting or hoping. */
const OWN_STEP_NEXT = /^[\s\d.)*•-]{0,8}(?:(?:then|next|after\s+that|meanwhile|immediately)[,\s]+)?I\s+(?:(?:then|also|immediately|quickly|personally)\s+)?(?!(?:waited|was|were|had|hoped|assumed|let|could|couldn|did|didn|would|might|thought|felt|expected)(?![A-Za-z]))[a-z]{3,}/;

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
      const sentences = ctx.facts.sentences(section);
      for (let i = 0; i < sentences.length; i++) {
        const s = sentences[i];
        const hits = ctx.facts.handOffs([s]);
        for (const d of loadFit().delegatedHandOffs(s.voice, s.start)) if (!hits.some((h) => h.start < d.end && h.end > d.start)) hits.push(d);
        if (hits.length === 0 || OWNED_ANYWAY.test(s.voice) || loadFit().ownsHandOff(s.voice)) continue;
        for (const h of hits) {
          // "I didn't wait for them": the opposite of a hand-off.
          if (ctx.facts.negatedAt(s, h.start)) continue;
          // "a table lock which may have escalated to a database lock": the thing got worse, nobody routed it.
          if (/^escalated/i.test(h.phrase) && loadFit().thingEscalated(s.voice.slice(Math.max(0, h.start - s.start - 40), h.start - s.start))) continue;
          // "I informed my manager. I then called the manufacturer…": telling someone, then acting, is owning it.
          if (INFORMED.test(h.phrase) && i + 1 < sentences.length && OWN_STEP_NEXT.test(sentences[i + 1].voice)) continue;
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
