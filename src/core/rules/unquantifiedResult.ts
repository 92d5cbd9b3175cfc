import * as z from 'zod/mini';
import { defineRule } from './types';
import { endOfBody, headingOf } from './anchors';
import { hasWordDuration } from '../figures';

// A Result without a measured figure leaves the interviewer nothing to remember.

// Template text in brackets ("[Write …]") is a placeholder to the engine: inserted and left as
// it is, it clears nothing.
const TEMPLATE = '${1:[Write the metric]} went from ${2:[Write the figure before]} to ${3:[Write the figure after]}, which ${4:[Write what it saved, earned or protected, and for whom]}.';

export const unquantifiedResult = defineRule({
  id: 'unquantified-result',
  defaultSeverity: 'warning',
  sections: ['result'],
  tipId: 'unquantified-result',
  options: z.object({}),
  check: function unquantifiedResultCheck(ctx, report) {
    const result = headingOf(ctx.story, 'result');
    if (!result || ctx.facts.resultSentences().length === 0) return;
    if (ctx.facts.resultFigures().length > 0) return;
    const holes = ctx.facts.placeholders().filter((p) => p.start >= result.bodyStart && p.end <= result.bodyEnd);
    // A duration in words with its size ("extended the project to over a month") is a measure too.
    if (holes.length === 0 && ctx.facts.resultSentences().some((s) => hasWordDuration(s.voice))) return;
    const at = endOfBody(ctx.file, result);
    report({
      start: result.headingStart,
      end: result.headingEnd,
      sectionKind: 'result',
      message: holes.length
        ? 'The Result still has a placeholder where the figure goes: fill in the measured number.'
        : 'No measured figure in the Result: give the before → after (%, time, money, count).',
      fix: { title: 'Insert a measured-result sentence', edits: [{ start: at, end: at, text: ' ' + TEMPLATE }], snippet: true },
    });
  },
});
