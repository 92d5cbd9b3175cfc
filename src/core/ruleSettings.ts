import { ruleLevelSchema, type RuleLevel, type RuleSetting } from './config';
import { STORY_RULES } from './rules';
import type { SectionKind } from './types';
import type { AnyRule } from './rules/types';

// One rule's entry in `starStory.rules` or `.starrc.yaml`'s `rules:`, markdownlint-style: a
// severity or 'off', or `{ severity?, ...options }`. Each option is checked on its own against the
// rule's schema: a bad or unknown option is reported and dropped, so the rule uses its default for
// that option only, and the severity and the other options still apply.

export const SEVERITY_WORDS = 'error, warning, info, hint or off';

export interface RuleSettingProblem {
  /** Where, under the rule's entry: [] for the entry itself, ['severity'] or [option, …]. */
  path: (string | number)[];
  /** The offending key is unknown (report it on the key) rather than its value being bad. */
  unknownKey: boolean;
  /** What is wrong and what to use instead, without the rule id. */
  message: string;
}

export interface ReadRuleSetting {
  /** What is valid of the entry; undefined when nothing is. */
  setting?: RuleSetting;
  problems: RuleSettingProblem[];
}

interface SafeParser {
  safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: ZodIssueLike[] } };
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  values?: unknown[];
}

/** The options a rule declares, by name (none for the engine's own findings). */
export function optionShape(ruleId: string): Record<string, SafeParser> {
  const rule: AnyRule | undefined = STORY_RULES.find((r) => r.id === ruleId);
  const shape = (rule?.options as unknown as { shape?: Record<string, SafeParser> } | undefined)?.shape;
  return shape ?? {};
}

function expectation(issue: ZodIssueLike | undefined): string {
  if (!issue) return 'an invalid value';
  const items = issue.origin === 'array';
  switch (issue.code) {
    case 'too_small':
      return items ? `at least ${String(issue.minimum)} items` : `at least ${String(issue.minimum)}`;
    case 'too_big':
      return items ? `at most ${String(issue.maximum)} items` : `at most ${String(issue.maximum)}`;
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int' ? 'a number' : `a ${issue.expected ?? 'different'} value`;
    case 'invalid_value':
      return `one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return 'a valid value';
  }
}

function describe(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

/**
 * `sections:` of a rule's setting: a severity or 'off' per section the rule reports in, e.g.
 * `{ situation: off, action: error }`. Each entry is checked on its own.
 */
function readSections(ruleId: string, value: unknown, problems: RuleSettingProblem[]): Partial<Record<SectionKind, RuleLevel>> | undefined {
  const kinds: readonly string[] = STORY_RULES.find((r) => r.id === ruleId)?.sections ?? [];
  if (kinds.length === 0) {
    problems.push({ path: ['sections'], unknownKey: true, message: 'unknown option "sections" (this rule reports on the whole story, not section by section)' });
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ path: ['sections'], unknownKey: false, message: `sections ${describe(value)} must map sections (${kinds.join(', ')}) to ${SEVERITY_WORDS}` });
    return undefined;
  }
  const out: Partial<Record<SectionKind, RuleLevel>> = {};
  for (const [kind, level] of Object.entries(value as Record<string, unknown>)) {
    if (!kinds.includes(kind)) {
      problems.push({ path: ['sections', kind], unknownKey: true, message: `"${kind}" is not a section this rule reports in (its sections are ${kinds.join(', ')})` });
      continue;
    }
    const parsed = ruleLevelSchema.safeParse(level);
    if (parsed.success) out[kind as SectionKind] = parsed.data;
    else problems.push({ path: ['sections', kind], unknownKey: false, message: `sections.${kind} ${describe(level)} is not one of ${SEVERITY_WORDS}` });
  }
  return out;
}

/** Checks one rule's setting; whatever is valid of it is kept. */
export function readRuleSetting(ruleId: string, value: unknown): ReadRuleSetting {
  if (typeof value === 'string') {
    const parsed = ruleLevelSchema.safeParse(value);
    if (parsed.success) return { setting: parsed.data, problems: [] };
    return { problems: [{ path: [], unknownKey: false, message: `${describe(value)} is not a severity: use ${SEVERITY_WORDS}` }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [{ path: [], unknownKey: false, message: `${Array.isArray(value) ? 'a list' : describe(value)} is not a severity: use ${SEVERITY_WORDS}, or a mapping of severity and the rule's options` }] };
  }
  const problems: RuleSettingProblem[] = [];
  const shape = optionShape(ruleId);
  const names = Object.keys(shape);
  const setting: { severity?: RuleLevel; [option: string]: unknown } = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'severity') {
      const parsed = ruleLevelSchema.safeParse(v);
      if (parsed.success) setting.severity = parsed.data;
      else problems.push({ path: ['severity'], unknownKey: false, message: `severity ${describe(v)} is not one of ${SEVERITY_WORDS}` });
      continue;
    }
    if (key === 'sections') {
      const sections = readSections(ruleId, v, problems);
      if (sections) setting.sections = sections;
      continue;
    }
    const option = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!option) {
      const known = names.length ? `its options are ${names.join(', ')}` : 'it has no options besides severity';
      problems.push({ path: [key], unknownKey: true, message: `unknown option "${key}" (${known})` });
      continue;
    }
    const parsed = option.safeParse(v);
    if (parsed.success) {
      setting[key] = parsed.data;
      continue;
    }
    const issue = parsed.error?.issues[0];
    const at = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
    problems.push({ path: [key, ...at], unknownKey: false, message: `option ${[key, ...at].join('.')} ${describe(v)} must be ${expectation(issue)}; its default is used` });
  }
  return { setting, problems };
}

/** The options a rule runs with: each given option that its schema accepts, the defaults for the rest. */
export function parseRuleOptions(rule: AnyRule, given: Record<string, unknown>): unknown {
  const whole = rule.options.safeParse(given);
  if (whole.success) return whole.data;
  const shape = optionShape(rule.id);
  const valid: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(given)) {
    if (Object.hasOwn(shape, key) && shape[key].safeParse(v).success) valid[key] = v;
  }
  const partial = rule.options.safeParse(valid);
  return partial.success ? partial.data : rule.options.parse({});
}
