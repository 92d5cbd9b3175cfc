import { PRINCIPLE_NAMES } from './coaching/principleNames';
import { SECTION_GUIDES } from './coaching/sections';
import type { Section, Story, StoryFile } from './types';

// The outline of a story file: stories, their sections, and inside a section its sub-headings
// (the follow-up questions, in a follow-ups section). Built from a parsed StoryFile (the one the
// analysis already holds), never from a second parse; the editor's Outline, breadcrumbs and
// Go to Symbol show it. Offsets, as everywhere in the engine, are into the whole text.

export type StorySymbolKind = 'story' | 'section' | 'question' | 'heading';

export interface StorySymbol {
  name: string;
  /** Shown after the name: a section's STAR part when its heading says it differently, a story's principle. */
  detail: string;
  kind: StorySymbolKind;
  /** The whole element, [start, end). */
  start: number;
  end: number;
  /** What is selected on a jump (the heading line), inside [start, end). */
  selectionStart: number;
  selectionEnd: number;
  children: StorySymbol[];
}

/** Names longer than this are cut: a pasted paragraph is not an outline entry. */
const MAX_NAME = 120;
/** A heading line's marker: up to three spaces, one to six `#`, then a space or the line's end. */
const HEADING_MARK = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const LIST_MARK = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/;
/** "Q: …", "Q1. …": a question labelled as one, wherever it sits. */
const Q_LABEL = /^Q\d{0,3}[:.)]/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Whether an HTML comment is still open at the end of `line`, reading from `from`. */
function commentOpenAfter(line: string, from: number, open: boolean): boolean {
  let at = from;
  for (;;) {
    const next = line.indexOf(open ? '-->' : '<!--', at);
    if (next < 0) return open;
    at = next + (open ? 3 : 4);
    open = !open;
  }
}

export function storySymbols(file: StoryFile): StorySymbol[] {
  if (file.binary) return [];
  const symbols = file.stories.map((story, i) => storySymbol(file, story, i));
  // A file with one story and no title (a story without `# `): its sections are the outline.
  if (symbols.length === 1 && file.stories[0].title === null) return symbols[0].children;
  return symbols;
}

function storySymbol(file: StoryFile, story: Story, index: number): StorySymbol {
  const titled = story.title !== null && story.titleStart !== null && story.titleEnd !== null;
  const selectionStart = titled ? story.titleStart! : story.start;
  const selectionEnd = titled ? story.titleEnd! : Math.min(story.end, lineEndAt(file.text, story.start));
  const name = titled ? clean(story.title!) : '';
  return {
    name: name || `Untitled story ${index + 1}`,
    detail: story.meta.principles.map(principleName).join(', '),
    kind: 'story',
    start: story.start,
    end: Math.max(story.end, selectionEnd),
    selectionStart,
    selectionEnd,
    children: story.sections.map((section) => sectionSymbol(file, section)),
  };
}

function sectionSymbol(file: StoryFile, section: Section): StorySymbol {
  const label = section.kind ? SECTION_GUIDES[section.kind].label : '';
  const name = clean(section.heading) || label || 'Section';
  const detail = section.covers.length > 1 ? section.covers.map((k) => SECTION_GUIDES[k].label).join(' + ') : label && label.toLowerCase() !== name.toLowerCase() ? label : '';
  const level = headingLevel(file.text, section.headingStart);
  return {
    name,
    detail,
    kind: 'section',
    start: section.headingStart,
    end: Math.max(section.bodyEnd, section.headingEnd),
    selectionStart: section.headingStart,
    selectionEnd: section.headingEnd,
    children: subHeadings(file, section, level),
  };
}

/**
 * The headings below the section's level inside its body, and in a follow-ups section the
 * questions written as a line of their own ("- How did you…?", "**Q: Why…?**"). Each runs to the
 * next of them or the section's end. A question line starts a paragraph, a list item or says "Q:". Lines inside code, front matter or comments (blank in the
 * prose copy) are not headings.
 */
