import * as z from 'zod/mini';
import { allowedSeconds, formatSeconds } from '../timing';
import { defineRule } from './types';
import { storyAnchor } from './anchors';
import { SECTION_GUIDES } from '../coaching/sections';
import { LEVEL_TARGETS } from '../coaching/levelTargets';
import type { SectionKind } from '../types';

const label = (k: SectionKind) => SECTION_GUIDES[k]?.label ?? k;

// Speaking time against the targets: a long Situation loses the interviewer before the story starts.
// Reads the metrics computed for the story (words → seconds at the configured pace).

export const sectionOverTime = defineRule({
  id: 'section-over-time',
  description: "A section (or the whole story) runs over its speaking-time target by more than the tolerance.",
  defaultSeverity: 'info',
  sections: ['situation', 'task', 'action', 'result', 'reflection'],
  tipId: 'section-over-time',
  options: z.object({}),
  check: function sectionOverTimeCheck(ctx, report) {
    const metrics = ctx.facts.metrics();
    const tolerance = ctx.config.timeTolerance;
    for (const m of metrics.sections) {
      if (m.targetSeconds <= 0 || m.seconds <= allowedSeconds(m.targetSeconds, tolerance)) continue;
      report({
        start: m.headingStart,
        end: m.headingEnd,
        sectionKind: m.kind,
        message: `About ${formatSeconds(m.seconds)} spoken (${m.words} words) against a ${formatSeconds(m.targetSeconds)} target: cut it to what the interviewer needs.`,
      });
    }
    if (metrics.targetSeconds > 0 && metrics.seconds > allowedSeconds(metrics.targetSeconds, tolerance)) {
      // The section targets add up to the story's: the one furthest over its own target is where
      // the time went (most seconds over; on a tie, the larger share of its target).
      let worst: (typeof metrics.sections)[number] | null = null;
      for (const m of metrics.sections) {
        if (m.targetSeconds <= 0 || m.seconds <= m.targetSeconds) continue;
        const over = m.seconds - m.targetSeconds;
        const worstOver = worst ? worst.seconds - worst.targetSeconds : -1;
        if (!worst || over > worstOver || (over === worstOver && m.seconds / m.targetSeconds > worst.seconds / worst.targetSeconds)) worst = m;
      }
      const where = worst
        ? `trim the ${label(worst.kind)} first: about ${formatSeconds(worst.seconds)} against its ${formatSeconds(worst.targetSeconds)}.`
        : 'cut what the interviewer does not need to follow the story.';
      report({
        ...storyAnchor(ctx.file, ctx.story),
        sectionKind: null,
        message: `The whole story runs about ${formatSeconds(metrics.seconds)} against ${formatSeconds(metrics.targetSeconds)} for ${LEVEL_TARGETS[ctx.level]?.label ?? ctx.level}: ${where}`,
      });
    }
  },
});
