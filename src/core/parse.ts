import { parseFrontMatter, normalizeLevel, resolvePrinciples, splitPrinciples } from './frontMatter';
import { allSpace, isSpace } from './chars';
import { partitionPoint } from './search';
import { sectionKindsOf } from './sections';
import type { FrontMatter, Level, ParseProblem, Section, SectionKind, Span, Story, StoryFile, Suppression } from './types';

// text -> StoryFile: front matter, stories (one per `# ` heading), sections (`## `), suppression
// comments, and a copy of the text with every non-prose span blanked (offsets unchanged).
// One pass over the lines; never throws on any input.

export interface ParseOptions {
  /** Level for stories that do not say (front matter and override comments win). */
  level: Level;
}

/**
 * An ATX heading line: what `/^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$/` matches, its level
 * and its text (trimmed, closing `#`s dropped), read from both ends instead of by that
 * expression, whose lazy text and trailing runs rescan a long run of spaces once per space.
 */
function headingOf(line: string): { level: number; text: string } | null {
  // `^ {0,3}(#+)`, read without a match.
  let hashes = 0;
  while (hashes < 3 && line.charCodeAt(hashes) === 32) hashes++;
  const indent = hashes;
  while (line.charCodeAt(hashes) === 35) hashes++;
  // Not with a line break inside the line (a lone CR, U+2028, U+2029): `.` and `$` stop there.
  if (hashes === indent || /[\r\u2028\u2029]/.test(line)) return null;
  const level = Math.min(6, hashes - indent);
  const rest = indent + level;
  // The closing sequence: the longest `[ \t]*#*[ \t]*` at the end of the line.
  let end = line.length;
  while (end > rest && isBlankOrTab(line.charCodeAt(end - 1))) end--;
  while (end > rest && line.charCodeAt(end - 1) === 35) end--;
  while (end > rest && isBlankOrTab(line.charCodeAt(end - 1))) end--;
  if (end === rest) return { level, text: '' };
  // Text needs a space or tab after the `#`s ("#tag" is no heading), and seven `#`s are too many.
  if (!isBlankOrTab(line.charCodeAt(rest))) return null;
  return { level, text: line.slice(rest, end).trim() };
}

function isBlankOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

interface Fence {
  /** '`' or '~'. */
  char: string;
  length: number;
  /** Just after the run of fence characters. */
  end: number;
}

/**
 * `/^ {0,3}(`{3,}|~{3,})/` on text[from, limit) without slicing: the fence run that opens the
 * line, or null.
 */
function fenceAt(text: string, from: number, limit: number): Fence | null {
  let i = from;
  while (i < limit && i - from < 3 && text.charCodeAt(i) === 32) i++;
  if (i >= limit) return null;
  const c = text.charCodeAt(i);
  if (c !== 96 && c !== 126) return null;
  let j = i;
  while (j < limit && text.charCodeAt(j) === c) j++;
  return j - i >= 3 ? { char: c === 96 ? '`' : '~', length: j - i, end: j } : null;
}

/** text[from, limit) starts with a space and its first non-blank character is `#`. */
function hashAfterSpace(text: string, from: number, limit: number): boolean {
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i < limit && text.charCodeAt(i) === 35;
}
const DIRECTIVE = /^<!--\s*star-(disable-next-line|disable-file|disable|enable)\b([^]*?)-->$/;
const OVERRIDE = /^<!--\s*star:([^]*?)-->$/;

/** How much of a text looksBinary() reads: its first 8 KB. */
export const BINARY_PROBE = 8192;
/** A binary file: NUL bytes, or mostly control characters, in its first 8 KB. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, BINARY_PROBE);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control / n > 0.1;
}

export interface HeadingLine {
  level: number;
  text: string;
  lineStart: number;
  lineEnd: number;
}

/** What the line scanner finds in a stretch of text that starts outside any fence or comment. */
export interface LineScan {
  headings: HeadingLine[];
  comments: Span[];
  /** Flat [start, end, start, end, …] spans that are not prose. */
  blanks: number[];
  /** The stretch ends inside a fenced block or an HTML comment, so the lines after it depend on it. */
  open: boolean;
}

