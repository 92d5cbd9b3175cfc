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
/** A severity, or 'off' to turn the rule off. */
export const ruleLevelSchema = z.union([severitySchema, z.literal('off')]);
export type RuleLevel = z.infer<typeof ruleLevelSchema>;
/**
 * A rule's setting, markdownlint-style: a severity or 'off', or an object of an optional
 * `severity`, optional per-section severities (`sections`) and the rule's own options (checked
 * against the rule's schema in ruleSettings.ts).
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

/** Per-section severities of a rule's setting (`sections: { situation: off, … }`), if any. */
export function sectionLevels(setting: RuleSetting | undefined): Partial<Record<string, RuleLevel>> | undefined {
  const sections = isRuleObject(setting) ? setting.sections : undefined;
  return typeof sections === 'object' && sections !== null && !Array.isArray(sections) ? (sections as Partial<Record<string, RuleLevel>>) : undefined;
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
  // Per-section severities merge section by section.
  const a = sectionLevels(earlier);
  const b = sectionLevels(later);
  if (a && b) options.sections = { ...a, ...b };
  const severity = ruleLevel(later) ?? ruleLevel(earlier);
  if (Object.keys(options).length === 0 && severity !== undefined) return severity;
  return severity === undefined ? options : { ...options, severity };
}

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

/** A problem with one part of a phrases setting, located by its path under `phrases`. */
export interface PhraseSettingProblem {
  /** [] for the whole setting, [list] for a list (or its key when unknownKey), [list, index] for one phrase. */
  path: (string | number)[];
  unknownKey: boolean;
  /** A whole sentence: what is wrong, with the value, and what to write instead. */
  message: string;
}

/** A value as the user wrote it, short: "staff", 404, a list, a mapping. */
export function shownValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 37)}…"` : json;
}

/**
 * `phrases`, list by list and phrase by phrase: an unknown list, a list that is not a list, or a
 * bad phrase is reported and dropped on its own, and every valid phrase beside it still applies.
 */
export function readPhraseLists(value: unknown): { phrases: Partial<Record<PhraseListName, string[]>>; problems: PhraseSettingProblem[] } {
  const phrases: Partial<Record<PhraseListName, string[]>> = {};
  const problems: PhraseSettingProblem[] = [];
  const names = PHRASE_LIST_NAMES.join(', ');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ path: [], unknownKey: false, message: `phrases: ${shownValue(value)} is not a mapping: give phrase lists (${names}), each a list of phrases.` });
    return { phrases, problems };
  }
  for (const [name, list] of Object.entries(value as Record<string, unknown>)) {
    if (!(PHRASE_LIST_NAMES as readonly string[]).includes(name)) {
      problems.push({ path: [name], unknownKey: true, message: `phrases: unknown phrase list "${name}" is ignored; the lists are ${names}.` });
      continue;
    }
    if (list === null || list === undefined) continue; // `hedges:` with nothing under it
    if (!Array.isArray(list)) {
      problems.push({ path: [name], unknownKey: false, message: `phrases.${name}: ${shownValue(list)} is not a list: put each phrase on its own line, starting with "- ".` });
      continue;
    }
    const kept: string[] = [];
    let capped = false;
    list.forEach((phrase: unknown, i) => {
      const where = `phrases.${name}, item ${i + 1}`;
      if (typeof phrase !== 'string') {
        problems.push({ path: [name, i], unknownKey: false, message: `${where}: ${shownValue(phrase)} is not a phrase: write text (in quotes if it is a number).` });
      } else if (phrase.trim().length === 0) {
        problems.push({ path: [name, i], unknownKey: false, message: `${where} is empty: write a phrase or delete the line.` });
      } else if (phrase.trim().length > PHRASE_LIMITS.length) {
        problems.push({ path: [name, i], unknownKey: false, message: `${where} is ${phrase.trim().length} characters long; a phrase may have at most ${PHRASE_LIMITS.length}: it is ignored.` });
      } else if (kept.length === PHRASE_LIMITS.perList) {
        if (!capped) problems.push({ path: [name, i], unknownKey: false, message: `phrases.${name} has ${list.length} phrases; a list may have at most ${PHRASE_LIMITS.perList}: the ones from here on are ignored.` });
        capped = true;
      } else {
        kept.push(phrase.trim());
      }
    });
    if (kept.length) phrases[name as PhraseListName] = kept;
  }
  return { phrases, problems };
}
