import * as z from 'zod/mini';
import { defineRule } from './types';
import { endOfBody, headingOf, sectionAnchor } from './anchors';

// Ownership is proven by the boundary: not my team, no ticket, nobody asked. Without it the
// interviewer assumes the work was assigned. Every principle: even a Frugality or Earn Trust
// story is scored on whether the candidate chose to act. `skipPrinciples` can exempt some.

// Template text in brackets is a placeholder to the engine: left as it is, it proves no scope.
const TEMPLATE = 'This was ${1:[e.g. not my team\'s service]}: ${2:[e.g. there was no ticket and nobody had asked me to look at it]}. I decided to ${3:[e.g. own it end to end]}.';

export const missingScopeBoundary = defineRule({
  id: 'missing-scope-boundary',
  description: 'Neither the Situation nor the Task says the work was outside your remit, unasked, unticketed or self-started.',
  defaultSeverity: 'warning',
  sections: ['situation', 'task'],
  tipId: 'missing-scope-boundary',
  options: z.object({ skipPrinciples: z._default(z.array(z.string()), []) }),
  check: function missingScopeBoundaryCheck(ctx, report) {
    const { story, facts, file } = ctx;
    if (ctx.principles.length > 0 && ctx.principles.every((p) => ctx.options.skipPrinciples.includes(p))) return;
    if (!facts.has('situation') && !facts.has('task') && !facts.has('action')) return; // nothing told yet
    // Sections there but nothing written in them yet (empty, or template text still in place).
    if ((['situation', 'task', 'action'] as const).every((k) => facts.sections(k).every((s) => facts.wordsIn(s) === 0))) return;
    if (facts.hasScopeBoundary()) return;
    const task = headingOf(story, 'task');
    const situation = headingOf(story, 'situation');
    const anchor = sectionAnchor(file, story, 'task');
    const host = task ?? situation;
    const at = host ? endOfBody(file, host) : anchor.end;
    report({
      ...anchor,
      sectionKind: task ? 'task' : null,
      message: 'Say why this was yours to take on: not your team, no ticket, nobody asked. Otherwise the interviewer assumes it was assigned.',
      fix: { title: 'Insert a scope-boundary sentence', edits: [{ start: at, end: at, text: (host && at > host.bodyStart ? ' ' : '\n') + TEMPLATE }], snippet: true },
    });
  },
});
