// Character classes as code-unit tests, for the scanners that replace per-character regular
// expressions on hot paths. Each mirrors a JavaScript regex class exactly (noted beside it).

/** `\s`: WhiteSpace and LineTerminator, as `String.prototype.trim` and `/\s/` define them. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Every code unit of text[from, to) is `\s` (true for an empty range): `/^\s*$/`. */
export function allSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** `[A-Za-z]` */
export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** `[a-z]` */
export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** `[A-Z]` */
export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** `[0-9]` */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `[A-Za-z0-9]` */
function isAlnum(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c);
}

/** 1 at the code units below U+0500 that are `[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]` (the class ends at U+04FF). */
const WORD_LETTERS = new Uint8Array(0x500);
for (let c = 0; c < 0x500; c++) if (isAlnum(c) || (c >= 0xc0 && c <= 0x24f) || c >= 0x400) WORD_LETTERS[c] = 1;

/** `[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]`: the letters of a word in prose.ts. One load from a table (NaN, past the end of a string, is none). */
export function isWordLetter(c: number): boolean {
  return c < 0x500 && WORD_LETTERS[c] === 1;
}
