import * as z from 'zod/mini';
import { defineRule } from './types';
import type { SectionKind } from '../types';

// "I think it improved", "sort of": hedges undercut a result the candidate should own.

const SECTIONS: SectionKind[] = ['action', 'result'];
/** "what kind of", "a sort of": nouns, not hedges. */
const NOUN_USE = /(?<![A-Za-z])(?:what|this|that|the|a|an|any|some|every|each|same|one|which|these|those|other|right|new|first|different|another|similar|two|three|several|many|all|no|whatever|certain|specific|particular|wrong)\s+$/i;

/** Words after "sort of"/"kind of" that make it a hedge even after a determiner: "that sort of worked". */
const HEDGED = /^\s+(?:[a-z]+(?:ed|ly)|works?|helps?|fine|ok|okay|slow|fast|better|worse|good|bad|messy|hard|easy|right|wrong|broken|random|there|done)\b/i;

/**
 * Honest narration the story then owns: "I assumed the cache was warm — that was my mistake",
 * "I thought it was safe, and I was wrong". Telling what you believed at the time, and owning it,
 * is what an Earn Trust or mistake story needs: not a hedge.
 */
const OWNED_NARRATION = /(?<![A-Za-z])(?:(?:that|this|which|it)\s+was\s+(?:my|a|the)\s+(?:own\s+)?(?:mistake|error|fault|blind\s+spot|wrong\s+call)|my\s+(?:own\s+)?(?:mistake|fault|error)|(?:I|i)\s+was\s+wrong|(?:I|i)\s+had\s+been\s+wrong|wrong(?:ly)?\s+assum\w*|(?:it|that|which)\s+(?:turned\s+out|proved)\s+(?:to\s+be\s+)?(?:wrong|false|untrue)|but\s+(?:it|that)\s+(?:was|wasn['’]t)\s+(?:not\s+)?(?:the\s+case|true)|(?:I|i)\s+own(?:ed)?\s+(?:that|it)|took\s+(?:full\s+)?responsibility)(?![A-Za-z])/i;

/** The hedge is narration the writer owns in the same sentence or the next one. */
function owned(sentences: { voice: string }[], i: number): boolean {
  return OWNED_NARRATION.test(sentences[i].voice) || (i + 1 < sentences.length && OWNED_NARRATION.test(sentences[i + 1].voice));
}

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
        if (hits.length === 0 || owned(sentences, i)) continue;
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
