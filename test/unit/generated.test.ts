import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { settingsSchema } from '../../src/core/config';
import { parseStarrc } from '../../src/core/starrc';
import { RULE_IDS, STORY_RULES } from '../../src/core/rules';
import { CONFIG_SECTION, SETTINGS } from '../../src/extension/constants';
import { describeRule } from '../../scripts/gen-docs';
import { discoveredRules, generatedFiles, jsonSchema, manifestWithGenerated, staleFiles, STARRC_SCHEMA } from '../../scripts/generate';
import { ROOT } from './fixtureHarness';

// Everything `npm run docs` (scripts/generate.ts) derives from the rule registry, the settings
// schemas and the parser is committed as generated: this fails, naming the file, when one is stale.

type Json = Record<string, unknown>;

const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8')) as Json;

describe('generated files (npm run docs)', () => {
  const files = generatedFiles();

  it('covers the registry, the manifest, the schema, the grammar, the README and every rule page', () => {
    for (const rel of ['src/core/rules/all.ts', 'src/core/rules/texts.ts', 'package.json', STARRC_SCHEMA, 'syntaxes/star.tmLanguage.json', 'README.md']) {
      assert.ok(files.has(rel), rel);
    }
    assert.strictEqual([...files.keys()].filter((f) => f.startsWith('docs/rules/')).length, RULE_IDS.length);
  });

  it('are all up to date: run `npm run docs` and commit the result', () => {
    const stale = staleFiles(files);
    assert.deepStrictEqual(stale, [], `stale: ${stale.join(', ')}. Run \`npm run docs\` and commit what it writes.`);
  });

  it('registers every rule a rule file exports, each once', () => {
    assert.deepStrictEqual(
      discoveredRules().map((r) => r.id),
      STORY_RULES.map((r) => r.id),
    );
    assert.ok(STORY_RULES.length >= 20);
  });
});

describe('package.json: starStory.rules from the registry', () => {
  const pkg = readJson('package.json') as { contributes: { configuration: { properties: Record<string, Json> }[] } };
  const settings: Record<string, Json> = Object.assign({}, ...pkg.contributes.configuration.map((c) => c.properties));
  const rules = settings[`${CONFIG_SECTION}.${SETTINGS.rules}`].properties as Record<string, { description: string; anyOf: Json[] }>;

  it("describes each rule with the registry's description and declares its options with the schema's bounds", () => {
    for (const rule of STORY_RULES) {
      assert.strictEqual(rules[rule.id].description, describeRule(rule.id), rule.id);
      const options = (rules[rule.id].anyOf[1].properties ?? {}) as Record<string, Json>;
      const declared = Object.keys((jsonSchema(rule.options).properties ?? {}) as Json);
      assert.deepStrictEqual(Object.keys(options).filter((k) => k !== 'severity' && k !== 'sections'), declared, rule.id);
      // Per-section severities, for exactly the sections the rule reports in.
      const sections = options.sections as { properties: Record<string, Json> } | undefined;
      assert.deepStrictEqual(Object.keys(sections?.properties ?? {}), rule.sections, rule.id);
    }
    const minimum = (rules['few-action-steps'].anyOf[1].properties as Record<string, Json>).minimum;
    assert.deepStrictEqual([minimum.minimum, minimum.maximum, minimum.default], [1, 20, 3]);
  });

  it('rewrites only starStory.rules: settings others add by hand are left exactly as written', () => {
    const edited = JSON.parse(JSON.stringify(pkg)) as typeof pkg & { contributes: Json };
    const handWritten = { type: 'integer', default: 2, minimum: 1, description: 'A hand-written setting.' };
    edited.contributes.configuration[0].properties['starStory.bank.storiesPerPrinciple'] = handWritten;
    edited.contributes.configuration.push({ title: 'Another group', properties: { 'starStory.markdown': { type: 'boolean', default: false } } } as never);
    edited.contributes.configuration[0].properties['starStory.rules'] = { stale: true };
    edited.contributes.walkthroughs = [{ id: 'w' }];
    const out = manifestWithGenerated(edited as never) as unknown as typeof edited;
    assert.deepStrictEqual(out.contributes.configuration[0].properties['starStory.bank.storiesPerPrinciple'], handWritten);
    assert.deepStrictEqual(out.contributes.configuration[out.contributes.configuration.length - 1].properties, { 'starStory.markdown': { type: 'boolean', default: false } });
    assert.deepStrictEqual(out.contributes.walkthroughs, [{ id: 'w' }]);
    assert.deepStrictEqual(out.contributes.configuration[0].properties['starStory.rules'], settings['starStory.rules']);
  });

  it('agrees with settingsSchema (src/core/config.ts) on the type and bounds of every hand-written setting', () => {
    const schema = (jsonSchema(settingsSchema).properties ?? {}) as Record<string, Json>;
    // A mapping's keys may be settings of their own: `bank: { goal }` and `starStory.bank.goal`.
    const entries = Object.entries(schema).flatMap(([key, zodSide]) => [
      [key, zodSide] as const,
      ...Object.entries((zodSide.properties ?? {}) as Record<string, Json>).map(([sub, p]) => [`${key}.${sub}`, p] as const),
    ]);
    const compared: string[] = [];
    for (const [key, zodSide] of entries) {
      const name = `${CONFIG_SECTION}.${(SETTINGS as Record<string, string>)[key] ?? key}`;
      const manifestSide = settings[name];
      if (!manifestSide || key === 'rules') continue;
      for (const field of ['type', 'minimum', 'maximum', 'enum', 'maxItems']) {
        // z.int() bounds itself by the safe integers; a setting need not say so.
        if (zodSide[field] !== undefined && Math.abs(Number(zodSide[field])) !== Number.MAX_SAFE_INTEGER) assert.deepStrictEqual(manifestSide[field], zodSide[field], `${name}.${field}`);
      }
      compared.push(key);
    }
    assert.ok(compared.length >= 8, `compared only ${compared.join(', ')}`);
  });
});

