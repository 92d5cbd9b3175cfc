import * as z from 'zod/mini';
import { findAll, withUncovered } from '../phrases';
import { defineRule } from './types';
import { loadFit } from '../fitPackage';

// "It went well", "the team was happy": activity and feelings where impact belongs.

/** Feelings and comparatives standing in for a result: "the partners were happy", "on-call is much better". */
const FEELING = /(?<![A-Za-z])(?:was|were|is|are|felt|feel|seemed|seem|looked|got|became|been)\s+(?:(?:[a-z]+ly|very|much|a\s+lot|super|so|quite|pretty|way|far|a\s+bit|all)\s+)?(?:happy|happier|pleased|satisfied|thrilled|delighted|impressed|grateful|relieved|excited|elated|proud|empowered|thankful|amazed|heard|better|improved|smoother|faster|calmer|great|good|fine|amazing|awesome|fantastic|wonderful|excellent|outstanding|positive(?!\s+for(?![A-Za-z])))(?![A-Za-z])/gi;

/** A before → after without digits is a measure too: "from weeks → days", "from hours to minutes". */
// "to" a word of its own: "from the customer" holds no before → after.
const BEFORE_AFTER = /(?<![A-Za-z])from\s+(?:[\w~≈<>-]+\s+){0,2}?[\w~≈<>-]+(?:\s*(?:→|->)\s*|\s+to\s+)[\w~≈<>-]/i;

/** "worked out the first sum", "working out a plan": a verb with an object, not "it worked out". */
const WORK_OUT_OBJECT = /^\s+(?:the|a|an|how|what|which|whether|who|when|where|why|some|my|our|his|her|their|its|each|every|\d)(?![A-Za-z])/i;
/** "nothing quite like it", "another like it": "like" as "similar to", not the verb. */
const LIKE_AS_SIMILAR = /(?<![A-Za-z])(?:quite|anything|nothing|something|another|much|more|just|exactly|looks?|looked|feels?|felt|seems?|seemed|sounds?|sounded)\s+$/i;
/** A lesson drawn, not an outcome claimed: "it taught me that owning a mistake is the fastest way to rebuild trust". */
const LESSON_DRAWN = /(?<![A-Za-z])(?:taught|showed|reminded)\s+me(?![A-Za-z])|(?<![A-Za-z])is\s+the\s+(?:best|fastest|only|surest|right)\s+way\s+to(?![A-Za-z])/i;
/** An explicit zero: "without any customer impact", "with zero downtime". After a measured sentence it completes the figure. */
const EXPLICIT_ZERO = /(?<![A-Za-z])(?:without\s+(?:any\s+)?|with\s+(?:zero|no)\s+)(?:customer\s+|user\s+)?(?:impact|downtime|outages?|incidents?|data\s+loss|errors?|complaints?)(?![A-Za-z])/i;

export const vagueOutcome = defineRule({
  id: 'vague-outcome',
  defaultSeverity: 'warning',
  sections: ['result'],
  tipId: 'vague-outcome',
  options: z.object({}),
  check: function vagueOutcomeCheck(ctx, report) {
    // A story with no sections at all: its closing paragraph, where the outcome usually is.
    const unsectioned = ctx.story.sections.length === 0;
    const sentences = unsectioned ? ctx.facts.closingSentences() : ctx.facts.resultSentences();
    // Each sentence read once for a figure (a hit asks about the sentence before it).
    const figures: (boolean | undefined)[] = [];
    const measured = (i: number) => i >= 0 && (figures[i] ??= ctx.facts.figuresIn(sentences[i]).length > 0 || BEFORE_AFTER.test(sentences[i].voice));
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      if (measured(i) || ctx.facts.resultLessons().includes(s) || LESSON_DRAWN.test(s.voice) || (EXPLICIT_ZERO.test(s.voice) && measured(i - 1))) continue;
      const hits = withUncovered(ctx.facts.match('vagueOutcome', [s]), findAll(FEELING, s.voice, s.start));
      hits.sort((a, b) => a.start - b.start);
      for (const h of hits) {
        // Commentary on the figure just given ("…over 90% readiness. This level of readiness was…"), a feeling about the work ahead.
        if (loadFit().notAnOutcome(s.voice, h.phrase, h.end - s.start, measured(i - 1))) continue;
        const at = h.start - s.start;
        if (/^work\w* out$/i.test(h.phrase) && WORK_OUT_OBJECT.test(s.voice.slice(h.end - s.start))) continue;
        if (/^like it$/i.test(h.phrase) && LIKE_AS_SIMILAR.test(s.voice.slice(Math.max(0, at - 12), at))) continue;
        report({
          start: h.start,
          end: h.end,
          sectionKind: unsectioned ? null : 'result',
          message: `"${h.phrase}" tells the interviewer nothing they can weigh: replace it with the measured change.`,
          actual: h.phrase,
        });
      }
    }
  },
});