/** Everything parse() works out, for incremental re-parsing (incremental.ts). */
export interface ParseDetail {
  file: StoryFile;
  headings: HeadingLine[];
  /** The suppression comments, what file.suppressions is made of. */
  directives: Directive[];
  /** Where the text after the front matter starts. */
  bodyStart: number;
  /** Front matter opened with `---` and never closed: any later `---` line changes the parse. */
  unclosedFrontMatter: boolean;
  layout: StoryLayout;
}

export function parse(text: string, options: ParseOptions): StoryFile {
  return parseDetailed(text, options).file;
}

export function parseDetailed(text: string, options: ParseOptions): ParseDetail {
  const problems: ParseProblem[] = [];
  const binary = looksBinary(text);
  if (binary) {
    const layout: StoryLayout = { sectionLevel: 2, storyLevel: 1, bounds: [], sectionHeadings: [] };
    return { file: { text, frontMatter: null, stories: [], prose: blankAll(text), problems, suppressions: [], binary }, headings: [], directives: [], bodyStart: 0, unclosedFrontMatter: false, layout };
  }

  const front: number[] = [];
  const { frontMatter, bodyStart, unclosed } = readFrontMatter(text, problems, front);
  const scan = scanLines(text, bodyStart, text.length);
  const directives = directivesOf(text, scan.comments);
  const suppressions = suppressionsOfDirectives(text, directives);
  const prose = maskProse(text, front.concat(scan.blanks));
  const layout = layoutOf(text, bodyStart, scan.headings);
  const stories = buildStories(text, layout, frontMatter, options, scan.comments, problems, prose);
  return { file: { text, frontMatter, stories, prose, problems, suppressions, binary }, headings: scan.headings, directives, bodyStart, unclosedFrontMatter: unclosed, layout };
}

/** Front matter: a `---` line at the very start (after an optional BOM), closed by `---` or `...`. */
function readFrontMatter(text: string, problems: ParseProblem[], blanks: number[]): { frontMatter: FrontMatter | null; bodyStart: number; unclosed: boolean } {
  const pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fmOpen = /^---[ \t]*(?:\r?\n|$)/.exec(text.slice(pos, pos + 8));
  if (!fmOpen) return { frontMatter: null, bodyStart: pos, unclosed: false };
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
    if (end > pos) blanks.push(pos, end);
    return { frontMatter: { start: pos, end, data: fm.data }, bodyStart: end, unclosed: false };
  }
  const lineEnd = yamlStart;
  problems.push({
    ruleId: 'invalid-front-matter',
    severity: 'error',
    message: 'Front matter starts with `---` but is never closed: add a `---` line after the last key.',
    start: pos,
    end: pos + 3, // the opening `---` itself
    storyIndex: -1,
  });
  if (lineEnd > pos) blanks.push(pos, lineEnd);
  return { frontMatter: null, bodyStart: lineEnd, unclosed: true };
}

/**
 * One pass over the lines of text[from, to): headings, fenced code, HTML comments (which may run
 * on past `to`) and the spans to blank. `from` must start a line outside any fence or comment.
 */
