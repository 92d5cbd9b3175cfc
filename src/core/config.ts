import * as z from 'zod/mini';
import { LEVELS, SEVERITIES, type Level, type Severity } from './types';
import type { PhraseListName } from './coaching/types';

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
export const ruleSettingSchema = z.union([severitySchema, z.literal('off')]);
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

const phraseSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(PHRASE_LIMITS.length));
export const phrasesSchema = z.strictObject(
  Object.fromEntries(PHRASE_LIST_NAMES.map((n) => [n, z.optional(z.array(phraseSchema).check(z.maxLength(PHRASE_LIMITS.perList)))])),
) as unknown as z.ZodMiniType<Partial<Record<PhraseListName, string[]>>>;

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
});
export type Settings = z.infer<typeof settingsSchema>;

/** What the engine needs to check a text. */
export interface EngineConfig {
  level: Level;
  wordsPerMinute: number;
  timeTolerance: number;
  /** Per-rule severity override or 'off'. */
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
    if (layer.rules) config.rules = { ...config.rules, ...layer.rules };
    if (layer.phrases) {
      for (const name of PHRASE_LIST_NAMES) {
        const extra = layer.phrases[name];
        if (extra?.length) config.phrases[name] = [...(config.phrases[name] ?? []), ...extra];
      }
    }
  }
  return config;
}

/** A stable key for caching analyses: equal configs give equal keys. */
export function configKey(config: EngineConfig): string {
  const rules = Object.keys(config.rules)
    .sort()
    .map((k) => `${k}=${config.rules[k]}`)
    .join(',');
  const phrases = PHRASE_LIST_NAMES.map((n) => (config.phrases[n] ?? []).join('\u0001')).join('\u0002');
  return `${config.level}|${config.wordsPerMinute}|${config.timeTolerance}|${rules}|${phrases}`;
}
