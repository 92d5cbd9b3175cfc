// The manifest's contributions agree with the code: command ids, setting names, the rule list
// and the defaults all come from one place each.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULTS, PHRASE_LIMITS, PHRASE_LIST_NAMES } from '../../../src/core/config';
import { RULE_IDS } from '../../../src/core/rules';
import { LEVELS } from '../../../src/core/types';
import { COMMANDS, CONFIG_SECTION, REHEARSAL_COMMANDS, REHEARSAL_SETTINGS, SETTINGS } from '../../../src/extension/constants';

interface Property {
  default?: unknown;
  enum?: string[];
  enumDescriptions?: string[];
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, { maxItems?: number; items?: { maxLength?: number } }>;
  scope?: string;
}

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8'));
const properties: Record<string, Property> = Object.assign(
  {},
  ...(manifest.contributes.configuration as { properties: Record<string, Property> }[]).map((c) => c.properties),
);

describe('package.json contributions', () => {
  it('declares every command the code registers, each with an activation event', () => {
    const declared = (manifest.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    const ids = [...Object.values(COMMANDS), ...Object.values(REHEARSAL_COMMANDS)];
    assert.deepStrictEqual(declared, ids.sort());
    for (const id of ids) {
      if (id === COMMANDS.insertSnippetFix) continue;
      assert.ok(manifest.activationEvents.includes(`onCommand:${id}`), id);
    }
    assert.ok(manifest.activationEvents.includes('onLanguage:star'));
  });

  it('hides the internal command from the palette', () => {
    const entry = manifest.contributes.menus.commandPalette.find((m: { command: string }) => m.command === COMMANDS.insertSnippetFix);
    assert.strictEqual(entry?.when, 'false');
  });

  it('declares exactly the settings the code reads, each described, with the engine defaults', () => {
    const names = [...Object.values(SETTINGS), ...Object.values(REHEARSAL_SETTINGS)].map((s) => `${CONFIG_SECTION}.${s}`).sort();
    assert.deepStrictEqual(Object.keys(properties).sort(), names);
    for (const [name, p] of Object.entries(properties)) {
      assert.ok(p.description && p.markdownDescription, `${name} needs descriptions`);
      assert.strictEqual(p.scope, 'resource', name);
      if (p.enum) assert.strictEqual(p.enumDescriptions?.length, p.enum.length, `${name} enumDescriptions`);
    }
    const at = (s: string) => properties[`${CONFIG_SECTION}.${s}`];
    assert.strictEqual(at(SETTINGS.wordsPerMinute).default, DEFAULTS.wordsPerMinute);
    assert.strictEqual(at(SETTINGS.level).default, DEFAULTS.level);
    assert.deepStrictEqual(at(SETTINGS.level).enum, LEVELS);
    assert.strictEqual(at(SETTINGS.timeTolerance).default, DEFAULTS.timeTolerance);
    assert.strictEqual(at(SETTINGS.debounceMs).default, DEFAULTS.debounceMs);
    assert.strictEqual(at(SETTINGS.run).default, DEFAULTS.run);
    assert.strictEqual(at(SETTINGS.codeLens).default, DEFAULTS.codeLens);
    assert.strictEqual(at(SETTINGS.statusBar).default, DEFAULTS.statusBar);
    assert.strictEqual(at(SETTINGS.maxFileSize).default, DEFAULTS.maxFileSize);
  });

  it('lists every rule, and only those, under starStory.rules', () => {
    assert.deepStrictEqual(Object.keys(properties[`${CONFIG_SECTION}.${SETTINGS.rules}`].properties ?? {}).sort(), [...RULE_IDS].sort());
  });

  it('lists every phrase list with the engine limits', () => {
    const lists = properties[`${CONFIG_SECTION}.${SETTINGS.phrases}`].properties ?? {};
    assert.deepStrictEqual(Object.keys(lists).sort(), [...PHRASE_LIST_NAMES].sort());
    for (const list of Object.values(lists)) {
      assert.strictEqual(list.maxItems, PHRASE_LIMITS.perList);
      assert.strictEqual(list.items?.maxLength, PHRASE_LIMITS.length);
    }
  });

  it('restricts only the size limit in untrusted workspaces', () => {
    assert.deepStrictEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, [`${CONFIG_SECTION}.${SETTINGS.maxFileSize}`]);
    assert.strictEqual(manifest.capabilities.virtualWorkspaces, true);
  });
});
