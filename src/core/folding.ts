// Folding for `.star.md`: VS Code folds TextMate-only languages by indentation, which means
// nothing for prose, so the extension registers a FoldingRangeProvider over this function.
//
// Folded: each `#` story and each `##`…`######` section, up to the line before the next heading
// of the same or a higher level (blank lines just before that heading stay visible); the front
// matter; fenced code blocks; HTML comments that span lines; `<!-- #region -->` markers.
// Headings inside front matter, fenced code and comments are not headings.

export interface FoldingRange {
  /** 0-based line numbers, as VS Code counts them (`\r\n`, `\n` and `\r` all end a line). */
  startLine: number;
  endLine: number;
  /** Lets "Fold All Block Comments" / "Fold All Regions" pick these ranges. */
  kind?: 'comment' | 'region';
}

const LINE_BREAK = /\r\n|\r|\n/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
// A backtick fence's info string may not contain a backtick (CommonMark): "```x``` y" is code.
const FENCE_OPEN = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*$/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const REGION_START = /^\s*<!--\s*#?region\b.*-->/;
const REGION_END = /^\s*<!--\s*#?endregion\b.*-->/;
const BLANK = /^\s*$/;

/** Whether an HTML comment is still open at the end of `line`, scanning from `from`. */
function commentOpenAfter(line: string, from: number, open: boolean): boolean {
  let at = from;
  while (at < line.length) {
    if (open) {
      const close = line.indexOf('-->', at);
      if (close < 0) return true;
      open = false;
      at = close + 3;
    } else {
      const start = line.indexOf('<!--', at);
      if (start < 0) return false;
      open = true;
      at = start + 4;
    }
  }
  return open;
}

function frontMatterEnd(lines: string[]): number {
  if (lines.length === 0 || !FRONT_MATTER_OPEN.test(lines[0])) return -1;
  for (let i = 1; i < lines.length; i++) {
    if (FRONT_MATTER_CLOSE.test(lines[i])) return i;
  }
  return -1; // never closed: not front matter
}

export function foldingRanges(text: string): FoldingRange[] {
  const lines = text.split(LINE_BREAK);
  const ranges: FoldingRange[] = [];
  const lastNonBlankUpTo = (line: number, floor: number): number => {
    let end = line;
    while (end > floor && BLANK.test(lines[end])) end--;
    return end;
  };
  const add = (startLine: number, endLine: number, kind?: FoldingRange['kind']) => {
    if (endLine > startLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };

  const openHeadings: { level: number; line: number }[] = [];
  const closeHeadings = (level: number, beforeLine: number) => {
    while (openHeadings.length > 0 && openHeadings[openHeadings.length - 1].level >= level) {
      const h = openHeadings.pop()!;
      add(h.line, lastNonBlankUpTo(beforeLine - 1, h.line));
    }
  };
  const openRegions: number[] = [];

  const fmEnd = frontMatterEnd(lines);
  add(0, fmEnd);

  let fence: { marker: string; line: number } | null = null;
  let comment: number | null = null; // line where an open HTML comment started
  for (let i = fmEnd + 1; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      const close = FENCE_CLOSE.exec(line);
      if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length) {
        add(fence.line, i);
        fence = null;
      }
      continue;
    }
    if (comment !== null) {
      if (!commentOpenAfter(line, 0, true)) {
        add(comment, i, 'comment');
        comment = null;
      }
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open) {
      fence = { marker: open[1], line: i };
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1].length;
      closeHeadings(level, i);
      openHeadings.push({ level, line: i });
      continue; // a comment opened on a heading line is part of the heading
    }
    if (REGION_START.test(line)) {
      openRegions.push(i);
    } else if (REGION_END.test(line)) {
      const start = openRegions.pop();
      if (start !== undefined) add(start, i, 'region');
    } else if (commentOpenAfter(line, 0, false)) {
      comment = i;
    }
  }

  const last = lines.length - 1;
  if (fence) add(fence.line, lastNonBlankUpTo(last, fence.line));
  if (comment !== null) add(comment, lastNonBlankUpTo(last, comment), 'comment');
  closeHeadings(1, last + 1);
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
