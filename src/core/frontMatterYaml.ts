import { parseDocument } from 'yaml';
import { aliasProblem, rangeOfPath } from './yamlRange';
import type { Span } from './types';

// Front matter beyond simple `key: value` lines (frontMatterLite.ts reads those): the `yaml`
// package's reading of it, with its errors placed where the user made them. Part of the YAML
// chunk (yamlChunk.ts); frontMatter.ts checks the values.

type PathKey = string | number;

export interface FrontMatterYaml {
  value: unknown;
  /** Where a key's or value's range is; undefined when the YAML could not be read. */
  rangeOf?: (path: readonly PathKey[], which?: 'key' | 'value') => Span | null;
  /** Offsets relative to the YAML text. */
  problems: { message: string; span: Span }[];
}

export function readFrontMatterYaml(yamlText: string): FrontMatterYaml {
  const problems: FrontMatterYaml['problems'] = [];
  let doc;
  try {
    doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    return { value: undefined, problems: [{ message: `Front matter could not be read: ${String(err)}`, span: { start: 0, end: 0 } }] };
  }
  for (const err of doc.errors) {
    const firstLine = err.message.split('\n')[0];
    problems.push({ message: `Front matter YAML: ${firstLine}`, span: yamlErrorSpan(yamlText, err.pos, firstLine) });
  }
  if (doc.errors.length > 0) return { value: undefined, problems };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    const alias = aliasProblem(doc, err);
    return { value: undefined, problems: [{ message: `Front matter: ${alias.message}`, span: alias.span ?? { start: 0, end: yamlText.length } }] };
  }
  const parsed = doc;
  return { value, problems, rangeOf: (path, which = 'value') => rangeOfPath(parsed, path, which) };
}

/**
 * Where a YAML error really is. The parser notices a missing closing quote where the text ends;
 * the user made the mistake on the line that opened it.
 */
function yamlErrorSpan(yamlText: string, pos: [number, number], message: string): Span {
  const [s, e] = pos;
  const quote = /Missing closing (["'])/.exec(message)?.[1];
  if (quote) {
    const open = yamlText.lastIndexOf(quote, Math.max(0, s - 1));
    if (open >= 0) {
      const lineStart = yamlText.lastIndexOf('\n', open) + 1;
      let lineEnd = yamlText.indexOf('\n', open);
      if (lineEnd < 0) lineEnd = yamlText.length;
      return { start: lineStart, end: lineEnd };
    }
  }
  return { start: s, end: Math.max(e, s + 1) };
}