function subHeadings(file: StoryFile, section: Section, sectionLevel: number): StorySymbol[] {
  const { text, prose } = file;
  const followUps = section.kind === 'followups';
  const found: { name: string; kind: StorySymbolKind; start: number; end: number }[] = [];
  // A section starts outside code and comments: follow them line by line from there.
  let fence: { char: string; length: number } | null = null;
  let inComment = false;
  let lineStart = section.bodyStart;
  let previousBlank = true;
  // Where the next `<!--` is: a line before it, outside code and comments, that starts with
  // neither `#` nor a fence character is plain prose, passed over without a copy.
  let nextComment = indexOrEnd(text, '<!--', lineStart);
  while (lineStart < section.bodyEnd) {
    const lineEnd = Math.min(lineEndAt(text, lineStart), section.bodyEnd);
    if (nextComment < lineStart) nextComment = indexOrEnd(text, '<!--', lineStart);
    let first = lineStart;
    while (first < lineEnd && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    const c = first < lineEnd ? text.charCodeAt(first) : -1;
    const plain = !fence && !inComment && !followUps && nextComment >= lineEnd && c !== 35 && c !== 96 && c !== 126;
    if (!plain) {
      const line = text.slice(lineStart, lineEnd);
      const fenceMark = FENCE.exec(line);
      if (fence) {
        if (fenceMark && fenceMark[1][0] === fence.char && fenceMark[1].length >= fence.length && line.slice(fenceMark[0].length).trim() === '') fence = null;
      } else if (inComment) {
        if (line.includes('-->')) inComment = commentOpenAfter(line, line.indexOf('-->') + 3, false);
      } else if (fenceMark) {
        fence = { char: fenceMark[1][0], length: fenceMark[1].length };
      } else {
        const mark = HEADING_MARK.exec(line);
        const spoken = followUps ? prose.slice(lineStart, lineEnd).trim() : '';
        if (mark && (sectionLevel === 0 || mark[1].length > sectionLevel)) {
          const name = clean(stripClosingHashes(line.slice(mark[0].length)));
          if (name) found.push({ name, kind: followUps ? 'question' : 'heading', start: lineStart, end: lineEnd });
        } else if (followUps && spoken.endsWith('?') && (previousBlank || LIST_MARK.test(line) || Q_LABEL.test(spoken))) {
          found.push({ name: clean(spoken), kind: 'question', start: lineStart, end: lineEnd });
        }
        inComment = commentOpenAfter(line, 0, false);
      }
    }
    // A blank line or a heading ends a paragraph: the next line may start a question.
    previousBlank = c === -1 || (c === 35 && HEADING_MARK.test(text.slice(lineStart, lineEnd)));
    lineStart = nextLineStart(text, lineEnd);
  }
  return found.map((s, i) => ({
    name: s.name,
    detail: '',
    kind: s.kind,
    start: s.start,
    end: Math.max(s.end, trimEnd(text, s.start, i + 1 < found.length ? found[i + 1].start : section.bodyEnd)),
    selectionStart: s.start,
    selectionEnd: s.end,
    children: [],
  }));
}

/** The number of `#` of the heading line at `at`, or 0 for a labelled paragraph ("**Situation:** …"). */
function headingLevel(text: string, at: number): number {
  const mark = HEADING_MARK.exec(text.slice(at, Math.min(text.length, at + 12)));
  return mark ? mark[1].length : 0;
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? text.length : at;
}

function lineEndAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function nextLineStart(text: string, lineEnd: number): number {
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2;
  return lineEnd < text.length ? lineEnd + 1 : lineEnd;
}

/** `end` moved back over trailing blank lines, but never before `start`. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c !== 10 && c !== 13 && c !== 32 && c !== 9) break;
    e--;
  }
  return e;
}

/** "Title ##" -> "Title" (a closing run of `#` after a space is not part of the heading). */
function stripClosingHashes(s: string): string {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 9)) e--;
  let h = e;
  while (h > 0 && s.charCodeAt(h - 1) === 35) h--;
  if (h < e && (h === 0 || s.charCodeAt(h - 1) === 32 || s.charCodeAt(h - 1) === 9)) e = h;
  return s.slice(0, e);
}

/** One line of readable text: emphasis markers and runs of spaces gone, bounded in length. */
function clean(s: string): string {
  const text = s.replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
  return text.length <= MAX_NAME ? text : `${text.slice(0, MAX_NAME - 1)}…`;
}

function principleName(id: string): string {
  return PRINCIPLE_NAMES.find((p) => p.id === id)?.name ?? id;
}
