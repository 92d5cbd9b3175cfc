import * as z from 'zod/mini';
import { defineRule } from './types';

// "The fix was deployed": by whom? Passive voice in the Action hides the actor.

const PASSIVE = /(?<![\w'’])(\w+)\s+(was|were|got)\s+(?:(?:then|also|quickly|eventually|finally|successfully|fully|later|immediately|all)\s+)?([a-z]+)(?![A-Za-z'’])(?!\s+by\s)/gi;
/**
 * A literal every PASSIVE match contains: a sentence without it is skipped unread (a plain
 * alternation scans several times faster). Keep it a necessary condition when PASSIVE changes.
 */
const PASSIVE_NEEDS = /was|were|got/i;
/** The pair, for the test that keeps PASSIVE_NEEDS a necessary condition of PASSIVE. */
export const PASSIVE_PREFILTER = { pattern: PASSIVE, needs: PASSIVE_NEEDS };
/** Things an engineer does: "the fix was deployed" hides who deployed it; "the page was slow" does not. */
const ACTIONS = new Set(
  ('deployed fixed built written rewritten added created implemented shipped merged tested released migrated refactored removed updated ' +
    'configured automated launched designed developed introduced documented reviewed approved resolved patched reverted rolled escalated ' +
    'completed delivered identified discovered traced analyzed analysed investigated reproduced monitored communicated shared presented ' +
    'proposed agreed decided changed replaced moved optimized optimised enabled disabled upgraded installed provisioned cleaned deleted ' +
    'dropped rebuilt restarted filed drafted published coordinated organized organised prioritized prioritised planned trained onboarded ' +
    'scheduled benchmarked profiled measured validated verified debugged diagnosed instrumented alerted paged notified contacted ' +
    'negotiated pitched convinced hired interviewed mentored coached set sent made done run taken fed cut split sharded cached indexed ' +
    'rerouted routed throttled batched parallelized parallelised containerized containerised tuned tightened loosened raised lowered ' +
    'increased decreased reduced improved redesigned rearchitected consolidated deprecated retired decommissioned archived backfilled retrained relabeled relabelled recomputed reprocessed rerun').split(' '),
);
const PAST: Record<string, string> = { written: 'wrote', rewritten: 'rewrote', done: 'did', taken: 'took', run: 'ran', fed: 'fed', made: 'made', sent: 'sent', set: 'set', cut: 'cut', split: 'split', built: 'built', rebuilt: 'rebuilt' };
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
      if (!PASSIVE_NEEDS.test(s.voice)) continue;
      PASSIVE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = PASSIVE.exec(s.voice))) {
        const subject = m[1].toLowerCase();
        const participle = m[3].toLowerCase();
        if (NOT_SUBJECT.has(subject) || !ACTIONS.has(participle)) continue;
        // "how many versions were retired" is a metric, not a step.
        if (/(?<![A-Za-z])how\s+(?:many|much)\s+(?:\w+\s+){0,3}$/i.test(s.voice.slice(0, m.index + m[1].length + 1))) continue;
        const start = s.start + m.index + m[0].indexOf(m[2], m[1].length);
        const end = s.start + m.index + m[0].length;
        report({
          start,
          end,
          sectionKind: 'action',
          message: `"${ctx.file.text.slice(start, end)}" hides who did it: make yourself the subject ("I ${PAST[participle] ?? participle}…").`,
          actual: ctx.file.text.slice(start, end),
        });
      }
    }
  },
});
