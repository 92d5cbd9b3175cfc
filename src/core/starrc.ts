import { settingsSchema, type RuleSetting, type Settings } from './config';
import { readRuleSetting, SEVERITY_WORDS } from './ruleSettings';
import { RULE_IDS } from './rules';
import { yaml } from './yaml';
import type { Document } from 'yaml';
import type { Severity } from './types';

// `.starrc.yaml`: the same keys as the `starStory.*` settings plus extra phrase lists. It may come
// from a repository nobody vetted: literal phrases only, capped; each problem is reported on the
// offending key, and whatever is valid is still used.

export interface StarrcProblem {
  message: string;
  start: number;
  end: number;
  severity: Severity;
}

export interface Starrc {
  settings: Settings;
  problems: StarrcProblem[];
}

const MAX_BYTES = 256 * 1024;

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
  rules: `a mapping of rule ids to ${SEVERITY_WORDS}, or to a mapping of severity and the rule's options`,
};

/**
 * `rules:` entry by entry: an unknown id or a bad severity drops that entry only; a bad or unknown
 * option drops that option only (the rule uses its default for it), reported on its own key.
 */
function readRules(doc: Document, rules: Record<string, unknown>, problems: StarrcProblem[]): Record<string, RuleSetting> {
  const { rangeOfPath } = yaml();
  const out: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(rules)) {
    if (!RULE_IDS.includes(id)) {
      problems.push({ message: `Unknown rule "${id}".`, ...(rangeOfPath(doc, ['rules', id], 'key') ?? { start: 0, end: 1 }), severity: 'warning' });
      continue;
    }
    const read = readRuleSetting(id, value);
    if (read.setting !== undefined) out[id] = read.setting;
    for (const p of read.problems) {
      const path = ['rules', id, ...p.path];
      const range = rangeOfPath(doc, path, p.unknownKey ? 'key' : undefined) ?? rangeOfPath(doc, ['rules', id]) ?? { start: 0, end: 1 };
      problems.push({ message: `rules.${id}: ${p.message}.`, ...range, severity: p.unknownKey ? 'warning' : 'error' });
    }
  }
  return out;
}

export function parseStarrc(text: string): Starrc {
  const problems: StarrcProblem[] = [];
  if (text.length > MAX_BYTES) {
    return { settings: {}, problems: [{ message: `.starrc.yaml is larger than ${MAX_BYTES / 1024} KB and was ignored.`, start: 0, end: Math.min(text.length, 1), severity: 'error' }] };
  }
  // The range finders ship with the `yaml` package (yamlChunk.ts), loaded with it.
  const { aliasProblem, rangeOfPath, parseShallow } = yaml();
  let doc;
  try {
    doc = parseShallow(text);
  } catch (err) {
    return { settings: {}, problems: [{ message: `.starrc.yaml could not be read: ${String(err)}`, start: 0, end: Math.min(text.length, 1), severity: 'error' }] };
  }
  for (const e of doc.errors) problems.push({ message: `YAML: ${e.message.split('\n')[0]}`, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1), severity: 'error' });
  if (doc.errors.length) return { settings: {}, problems };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    const alias = aliasProblem(doc, err);
    const at = alias.span ?? { start: 0, end: Math.min(text.length, 1) };
    return { settings: {}, problems: [{ message: `.starrc.yaml: ${alias.message}`, start: at.start, end: Math.max(at.end, at.start + 1), severity: 'error' }] };
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
    const keyRange = rangeOfPath(doc, [key], 'key') ?? { start: 0, end: 1 };
    if (!schema) {
      problems.push({ message: `Unknown key "${key}". Known keys: ${Object.keys(shape).join(', ')}.`, ...keyRange, severity: 'warning' });
      continue;
    }
    if (key === 'rules' && typeof v === 'object' && v !== null && !Array.isArray(v)) {
      settings.rules = readRules(doc, v as Record<string, unknown>, problems);
      continue;
    }
    const parsed = schema.safeParse(v);
    if (parsed.success) {
      settings[key] = parsed.data;
      continue;
    }
    for (const issue of parsed.error?.issues ?? []) {
      const path = [key, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
      const expected = Object.hasOwn(EXPECTED, key) ? EXPECTED[key] : undefined;
      problems.push({ message: `${path.join('.')}: ${expected ? `use ${expected}` : issue.message}.`, ...(rangeOfPath(doc, path) ?? keyRange), severity: 'error' });
    }
  }
  return { settings: settings as Settings, problems };
}
