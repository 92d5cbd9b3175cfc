import type { Document } from 'yaml';
import { parseShallow } from './frontMatterYaml';
import { readPhraseLists, settingsSchema, shownValue, type RuleSetting, type Settings } from './config';
import type { ReadRuleSetting } from './ruleSettings';
import type { Starrc, StarrcProblem } from './starrc';
import { aliasProblem, rangeOfPath } from './yamlRange';
import { readableKeys, yamlProblems } from './yamlErrors';

// Reads a `.starrc.yaml` (starrc.ts is the entry point): part of the YAML chunk (yamlChunk.ts),
// loaded with the parser, so the extension carries none of it until a workspace has such a file.
// The rule registry is passed in rather than imported, so the chunk holds no second copy of it.

/** What the reader needs to know of the rules: their ids and how to check one's setting. */
export interface StarrcRules {
  ids: readonly string[];
  read: (ruleId: string, value: unknown) => ReadRuleSetting;
}

/** What each key takes, for a message the user can act on (zod's own says "Invalid input"). */
const EXPECTED: Record<string, string> = {
  level: 'sde1, sde2, senior or principal',
  wordsPerMinute: 'a whole number from 60 to 400',
  timeTolerance: 'a percentage from 0 to 500',
  debounceMs: 'a whole number of milliseconds from 0 to 10000',
  run: 'onType or onSave',
  codeLens: 'true or false',
  statusBar: 'true or false',
  maxFileSize: 'a whole number of bytes, at least 1024',
  rules: "a mapping of rule ids to error, warning, info, hint or off, or to a mapping of severity and the rule's options",
};

/** What a bad value of `key` is not, for the message: "staff" is not a level. */
const NOT_A: Record<string, string> = { level: 'a level', run: 'a run mode', codeLens: 'true or false', statusBar: 'true or false' };

/** The closest rule id to a misspelt one, if it is close (two edits or fewer). */
function nearestRule(id: string, ids: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const known of ids) {
    const d = distance(id.toLowerCase(), known, bestD);
    if (d < bestD) [best, bestD] = [known, d];
  }
  return best;
}

/** Levenshtein distance, giving up (returning `cap`) once it reaches `cap`. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) >= cap) return cap;
    prev = row;
  }
  return Math.min(prev[b.length], cap);
}

/**
 * `rules:` entry by entry: an unknown id or a bad severity drops that entry only; a bad or unknown
 * option drops that option only (the rule uses its default for it), reported on its own key.
 */
function readRules(doc: Document, rules: Record<string, unknown>, problems: StarrcProblem[], known: StarrcRules): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(rules)) {
    if (!known.ids.includes(id)) {
      const near = nearestRule(id, known.ids);
      const hint = near ? `did you mean "${near}"?` : 'the README lists the rule ids.';
      problems.push({ message: `Unknown rule "${id}" is ignored; ${hint}`, ...(rangeOfPath(doc, ['rules', id], 'key') ?? { start: 0, end: 1 }), severity: 'warning' });
      continue;
    }
    const read = known.read(id, value);
    if (read.setting !== undefined) out[id] = read.setting;
    for (const p of read.problems) {
      const path = ['rules', id, ...p.path];
      const range = rangeOfPath(doc, path, p.unknownKey ? 'key' : undefined) ?? rangeOfPath(doc, ['rules', id]) ?? { start: 0, end: 1 };
      problems.push({ message: `rules.${id}: ${p.message}.`, ...range, severity: p.unknownKey ? 'warning' : 'error' });
    }
  }
  return out;
}

export function parseStarrcWith(text: string, known: StarrcRules): Starrc {
  const problems: StarrcProblem[] = [];
  let doc;
  try {
    // Refuses nesting deep enough to exhaust the parser's stack (frontMatterYaml.ts).
    doc = parseShallow(text);
  } catch (err) {
    return { settings: {}, problems: [{ message: `.starrc.yaml could not be read: ${String(err)}`, start: 0, end: Math.min(text.length, 1), severity: 'error' }] };
  }
  problems.push(...yamlProblems(text, doc.errors));
  let value: unknown;
  if (doc.errors.length) {
    value = readableKeys(doc, problems);
  } else {
    try {
      value = doc.toJS({ maxAliasCount: 50 });
    } catch (err) {
      const alias = aliasProblem(doc, err);
      const at = alias.span ?? { start: 0, end: Math.min(text.length, 1) };
      return { settings: {}, problems: [{ message: `.starrc.yaml: ${alias.message}`, start: at.start, end: Math.max(at.end, at.start + 1), severity: 'error' }] };
    }
  }
  if (value === null || value === undefined) return { settings: {}, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { settings: {}, problems: [{ message: '.starrc.yaml must be a mapping of settings (level, wordsPerMinute, rules, phrases, …).', start: 0, end: Math.max(1, Math.min(text.length, 80)), severity: 'error' }] };
  }
  // Validate key by key so that one bad value does not throw the others away.
  const settings: Record<string, unknown> = {};
  const shape = settingsSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[]; message: string }[] } } }>;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    // Own keys only: `__proto__:` or `constructor:` must be an unknown key, not Object's own.
    const schema = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (schema && v === null) continue; // `rules:` with nothing under it: nothing set
    const keyRange = rangeOfPath(doc, [key], 'key') ?? { start: 0, end: 1 };
    if (!schema) {
      problems.push({ message: `Unknown key "${key}". Known keys: ${Object.keys(shape).join(', ')}.`, ...keyRange, severity: 'warning' });
      continue;
    }
    if (key === 'rules' && typeof v === 'object' && v !== null && !Array.isArray(v)) {
      settings.rules = readRules(doc, v as Record<string, unknown>, problems, known);
      continue;
    }
    if (key === 'phrases') {
      const read = readPhraseLists(v);
      if (Object.keys(read.phrases).length) settings.phrases = read.phrases;
      for (const p of read.problems) {
        const range = rangeOfPath(doc, ['phrases', ...p.path], p.unknownKey ? 'key' : undefined) ?? keyRange;
        problems.push({ message: p.message, ...range, severity: p.unknownKey ? 'warning' : 'error' });
      }
      continue;
    }
    const parsed = schema.safeParse(v);
    if (parsed.success) {
      settings[key] = parsed.data;
      continue;
    }
    // One problem per key, with the value and what the key takes.
    const expected = Object.hasOwn(EXPECTED, key) ? EXPECTED[key] : 'a valid value';
    const notA = Object.hasOwn(NOT_A, key) ? NOT_A[key] : 'allowed';
    const what = notA === 'allowed' ? 'is not allowed' : `is not ${notA}`;
    problems.push({ message: `${key}: ${shownValue(v)} ${what}: use ${expected}. The default is used.`, ...(rangeOfPath(doc, [key]) ?? keyRange), severity: 'error' });
  }
  return { settings: settings as Settings, problems };
}
