import * as z from 'zod/mini';
import { defineRule, type Rule } from './types';

// Problems the parser found (front matter, override comments), reported through the rule
// machinery so that settings and suppression comments apply to them like to any rule.

function fromParser(id: 'invalid-front-matter' | 'unknown-principle', severity: 'error' | 'warning'): Rule {
  return defineRule({
    id,
    defaultSeverity: severity,
    sections: [],
    tipId: id,
    options: z.object({}),
    check(ctx, report) {
      for (const p of ctx.file.problems) {
        if (p.ruleId !== id) continue;
        const mine = p.storyIndex === ctx.story.index || (p.storyIndex === -1 && ctx.story.index === 0);
        if (mine) report({ start: p.start, end: p.end, severity: p.severity, message: p.message, sectionKind: null, ...(p.fix ? { fix: p.fix } : {}) });
      }
    },
  });
}

export const invalidFrontMatter = fromParser('invalid-front-matter', 'error');
export const unknownPrinciple = fromParser('unknown-principle', 'warning');
