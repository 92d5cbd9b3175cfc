import * as z from 'zod/mini';
import { LEVELS, SEVERITIES, type Level, type Severity } from './types';
import type { PhraseListName } from './coaching/types';
import { BANK_LIMITS } from './bankGoals';

// One place for every setting's default. The same keys are read from VS Code settings
// (`starStory.*`), from a workspace `.starrc.yaml` and from the CLI's flags.

export const DEFAULTS = {
  level: 'sde2' as Level,
  wordsPerMinute: 150,
  /** Percent over a section's target before `section-over-time` fires. */
  timeTolerance: 20,
  debounceMs: 250,
  run: 'onType' as 'onType' | 'onSave',
  codeLens: true,
  statusBar: true,
  /** Files larger than this (bytes) are checked on save / on demand only. */
  maxFileSize: 5 * 1024 * 1024,
};

/** Caps on what a workspace may add: it can come from a repository nobody vetted. */
export const PHRASE_LIMITS = { perList: 200, length: 80 };

export const PHRASE_LIST_NAMES: readonly PhraseListName[] = [
  'handOff',
  'vagueOutcome',
  'hedges',
  'scopeBoundary',
  'assigned',
  'genericReflection',
  'businessImpact',
  'secondOrder',
  'systemic',
];

export const severitySchema = z.enum(SEVERITIES as [Severity, ...Severity[]]);
/** A severity, or 'off' to turn the rule off. */
export const ruleLevelSchema = z.union([severitySchema, z.literal('off')]);
export type RuleLevel = z.infer<typeof ruleLevelSchema>;
/**
 * A rule's setting, markdownlint-style: a severity or 'off', or an object of an optional
 * `severity` plus the rule's own options (checked against the rule's schema in ruleSettings.ts).
 */
export type RuleSetting = RuleLevel | { severity?: RuleLevel; [option: string]: unknown };
export const ruleSettingSchema: z.ZodMiniType<RuleSetting> = z.union([ruleLevelSchema, z.looseObject({ severity: z.optional(ruleLevelSchema) })]);

function isRuleObject(setting: RuleSetting | undefined): setting is { severity?: RuleLevel; [option: string]: unknown } {
  return typeof setting === 'object' && setting !== null;
}

/** The severity (or 'off') a rule's setting asks for; undefined keeps the rule's own. */
export function ruleLevel(setting: RuleSetting | undefined): RuleLevel | undefined {
  return isRuleObject(setting) ? setting.severity : setting;
}

/** The options part of a rule's setting: everything but `severity`. */
export function ruleOptionValues(setting: RuleSetting | undefined): Record<string, unknown> {
  if (!isRuleObject(setting)) return {};
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(setting)) if (key !== 'severity') options[key] = value;
  return options;
}

/** A later layer's setting over an earlier one's: its severity wins when it has one, its options merge over. */
export function mergeRuleSetting(earlier: RuleSetting | undefined, later: RuleSetting): RuleSetting {
  if (earlier === undefined || (!isRuleObject(earlier) && !isRuleObject(later))) return later;
  const options = { ...ruleOptionValues(earlier), ...ruleOptionValues(later) };
  const severity = ruleLevel(later) ?? ruleLevel(earlier);
  if (Object.keys(options).length === 0 && severity !== undefined) return severity;
  return severity === undefined ? options : { ...options, severity };
}

const phraseSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(PHRASE_LIMITS.length));
export const phrasesSchema = z.strictObject(
  Object.fromEntries(PHRASE_LIST_NAMES.map((n) => [n, z.optional(z.array(phraseSchema).check(z.maxLength(PHRASE_LIMITS.perList)))])),
) as unknown as z.ZodMiniType<Partial<Record<PhraseListName, string[]>>>;

/**
 * Story Bank goals (src/core/bank.ts): `bank.storiesPerPrinciple`, `bank.principles` (names, ids
 * or aliases; unknown ones are reported and left out), `bank.maxPrinciplesPerStory`.
 */
