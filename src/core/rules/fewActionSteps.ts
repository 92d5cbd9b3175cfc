import * as z from 'zod/mini';
import { defineRule } from './types';
import { headingOf } from './anchors';

// The Action is the story: the interviewer wants several concrete steps, each "I + verb".

export const fewActionSteps = defineRule({
  id: 'few-action-steps',
  defaultSeverity: 'info',
  sections: ['action'],
  tipId: 'few-action-steps',
  options: z.object({ minimum: z._default(z.int().check(z.minimum(1), z.maximum(20)), 3) }),
  check: function fewActionStepsCheck(ctx, report) {
    const action = headingOf(ctx.story, 'action');
    if (!action) return;
    // Nothing written in it yet (empty, or template text): empty-section or unfilled-placeholder says so.
    if (ctx.facts.sections('action').every((s) => ctx.facts.wordsIn(s) === 0)) return;
    const steps = ctx.facts.actionSteps();
    if (steps.length >= ctx.options.minimum) return;
    // A step read from a gerund ("by taking", "that meant training") is shown as written, not as "I taking".
    // One verb with two objects is two steps ("build the tool", "build the pipeline"): named once, with how many.
    const named = new Map<string, number>();
    for (const s of steps) {
      const name = s.verb.endsWith('ing') ? s.verb : `I ${s.verb}`;
      named.set(name, (named.get(name) ?? 0) + 1);
    }
    const list = [...named].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ');
    const found = steps.length === 0 ? 'no step in the first person' : `only ${steps.length} distinct step${steps.length === 1 ? '' : 's'} (${list})`;
    report({
      start: action.headingStart,
      end: action.headingEnd,
      sectionKind: 'action',
      message: `The Action has ${found}: walk through at least ${ctx.options.minimum} things you did, each starting with "I".`,
    });
  },
});
