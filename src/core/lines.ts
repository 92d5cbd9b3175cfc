// Offsets to lines, as editors count them: \n, \r\n and a lone \r each end a line. Shared by
// the glue (text without an open document), the CLI and the tests.
import { partitionPoint } from './search';

export interface LineCharacter {
  line: number;
  character: number;
}

/** Returns a converter from UTF-16 offsets to 0-based line/character, like `document.positionAt`. */
export function positionConverter(text: string): (offset: number) => LineCharacter {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */ && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) lineStarts.push(i + 1);
  }
  return (offset: number) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const lo = partitionPoint(lineStarts.length, (i) => lineStarts[i] <= clamped) - 1; // lineStarts[0] = 0
    // An offset between \r and \n belongs to the line the \r ends.
    return { line: lo, character: clamped - lineStarts[lo] };
  };
}

/** 1-based line and column (UTF-16 units), as command-line tools print them. */
export function oneBasedConverter(text: string): (offset: number) => { line: number; column: number } {
  const at = positionConverter(text);
  return (offset) => {
    const p = at(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
}
