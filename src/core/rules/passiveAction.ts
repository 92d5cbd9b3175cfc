import * as z from 'zod/mini';
import { defineRule } from './types';
import { isPastTenseVerb } from '../facts';

// "The fix was deployed": by whom? Passive voice in the Action hides the actor.

const PASSIVE = /(?<![A-Za-z'’])(\w+)\s+(was|were|got|gets|is|are|been|being)\s+(?:(?:then|also|quickly|eventually|finally|successfully|fully|later|immediately|all)\s+)?([a-z]+)(?![A-Za-z'’])(?!\s+by\s+me\b)/gi;
const STATES = new Set(
  ('able supposed used based interested involved concerned excited worried surprised pleased confused tired married located required needed ' +
    'aligned aware unable done finished gone stuck blocked scheduled expected allowed tasked asked assigned told given owned called named ' +
    'sized scoped limited focused committed convinced determined prepared responsible unclear unhappy happy annoyed frustrated stressed ' +
    'overwhelmed shocked amazed relieved impressed satisfied disappointed embarrassed bored delighted thrilled exposed broken').split(' '),
);
const NOT_SUBJECT = new Set(['i', 'which', 'who', 'what', 'that', 'there']);

export const passiveAction = defineRule({
  id: 'passive-action',
  description: 'Passive voice in the Action hides who acted ("the fix was deployed").',
  defaultSeverity: 'info',
  sections: ['action'],
  tipId: 'passive-action',
  options: z.object({}),
  check: function passiveActionCheck(ctx, report) {
    for (const s of ctx.facts.sentencesOf('action')) {
      PASSIVE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = PASSIVE.exec(s.voice))) {
        const subject = m[1].toLowerCase();
        const participle = m[3].toLowerCase();
        if (NOT_SUBJECT.has(subject) || STATES.has(participle) || !isPastTenseVerb(participle)) continue;
        const start = s.start + m.index + m[0].indexOf(m[2], m[1].length);
        const end = s.start + m.index + m[0].length;
        report({
          start,
          end,
          sectionKind: 'action',
          message: `"${ctx.file.text.slice(start, end)}" hides who did it: "I ${participle}…".`,
          actual: ctx.file.text.slice(start, end),
        });
      }
    }
  },
});
