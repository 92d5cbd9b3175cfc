import * as z from 'zod/mini';
import { defineRule } from './types';
import type { SectionKind } from '../types';
import { loadFit } from '../fitPackage';

// "I think it improved", "sort of": hedges undercut a result the candidate should own.

const SECTIONS: SectionKind[] = ['action', 'result'];
/** "what kind of", "a sort of": nouns, not hedges. */
const NOUN_USE = /(?<![A-Za-z])(?:what|this|that|the|a|an|any|some|every|each|same|one|which|these|those|other|right|new|first|different|another|similar|two|three|several|many|all|no|whatever|certain|specific|particular|wrong)\s+$/i;

/** Words after "sort of"/"kind of" that make it a hedge even after a determiner: "that sort of worked". */
const HEDGED = /^\s+(?:[a-z]+(?:ed|ly)|works?|helps?|fine|ok|okay|slow|fast|better|worse|good|bad|messy|hard|easy|right|wrong|broken|random|there|done)\b/i;

function isNounUse(voice: string, from: number, to: number): boolean {
  return NOUN_USE.test(voice.slice(0, from)) && !HEDGED.test(voice.slice(to));
}

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
      for (let i = 0; i < sentences.length; i++) {
        const s = sentences[i];
        const hits = ctx.facts.match('hedges', [s]);
        if (hits.length === 0 || loadFit().ownedNarration(sentences, i)) continue;
        for (const h of hits) {
          const lower = h.phrase.toLowerCase();
          if ((lower.startsWith('kind of') || lower.startsWith('sort of')) && isNounUse(s.voice, h.start - s.start, h.end - s.start)) continue;
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
