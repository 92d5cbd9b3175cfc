import type { Document } from 'yaml';
import type { PathKey, RangeOf } from './frontMatter';
import type { ParseProblem, Span } from './types';
import { yaml } from './yaml';
import { aliasProblem, rangeOfPath } from './yamlRange';

// Front matter that frontMatterLite.ts does not read, read by the `yaml` package: this module ships
// with that package in dist/yaml.js (yamlChunk.ts), loaded only when a story needs it. It returns
// the value and where each key is; frontMatter.ts checks the keys.

export interface YamlFrontMatter {
  value: unknown;
  /** Null when nothing could be read (the problems say why). */
  rangeOf: RangeOf | null;
  problems: ParseProblem[];
}

function problem(ruleId: 'invalid-front-matter', severity: 'error', message: string, span: Span): ParseProblem {
  return { ruleId, severity, message, start: span.start, end: Math.max(span.start, span.end), storyIndex: -1 };
}

type YamlError = { code: string; pos: [number, number]; message: string };

/**
 * The document, or its errors on their own: a broken document can be large (a 200 KB value of
 * "[" makes hundreds of MB of nodes), and is let go of before its lines are read one by one.
 */
function parseWhole(yamlText: string): Document | YamlError[] {
  const doc = yaml().parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  return doc.errors.length > 0 ? doc.errors.map((e) => ({ code: e.code, pos: e.pos, message: e.message })) : doc;
}

/**
 * How deep `[` and `{` nest in the text (quotes ignored): the `yaml` package reads nesting by
 * recursion, and a few thousand levels exhaust the stack, which V8 may answer by aborting the
 * whole process. Front matter never needs more than a few.
 */
const MAX_NESTING = 64;
function nesting(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}

/** `parseDocument` for YAML nested no deeper than MAX_NESTING; throws, saying so, for deeper. */
export function parseShallow(text: string): Document {
  if (nesting(text) > MAX_NESTING) throw new Error(`it nests "[" or "{" more than ${MAX_NESTING} deep`);
  return yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true });
}

/** Reads front matter YAML; `offset` is where it starts in the file. Never throws. */
export function readYamlFrontMatter(yamlText: string, offset: number): YamlFrontMatter {
  const problems: ParseProblem[] = [];
  const shift = (s: Span | null): Span => (s ? { start: s.start + offset, end: s.end + offset } : { start: offset, end: offset });
  let whole: Document | YamlError[];
  try {
    // Too deep for the parser as a whole: read line by line, the deep lines left out.
    whole = nesting(yamlText) > MAX_NESTING ? [] : parseWhole(yamlText);
  } catch (err) {
    problems.push(problem('invalid-front-matter', 'error', `Front matter could not be read: ${String(err)}`, shift(null)));
    return { value: null, rangeOf: null, problems };
  }
  if (Array.isArray(whole)) return salvage(yamlText, offset, whole);
  const doc = whole;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    const alias = aliasProblem(doc, err);
    problems.push(problem('invalid-front-matter', 'error', `Front matter: ${alias.message}`, shift(alias.span ?? { start: 0, end: yamlText.length })));
    return { value: null, rangeOf: null, problems };
  }
  return { value, rangeOf: (path: readonly PathKey[], which = 'value') => rangeOfPath(doc, path, which), problems };
}

/** A top-level `key: …` line of the front matter with the lines that belong to it. */
interface Entry {
  start: number;
  end: number;
  doc: ReturnType<ReturnType<typeof yaml>['parseDocument']>;
}

/**
 * Front matter that is not valid YAML as a whole: each top-level key is read on its own, so that
 * one bad line (`source: a : b`) costs that line only, and the keys on the other lines (principle,
 * level, question) still apply. The bad line gets a message in plain words, and a fix when
 * quoting its value makes it valid.
 */
