import { parseFrontMatter, normalizeLevel, resolvePrinciples, splitPrinciples } from './frontMatter';
import { sectionKindsOf } from './sections';
import type { FrontMatter, Level, ParseProblem, Section, Story, StoryFile, Suppression } from './types';

// text -> StoryFile: front matter, stories (one per `# ` heading), sections (`## `), suppression
// comments, and a copy of the text with every non-prose span blanked (offsets unchanged).
// One pass over the lines; never throws on any input.

export interface ParseOptions {
  /** Level for stories that do not say (front matter and override comments win). */
  level: Level;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DIRECTIVE = /^<!--\s*star-(disable-next-line|disable-file|disable|enable)\b([^]*?)-->$/;
const OVERRIDE = /^<!--\s*star:([^]*?)-->$/;

/** A binary file: NUL bytes, or mostly control characters, in its first 8 KB. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control / n > 0.1;
}

interface HeadingLine {
  level: number;
  text: string;
  lineStart: number;
  lineEnd: number;
}

export function parse(text: string, options: ParseOptions): StoryFile {
  const problems: ParseProblem[] = [];
  const suppressions: Suppression[] = [];
  const binary = looksBinary(text);
  if (binary) {
    return { text, frontMatter: null, stories: [], prose: blankAll(text), problems, suppressions, binary };
  }

  const blanks: number[] = []; // flat [start, end, start, end, …] spans that are not prose
  const blank = (s: number, e: number) => {
    if (e > s) blanks.push(s, e);
  };

  // Front matter: a `---` line at the very start (after an optional BOM), closed by `---` or `...`.
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let frontMatter: FrontMatter | null = null;
  const fmOpen = /^---[ \t]*(?:\r?\n|$)/.exec(text.slice(pos, pos + 8));
  if (fmOpen) {
    const yamlStart = pos + fmOpen[0].length;
    const close = /^(?:---|\.\.\.)[ \t]*$/m;
    close.lastIndex = 0;
    const rest = text.slice(yamlStart);
    const m = close.exec(rest);
    if (m) {
      const yamlEnd = yamlStart + m.index;
      let end = yamlEnd + m[0].length;
      if (text[end] === '\r') end++;
      if (text[end] === '\n') end++;
      const fm = parseFrontMatter(text.slice(yamlStart, yamlEnd), yamlStart);
      problems.push(...fm.problems);
      frontMatter = { start: pos, end, data: fm.data };
      blank(pos, end);
      pos = end;
    } else {
      const lineEnd = yamlStart;
      problems.push({
        ruleId: 'invalid-front-matter',
        severity: 'error',
        message: 'Front matter starts with `---` but is never closed: add a `---` line after the last key.',
        start: pos,
        end: Math.max(pos + 3, lineEnd - 1),
        storyIndex: -1,
      });
      blank(pos, lineEnd);
      pos = lineEnd;
    }
  }

  const headings: HeadingLine[] = [];
  const comments: { start: number; end: number }[] = [];
  let fence: string | null = null;
  let commentEnd = -1;

  for (let lineStart = pos; lineStart < text.length || lineStart === pos; ) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    let lineEnd = nl;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const next = nl + 1;

    if (fence !== null) {
      const m = FENCE.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 64)));
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && /^\s*$/.test(text.slice(lineStart + m[0].length, lineEnd))) fence = null;
      blank(lineStart, lineEnd);
    } else {
      let scanFrom = lineStart;
      if (commentEnd > lineStart) {
        scanFrom = commentEnd; // the line continues a comment opened above
      } else {
        const head = text.slice(lineStart, Math.min(lineEnd, lineStart + 8));
        const fm = FENCE.exec(head);
        if (fm) {
          fence = fm[1];
          blank(lineStart, lineEnd);
          scanFrom = lineEnd;
        } else if (text.charCodeAt(lineStart) === 35 || (head.startsWith(' ') && head.trimStart().startsWith('#'))) {
          const hm = HEADING.exec(text.slice(lineStart, lineEnd));
          if (hm) {
            headings.push({ level: hm[1].length, text: (hm[2] ?? '').trim(), lineStart, lineEnd });
            blank(lineStart, lineEnd);
            scanFrom = lineEnd;
          }
        }
      }
      // HTML comments opened on this line (possibly running over later lines).
      while (scanFrom < lineEnd) {
        const open = text.indexOf('<!--', scanFrom);
        if (open < 0 || open >= lineEnd) break;
        const close = text.indexOf('-->', open + 4);
        const end = close < 0 ? text.length : close + 3;
        comments.push({ start: open, end });
        blank(open, end);
        commentEnd = end;
        scanFrom = end;
      }
    }
    if (nl >= text.length) break;
    lineStart = next;
  }

  // Suppression comments.
  let openDisable: { rules: string[] | null; start: number } | null = null;
  for (const c of comments) {
    const m = DIRECTIVE.exec(text.slice(c.start, c.end));
    if (!m) continue;
    const kind = m[1];
    const ids = m[2].split(/[\s,]+/).filter(Boolean);
    const rules = ids.length ? ids : null;
    if (kind === 'disable-file') suppressions.push({ rules, start: 0, end: text.length });
    else if (kind === 'disable-next-line') {
      let nl = text.indexOf('\n', c.end);
      if (nl < 0) nl = text.length;
      let end = text.indexOf('\n', nl + 1);
      if (end < 0) end = text.length;
      // The comment's own line too: a finding anchored on the comment line is covered.
      suppressions.push({ rules, start: c.start, end });
    } else if (kind === 'disable') {
      if (openDisable) suppressions.push({ rules: openDisable.rules, start: openDisable.start, end: c.start });
      openDisable = { rules, start: c.end };
    } else if (openDisable) {
      suppressions.push({ rules: openDisable.rules, start: openDisable.start, end: c.start });
      openDisable = null;
    }
  }
  if (openDisable) suppressions.push({ rules: openDisable.rules, start: openDisable.start, end: text.length });

  const prose = maskProse(text, blanks);
  const stories = buildStories(text, pos, headings, comments, frontMatter, options, problems);
  return { text, frontMatter, stories, prose, problems, suppressions, binary };
}

function buildStories(
  text: string,
  bodyStart: number,
  headings: HeadingLine[],
  comments: { start: number; end: number }[],
  frontMatter: FrontMatter | null,
  options: ParseOptions,
  problems: ParseProblem[],
): Story[] {
  const h1s = headings.filter((h) => h.level === 1);
  const h2s = headings.filter((h) => h.level === 2);
  const bounds: { start: number; end: number; title: HeadingLine | null }[] = [];
  if (h1s.length === 0) {
    bounds.push({ start: bodyStart, end: text.length, title: null });
  } else {
    // Text before the first `# ` is a story only when it has sections of its own.
    if (h2s.some((h) => h.lineStart < h1s[0].lineStart)) bounds.push({ start: bodyStart, end: h1s[0].lineStart, title: null });
    h1s.forEach((h, i) => bounds.push({ start: h.lineStart, end: i + 1 < h1s.length ? h1s[i + 1].lineStart : text.length, title: h }));
  }

  const fmLevel = frontMatter?.data.level ?? options.level;
  const fmPrinciples = frontMatter?.data.principles ?? [];
  let h2i = 0;
  return bounds.map((b, index) => {
    const sections: Section[] = [];
    while (h2i < h2s.length && h2s[h2i].lineStart < b.start) h2i++;
    const mine: HeadingLine[] = [];
    for (let j = h2i; j < h2s.length && h2s[j].lineStart < b.end; j++) mine.push(h2s[j]);
    mine.forEach((h, j) => {
      const covers = sectionKindsOf(h.text);
      const bodyEnd = j + 1 < mine.length ? mine[j + 1].lineStart : b.end;
      const bodyStartAt = Math.min(bodyEnd, afterLine(text, h.lineEnd));
      sections.push({ kind: covers[0] ?? null, covers, heading: h.text, headingStart: h.lineStart, headingEnd: h.lineEnd, bodyStart: bodyStartAt, bodyEnd });
    });
    const preambleStart = b.title ? Math.min(b.end, afterLine(text, b.title.lineEnd)) : b.start;
    const preambleEnd = mine.length ? mine[0].lineStart : b.end;

    let level = fmLevel;
    let principles = fmPrinciples;
    const override = comments.find((c) => c.start >= preambleStart && c.start < preambleEnd && OVERRIDE.test(text.slice(c.start, c.end)));
    if (override) {
      const body = OVERRIDE.exec(text.slice(override.start, override.end))![1];
      const values = parseOverride(body);
      if (values.level !== undefined) {
        const l = normalizeLevel(values.level);
        if (l) level = l;
        else problems.push({ ruleId: 'invalid-front-matter', severity: 'error', message: `Unknown level "${values.level}": use sde1, sde2, senior or principal.`, start: override.start, end: override.end, storyIndex: index });
      }
      if (values.principle !== undefined) {
        const before = problems.length;
        principles = resolvePrinciples(splitPrinciples(values.principle), () => ({ start: override.start, end: override.end }), problems);
        for (let k = before; k < problems.length; k++) problems[k].storyIndex = index;
      }
    }
    const story: Story = {
      index,
      title: b.title ? b.title.text : null,
      titleStart: b.title ? b.title.lineStart : null,
      titleEnd: b.title ? b.title.lineEnd : null,
      start: b.start,
      end: b.end,
      preambleStart,
      preambleEnd,
      sections,
      meta: { question: frontMatter?.data.question ?? null, principles, level },
    };
    return story;
  });
}

/** `principle=Ownership, Bias for Action level=senior` → { principle, level }. */
function parseOverride(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z]+)\s*=\s*("([^"]*)"|'([^']*)'|((?:(?![A-Za-z]+\s*=)[^\s]+\s*)+))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const key = m[1].toLowerCase() === 'principles' ? 'principle' : m[1].toLowerCase();
    out[key] = (m[3] ?? m[4] ?? m[5] ?? '').trim();
  }
  return out;
}

