import * as z from 'zod/mini';
import { defineRule } from './types';
import type { Fix, SectionKind, Severity } from '../types';
import type { Sentence } from '../prose';

// "We" as the one who acts hides what the candidate did. Not flagged: "we" inside reported
// speech, in a clause under an "I" ("I proposed that we ship it"), or the possessive "our".

const SEVERITY: Partial<Record<SectionKind, Severity>> = { action: 'warning', result: 'info', situation: 'hint', task: 'hint' };

const WE = /(?<![A-Za-z'’])(?:(we)(?:['’](ve|re|d|ll))?|(our\s+(?:[\w-]+\s+)?(?:team|group|squad|org|organi[sz]ation|crew|department)|my\s+team\s+and\s+I|the\s+team\s+and\s+I|(?:me\s+and|I\s+and)\s+(?:my|the)\s+team)(?=\s+(?!(?:of|in|at|on|for|with|and|or|to|from|that|which|who|whose)\b)[a-z])|(?:it|this|that)\s+took\s+(us)|(?:let|allowed|enabled|helped|forced|required)\s+(us)\s+to)(?![A-Za-z'’])/gi;
/**
 * What every WE match contains: "we" before a non-letter, "our", "team", "took", "us … to". A
 * sentence without any is skipped unread (a plain alternation scans several times faster).
 * Keep it a necessary condition when WE changes.
 */
const WE_NEEDS = /we(?![a-z])|our\s|team|took\s|us\s+to/i;
/** The pair, for the test that keeps WE_NEEDS a necessary condition of WE. */
export const WE_PREFILTER = { pattern: WE, needs: WE_NEEDS };
/** Words that put what follows in a clause under the "I" before them. */
const SUBORDINATE = /(?<![A-Za-z])(?:that|whether|if|so|how|why|what|where|when|until|unless|because|once|before|after|while|whenever|since|as|than|though|although)\s*$/i;
const I_SUBJECT = /(?<![A-Za-z'’.])[Ii](?:['’](?:d|ve|ll|m))?\s+[a-z]/;
/** How far back a clause's "I" or opener is looked for (a long run-on sentence stays linear). */
const LOOKBACK = 240;

/** Words after which a "we" opens a clause of its own: "and we shipped", "Then we rolled back". */
const CLAUSE_OPENERS = new Set(
  ('and but so then or yet nor together first next later finally eventually also initially ultimately quickly soon now instead ' +
    'still thus therefore afterwards afterward meanwhile basically honestly luckily unfortunately fortunately once when while after ' +
    'before because since as until if though although whenever where plus again immediately gradually sometimes often usually ' +
    'ever never always just really actually originally previously').split(' '),
);
/** Openers that make the words before "we" a fronted phrase: "In March we…", "Within a week we…". */
const FRONTED = /^(?:in|on|at|by|over|within|during|after|before|for|from|since|until|across|throughout|with|without|once|when|last|this|that|the\s+next|every|each|two|three|a\s+few|one|later|early)\b/i;

/** Is the "we" at `index` of `voice` the subject of its own clause (not "the flag we could flip")? */
function opensClause(voice: string, index: number): boolean {
  const before = voice.slice(Math.max(0, index - LOOKBACK), index);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('), before.lastIndexOf('—'), before.lastIndexOf('–'), before.lastIndexOf(' - '), before.lastIndexOf('"'), before.lastIndexOf('“'));
  const clause = before.slice(clauseStart + 1).trim();
  if (clause === '') return true;
  const words = clause.split(/\s+/);
  const prev = words[words.length - 1].toLowerCase().replace(/[^a-z'’]/g, '');
  // After an emoji or a symbol ("🚀 we shipped", "→ we rolled back") the clause starts afresh.
  if (prev === '' || CLAUSE_OPENERS.has(prev)) return true;
  // A fronted time or place phrase with no verb of its own: "In March we migrated".
  return words.length <= 6 && FRONTED.test(clause) && !I_SUBJECT.test(clause);
}

/** Right after "we": a word that only makes sense of a group ("we all agreed", "we both knew"). */
const GROUP_NEXT = /^\s{1,20}(?:all|both|each|collectively|mutually|jointly)(?![A-Za-z])/i;
/** In the rest of the clause: what "together"-type words the fix drops with "we" → "I". */
const JOINT = /(?<!\s)\s+(?:together|with\s+each\s+other|with\s+one\s+another|as\s+a\s+(?:team|group)|jointly|between\s+us|among\s+ourselves)(?![A-Za-z])/gi;
/** The same word opening the clause before "we": "Together we rebuilt the index". */
const JOINT_BEFORE = /(?<![A-Za-z])(?:together|jointly|as\s{1,4}a\s{1,4}team)\s{0,8}(?:,\s{0,8})?$/i;
/** Mutual action that no "I" can do: no fix is offered. */
const MUTUAL = /(?<![A-Za-z])(?:each\s+other|one\s+another)(?![A-Za-z])/i;
const OURSELVES = /(?<![A-Za-z])ourselves(?![A-Za-z])/i;

/**
 * The extra edits "we" → "I" needs in the rest of its clause (`rest`, which starts at `at`):
 * "together" and the like dropped, "ourselves" → "myself"; null when the clause cannot be said
 * by one person ("we helped each other", "we all agreed").
 */
function clauseEdits(rest: string, at: number): { edits: { start: number; end: number; text: string }[]; notes: string[] } | null {
  if (GROUP_NEXT.test(rest)) return null;
  const end = rest.search(/[,;:.!?]/);
  const clause = rest.slice(0, end < 0 ? Math.min(rest.length, 160) : Math.min(end, 160));
  const edits: { start: number; end: number; text: string }[] = [];
  const notes: string[] = [];
  let left = clause;
  JOINT.lastIndex = 0;
  let joint: RegExpExecArray | null;
  while ((joint = JOINT.exec(clause))) {
    edits.push({ start: at + joint.index, end: at + joint.index + joint[0].length, text: '' });
    notes.push(`drop "${joint[0].trim()}"`);
    left = left.slice(0, joint.index) + ' '.repeat(joint[0].length) + left.slice(joint.index + joint[0].length);
  }
  if (MUTUAL.test(left)) return null;
  const selves = OURSELVES.exec(left);
  if (selves) {
    edits.push({ start: at + selves.index, end: at + selves.index + selves[0].length, text: 'myself' });
    notes.push('"ourselves" → "myself"');
  }
  return { edits, notes };
}

function rewrite(we: string, rest: string): { text: string; extra?: [string, string] } | null {
  const lower = we.toLowerCase();
  const next = /^\s+([a-z']+)/i.exec(rest)?.[1]?.toLowerCase() ?? '';
  if (lower === 'we') {
    if (next === 'are') return { text: 'I', extra: ['are', 'am'] };
    if (next === 'were') return { text: 'I', extra: ['were', 'was'] };
    if (next === "weren't" || next === 'weren’t') return { text: 'I', extra: [next, "wasn't"] };
    if (next === "aren't" || next === 'aren’t') return { text: "I'm", extra: [next, 'not'] };
    return { text: 'I' };
  }
  if (lower === "we're" || lower === 'we’re') return { text: "I'm" };
  const m = /^we(['’])(ve|d|ll)$/i.exec(we);
  if (m) return { text: `I${m[1]}${m[2].toLowerCase()}` };
  return null;
}

export const weInsteadOfI = defineRule({
  id: 'we-instead-of-i',
  description: 'First-person plural ("we", "our team") as the one who acts, where the interviewer needs to hear "I".',
  defaultSeverity: 'warning',
  sections: ['action', 'result', 'situation', 'task'],
  tipId: 'we-instead-of-i',
  options: z.object({}),
  check: function weInsteadOfICheck(ctx, report) {
    const parts: { kind: SectionKind | null; severity: Severity; sentences: Sentence[] }[] = [];
    for (const section of ctx.story.sections) {
      const kind = section.covers.find((k) => SEVERITY[k]);
      if (!kind) continue;
      const severity = section.covers.map((k) => SEVERITY[k]).find((s) => s === 'warning') ?? SEVERITY[kind]!;
      parts.push({ kind, severity, sentences: ctx.facts.sentences(section) });
    }
    // A story with no sections at all is still read. Its first paragraph, of two or more, is most
    // likely the scene (a hint, as in a Situation); after it, the Result's middle severity, since
    // scene and action cannot be told apart for sure.
    if (ctx.story.sections.length === 0) {
      const all = ctx.facts.preambleSentences();
      const second = ctx.facts.paragraphStarts().find((p) => all.some((s) => s.start >= p) && all.some((s) => s.start < p)) ?? Infinity;
      parts.push({ kind: null, severity: 'hint', sentences: all.filter((s) => s.start < second) }, { kind: null, severity: 'info', sentences: all.filter((s) => s.start >= second) });
    }
    for (const { kind, severity, sentences } of parts) {
      for (const s of sentences) {
        const voice = s.voice;
        if (!WE_NEEDS.test(voice)) continue;
        WE.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = WE.exec(voice))) {
          // What precedes, within reach: reading the whole sentence each time is quadratic on run-ons.
          const before = voice.slice(Math.max(0, m.index - LOOKBACK), m.index);
          // "the flag we could flip", "I recommended we run a holdout": not a clause of its own.
          if (!opensClause(voice, m.index)) continue;
          // "I proposed that we…", "I asked whether we could…": the "I" is the actor.
          if (I_SUBJECT.test(before) && SUBORDINATE.test(before.replace(/[,;:]\s*$/, ' ').trimEnd() + ' ')) continue;
          if (I_SUBJECT.test(before) && /\b(?:that|whether|if|so|how|why|what|until|unless|because|before|after|while|once)\s+(?:[a-z]+\s+){0,3}$/i.test(before)) continue;
          const start = s.start + m.index;
          const end = start + m[0].length;
          const word = m[0];
          let fix: Fix | undefined;
          if (m[1]) {
            const wordStart = start;
            const token = m[1] + (m[2] ? word.slice(m[1].length) : '');
            const rest = voice.slice(m.index + token.length);
            const r = rewrite(token, rest);
            // "I went through the logs together" is no better than "we": the words that only
            // make sense of a group go too, or no fix is offered.
            const more = r && clauseEdits(rest, s.start + m.index + token.length);
            const opener = JOINT_BEFORE.exec(voice.slice(Math.max(0, m.index - 40), m.index));
            if (r && more) {
              const from = opener ? wordStart - opener[0].length : wordStart;
              if (opener) more.notes.unshift(`drop "${opener[0].trimEnd().replace(/,$/, '')}"`);
              const edits = [{ start: from, end: wordStart + token.length, text: r.text }];
              if (r.extra) {
                const restStart = m.index + token.length;
                const nm = /^\s+/.exec(voice.slice(restStart));
                const ws = nm ? nm[0].length : 0;
                const at = s.start + restStart + ws;
                edits.push({ start: at, end: at + r.extra[0].length, text: r.extra[1] });
              }
              edits.push(...more.edits);
              fix = { title: `Change "${token}" to "${r.text}${r.extra ? ' ' + r.extra[1] : ''}"${more.notes.length ? ` and ${more.notes.join(', ')}` : ''}`, edits };
            }
          }
          report({
            start,
            end,
            severity,
            sectionKind: kind,
            message:
              kind === 'action'
                ? `"${word.trim()}" hides what you did: say "I" and name your own step.`
                : `"${word.trim()}" makes your part invisible: say what you did, in the first person.`,
            actual: word,
            expected: 'I',
            fix,
          });
        }
      }
    }
  },
});
