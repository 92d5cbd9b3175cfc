import * as z from 'zod/mini';
import { defineRule } from './types';
import { endOfBody, headingOf, sectionAnchor } from './anchors';
import { PRINCIPLE_PROFILES } from '../coaching/principleProfiles';
import { storyKinds } from '../storyKind';

// Ownership is proven by the boundary: not my team, no ticket, nobody asked. Without it the
// interviewer assumes the work was assigned. The rule knows what the story is for: a warning when
// one of its principles calls for a boundary (Ownership, Bias for Action: profiles with
// `boundary`), a hint when it names no principle, and nothing on a story filed only under
// principles without one, or on a story recognisably about a disagreement, a mistake, trust, a
// conflict, learning or mentoring (nobody asks whose system that was). `skipPrinciples` exempts more.

const NEEDS_BOUNDARY = new Set(PRINCIPLE_PROFILES.filter((p) => p.boundary).map((p) => p.id));

const TEMPLATE = 'This was ${1:not my team\'s service}: ${2:there was no ticket and nobody had asked me to look at it}. I decided to ${3:own it end to end}.';

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
    const filed = ctx.principles.filter((p) => !ctx.options.skipPrinciples.includes(p));
    if (filed.length > 0 && !filed.some((p) => NEEDS_BOUNDARY.has(p))) return;
    if (!facts.has('situation') && !facts.has('task') && !facts.has('action')) return; // nothing told yet
    if (facts.hasScopeBoundary()) return;
    if (storyKinds(facts).length > 0) return;
    const task = headingOf(story, 'task');
    const situation = headingOf(story, 'situation');
    const anchor = sectionAnchor(file, story, 'task');
    const host = task ?? situation;
    const at = host ? endOfBody(file, host) : anchor.end;
    report({
      ...anchor,
      sectionKind: task ? 'task' : null,
      ...(filed.length === 0 ? { severity: 'hint' as const } : {}),
      message:
        filed.length === 0
          ? 'If this story is meant to show Ownership or Bias for Action, say why it was yours to take on: not your team, no ticket, nobody asked.'
          : 'Say why this was yours to take on: not your team, no ticket, nobody asked. Otherwise the interviewer assumes it was assigned.',
      fix: { title: 'Insert a scope-boundary sentence', edits: [{ start: at, end: at, text: (host && at > host.bodyStart ? ' ' : '\n') + TEMPLATE }], snippet: true },
    });
  },
});
