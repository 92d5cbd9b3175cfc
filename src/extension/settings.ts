// Maps `starStory.*` editor settings onto the engine's Settings shape, key by key, so one bad
// value falls back to its default without taking the others with it. No `vscode` import:
// unit-tested in plain Node.
import { ruleSettingSchema, settingsSchema, type Settings } from '../core/config';
import { RULE_IDS } from '../core/rules';
import { CONFIG_SECTION, SETTINGS } from './constants';

type SettingsKey = keyof Settings;

/** Editor setting name -> engine Settings key. */
const SETTING_TO_KEY: readonly (readonly [string, SettingsKey])[] = [
  [SETTINGS.rules, 'rules'],
  [SETTINGS.wordsPerMinute, 'wordsPerMinute'],
  [SETTINGS.level, 'level'],
  [SETTINGS.timeTolerance, 'timeTolerance'],
  [SETTINGS.debounceMs, 'debounceMs'],
  [SETTINGS.run, 'run'],
  [SETTINGS.codeLens, 'codeLens'],
  [SETTINGS.statusBar, 'statusBar'],
  [SETTINGS.maxFileSize, 'maxFileSize'],
  [SETTINGS.phrases, 'phrases'],
];

export interface InvalidSetting {
  /** Full setting name, e.g. `starStory.level`. */
  setting: string;
  message: string;
}

export interface ReadSettings {
  settings: Settings;
  invalid: InvalidSetting[];
}

/**
 * Reads every `starStory.*` value through `get` (the setting name without the prefix) and
 * keeps only the values the engine's schema accepts. `rules` is checked entry by entry:
 * an unknown rule id or a bad severity drops that entry only.
 */
export function readSettings(get: (name: string) => unknown): ReadSettings {
  const settings: Record<string, unknown> = {};
  const invalid: InvalidSetting[] = [];
  const shape = settingsSchema.shape;
  for (const [name, key] of SETTING_TO_KEY) {
    const value = get(name);
    if (value === undefined || value === null) continue;
    const setting = `${CONFIG_SECTION}.${name}`;
    if (key === 'rules') {
      settings.rules = readRules(value, setting, invalid);
      continue;
    }
    const parsed = shape[key].safeParse(value);
    if (parsed.success) settings[key] = parsed.data;
    else invalid.push({ setting, message: `${setting} has an invalid value (${describe(value)}); the default is used.` });
  }
  return { settings: settings as Settings, invalid };
}

function readRules(value: unknown, setting: string, invalid: InvalidSetting[]): Settings['rules'] {
  if (typeof value !== 'object' || Array.isArray(value)) {
    invalid.push({ setting, message: `${setting} must map rule ids to a severity or "off"; it is ignored.` });
    return {};
  }
  const known = new Set(RULE_IDS);
  const rules: NonNullable<Settings['rules']> = {};
  const bad: string[] = [];
  for (const [ruleId, severity] of Object.entries(value as Record<string, unknown>)) {
    const parsed = ruleSettingSchema.safeParse(severity);
    if (known.has(ruleId) && parsed.success) rules[ruleId] = parsed.data;
    else bad.push(known.has(ruleId) ? `${ruleId}: ${describe(severity)}` : `unknown rule "${ruleId}"`);
  }
  if (bad.length) {
    invalid.push({
      setting,
      message: `${setting}: ${bad.join('; ')} ignored (use error, warning, info, hint or off).`,
    });
  }
  return rules;
}

function describe(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}
