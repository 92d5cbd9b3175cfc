// passive-action's reading, loaded with the principle-fit chunk (dist/fit.js): the rule is in rules/passiveAction.ts.
import { textBefore } from './prose';
import type { Report, RuleContext } from './rules/types';

// "The fix was deployed": by whom? Passive voice in the Action hides the actor.

const PASSIVE = /(?<![\w'’])(\w+)\s+(was|were|got)\s+(?:(?:then|also|quickly|eventually|finally|successfully|fully|later|immediately|all|being|(?!(?:initially|originally|previously|formerly|temporarily|usually|normally|typically|always)\s)[a-z]{3,}ly)\s+)?([a-z]+)(?![A-Za-z'’])(?!\s+by\s)/gi;
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
    'configured automated launched designed developed introduced documented reviewed resolved patched reverted rolled escalated ' +
    'completed delivered identified discovered traced analyzed analysed investigated reproduced monitored communicated shared presented ' +
    'proposed agreed decided changed replaced moved optimized optimised enabled disabled upgraded installed provisioned cleaned deleted ' +
    'dropped rebuilt restarted filed drafted published coordinated organized organised prioritized prioritised planned trained onboarded ' +
    'scheduled benchmarked profiled measured validated verified debugged diagnosed instrumented alerted paged notified contacted ' +
    'negotiated pitched convinced hired interviewed mentored coached set sent made done run taken fed cut split sharded cached indexed ' +
    'rerouted routed throttled batched parallelized parallelised containerized containerised tuned tightened loosened raised lowered ' +
    'increased decreased reduced improved redesigned rearchitected consolidated deprecated retired decommissioned archived backfilled retrained relabeled relabelled recomputed reprocessed rerun ' +
    'produced prepared submitted handled solved finished arranged gathered collected compiled conducted performed executed utilized utilised sought obtained assembled checked refined pruned uncovered spotted ' +
    'mentioned suggested discussed responded accessed combined').split(' '),
);
/**
 * What a system does to its own traffic: "requests were dropped", "events were lost". With such a
 * subject the passive reports the system's behaviour, not a step someone hid.
 */
const SYSTEM_SUBJECTS = new Set(
  ('requests request messages message events event packets packet records record rows row jobs job calls call emails email orders order transactions ' +
    'transaction payments payment logs log alerts alert pages page connections connection queries query writes write reads read batches batch ' +
    'tasks task files file tickets ticket responses response notifications notification traffic data builds build deploys tests test').split(' '),
);
const SYSTEM_PARTICIPLES = new Set(
  ('dropped lost delayed rejected throttled retried queued processed duplicated skipped blocked sent routed rerouted cached indexed missed ignored ' +
    'paged alerted timed failed split batched run').split(' '),
);
/** Defects are not steps: "the leak was created by a retry loop", "the bug was introduced in March". */
const DEFECTS = new Set(['leak', 'bug', 'bugs', 'regression', 'error', 'errors', 'issue', 'issues', 'problem', 'problems', 'outage', 'incident', 'mistake', 'defect', 'crash', 'vulnerability', 'race']);
/** Words that open a clause under another: "until the problem was resolved", "how the cache was configured", "the way my class was run". */
const UNDER = /(?<![A-Za-z])(?:until|unless|when|whenever|if|because|once|since|after|before|while|as|whether|how|why|what|where|way|unaware|aware|sure|noticed|found|learned|realized|realised|explaining\s+that|explained\s+that)\s+(?:(?:the|a|an|our|their|its|his|her|this|that|these|those|[A-Za-z'’-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** A lead-in whose bullets are its objects: "Additionally, I ensured:", "I made sure that:", "I verified:". */
const ENSURED_LEAD = /(?<![A-Za-z'’])I\s+(?:[a-z]+ly\s+|also\s+)?(?:ensured|made\s+sure|verified|confirmed|checked|double-checked)(?:\s+that)?\s*:\s*$/i;
const ENSURED = /(?<![A-Za-z])(?:ensur(?:e|ed|es|ing)|mak(?:e|es|ing)\s+sure|made\s+sure)(?:\s+that)?\s+[^,;:.!?]{0,80}$/i;
const PAST: Record<string, string> = { written: 'wrote', rewritten: 'rewrote', done: 'did', taken: 'took', run: 'ran', fed: 'fed', made: 'made', sent: 'sent', set: 'set', cut: 'cut', split: 'split', built: 'built', rebuilt: 'rebuilt' };
const NOT_SUBJECT = new Set(['i', 'which', 'who', 'what', 'that', 'there']);
/** Pronouns for people, and participles that say how they were, not what was done to them. */
const PEOPLE = new Set(['we', 'they', 'he', 'she', 'you']);
const STATES = new Set(['finished', 'done', 'prepared', 'set', 'organized', 'organised', 'trained', 'planned', 'made']);


export function passiveActionCheck(ctx: RuleContext<Record<string, never>>, report: (r: Report) => void): void {
  // Bullets under "I ensured:" are what the writer made sure of: the actor is named in the lead-in.
  let ensuredList = false;
  for (const s of ctx.facts.sentencesOf('action')) {
    if (!s.bullet) ensuredList = ENSURED_LEAD.test(s.voice);
    else if (ensuredList) continue;
    if (!PASSIVE_NEEDS.test(s.voice)) continue;
    PASSIVE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PASSIVE.exec(s.voice))) {
      const subject = m[1].toLowerCase();
      const participle = m[3].toLowerCase();
      if (NOT_SUBJECT.has(subject) || !ACTIONS.has(participle)) continue;
      // "by the time we were finished", "they were done": a state of the people named, nothing hidden.
      if (PEOPLE.has(subject) && STATES.has(participle)) continue;
      // "he was convinced he had found a job", "convinced of it": what someone believed, not what was done to them.
      if (participle === 'convinced' && /^\s+(?:that|of|he|she|they|we|it|i|there|this|his|her|their)(?![A-Za-z'’])/i.test(s.voice.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      // The system's own behaviour, a defect, or a clause under another: not a hidden step.
      if ((SYSTEM_SUBJECTS.has(subject) && SYSTEM_PARTICIPLES.has(participle)) || DEFECTS.has(subject)) continue;
      if (UNDER.test(s.voice.slice(Math.max(0, m.index - 80), m.index))) continue;
      // What a step made sure of: "ensuring that each step of the repair was executed" (the step is the ensuring).
      if (ENSURED.test(textBefore(s.voice, m.index + m[1].length + 1, 120))) continue;
      // "how many versions were retired" is a metric, not a step.
      if (/(?<![A-Za-z])how\s+(?:many|much)\s+(?:\w+\s+){0,3}$/i.test(textBefore(s.voice, m.index + m[1].length + 1, 160))) continue;
      const start = s.start + m.index + m[0].indexOf(m[2], m[1].length);
      const end = s.start + m.index + m[0].length;
      report({
        start,
        end,
        sectionKind: 'action',
        // Only the passive's own verb is offered, and only if it was the writer's step.
        message: `"${ctx.file.text.slice(start, end)}" hides who did it: if it was you, make yourself the subject ("I ${PAST[participle] ?? participle}…"); if not, name who did.`,
        actual: ctx.file.text.slice(start, end),
      });
    }
  }
}
