import * as z from 'zod/mini';
import { findPrinciple, suggestPrinciple } from './coaching/principleNames';
import { readLiteYaml } from './frontMatterLite';
import { yaml } from './yaml';
import type { FrontMatterData, Level, ParseProblem, Span } from './types';

// YAML front matter: `question`, `principle` (one or a list), `level`. Every problem is reported on
// the offending key's or value's own range; nothing here throws.

const KNOWN_KEYS = ['question', 'principle', 'principles', 'level'];
/** Keys people keep in their banks that we do not read but should not nag about. */
const TOLERATED_KEYS = ['title', 'company', 'role', 'team', 'tags', 'date', 'status', 'notes', 'source', 'author', 'interview', 'loop', 'lp', 'lps'];

const stringOrList = z.union([z.string(), z.array(z.string())]);
const schema = z.object({
  question: z.optional(z.string()),
  principle: z.optional(stringOrList),
  principles: z.optional(stringOrList),
  level: z.optional(z.string()),
});

const LEVEL_WORDS: Record<string, Level> = {
  sde1: 'sde1', sdei: 'sde1', l4: 'sde1',
  sde2: 'sde2', sdeii: 'sde2', l5: 'sde2',
  senior: 'senior', sde3: 'senior', sdeiii: 'senior', seniorsde: 'senior', l6: 'senior', sr: 'senior', srsde: 'senior',
  principal: 'principal', principalsde: 'principal', l7: 'principal', l8: 'principal',
};

/** "SDE 2", "sde-ii", "Senior SDE", "L6" → a level; null when unrecognised. */
export function normalizeLevel(value: string): Level | null {
  const key = value.toLowerCase().replace(/[^a-z0-9]+/g, '').replace(/engineer$/, 'sde');
  return LEVEL_WORDS[key] ?? null;
}

export interface FrontMatterParse {
  data: FrontMatterData;
  problems: ParseProblem[];
}

function problem(ruleId: ParseProblem['ruleId'], severity: ParseProblem['severity'], message: string, span: Span): ParseProblem {
  return { ruleId, severity, message, start: span.start, end: Math.max(span.start, span.end), storyIndex: -1 };
}

/** Turns principle names into ids, reporting unknown ones at `span`. */
export function resolvePrinciples(names: string[], span: (i: number) => Span, problems: ParseProblem[]): string[] {
  const ids: string[] = [];
  names.forEach((name, i) => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const found = findPrinciple(trimmed);
    if (found) {
      if (!ids.includes(found.id)) ids.push(found.id);
      return;
    }
    const guess = suggestPrinciple(trimmed);
    const hint = guess ? ` Did you mean "${guess.name}"?` : ' Use one of Amazon\'s 16 Leadership Principles, e.g. "Ownership".';
    problems.push({ ...problem('unknown-principle', 'warning', `"${trimmed}" is not an Amazon Leadership Principle.${hint}`, span(i)), ...(guess ? { principleGuess: guess.id } : {}) });
  });
  return ids;
}

/** Where a key's or value's range is: rangeOfPath on the YAML document, or the lite reader's answer. */
export type RangeOf = (path: readonly PathKey[], which?: 'key' | 'value') => Span | null;

/**
 * Parses the YAML between the fences. `offset` is where that YAML starts in the file. Simple
 * front matter is read without the `yaml` package (same result); `full` forces the package.
 */
export function parseFrontMatter(yamlText: string, offset: number, options: { full?: boolean } = {}): FrontMatterParse {
  const lite = options.full ? null : readLiteYaml(yamlText);
  if (lite) return interpret(lite.value, (path, which = 'value') => lite.range(path, which), yamlText, offset, []);

  // Anything else is read by the `yaml` package, and by the code that only runs with it (frontMatterYaml.ts).
  const read = yaml().readYamlFrontMatter(yamlText, offset);
  if (!read.rangeOf) return { data: {}, problems: read.problems.map((p) => trimEnd(p, yamlText, offset)) };
  return interpret(read.value, read.rangeOf, yamlText, offset, read.problems);
}

/** Reads the parsed value: known keys checked and kept, every problem on its key's or value's range. */
function interpret(value: unknown, rangeOf: RangeOf, yamlText: string, offset: number, problems: ParseProblem[]): FrontMatterParse {
  const data: FrontMatterData = {};
  const shift = (s: Span | null): Span => (s ? { start: s.start + offset, end: s.end + offset } : { start: offset, end: offset });
  if (value === null || value === undefined) return { data, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push(problem('invalid-front-matter', 'error', 'Front matter must be a set of `key: value` lines (question, principle, level).', shift(rangeOf([]))));
    return { data, problems };
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (KNOWN_KEYS.includes(key) || TOLERATED_KEYS.includes(key.toLowerCase())) continue;
    const lower = key.toLowerCase();
    const known = KNOWN_KEYS.find((k) => k === lower);
    const msg = known
      ? `Front matter keys are lower-case: write "${known}".`
      : `Unknown front matter key "${key}": STAR Story Coach reads question, principle and level.`;
    problems.push(problem('invalid-front-matter', 'hint', msg, shift(rangeOf([key], 'key'))));
  }
  const parsed = schema.safeParse(record);
  const bad = new Set<string>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      bad.add(key);
      const expected = key === 'question' ? 'a line of text' : key === 'level' ? 'one of sde1, sde2, senior, principal' : 'a principle name or a list of them';
      problems.push(problem('invalid-front-matter', 'error', `Front matter "${key}" should be ${expected}.`, shift(rangeOf(issue.path as PathKey[]))));
    }
  }
  if (typeof record.question === 'string' && !bad.has('question')) data.question = record.question;
  if (typeof record.level === 'string' && !bad.has('level')) {
    const level = normalizeLevel(record.level);
    if (level) data.level = level;
    else problems.push(problem('invalid-front-matter', 'error', `Unknown level "${record.level}": use sde1, sde2, senior or principal.`, shift(rangeOf(['level']))));
  }
  for (const key of ['principle', 'principles'] as const) {
    const raw = record[key];
    if (raw === undefined || bad.has(key)) continue;
    const names = typeof raw === 'string' ? splitPrinciples(raw) : (raw as string[]);
    const spanOf = (i: number) => shift(rangeOf(typeof raw === 'string' ? [key] : [key, i]));
    data.principles = [...(data.principles ?? []), ...resolvePrinciples(names, spanOf, problems)];
  }
  return { data, problems: problems.map((p) => trimEnd(p, yamlText, offset)) };
}

/** A range never ends in the line break after the value. */
function trimEnd(p: ParseProblem, yamlText: string, offset: number): ParseProblem {
  let end = p.end;
  while (end > p.start + 1 && /\s/.test(yamlText[end - offset - 1] ?? '')) end--;
  return end === p.end ? p : { ...p, end };
}

export type PathKey = string | number;

/**
 * "Ownership, Bias for Action" → two names; "Are Right, A Lot" (a comma inside a principle's own
 * name) stays whole.
 */
export function splitPrinciples(value: string): string[] {
  const parts = value.split(/[,;|]/).map((s) => s.trim()).filter(Boolean);
  const names: string[] = [];
  for (let i = 0; i < parts.length; ) {
    let taken = 1;
    for (let n = Math.min(3, parts.length - i); n >= 2; n--) {
      if (findPrinciple(parts.slice(i, i + n).join(', '))) {
        taken = n;
        break;
      }
    }
    names.push(parts.slice(i, i + taken).join(', '));
    i += taken;
  }
  return names;
}
