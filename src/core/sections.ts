import type { SectionKind } from './types';

// Section headings as people really write them: "## S", "## S — Situation", "## 1. Situation:",
// "## 🎯 Task", "## **Result**", "## What I did", "## Situation / Task".

/**
 * The heading words of each section kind, lower-case, apostrophes and punctuation as spaces. The
 * TextMate grammar's section headings are generated from this list (`npm run docs`).
 */
export const SECTION_ALIASES: Readonly<Record<SectionKind, readonly string[]>> = {
  situation: ['situation', 'context', 'background', 'the situation', 'setting', 'scenario', 'problem', 'the problem'],
  task: ['task', 'tasks', 'goal', 'goals', 'target', 'objective', 'objectives', 'the task', 'my task', 'my role', 'mission', 'challenge'],
  action: ['action', 'actions', 'what i did', 'actions taken', 'my actions', 'action taken', 'approach', 'steps', 'steps taken', 'the action', 'what i actually did'],
  result: ['result', 'results', 'outcome', 'outcomes', 'impact', 'the result', 'results and impact', 'result and impact', 'impact and results'],
  reflection: [
    'reflection', 'reflections', 'learning', 'learnings', 'lesson', 'lessons', 'lessons learned', 'lessons learnt', 'lesson learned',
    'what i learned', 'what i learnt', 'takeaway', 'takeaways', 'key takeaways', 'looking back', 'in hindsight', 'retrospective',
    'what i would do differently', 'what i d do differently', 'key learnings', 'key learning', 'key lessons',
    'lessons and reflection', 'reflection and learnings', 'learnings and reflection', 'what i took away', 'growth',
  ],
  followups: [
    'follow ups', 'followups', 'follow up', 'follow up questions', 'followup questions', 'probes', 'likely probes', 'q a', 'qa',
    'questions', 'likely questions', 'likely follow ups', 'anticipated questions', 'deep dive questions', 'faq',
  ],
};

// STAR-L banks add `## L` (learnings) for the reflection.
export const SECTION_LETTERS: Readonly<Record<string, SectionKind>> = { s: 'situation', t: 'task', a: 'action', r: 'result', l: 'reflection' };

const PHRASE_TO_KIND = new Map<string, SectionKind>();
for (const kind of Object.keys(SECTION_ALIASES) as SectionKind[]) {
  for (const alias of SECTION_ALIASES[kind]) PHRASE_TO_KIND.set(alias, kind);
}
const MAX_ALIAS_WORDS = 5;

/**
 * `s` with each parenthesis and what it holds ("(30 s)", "(optional)") replaced by a space: what
 * `s.replace(/\([^)]*\)/g, ' ')` gives, in one pass (that expression rescans the rest of the
 * text from every "(" that is never closed).
 */
function withoutParentheses(s: string): string {
  let out = '';
  let at = 0;
  for (let open; (open = s.indexOf('(', at)) >= 0; ) {
    const close = s.indexOf(')', open + 1);
    if (close < 0) break; // no ")" after this "(", so none after a later one either
    out += s.slice(at, open) + ' ';
    at = close + 1;
  }
  return out + s.slice(at);
}

/** Lower-case words of a heading, numbering, emoji, emphasis and punctuation removed. */
function headingWords(heading: string): string[] {
  const cleaned = withoutParentheses(heading.toLowerCase().replace(/[’']/g, ' '))
    .replace(/^\s*(?:step\s+)?\d+\s*[.):-]?\s*/, ' ')
    .replace(/[^a-z&]+/g, ' ')
    .replace(/&/g, ' ');
  return cleaned.split(' ').filter((w) => w.length > 0);
}

/**
 * The section kinds a `##` heading names, first one first. Empty for a heading that is not a
 * STAR section. "Situation / Task" names two.
 */
export function sectionKindsOf(heading: string): SectionKind[] {
  const words = headingWords(heading);
  if (words.length === 0) return [];
  const kinds: SectionKind[] = [];
  const push = (k: SectionKind) => {
    if (!kinds.includes(k)) kinds.push(k);
  };
  // "S", "S — Situation", "S: what happened", "S/T"
  const first = words[0];
  if (first.length === 1 && SECTION_LETTERS[first]) {
    // "## A note on tooling" is not the Action: a lone letter must stand alone, be followed by a
    // separator ("S — …", "T: …", "S/T") or by its own name ("A Action").
    const kind = SECTION_LETTERS[first];
    const alone = words.length === 1 || /^[^A-Za-z]*[A-Za-z]\s*[—–:|/.)+&-]/.test(heading) || PHRASE_TO_KIND.get(words[1]) === kind;
    if (!alone) return [];
    push(kind);
    if (words.length > 1 && words[1].length === 1 && SECTION_LETTERS[words[1]]) push(SECTION_LETTERS[words[1]]);
    return kinds;
  }
  if (first === 'star' || first === 'str') return [];
  // Longest alias at each position; accept headings like "Situation and Task", "Result / Impact".
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(MAX_ALIAS_WORDS, words.length - i); n >= 1; n--) {
      const kind = PHRASE_TO_KIND.get(words.slice(i, i + n).join(' '));
      if (kind) {
        push(kind);
        matched = n;
        break;
      }
    }
    if (matched === 0) {
      // Only leading words and connectors may sit between aliases: "Situation and task".
      if (i === 0) return [];
      if (words[i] === 'and' || words[i] === 'or' || words[i] === 'the' || words[i] === 'my') {
        i++;
        continue;
      }
      break;
    }
    i += matched;
  }
  return kinds;
}
