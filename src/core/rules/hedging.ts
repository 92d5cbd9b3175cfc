import { textBefore } from '../prose';
import { isAsciiLetter } from '../chars';
import * as z from 'zod/mini';
import { defineRule } from './types';
import type { SectionKind } from '../types';
import { loadFit } from '../fitPackage';

// "I think it improved", "sort of": hedges undercut a result the candidate should own.

const SECTIONS: SectionKind[] = ['action', 'result'];
/** "what kind of", "a sort of": nouns, not hedges. */
// An adjective or two may come between ("the insidious kind of mistake", "the worst sort of outage"):
// read by their endings, so a subject noun ("the team kind of fell apart") keeps the hedge.
const NOUN_USE = /(?<![A-Za-z])(?:what|this|that|the|a|an|any|some|every|each|same|one|which|these|those|other|right|new|first|different|another|similar|two|three|several|many|all|no|whatever|certain|specific|particular|wrong)\s+(?:(?:[a-z]+(?:est|ous|ive|al|ful|ic|ible|able|less|ary)|worst|best|worse|bad|good|only|exact|rare|odd|weird|strange|usual|common|same|whole|subtle|nasty|right|wrong)\s+){0,2}$/i;

/** Words after "sort of"/"kind of" that make it a hedge even after a determiner: "that sort of worked". */
const HEDGED = /^\s+(?:[a-z]+(?:ed|ly)|works?|helps?|fine|ok|okay|slow|fast|better|worse|good|bad|messy|hard|easy|right|wrong|broken|random|there|done)\b/i;

/** Someone else's hedge: "she probably wouldn't", "people wanted to try to", the reader's ("you probably got the note"). */
const OTHERS = /(?<![A-Za-z])(?:he|she|you|people|someone|everyone|others|nobody)\s+(?:[a-z'’]+\s+){0,6}$/i;
/**
 * A counterfactual looking back is a lesson, not a hedge: "if I had…, things might have gone
 * differently", "stress could have been avoided if I handled it differently". Both halves needed.
 */
const COUNTERFACTUAL = /(?<![A-Za-z])(?:could|would|might)(?:n['’]t|\s+not)?\s+have\s+(?:been\s+)?[a-z]+/i;
/** What makes a "could have" hindsight: a condition ("if I had…"), or a lesson's frame ("what might have helped was…", "looking back"). */
const CONDITION = /(?<![A-Za-z])if\s+(?:I|we)\s|(?:^|[,;:]\s*)had\s+(?:I|we)\s|(?<![A-Za-z])had\s+(?:I|we|he|she|they|it|(?:the|this|that|our|my)\s+[a-z]+)\s+(?:not\s+)?[a-z]+(?:ed|en|wn|ne)(?![A-Za-z])|(?<![A-Za-z])what\s+(?:might|would|could)\s+have\s+(?:helped|worked|been\s+better)|(?<![A-Za-z])(?:in\s+hindsight|looking\s+back|in\s+retrospect)(?![A-Za-z])/i;
const QUESTION = /\?["”’')\s]*$/;
/** "I don't know why…", "the insults I don't remember": narration, not a hedge on a claim. */
const NARRATED_UNKNOWN = /^\s+(?:why|how|what|who|where|whether|which|exactly)(?![A-Za-z])/i;

function isNounUse(voice: string, from: number, to: number): boolean {
  // NOUN_USE reads the last word before the hedge: a bounded window, so a run-on sentence stays linear.
  return NOUN_USE.test(textBefore(voice, from, 80)) && !HEDGED.test(voice.slice(to));
}

export const hedging = defineRule({
  id: 'hedging',
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
        // A question claims nothing: "Maybe I missed something?" is the writer wondering, told as it was.
        if (hits.length === 0 || QUESTION.test(s.voice) || loadFit().ownedNarration(sentences, i)) continue;
        // Read once per sentence, not once per hedge in it: a long run-on sentence stays linear.
        let conditional: boolean | undefined;
        const state = { asked: false };
        const counterfactual = () => (conditional ??= COUNTERFACTUAL.test(s.voice) && CONDITION.test(s.voice));
        for (const h of hits) {
          const lower = h.phrase.toLowerCase();
          // "it seemed that…" doubts an outcome; in the Action it is how the moment felt ("it seemed to go on forever").
          if (kind === 'action' && lower.startsWith('it seemed')) continue;
          if ((lower.startsWith('kind of') || lower.startsWith('sort of')) && isNounUse(s.voice, h.start - s.start, h.end - s.start)) continue;
          const before = s.voice.slice(Math.max(0, h.start - s.start - 60), h.start - s.start);
          const after = s.voice.slice(h.end - s.start, h.end - s.start + 20);
          if (!lower.startsWith('i') && OTHERS.test(before) && !/(?<![A-Za-z])I(?![A-Za-z'’])/.test(before.slice(before.search(/(?<!\S)\S+\s+(?:[a-z'’]+\s+){0,3}$/)))) continue;
          if (/^(?:i might have|might have|i think|i guess|probably|maybe|perhaps)$/.test(lower) && counterfactual()) continue;
          // "I do not know if it is a cultural thing, but I will…": a concession, the claim comes after "but".
          if (/^i (?:don['’]t|do not) know$/.test(lower) && /^\s+(?:if|whether)\s[^.;:!?]{0,120}?,\s*but\s/i.test(s.voice.slice(h.end - s.start, h.end - s.start + 140))) continue;
          if (loadFit().notDoubt(lower, before, after)) continue;
          if (loadFit().narratedHedge(kind, lower, sentences, i, h.end - s.start)) continue;
          if (loadFit().toldAsItWas(kind, lower, s.voice, h.start - s.start, h.end - s.start, before, after, state)) continue;
          if (/^i don['’]t (?:know|remember)$/.test(lower) && (NARRATED_UNKNOWN.test(after) || /[A-Za-z]\s+$/.test(before.slice(-2)) && !/(?:and|but|so|because|,)\s*$/.test(before))) continue;
          // A hedge that opens inside a word ("not sure if" read from "weren't sure if") is shown from the word's start.
          let start = h.start;
          while (start > s.start && isAsciiLetter(ctx.file.text.charCodeAt(start - 1))) start--;
          const phrase = start === h.start ? h.phrase : ctx.file.text.slice(start, h.end);
          report({
            start,
            end: h.end,
            sectionKind: kind,
            message: `"${phrase}" undercuts you: state what happened and how you know.`,
            actual: phrase,
          });
        }
      }
    }
  },
});