function salvage(yamlText: string, offset: number, errors: readonly YamlError[]): YamlFrontMatter {
  const problems: ParseProblem[] = [];
  const shift = (s: Span): Span => ({ start: s.start + offset, end: s.end + offset });
  const parseYaml = (text: string) => yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  // An entry starts at a line that starts with neither a space, a comment, nor a `- ` list item.
  const starts: number[] = [];
  for (let at = 0; at < yamlText.length; ) {
    let nl = yamlText.indexOf('\n', at);
    if (nl < 0) nl = yamlText.length;
    if (/^[^\s#-]|^-[^\s-]/.test(yamlText.slice(at, Math.min(nl, at + 2)))) starts.push(at);
    at = nl + 1;
  }
  const good: Entry[] = [];
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : yamlText.length;
    const text = yamlText.slice(start, end);
    let lineEnd = text.indexOf('\n');
    if (lineEnd < 0) lineEnd = text.length;
    const line = { start: offset + start, end: offset + start + text.slice(0, lineEnd).trimEnd().length };
    if (nesting(text) > MAX_NESTING) {
      problems.push(problem('invalid-front-matter', 'error', `This front matter nests "[" or "{" more than ${MAX_NESTING} deep, so it was not read; the other keys still apply.`, line));
      return;
    }
    const doc = parseYaml(text);
    // An error of the whole document inside a line that reads well alone is the echo of a bad
    // line above (a bracket never closed), or a key given twice.
    const whole = errors.find((e) => e.pos[0] >= start && e.pos[0] < end && e.code === 'DUPLICATE_KEY');
    const key = /^([^:\s][^:\r\n]*):(?:\s|$)/.exec(text)?.[1].trimEnd();
    const notAPair = 'This front matter line is not a "key: value" pair, so it was not read; the other keys still apply. Write it as key: value, or start it with # to make it a comment.';
    if (doc.errors.length === 0 && !whole) {
      // Alone, a line of plain words reads as text, not as a key.
      if (yaml().isMap(doc.contents)) good.push({ start, end, doc });
      else problems.push(problem('invalid-front-matter', 'error', notAPair, line));
      return;
    }
    if (doc.errors.length === 0) {
      problems.push(problem('invalid-front-matter', 'error', `"${key}" is given twice, so only its first value is read: delete this line or the other.`, line));
      return;
    }
    const value = key === undefined ? '' : text.slice(key.length, lineEnd).replace(/^\s*:\s*/, '').trimEnd();
    // A value that opens a quote and never closes it is closed; any other is put in quotes.
    const open = /^["']/.exec(value)?.[0];
    const unclosed = open !== undefined && (value.length === 1 || !value.endsWith(open));
    const quoted = unclosed ? value + open : `'${value.replace(/'/g, "''")}'`;
    // One line `key: value` that reads well once its value is quoted: say so, and offer to do it.
    if (key !== undefined && value !== '' && text.slice(lineEnd).trim() === '' && parseYaml(`${key}: ${quoted}`).errors.length === 0) {
      const valueStart = line.start + text.indexOf(value, key.length);
      if (unclosed) {
        const p = problem('invalid-front-matter', 'error', `The value of "${key}" opens a quote (${open}) that it never closes, so this line was not read: close it at the end of the value.`, line);
        p.fix = { title: `Close the quote of "${key}"`, edits: [{ start: valueStart + value.length, end: valueStart + value.length, text: open }] };
        problems.push(p);
        return;
      }
      const why = /:(?:\s|$)/.test(value)
        ? 'holds ": ", which YAML reads as the start of another key'
        : /^[@`[{*&!|>%"']/.test(value) && !/^(["'])[^]*\1$/.test(value)
          ? `starts with "${value[0]}", which YAML reads as markup, not text`
          : 'is not valid YAML as it stands';
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      const p = problem('invalid-front-matter', 'error', `The value of "${key}" ${why}, so this line was not read: put the value in quotes, like ${key}: '${shown.replace(/'/g, "''")}'.`, line);
      p.fix = { title: `Put the value of "${key}" in quotes`, edits: [{ start: valueStart, end: valueStart + value.length, text: quoted }] };
      problems.push(p);
      return;
    }
    const first = doc.errors[0];
    if (first.code === 'TAB_AS_INDENT') {
      problems.push(problem('invalid-front-matter', 'error', `A line of "${key}" is indented with a tab, and YAML only accepts spaces, so "${key}" was not read: indent it with spaces.`, shift({ start: start + first.pos[0], end: start + first.pos[1] })));
      return;
    }
    const firstLine = first.message.split('\n')[0];
    // Where the parser noticed it, inside this entry; at its end (a bracket never closed), its first line.
    const span = yamlErrorSpan(text, first.pos, firstLine);
    const at = key !== undefined && span.start < text.trimEnd().length ? shift({ start: span.start + start, end: Math.min(span.end, text.trimEnd().length) + start }) : line;
    const message =
      key === undefined
        ? text.startsWith('*')
          ? 'A line starting with "*" reads as a YAML alias with nothing to refer to, so it was not read; the other keys still apply. Start list items with "- ", or put the value in quotes.'
          : notAPair
        : `The value of "${key}" is not valid YAML (${firstLine}), so it was not read; the other keys still apply.`;
    problems.push(problem('invalid-front-matter', 'error', message, at));
  });
  const record: Record<string, unknown> = {};
  const byKey = new Map<string, Entry>();
  for (const entry of good) {
    let value: unknown;
    try {
      value = entry.doc.toJS({ maxAliasCount: 50 });
    } catch (err) {
      const alias = aliasProblem(entry.doc, err);
      problems.push(problem('invalid-front-matter', 'error', `Front matter: ${alias.message}`, shift(alias.span ? { start: alias.span.start + entry.start, end: alias.span.end + entry.start } : { start: entry.start, end: entry.end })));
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    for (const [k, v] of Object.entries(value)) {
      record[k] = v;
      byKey.set(k, entry);
    }
  }
  const rangeOf: RangeOf = (path, which = 'value') => {
    const entry = byKey.get(String(path[0]));
    const r = entry ? rangeOfPath(entry.doc, path, which) : null;
    return r && entry ? { start: r.start + entry.start, end: r.end + entry.start } : null;
  };
  return { value: record, rangeOf, problems };
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