export const bankSettingsSchema = z.strictObject({
  storiesPerPrinciple: z.optional(z.int().check(z.minimum(BANK_LIMITS.storiesPerPrinciple.min), z.maximum(BANK_LIMITS.storiesPerPrinciple.max))),
  principles: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(120))).check(z.maxLength(64))),
  maxPrinciplesPerStory: z.optional(z.int().check(z.minimum(BANK_LIMITS.maxPrinciplesPerStory.min), z.maximum(BANK_LIMITS.maxPrinciplesPerStory.max))),
});

/** Settings as a user writes them: every key optional. */
export const settingsSchema = z.strictObject({
  level: z.optional(z.enum(LEVELS as [Level, ...Level[]])),
  wordsPerMinute: z.optional(z.int().check(z.minimum(60), z.maximum(400))),
  timeTolerance: z.optional(z.number().check(z.minimum(0), z.maximum(500))),
  debounceMs: z.optional(z.int().check(z.minimum(0), z.maximum(10000))),
  run: z.optional(z.enum(['onType', 'onSave'])),
  codeLens: z.optional(z.boolean()),
  statusBar: z.optional(z.boolean()),
  maxFileSize: z.optional(z.int().check(z.minimum(1024))),
  rules: z.optional(z.record(z.string(), ruleSettingSchema)),
  phrases: z.optional(phrasesSchema),
  bank: z.optional(bankSettingsSchema),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What the engine needs to check a text. */
export interface EngineConfig {
  level: Level;
  wordsPerMinute: number;
  timeTolerance: number;
  /** Per rule: a severity override or 'off', or an object of `severity` and the rule's options. */
  rules: Record<string, RuleSetting>;
  /** Extra literal phrases added to the built-in lists. */
  phrases: Partial<Record<PhraseListName, string[]>>;
}

export function defaultEngineConfig(): EngineConfig {
  return {
    level: DEFAULTS.level,
    wordsPerMinute: DEFAULTS.wordsPerMinute,
    timeTolerance: DEFAULTS.timeTolerance,
    rules: {},
    phrases: {},
  };
}

/** Layers settings over the defaults; later layers win, phrase lists add up. */
export function resolveEngineConfig(...layers: (Settings | undefined)[]): EngineConfig {
  const config = defaultEngineConfig();
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.level) config.level = layer.level;
    if (layer.wordsPerMinute !== undefined) config.wordsPerMinute = layer.wordsPerMinute;
    if (layer.timeTolerance !== undefined) config.timeTolerance = layer.timeTolerance;
    if (layer.rules) {
      const rules = { ...config.rules };
      for (const [id, setting] of Object.entries(layer.rules)) rules[id] = mergeRuleSetting(Object.hasOwn(rules, id) ? rules[id] : undefined, setting);
      config.rules = rules;
    }
    if (layer.phrases) {
      for (const name of PHRASE_LIST_NAMES) {
        const extra = layer.phrases[name];
        if (extra?.length) config.phrases[name] = [...(config.phrases[name] ?? []), ...extra];
      }
    }
  }
  return config;
}

/** JSON with object keys sorted, so that equal options give equal text whatever their order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A stable key for caching analyses: equal configs give equal keys. */
export function configKey(config: EngineConfig): string {
  const rules = Object.keys(config.rules)
    .sort()
    .map((k) => {
      const setting = config.rules[k];
      const options = ruleOptionValues(setting);
      return `${k}=${ruleLevel(setting) ?? ''}${Object.keys(options).length ? stableJson(options) : ''}`;
    })
    .join(',');
  const phrases = PHRASE_LIST_NAMES.map((n) => (config.phrases[n] ?? []).join('\u0001')).join('\u0002');
  return `${config.level}|${config.wordsPerMinute}|${config.timeTolerance}|${rules}|${phrases}`;
}
