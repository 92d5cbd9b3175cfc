// Maps `starStory.*` editor settings onto the engine's Settings shape, key by key, so one bad
// value falls back to its default without taking the others with it. No `vscode` import:
// unit-tested in plain Node.
import { readPhraseLists, settingsSchema, type Settings } from '../core/config';
import { readRuleSetting } from '../core/ruleSettings';
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
 * an unknown rule id or a bad severity drops that entry only, a bad or unknown option that
 * option only (the rule uses its default for it).
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
    if (key === 'phrases') {
      // List by list: an unknown list or a bad phrase does not take the valid ones with it.
      const read = readPhraseLists(value);
      if (Object.keys(read.phrases).length) settings.phrases = read.phrases;
      if (read.problems.length) invalid.push({ setting, message: read.problems.map((p) => `${CONFIG_SECTION}.${p.message}`).join(' ') });
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
    invalid.push({ setting, message: `${setting} must map rule ids to a severity or "off", or to an object of severity and options; it is ignored.` });
    return {};
  }
  const known = new Set(RULE_IDS);
  const rules: NonNullable<Settings['rules']> = {};
  const bad: string[] = [];
  const badOptions: string[] = [];
  for (const [ruleId, entry] of Object.entries(value as Record<string, unknown>)) {
    if (!known.has(ruleId)) {
      bad.push(`unknown rule "${ruleId}"`);
      continue;
    }
    const read = readRuleSetting(ruleId, entry);
    if (read.setting !== undefined) rules[ruleId] = read.setting;
    for (const p of read.problems) {
      if (p.path.length === 0 || p.path[0] === 'severity') bad.push(`${ruleId}: ${describe(p.path.length ? (entry as Record<string, unknown>).severity : entry)}`);
      else badOptions.push(`${ruleId}: ${p.message}`);
    }
  }
  const parts: string[] = [];
  if (bad.length) parts.push(`${bad.join('; ')} ignored (use error, warning, info, hint or off)`);
  if (badOptions.length) parts.push(badOptions.join('; '));
  // One warning per setting, however many entries are wrong.
  if (parts.length) invalid.push({ setting, message: `${setting}: ${parts.join('; ')}.` });
  return rules;
}

function describe(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}
