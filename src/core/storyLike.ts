import { sectionKindsOf } from './sections';
import type { SectionKind } from './types';

// Whether a plain Markdown file looks like a STAR story, so the editor can offer to coach it.
// A false offer on a README or a design doc costs more than a missed one, so the test is strict:
// front matter that names a `principle:`, or headings for two STAR parts at least two of which
// use the STAR words themselves ("## Situation", "## A — Action"), or four parts in any wording
// ("Context", "Goal", "Approach", "Outcome"). The section words are the parser's (sections.ts).

/** Only the start of a big file is read: a story bank shows its shape early. */
const SCAN_LIMIT = 256 * 1024;
const HEADING = /^ {0,3}#{1,6}[ \t]+(\S[^\r\n]*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LETTER_LABEL = /^[^A-Za-z]*[A-Za-z](?:[ \t]*$|[ \t]*[—–:|/-])/;
const PRINCIPLE_KEY = /^principles?[ \t]*:/i;
/** The words of the STAR acronym itself, and STAR-L's lone letters. */
const STAR_WORDS = new Set(['situation', 'task', 'tasks', 'action', 'actions', 'result', 'results', 'reflection', 's', 't', 'a', 'r', 'l']);

export function looksLikeStory(text: string): boolean {
  const scanned = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  const lines = scanned.split(/\r\n|\r|\n/);
  let i = 0;
  if (/^\uFEFF?---[ \t]*$/.test(lines[0] ?? '')) {
    for (i = 1; i < lines.length && i < 200; i++) {
      const line = lines[i];
      if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) break;
      if (PRINCIPLE_KEY.test(line)) return true;
    }
    i++;
  }
  const kinds = new Set<SectionKind>();
  const starWordKinds = new Set<SectionKind>();
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const mark = FENCE.exec(line);
    if (fence) {
      if (mark && mark[1][0] === fence[0] && mark[1].length >= fence.length) fence = null;
      continue;
    }
    if (mark) {
      fence = mark[1];
      continue;
    }
    const heading = HEADING.exec(line);
    // "### `Result`" names an API, not a part of a story.
    if (!heading || heading[1].startsWith('`')) continue;
    const found = sectionKindsOf(heading[1]).filter((k) => k !== 'followups');
    if (found.length === 0) continue;
    for (const k of found) kinds.add(k);
    const first = /[a-z]+/.exec(heading[1].toLowerCase())?.[0] ?? '';
    // A lone letter counts only as a label: "S", "S — Situation", "T: goal" (not "s(selector)").
    const label = first.length > 1 || LETTER_LABEL.test(heading[1]);
    if (STAR_WORDS.has(first) && label) for (const k of found) starWordKinds.add(k);
    if ((kinds.size >= 2 && starWordKinds.size >= 2) || kinds.size >= 4) return true;
  }
  return false;
}
