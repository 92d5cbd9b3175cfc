// Pure text helpers for the glue: offsets to line/character for text that has no open
// document, a document's length, and the edits behind the "disable" quick fixes. No `vscode`
// import but its types.
import type * as vscode from 'vscode';
import type { TextEdit } from '../core/types';

export { positionConverter, type LineCharacter } from '../core/lines';

/** A document's length in UTF-16 code units, without copying its text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

function lineStartOf(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/**
 * The edit that silences `ruleId` on the line holding `offset`: a comment line above it with
 * the same indentation, or the rule added to a disable-next-line comment already there.
 */
export function disableNextLineEdit(text: string, offset: number, ruleId: string, eol: string): TextEdit {
  const start = lineStartOf(text, offset);
  const indent = /^[ \t]*/.exec(text.slice(start, start + 200))?.[0] ?? '';
  if (start > 0) {
    const prevEnd = start - (text.startsWith('\r\n', start - 2) ? 2 : 1);
    const prevStart = lineStartOf(text, prevEnd);
    const previous = text.slice(prevStart, prevEnd);
    const existing = /^([ \t]*<!--\s*star-disable-next-line)((?:\s+[a-z0-9-]+)+)(\s*-->)\s*$/.exec(previous);
    if (existing) {
      const at = prevStart + existing[1].length + existing[2].length;
      return { start: at, end: at, text: ` ${ruleId}` };
    }
  }
  return { start, end: start, text: `${indent}<!-- star-disable-next-line ${ruleId} -->${eol}` };
}

/** The edit that silences `ruleId` for the whole file: a comment line after the front matter, or at the top. */
export function disableFileEdit(text: string, frontMatterEnd: number | null, ruleId: string, eol: string): TextEdit {
  const comment = `<!-- star-disable-file ${ruleId} -->`;
  if (frontMatterEnd === null) return { start: 0, end: 0, text: comment + eol };
  let at = Math.min(frontMatterEnd, text.length);
  // Step past the rest of the closing fence's line and its line break.
  while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
  if (at === text.length) return { start: at, end: at, text: eol + comment + eol };
  at += text.startsWith('\r\n', at) ? 2 : 1;
  return { start: at, end: at, text: comment + eol };
}

/** A snippet's text with its tab stops, placeholders and choices resolved to their defaults. */
export function snippetToPlainText(snippet: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length && '$}\\,|'.includes(snippet[i + 1])) {
      out += snippet[++i];
    } else if (c === '$') {
      const choice = /^\$\{\d+\|((?:[^|,\\]|\\.)*)(?:,(?:[^|,\\]|\\.)*)*\|\}/.exec(snippet.slice(i));
      const placeholder = /^\$\{\d+:/.exec(snippet.slice(i));
      const tabStop = /^\$(\d+|\{\d+\})/.exec(snippet.slice(i));
      if (choice) {
        out += choice[1].replace(/\\(.)/g, '$1');
        i += choice[0].length - 1;
      } else if (placeholder) {
        // Keep the placeholder's text; its closing brace is dropped below.
        i += placeholder[0].length - 1;
        depth++;
      } else if (tabStop) {
        i += tabStop[0].length - 1;
      } else {
        out += c;
      }
    } else if (c === '}' && depth > 0) {
      depth--;
    } else {
      out += c;
    }
  }
  return out;
}