function afterLine(text: string, lineEnd: number): number {
  let i = lineEnd;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) === 10) i++;
  return i;
}

function blankAll(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

function spaces(s: string): string {
  return ' '.repeat(s.length);
}

const INLINE_MARKUP = new RegExp(
  [
    '(`+)[^`\\n]*?\\1', // inline code
    '!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)', // image
    '\\]\\([^)\\n]*\\)', // link target
    '\\]\\[[^\\]\\n]*\\]', // reference link label
    '^[ \\t]*\\[[^\\]\\n]+\\]:[^\\n]*', // link definition
    '<https?:[^>\\n]*>', // autolink
    'https?:\\/\\/[^\\s)>\\]]+', // bare URL
    '<\\/?[A-Za-z][^>\\n]*>', // HTML tag
    '^[ \\t]*(?:>[ \\t]?)+', // blockquote marker
    '^[ \\t]*(?:[-*+]|\\d{1,3}[.)])(?=[ \\t])', // list marker
    '^[ \\t]*(?:[-*_][ \\t]*){3,}$', // thematic break
    '[*~|\\[\\]]', // emphasis, strike-through, table pipes, link brackets
    '(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])', // emphasis underscores
  ].join('|'),
  'gm',
);

/** Blanks the collected spans, then Markdown's inline markup, keeping every offset. */
function maskProse(text: string, blanks: number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < blanks.length; i += 2) {
    const s = Math.max(blanks[i], at);
    const e = blanks[i + 1];
    if (e <= s) continue;
    parts.push(text.slice(at, s), blankAll(text.slice(s, e)));
    at = e;
  }
  parts.push(text.slice(at));
  return parts.join('').replace(INLINE_MARKUP, spaces);
}
