import { isMap, isNode, isScalar, type Document, type Node, type YAMLError } from 'yaml';
import type { Severity, Span } from './types';

// What a `.starrc.yaml` with YAML syntax errors still says, and its errors in plain words. Only a
// broken file needs this, so it ships with the YAML parser (yamlChunk.ts), loaded on first need.

export interface YamlProblem {
  message: string;
  start: number;
  end: number;
  severity: Severity;
}

/**
 * What a document with YAML errors still says: every key, at any depth, that no error touches
 * (`spans`, where the errors were reported), read as JS. A key whose mapping holds an error keeps
 * its other keys.
 */
export function readableKeys(doc: Document, spans: readonly Span[]): Record<string, unknown> | undefined {
  const read = (map: unknown): Record<string, unknown> | undefined => {
    if (!isMap(map)) return undefined;
    const out: Record<string, unknown> = {};
    for (const pair of map.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const key = String(pair.key.value);
      if (Object.hasOwn(out, key)) continue;
      const value = pair.value;
      const start = pair.key.range[0];
      const end = isNode(value) && value.range ? value.range[2] : pair.key.range[2];
      const hits = spans.filter((h) => h.start < end && h.end >= start);
      let js: unknown;
      if (hits.length === 0) {
        try {
          js = isNode(value) ? (value as Node).toJS(doc, { maxAliasCount: 50 }) : (value ?? null);
        } catch {
          continue; // an alias with nothing to refer to: the key is not read
        }
      } else if (isMap(value) && value.range && hits.every((h) => h.start > value.range![0])) {
        js = read(value);
      } else {
        continue;
      }
      Object.defineProperty(out, key, { value: js, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return read(doc.contents);
}

/** What a YAML syntax error means, in plain words, by the parser's code. */
function plainYaml(e: YAMLError, text: string): string {
  const raw = e.message.split('\n')[0];
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return 'A tab indents this line: YAML needs spaces.';
    case 'DUPLICATE_KEY': {
      const line = text.slice(e.pos[0], e.pos[0] + 120).trimStart().split('\n')[0];
      const colon = line.indexOf(':');
      const key = colon > 0 && line.slice(0, colon).trim() ? line.slice(0, colon).trim() : 'This key';
      return `"${key}" is set twice at the same level: delete one (this one is ignored).`;
    }
    case 'MULTIPLE_DOCS':
      return 'A second YAML document starts here ("---"): .starrc.yaml holds one, so what follows is ignored.';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'A line here has no "key: value" colon, so YAML reads it together with the next line: write "key: value", with a space after the colon.';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return /sequence/.test(raw)
        ? 'This list item is not lined up with the ones above it: start every item of a list with "- " at the same column.'
        : 'A value here holds another ": " or the next line is indented under it: put the value in quotes, or give each key its own line.';
    case 'BAD_INDENT':
      return /^Flow (?:sequence|map)/.test(raw)
        ? `A "${raw.includes('sequence') ? '[' : '{'}" opened here is not closed: close it on the same line, or write the list with "- " items.`
        : 'This line is not indented like the keys beside it: keys of one block start at the same column.';
    case 'MISSING_CHAR':
      if (/quote/.test(raw)) return 'A quote opened here is never closed: add the closing quote on the same line.';
      if (/map values/.test(raw)) return 'A line here has no "key: value" colon: write "key: value", with a space after the colon.';
      return `A closing "${/\]/.test(raw) ? ']' : '}'}" is missing here.`;
    case 'BAD_SCALAR_START':
      return 'A value cannot start with "@" or "`": put it in quotes.';
    default:
      return `YAML cannot read this (${raw.replace(/\.$/, '')}).`;
  }
}

/**
 * YAML syntax errors, one per line (the parser often reports one mistake two or three times), in
 * plain words; each says that the keys it does not touch still apply.
 */
export function yamlProblems(text: string, errors: readonly YAMLError[]): YamlProblem[] {
  const out: YamlProblem[] = [];
  const lines = new Set<number>();
  for (const e of [...errors].sort((a, b) => a.pos[0] - b.pos[0])) {
    let start = Math.min(e.pos[0], text.length);
    // "[" or "{" left open, a quote never closed: the parser notices at the start of the next line
    // or at the end of the file; the mistake is at the end of the last line with text before it.
    const unclosed = (e.code === 'MISSING_CHAR' && !/map values/.test(e.message)) || (e.code === 'BAD_INDENT' && /^Flow/.test(e.message));
    if (unclosed && (start === text.length || text[start - 1] === '\n')) {
      let k = start;
      while (k > 0 && /\s/.test(text[k - 1])) k--;
      if (k > 0) start = k - 1;
    }
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (lines.has(lineStart)) continue;
    lines.add(lineStart);
    // Mark the line the error is on, not a stretch of the file after it.
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = text.length;
    const end = Math.max(Math.min(Math.max(e.pos[1], start), lineEnd), start + 1);
    out.push({ message: `${plainYaml(e, text)} Keys elsewhere in the file still apply.`, start, end: Math.min(end, Math.max(text.length, 1)), severity: 'error' });
  }
  return out;
}
