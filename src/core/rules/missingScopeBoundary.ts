import * as z from 'zod/mini';
import { defineRule } from './types';
import { loadFit } from '../fitPackage';

// Ownership is proven by the boundary: not my team, no ticket, nobody asked. Without it the
// interviewer assumes the work was assigned. The rule knows what the story is for: a warning when
// one of its principles calls for a boundary (Ownership, Bias for Action: profiles with
// `boundary`), a hint when it names no principle but reads as something the writer took on
// themselves ("I proposed", "took the initiative"), and nothing on a story filed only under
// principles without one, or on a story recognisably about a disagreement, a mistake, trust, a
// conflict, learning or mentoring (nobody asks whose system that was). `skipPrinciples` exempts more.
//
// Template text in brackets is a placeholder to the engine: left as it is, it proves no scope
// (the insert-a-boundary fix, kindAware.ts).

export const missingScopeBoundary = defineRule({
  id: 'missing-scope-boundary',
  defaultSeverity: 'warning',
  sections: ['situation', 'task'],
  tipId: 'missing-scope-boundary',
  options: z.object({ skipPrinciples: z._default(z.array(z.string()), []) }),
  check: (ctx, report) => loadFit().missingScopeBoundaryCheck(ctx, report),
});
