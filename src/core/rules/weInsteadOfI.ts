import * as z from 'zod/mini';
import { defineRule } from './types';
import type { Fix, SectionKind, Severity } from '../types';

// "We" as the one who acts hides what the candidate did. Not flagged: "we" inside reported
// speech, in a clause under an "I" ("I proposed that we ship it"), or the possessive "our".

const SEVERITY: Partial<Record<SectionKind, Severity>> = { action: 'warning', result: 'info', situation: 'hint', task: 'hint' };

const WE = /(?<![A-Za-z'’])(?:(we)(?:['’](ve|re|d|ll))?|(our\s+(?:team|group|squad|org|crew)|my\s+team\s+and\s+I|the\s+team\s+and\s+I|(?:me\s+and|I\s+and)\s+(?:my|the)\s+team)(?=\s+[a-z])|(?:it|this|that)\s+took\s+(us)|(?:let|allowed|enabled|helped|forced|required)\s+(us)\s+to)(?![A-Za-z'’])/gi;
/** Words that put what follows in a clause under the "I" before them. */
const SUBORDINATE = /(?<![A-Za-z])(?:that|whether|if|so|how|why|what|where|when|until|unless|because|once|before|after|while|whenever|since|as|than|though|although)\s*$/i;
const I_SUBJECT = /(?<![A-Za-z'’])I(?:['’](?:d|ve|ll|m))?\s+[a-z]/;

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
    for (const section of ctx.story.sections) {
      const kind = section.covers.find((k) => SEVERITY[k]);
      if (!kind) continue;
      const severity = section.covers.map((k) => SEVERITY[k]).find((s) => s === 'warning') ?? SEVERITY[kind];
      for (const s of ctx.facts.sentences(section)) {
        const voice = s.voice;
        WE.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = WE.exec(voice))) {
          const before = voice.slice(0, m.index);
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
            const r = rewrite(token, voice.slice(m.index + token.length));
            if (r) {
              const edits = [{ start: wordStart, end: wordStart + token.length, text: r.text }];
              if (r.extra) {
                const restStart = m.index + token.length;
                const nm = /^\s+/.exec(voice.slice(restStart));
                const ws = nm ? nm[0].length : 0;
                const at = s.start + restStart + ws;
                edits.push({ start: at, end: at + r.extra[0].length, text: r.extra[1] });
              }
              fix = { title: `Change "${token}" to "${r.text}${r.extra ? ' ' + r.extra[1] : ''}"`, edits };
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
