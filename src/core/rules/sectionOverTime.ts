import * as z from 'zod/mini';
import { allowedSeconds, formatSeconds } from '../timing';
import { defineRule } from './types';
import { storyAnchor } from './anchors';
import { SECTION_BASICS } from '../coaching/sectionBasics';
import type { SectionKind } from '../types';

const label = (k: SectionKind) => SECTION_BASICS[k]?.label ?? k;

// Speaking time against the targets: a long Situation loses the interviewer before the story starts.
// Reads the metrics computed for the story (words → seconds at the configured pace).

export const sectionOverTime = defineRule({
  id: 'section-over-time',
  defaultSeverity: 'info',
  sections: ['situation', 'task', 'action', 'result', 'reflection'],
  tipId: 'section-over-time',
  options: z.object({}),
  check: function sectionOverTimeCheck(ctx, report) {
    const metrics = ctx.facts.metrics();
    const tolerance = ctx.config.timeTolerance;
    const storyOver = metrics.targetSeconds > 0 && metrics.seconds > allowedSeconds(metrics.targetSeconds, tolerance);
    // The section to trim first when the story is over: the one furthest over its own target (most
    // seconds over; on a tie, the first told). Named on the story title, not again on its heading.
    const worst = storyOver ? metrics.sections.filter((m) => m.seconds > m.targetSeconds).sort((a, b) => b.seconds - b.targetSeconds - (a.seconds - a.targetSeconds))[0] : undefined;
    for (const m of metrics.sections) {
      // In a story within its time only the set-up is held to its own target (a long set-up loses the
      // interviewer however short the rest): the Action and Result may use the time left up to twice
      // their own target, the Reflection three times (a two-sentence lesson already runs past its 10 s).
      // A story over its target, even within the tolerance, has no time left to lend.
      const roomy = metrics.seconds <= metrics.targetSeconds && m.kind !== 'situation' && m.kind !== 'task';
      const lent = roomy ? (m.kind === 'reflection' ? 3 : 2) * m.targetSeconds : 0;
      if (m === worst || m.targetSeconds <= 0 || m.seconds <= Math.max(allowedSeconds(m.targetSeconds, tolerance), lent)) continue;
      report({
        start: m.headingStart,
        end: m.headingEnd,
        sectionKind: m.kind,
        message: `About ${formatSeconds(m.seconds)} spoken (${m.words} words) against a ${formatSeconds(m.targetSeconds)} target: cut it to what the interviewer needs.`,
      });
    }
    if (storyOver) {
      const where = worst ? `trim the ${label(worst.kind)} first (${formatSeconds(worst.seconds)}, ${worst.words} words, against ${formatSeconds(worst.targetSeconds)}).` : 'cut it down.';
      report({
        ...storyAnchor(ctx.file, ctx.story),
        sectionKind: null,
        message: `The whole story runs about ${formatSeconds(metrics.seconds)} against its ${formatSeconds(metrics.targetSeconds)} target: ${where}`,
      });
    }
  },
});