export function scanLines(text: string, from: number, to: number): LineScan {
  const blanks: number[] = [];
  const blank = (s: number, e: number) => {
    if (e > s) blanks.push(s, e);
  };
  const headings: HeadingLine[] = [];
  const comments: Span[] = [];
  let fence: Fence | null = null;
  let commentEnd = -1;
  // The next `<!--` at or after `openFrom` (-1: none), so that a line without one costs no search.
  let nextOpen = -1;
  let openFrom = Infinity;

  for (let lineStart = from; lineStart < to || lineStart === from; ) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    let lineEnd = nl;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const next = nl + 1;

    if (fence !== null) {
      const m = fenceAt(text, lineStart, Math.min(lineEnd, lineStart + 64));
      if (m && m.char === fence.char && m.length >= fence.length && allSpace(text, m.end, lineEnd)) fence = null;
      blank(lineStart, lineEnd);
    } else {
      let scanFrom = lineStart;
      if (commentEnd > lineStart) {
        scanFrom = commentEnd; // the line continues a comment opened above
      } else {
        const c0 = text.charCodeAt(lineStart);
        const fm = c0 === 32 || c0 === 96 || c0 === 126 ? fenceAt(text, lineStart, Math.min(lineEnd, lineStart + 8)) : null;
        if (fm) {
          fence = fm;
          blank(lineStart, lineEnd);
          scanFrom = lineEnd;
        } else if (c0 === 35 || (c0 === 32 && hashAfterSpace(text, lineStart, Math.min(lineEnd, lineStart + 8)))) {
          const hm = headingOf(text.slice(lineStart, lineEnd));
          if (hm) {
            headings.push({ level: hm.level, text: hm.text, lineStart, lineEnd });
            blank(lineStart, lineEnd);
            scanFrom = lineEnd;
          }
        }
      }
      // HTML comments opened on this line (possibly running over later lines).
      while (scanFrom < lineEnd) {
        if (openFrom > scanFrom || (nextOpen >= 0 && nextOpen < scanFrom)) {
          nextOpen = text.indexOf('<!--', scanFrom);
          openFrom = scanFrom;
        }
        const open = nextOpen;
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
  return { headings, comments, blanks, open: fence !== null || commentEnd > to };
}

/** "star-" within text[from, to). */
function holdsStar(text: string, from: number, to: number): boolean {
  for (let i = from; i + 5 <= to; i++) if (text.charCodeAt(i) === 115 && text.startsWith('star-', i)) return true;
  return false;
}

/** A suppression comment: its kind, the rule ids it names (null: every rule) and its span. */
export interface Directive extends Span {
  kind: 'disable-next-line' | 'disable-file' | 'disable' | 'enable';
  rules: string[] | null;
}

/** The suppression comments among `comments` (in text order). */
export function directivesOf(text: string, comments: readonly Span[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    // Most comments are notes, not directives: no "star-" in them, nothing sliced, no regular
    // expression run (and no search past the comment's end, which could cross the whole text).
    if (!holdsStar(text, c.start, c.end)) continue;
    const m = DIRECTIVE.exec(text.slice(c.start, c.end));
    if (!m) continue;
    const ids = m[2].split(/[\s,]+/).filter(Boolean);
    out.push({ kind: m[1] as Directive['kind'], rules: ids.length ? ids : null, start: c.start, end: c.end });
  }
  return out;
}

/**
 * Suppression comments (`star-disable…`, `star-enable`) as the ranges of the text they cover, from
 * directivesOf() of `text`: a `disable` runs to the next `enable` or `disable`.
 */
export function suppressionsOfDirectives(text: string, directives: readonly Directive[]): Suppression[] {
  const suppressions: Suppression[] = [];
  let openDisable: { rules: string[] | null; start: number } | null = null;
  for (const c of directives) {
    const { kind, rules } = c;
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
  return suppressions;
}

export interface StoryBound {
  start: number;
  end: number;
  title: HeadingLine | null;
}

/** Where stories start and end, and which heading level is their sections'. */
export interface StoryLayout {
  sectionLevel: number;
  storyLevel: number;
  bounds: StoryBound[];
  /** The section headings (level `sectionLevel`), in text order. */
  sectionHeadings: HeadingLine[];
}

function layoutOf(text: string, bodyStart: number, headings: readonly HeadingLine[]): StoryLayout {
  const sectionLevel = sectionLevelOf(headings);
  const storyLevel = sectionLevel - 1;
  // Stories start at headings one level above the sections; higher headings (a bank's title)
  // end a story without starting one.
  const boundaries = headings.filter((h) => h.level <= storyLevel);
  const h2s = headings.filter((h) => h.level === sectionLevel);
  const bounds: StoryBound[] = [];
  if (!boundaries.some((h) => h.level === storyLevel)) {
    bounds.push({ start: bodyStart, end: text.length, title: null });
  } else {
    // Text before the first story heading is a story only when it has sections of its own.
    const firstEnd = boundaries[0].lineStart;
    if (h2s.some((h) => h.lineStart < firstEnd)) bounds.push({ start: bodyStart, end: firstEnd, title: null });
    boundaries.forEach((h, i) => {
      if (h.level === storyLevel) bounds.push({ start: h.lineStart, end: i + 1 < boundaries.length ? boundaries[i + 1].lineStart : text.length, title: h });
    });
  }
  return { sectionLevel, storyLevel, bounds, sectionHeadings: h2s };
}

function buildStories(text: string, layout: StoryLayout, frontMatter: FrontMatter | null, options: ParseOptions, comments: readonly Span[], problems: ParseProblem[], prose: string): Story[] {
  const h2s = layout.sectionHeadings;
  let h2i = 0;
  return layout.bounds.map((b, index) => {
    while (h2i < h2s.length && h2s[h2i].lineStart < b.start) h2i++;
    const mine: HeadingLine[] = [];
    for (let j = h2i; j < h2s.length && h2s[j].lineStart < b.end; j++) mine.push(h2s[j]);
    return buildStory(text, b, index, mine, frontMatter, options, comments, problems, (s, e) => prose.slice(s, e));
  });
}

/** One story from its bounds and its section headings; override-comment problems go to `problems`. */
export function buildStory(
  text: string,
  b: StoryBound,
  index: number,
  mine: readonly HeadingLine[],
  frontMatter: FrontMatter | null,
  options: ParseOptions,
  comments: readonly Span[],
  problems: ParseProblem[],
  proseOf: (start: number, end: number) => string,
): Story {
  const sections: Section[] = [];
  mine.forEach((h, j) => {
    const covers = kindsOf(h.text);
    const bodyEnd = j + 1 < mine.length ? mine[j + 1].lineStart : b.end;
    const bodyStartAt = Math.min(bodyEnd, afterLine(text, h.lineEnd));
    sections.push({ kind: covers[0] ?? null, covers, heading: h.text, headingStart: h.lineStart, headingEnd: h.lineEnd, bodyStart: bodyStartAt, bodyEnd });
  });
  const preambleStart = b.title ? Math.min(b.end, afterLine(text, b.title.lineEnd)) : b.start;
  if (sections.length === 0) sections.push(...inlineSections(text, preambleStart, b.end, proseOf));
  const preambleEnd = sections.length ? sections[0].headingStart : b.end;

  let level = frontMatter?.data.level ?? options.level;
  let principles = frontMatter?.data.principles ?? [];
  const override = overrideIn(text, comments, preambleStart, preambleEnd);
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
  return {
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
}

/** A paragraph opened by a STAR label: "Situation: …", "**Task:** …", "- A — …", "R: …". */
// Only ever run on a line's first 80 characters: its backtracking has nothing to grow on.
// eslint-disable-next-line regexp/no-super-linear-backtracking
const INLINE_LABEL = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?[ \t]*([A-Za-z][A-Za-z &/'’+-]{0,40}?)[ \t]*(?:\*\*|__)?[ \t]*[:—–](?:\*\*|__)?[ \t]*/;

/**
 * Sections of a story written without `##` headings but with labels at the start of its
 * paragraphs, as stories pasted from documents and posts often are. Only when two or more
 * labels name STAR parts, so that a stray "Result: …" line in prose stays prose.
 */
function inlineSections(text: string, from: number, to: number, proseOf: (start: number, end: number) => string): Section[] {
  const found: { heading: string; covers: SectionKind[]; start: number; end: number }[] = [];
  for (let lineStart = from; lineStart < to; ) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0 || nl > to) nl = to;
    const m = INLINE_LABEL.exec(text.slice(lineStart, Math.min(nl, lineStart + 80)));
    if (m) {
      const covers = kindsOf(m[1]);
      const labelStart = lineStart + m[0].indexOf(m[1]);
      // Not inside code, a comment or front matter: the label must be prose.
      if (covers.length > 0 && m[1].trim().split(/\s+/).length <= 4 && /[A-Za-z]/.test(proseOf(labelStart, labelStart + m[1].length))) {
        const lead = m[0].length - m[0].trimStart().length;
        found.push({ heading: m[1].trim(), covers, start: lineStart + lead, end: lineStart + m[0].trimEnd().length });
      }
    }
    lineStart = nl + 1;
  }
  if (found.length < 2) return [];
  return found.map((f, j) => ({
    kind: f.covers[0],
    covers: f.covers,
    heading: f.heading,
    headingStart: f.start,
    headingEnd: f.end,
    bodyStart: f.end,
    bodyEnd: j + 1 < found.length ? found[j + 1].start : to,
  }));
}

/** The first `<!-- star: … -->` comment starting in [start, end); `comments` are in text order. */
function overrideIn(text: string, comments: readonly Span[], start: number, end: number): Span | undefined {
  for (let i = partitionPoint(comments.length, (k) => comments[k].start < start); i < comments.length && comments[i].start < end; i++) {
    const c = comments[i];
    if (OVERRIDE.test(text.slice(c.start, c.end))) return c;
  }
  return undefined;
}

const kindsCache = new Map<string, SectionKind[]>();

/** sectionKindsOf, remembered: a bank repeats the same few headings thousands of times. */
function kindsOf(heading: string): SectionKind[] {
  return sharedKindsOf(heading).slice();
}

/** The remembered array itself: read it, never change it. */
function sharedKindsOf(heading: string): readonly SectionKind[] {
  let kinds = kindsCache.get(heading);
  if (!kinds) {
    if (kindsCache.size >= 4096) kindsCache.clear();
    kinds = sectionKindsOf(heading);
    kindsCache.set(heading, kinds);
  }
  return kinds;
}

/**
 * The heading level a file uses for its STAR sections: `##` as the format says; `###` when
 * its stories are `##` under a `#` bank title and no `##` names a section; `#` for a single
 * story told with `# Situation`, `# Task`….
 */
export function sectionLevelOf(headings: readonly HeadingLine[]): number {
  return sectionLevelOfCounts(namedSectionCounts(headings));
}

/** How many of `headings` name a STAR section, by level (index 1–3; 0 unused). */
export function namedSectionCounts(headings: readonly HeadingLine[], from = 0, to = headings.length): number[] {
  const named = [0, 0, 0, 0];
  for (let i = from; i < to; i++) {
    const h = headings[i];
    if (h.level <= 3 && sharedKindsOf(h.text).length > 0) named[h.level]++;
  }
  return named;
}

/** sectionLevelOf, from namedSectionCounts (kept up to date by the incremental checker). */
export function sectionLevelOfCounts(named: readonly number[]): number {
  if (named[2] > 0) return 2;
  if (named[3] > 0) return 3;
  if (named[1] >= 2) return 1;
  return 2;
}

/** `principle=Ownership, Bias for Action level=senior` → { principle, level }. */
function parseOverride(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /(?<![A-Za-z])([A-Za-z]+)\s*=\s*("([^"]*)"|'([^']*)'|((?:(?![A-Za-z]+\s*=)\S+(?!\S)\s*)+))/g;
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

const SPACES = ' '.repeat(256);

/** `n` spaces. */
function spaces(n: number): string {
  return n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n);
}

/**
 * A template placeholder: text a snippet or New STAR Story put in for the writer to replace,
 * in square brackets that open with a lead-in ("[e.g. 2.1%]", "[Write (about 30 s): …]",
 * "[Describe …]", "[Add …]"). Not prose: it counts as no words, no time and no evidence.
 * Not a link's text (`[e.g. …](url)`, `[…][ref]`, `[…]:`). One line, at most 500 characters.
 */
export const TEMPLATE_HOLE_SOURCE = '\\[[ \\t]*(?:[Ee]\\.[Gg]\\.|[Ff]or example|[Ww]rite|[Dd]escribe|[Ii]nsert|[Ff]ill in|[Aa]dd)(?![A-Za-z])[^\\]\\n]{0,500}\\](?![(\\[:])';

/**
 * Markdown's inline markup other than inline code (`inlineCodeAt`), alternative by alternative:
 * the first that matches at a position wins. The number is what the alternative needs further on
 * (see `maskInline`): 1, a ")" after the "](" (link target); 2, the first "]" after "![" followed
 * by "(" and a ")" after that (image); 4, a "]" after the "][" (reference label); 8, a ">" after
 * the "<" on its line or the next (autolink, HTML tag).
 */
const INLINE_MARKUP: readonly [string, number][] = [
  [`(?<hole>${TEMPLATE_HOLE_SOURCE})`, 0], // template placeholder (its run to "]" is capped at 500 characters)
  ['!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)', 2], // image
  ['\\]\\([^)\\n]*\\)', 1], // link target
  ['\\]\\[[^\\]\\n]*\\]', 4], // reference link label
  ['^[ \\t]*\\[[^\\]\\n]+\\]:[^\\n]*', 0], // link definition
  ['<https?:[^>\\n]*>', 8], // autolink
  ['https?:\\/\\/[^\\s)>\\]]+', 0], // bare URL
  ['<\\/?(?:a|b|i|u|s|em|strong|br|hr|span|div|p|sup|sub|small|mark|code|kbd|img|details|summary|ul|ol|li|table|thead|tbody|tr|td|th|blockquote|pre|h[1-6]|del|ins|abbr|cite|q|font|center|figure|figcaption|picture|video|audio|source|iframe|style|script|section|article|aside|nav|header|footer|main|button|input|form|label|select|option|textarea)(?:\\s[^>\\n]*)?\\/?>', 8], // HTML tag, not a "<metric>" placeholder
  ['^[ \\t]*(?:>[ \\t]?)+', 0], // blockquote marker
  ['^[ \\t]*(?:[-*+]|\\d{1,3}[.)])(?=[ \\t])', 0], // list marker
  ['^[ \\t]*(?:[-*_][ \\t]*){3,}$', 0], // thematic break
  ['[*~|\\[\\]]', 0], // emphasis, strike-through, table pipes, link brackets
  ['(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])', 0], // emphasis underscores
];
/**
 * Markdown's inline markup tried at one position (sticky), without the alternatives that cannot
 * match there (their bits set in `impossible`): an alternative that scans to its closer would
 * rescan the rest of the line from every opener of a long run of unclosed ones ("[a](" 50 000
 * times). Leaving out an alternative that fails anyway changes no match.
 */
const inlineMarkupAt: RegExp[] = [];
function inlineMarkupWithout(impossible: number): RegExp {
  return (inlineMarkupAt[impossible] ??= new RegExp(INLINE_MARKUP.filter(([, needs]) => !(needs & impossible)).map(([source]) => source).join('|'), 'my'));
}
/**
 * Every position where the inline markup can match: one of its first characters, "http", or a line
 * start followed by a block marker. Far cheaper to scan for than the markup itself.
 */
const MARKUP_START = /[`![\]<*~|_]|h(?=ttps?:\/\/)|^(?=[ \t]*[-+\d>*[_])/gm;

/** Pushes text[s, e) blanked: every code unit but CR and LF becomes a space. */
function pushBlanked(parts: string[], text: string, s: number, e: number): void {
  let from = s;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (i > from) parts.push(spaces(i - from));
    parts.push(c === 10 ? '\n' : '\r');
    from = i + 1;
  }
  if (e > from) parts.push(spaces(e - from));
}

/**
 * The length of the inline code span that opens at text[p] (a backtick), or 0: what
 * /(`+)[^`\n]*?\1/y matches there, worked out from the run of backticks instead of by that
 * expression, which tries every shorter opener against the run (quadratic in its length).
 */
function inlineCodeAt(text: string, p: number): number {
  let run = p;
  while (text.charCodeAt(run) === 96) run++;
  const n = run - p;
  // The whole run as the opener: code up to the next backtick or line break, closed by as many.
  let close = run;
  while (close < text.length && text.charCodeAt(close) !== 96 && text.charCodeAt(close) !== 10) close++;
  let k = 0;
  while (k < n && text.charCodeAt(close + k) === 96) k++;
  if (k === n) return close + n - p;
  // A shorter opener leaves a backtick as the first character of its code, so it can only be
  // closed at once, by the rest of its own run: the longest that fits is half the run.
  return 2 * Math.floor(n / 2);
}

/**
 * Blanks Markdown's inline markup in `text` (inline code, then every match of INLINE_MARKUP, left to
 * right); the template placeholders among them go to `holes` as flat [start, end, …] pairs.
 */
function maskInline(text: string, holes?: number[], offset = 0): string {
  const parts: string[] = [];
  let at = 0;
  // The closers of the line being read, found once per line: the last ")" and "]" on it, the
  // last ">" on it or the next, and the first "]" at or after `bracketFrom` (-1: none).
  let lineEnd = -1;
  let lastParen = -1;
  let lastBracket = -1;
  let lastAngle = -1;
  let bracketFrom = -1;
  let nextBracket = -1;
  MARKUP_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKUP_START.exec(text))) {
    const p = m.index;
    const c = text.charCodeAt(p);
    let length: number;
    if (c === 96) {
      length = inlineCodeAt(text, p); // no other markup starts with a backtick
    } else if (c === 42 && p > 0 && !'\n\r\u2028\u2029'.includes(text[p - 1])) {
      length = 1; // "*" off a line start (after no LineTerminator): only the one-character alternative can match
    } else {
      let impossible = 0; // only "]", "!" and "<" start an alternative that needs a closer
      if (c === 93 || c === 33 || c === 60) {
        if (p >= lineEnd) {
          const nl = text.indexOf('\n', p);
          lineEnd = nl < 0 ? text.length : nl;
          lastParen = lastBracket = lastAngle = bracketFrom = nextBracket = -1;
          for (let i = lineEnd - 1; i >= p && (lastParen < 0 || lastBracket < 0); i--) {
            const x = text.charCodeAt(i);
            if (x === 41 && lastParen < 0) lastParen = i;
            else if (x === 93 && lastBracket < 0) lastBracket = i;
          }
          // An HTML tag may break its line once, right after its name ("<a\n href=…>").
          const next = lineEnd < text.length ? text.indexOf('\n', lineEnd + 1) : lineEnd;
          for (let i = (next < 0 ? text.length : next) - 1; i >= p && lastAngle < 0; i--) if (text.charCodeAt(i) === 62) lastAngle = i;
        }
        if (lastParen < p + 2) impossible |= 1;
        if (lastBracket < p + 2) impossible |= 4;
        if (lastAngle <= p) impossible |= 8;
        // The image's "]": p only grows on a line, so the last answer holds until p passes it.
        if (lastBracket >= p + 2 && !(bracketFrom >= 0 && p + 2 >= bracketFrom && (nextBracket < 0 || p + 2 <= nextBracket))) {
          let i = p + 2;
          while (i < lineEnd && text.charCodeAt(i) !== 93) i++;
          bracketFrom = p + 2;
          nextBracket = i < lineEnd ? i : -1;
        }
        if (lastBracket < p + 2 || nextBracket < 0 || text.charCodeAt(nextBracket + 1) !== 40 || lastParen < nextBracket + 2) impossible |= 2;
      }
      const markup = inlineMarkupWithout(impossible);
      markup.lastIndex = p;
      const hit = markup.exec(text);
      length = hit?.[0].length ?? 0; // every alternative matches one character at least
      if (hit && holes && hit.groups?.hole !== undefined) holes.push(offset + p, offset + p + length);
    }
    if (length > 0) {
      const end = p + length;
      parts.push(text.slice(at, p), spaces(end - p));
      at = end;
      MARKUP_START.lastIndex = end;
    } else {
      MARKUP_START.lastIndex = p + 1;
    }
  }
  if (at === 0) return text;
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Blanks the collected spans, then Markdown's inline markup, keeping every offset: the prose of
 * text[from, to). A stretch other than the whole text must start and end at line starts.
 */
export function maskProse(text: string, blanks: readonly number[], from = 0, to = text.length, holes?: number[]): string {
  const parts: string[] = [];
  let at = from;
  for (let i = 0; i < blanks.length; i += 2) {
    const s = Math.max(blanks[i], at);
    const e = Math.min(blanks[i + 1], to);
    if (e <= s) continue;
    parts.push(text.slice(at, s));
    pushBlanked(parts, text, s, e);
    at = e;
  }
  parts.push(text.slice(at, to));
  return maskInline(parts.join(''), holes, from);
}

const HOLE_ANYWHERE = new RegExp(TEMPLATE_HOLE_SOURCE);

/**
 * The template placeholders in the prose of text[from, to) (a stretch that starts at a line start
 * outside any fence or comment, like a story): the ones in code, comments and headings are not
 * prose and are left out. Only scans when the stretch holds one somewhere.
 */
export function templateHoles(text: string, from: number, to: number): Span[] {
  if (!HOLE_ANYWHERE.test(text.slice(from, to))) return [];
  const scan = scanLines(text, from, to);
  const flat: number[] = [];
  maskProse(text, scan.blanks, from, to, flat);
  const out: Span[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ start: flat[i], end: flat[i + 1] });
  return out;
}
