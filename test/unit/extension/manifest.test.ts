// The manifest's contributions agree with the code: command ids, setting names, the rule list
// and the defaults all come from one place each.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULTS, PHRASE_LIMITS, PHRASE_LIST_NAMES } from '../../../src/core/config';
import { RULE_IDS } from '../../../src/core/rules';
import { LEVEL_GUIDES } from '../../../src/core/coaching/levels';
import { LEVELS } from '../../../src/core/types';
import { BANK_COMMANDS, COMMANDS, CONFIG_SECTION, REHEARSAL_COMMANDS, REHEARSAL_SETTINGS, SETTINGS } from '../../../src/extension/constants';

interface Property {
  default?: unknown;
  enum?: string[];
  enumDescriptions?: string[];
  enumItemLabels?: string[];
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
    const ids = [...Object.values(COMMANDS), ...Object.values(BANK_COMMANDS), ...Object.values(REHEARSAL_COMMANDS)];
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

  it('gives the Settings editor plain titles: sections named and ordered, no "Star Story:" prefix on each setting', () => {
    const sections = manifest.contributes.configuration as { id?: string; title?: string; order?: number; properties: Record<string, Property> }[];
    assert.ok(sections.length >= 2);
    for (const section of sections) {
      // VS Code drops the part of a setting's key that repeats its section's id: `starStory.<x>`
      // ids turn "Star Story: Level" into "Level".
      assert.match(section.id ?? '', /^starStory\.[a-z]+$/, `${section.title}: id`);
      assert.ok(section.title && !/star story/i.test(section.title), `${section.id}: title`);
      assert.strictEqual(typeof section.order, 'number', `${section.id}: order`);
    }
    assert.strictEqual(new Set(sections.map((s) => s.id)).size, sections.length, 'section ids are unique');
    assert.strictEqual(manifest.displayName, 'STAR Story Coach');
  });

  it('names each level in the level dropdown, with its id', () => {
    const level = properties[`${CONFIG_SECTION}.${SETTINGS.level}`];
    assert.deepStrictEqual(level.enumItemLabels, LEVELS.map((id) => `${LEVEL_GUIDES[id].label} (${id})`));
    for (const [name, p] of Object.entries(properties)) {
      if (p.enumItemLabels) assert.strictEqual(p.enumItemLabels.length, p.enum?.length, name);
    }
  });

  it('wraps words and keeps word suggestions out of prose in stories, as Markdown does', () => {
    const defaults = manifest.contributes.configurationDefaults['[star]'];
    assert.strictEqual(defaults['editor.wordWrap'], 'on');
    assert.deepStrictEqual(defaults['editor.quickSuggestions'], { comments: 'off', strings: 'off', other: 'off' });
    assert.strictEqual(defaults['editor.wordBasedSuggestions'], 'off');
  });

  it('offers Markdown stories from the first Markdown file opened', () => {
    assert.ok(manifest.activationEvents.includes('onLanguage:markdown'));
    assert.deepStrictEqual(properties[`${CONFIG_SECTION}.${SETTINGS.markdown}`].enum, ['ask', 'always', 'never']);
    assert.strictEqual(properties[`${CONFIG_SECTION}.${SETTINGS.markdown}`].default, 'ask');
  });

  it('restricts only the size limit in untrusted workspaces', () => {
    assert.deepStrictEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, [`${CONFIG_SECTION}.${SETTINGS.maxFileSize}`]);
    assert.strictEqual(manifest.capabilities.virtualWorkspaces, true);
  });
});
