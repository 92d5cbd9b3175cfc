// Reads the `starStory.bank.*` editor settings (the Story Bank's goals) key by key, so one bad
// value falls back to its default without taking the others with it. No `vscode` import:
// unit-tested in plain Node. Loaded with the Story Bank (dist/panel.js), not at activation.
import { unknownPrinciples, type BankSettings } from '../core/bankGoals';
import { bankSettingsSchema } from '../core/config';
import { CONFIG_SECTION, SETTINGS } from './constants';
import type { InvalidSetting } from './settings';

export function readBankSettings(get: (name: string) => unknown): { bank: BankSettings; invalid: InvalidSetting[] } {
  const invalid: InvalidSetting[] = [];
  const shape = bankSettingsSchema.shape;
  const keys = [
    [SETTINGS.bankStoriesPerPrinciple, 'storiesPerPrinciple'],
    [SETTINGS.bankPrinciples, 'principles'],
    [SETTINGS.bankMaxPrinciplesPerStory, 'maxPrinciplesPerStory'],
  ] as const;
  const bank: Record<string, unknown> = {};
  for (const [name, key] of keys) {
    const value = get(name);
    if (value === undefined || value === null) continue;
    const setting = `${CONFIG_SECTION}.${name}`;
    const parsed = shape[key].safeParse(value);
    if (!parsed.success) {
      invalid.push({ setting, message: `${setting} has an invalid value (${describeValue(value)}); the default is used.` });
      continue;
    }
    if (key === 'principles') {
      const unknown = unknownPrinciples(parsed.data as string[]);
      if (unknown.length) invalid.push({ setting, message: `${setting}: ${unknown.map((n) => `"${n}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not one of Amazon's Leadership Principles and ${unknown.length === 1 ? 'is' : 'are'} left out.` });
    }
    bank[key] = parsed.data;
  }
  return { bank: bank as BankSettings, invalid };
}


function describeValue(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}
