import * as z from 'zod/mini';
import { findPrinciple } from '../coaching/principleNames';
import { principleProfile } from '../coaching/principleProfiles';
import { judgedFit } from '../principleFit';
import { defineRule } from './types';
import { storyAnchor } from './anchors';

// The first thing a bar raiser writes down: does the story show the principle it is filed under?
// Each principle the story names is judged on its own signals (principleProfiles.ts): info when
// some are missing, warning when none is shown. A story that names no principle is not judged
// here; the hover and the panel suggest the principles its text shows best.

export const principleFitRule = defineRule({
  id: 'principle-fit',
  description: 'The story does not show some of the signals an interviewer listens for under its principle (a warning when it shows none).',
  defaultSeverity: 'info',
  sections: [],
  tipId: 'principle-fit',
  options: z.object({}),
  check: function principleFitCheck(ctx, report) {
    if (ctx.principles.length === 0) return;
    if (!ctx.facts.has('situation') && !ctx.facts.has('task') && !ctx.facts.has('action') && !ctx.facts.has('result')) {
      // Nothing told yet (a title and front matter): nothing to judge.
      if (ctx.facts.preambleSentences().length === 0) return;
    }
    for (const fit of judgedFit(ctx.facts, ctx.principles)) {
      const missing = fit.signals.filter((s) => !s.shown);
      if (missing.length === 0) continue;
      const profile = principleProfile(fit.principle);
      const name = findPrinciple(fit.principle)?.name ?? fit.principle;
      const none = missing.length === fit.signals.length;
      const list = missing.map((s) => s.label.charAt(0).toLowerCase() + s.label.slice(1)).join('; ');
      report({
        ...storyAnchor(ctx.file, ctx.story),
        sectionKind: null,
        severity: none ? 'warning' : 'info',
        message: none
          ? `${name}: the story shows none of what an interviewer listens for (${list}). ${profile?.tip ?? ''}`.trim()
          : `${name}: not shown yet: ${list}. ${profile?.tip ?? ''}`.trim(),
        actual: `${fit.principle}:${missing.map((s) => s.id).join(',')}`,
      });
    }
  },
});