function settingsOf(): Record<string, Json> {
  const pkg = readJson('package.json') as { contributes: { configuration: { properties: Record<string, Json> }[] } };
  return Object.assign({}, ...pkg.contributes.configuration.map((c) => c.properties));
}

describe('.starrc.yaml JSON Schema', () => {
  const schema = readJson(STARRC_SCHEMA) as { properties: Record<string, Json>; additionalProperties?: unknown };
  const pkg = readJson('package.json') as { contributes: { yamlValidation: { fileMatch: string[]; url: string }[] } };

  it('is contributed for .starrc.yaml and shipped', () => {
    assert.deepStrictEqual(pkg.contributes.yamlValidation, [{ fileMatch: ['.starrc.yaml'], url: `./${STARRC_SCHEMA}` }]);
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!schemas\/\*\.schema\.json$/m);
  });

  it('has exactly the keys parseStarrc accepts, each with its setting\'s description, and rejects others', () => {
    assert.deepStrictEqual(Object.keys(schema.properties).sort(), Object.keys(settingsSchema.shape).sort());
    for (const [key, p] of Object.entries(schema.properties)) {
      const setting = `${CONFIG_SECTION}.${(SETTINGS as Record<string, string>)[key] ?? key}`;
      const hasSetting = Object.keys(settingsOf()).some((name) => name === setting || name.startsWith(`${setting}.`));
      // A key with no starStory.* setting of its own cannot borrow a description: give it one with z.describe if it needs it.
      if (hasSetting) assert.ok(typeof p.description === 'string' && p.description.length > 10, `${key} has no description`);
    }
    assert.strictEqual((schema.properties.level as { description?: string }).description, settingsOf()['starStory.level'].description);
    assert.strictEqual(schema.additionalProperties, false);
    assert.ok(parseStarrc('colour: blue\n').problems.some((p) => /Unknown key "colour"/.test(p.message)), 'the parser rejects an unknown key too');
  });

  it("lists every rule with the registry's description and its options", () => {
    const rules = schema.properties.rules as { properties: Record<string, { description: string; anyOf: { properties?: Record<string, Json> }[] }> };
    assert.deepStrictEqual(Object.keys(rules.properties), [...RULE_IDS]);
    const options = rules.properties['generic-reflection'].anyOf[1].properties ?? {};
    assert.deepStrictEqual(Object.keys(options), ['severity', 'sections', 'sharedWords', 'concreteWords']);
    assert.deepStrictEqual([options.sharedWords.minimum, options.sharedWords.maximum, options.sharedWords.default], [1, 10, 2]);
  });

  it('keeps the bounds parseStarrc checks: what the schema allows at its edges, the parser accepts, and one past them it rejects', () => {
    const wpm = schema.properties.wordsPerMinute as { minimum: number; maximum: number };
    assert.deepStrictEqual(parseStarrc(`wordsPerMinute: ${wpm.minimum}\n`).problems, []);
    assert.deepStrictEqual(parseStarrc(`wordsPerMinute: ${wpm.maximum}\n`).problems, []);
    assert.strictEqual(parseStarrc(`wordsPerMinute: ${wpm.maximum + 1}\n`).problems.length, 1);
    const phrases = schema.properties.phrases as { properties: Record<string, { maxItems: number; items: { maxLength: number } }> };
    assert.strictEqual(parseStarrc(`phrases:\n  hedges: ["${'x'.repeat(phrases.properties.hedges.items.maxLength + 1)}"]\n`).problems.length, 1);
  });

});
