import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES, RULE_IDS } from '../../src/core/rules';
import { ruleDocsUrl } from '../../src/extension/constants';
import { currentSettings, currentSettingsTable, DOCS_DIR, README, ruleDoc, ruleDocs, ruleOptions, settingsTable } from '../../scripts/gen-docs';
import { RULE_DOCS } from '../../scripts/gen-docs';
import { ROOT } from './fixtureHarness';

// The rule pages in docs/rules/ and the README's settings table are generated: one page per rule,
// each identical to what scripts/gen-docs.ts writes now (run `npm run docs` after changing a
// rule, its options or its .text.ts), and the diagnostics link to them.

describe('rule docs', () => {
  const onDisk = fs.existsSync(DOCS_DIR) ? fs.readdirSync(DOCS_DIR).filter((f) => f.endsWith('.md')) : [];

  it('has exactly one page per rule', () => {
    assert.deepStrictEqual([...onDisk].sort(), RULE_IDS.map((id) => `${id}.md`).sort());
  });

  it('has page prose for every rule and none for a rule that is gone', () => {
    assert.deepStrictEqual(Object.keys(RULE_DOCS).sort(), [...RULE_IDS].sort());
    for (const [id, text] of Object.entries(RULE_DOCS)) {
      assert.ok(text.flags.length > 0 && text.why.length > 40, `${id}: what it flags and why`);
    }
  });

  it('explains every option a rule declares, and no option it does not', () => {
    for (const rule of RULES) {
      const declared = ruleOptions(rule.id).map((o) => o.name).sort();
      const explained = Object.keys(RULE_DOCS[rule.id]?.options ?? {}).sort();
      assert.deepStrictEqual(explained, declared, `${rule.id}: options in docs[id].options of its .text.ts vs the rule's schema`);
    }
  });

  for (const rule of RULES) {
    it(`${rule.id}.md is up to date with the generator (npm run docs)`, () => {
      const file = path.join(DOCS_DIR, `${rule.id}.md`);
      assert.ok(fs.existsSync(file), `docs/rules/${rule.id}.md is missing`);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), ruleDoc(rule));
    });
  }

  it('pages show the tip, the options with their defaults, and how to turn the rule off', () => {
    const page = ruleDocs().get('few-action-steps.md') ?? '';
    assert.match(page, /^# `few-action-steps`: /m);
    assert.match(page, /\| `minimum` \| `3` \| a whole number from 1 to 20 \|/);
    assert.match(page, /"starStory\.rules": \{ "few-action-steps": "off" \}/);
    assert.match(page, /<!-- star-disable-next-line few-action-steps -->/);
    const binary = ruleDocs().get('binary-file.md') ?? '';
    assert.doesNotMatch(binary, /star-disable-next-line/, 'comments cannot silence binary-file');
  });

  it('links every diagnostic to its page in the repository named in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } };
    const repo = pkg.repository.url.replace(/\.git$/, '');
    for (const id of RULE_IDS) assert.strictEqual(ruleDocsUrl(id), `${repo}/blob/main/docs/rules/${id}.md`);
  });
});

describe('README settings table', () => {
  const readme = fs.readFileSync(README, 'utf8');

  it('is the table scripts/gen-docs.ts generates from package.json (npm run docs)', () => {
    const table = currentSettingsTable(readme);
    assert.ok(table !== null, 'README.md has no <!-- settings:start --> … <!-- settings:end --> block');
    assert.strictEqual(table, currentSettings());
  });

  it('lists every contributed setting', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, unknown> }[] } };
    const names = pkg.contributes.configuration.flatMap((c) => Object.keys(c.properties));
    assert.ok(names.length >= 8);
    for (const name of names) assert.ok(readme.includes(`| \`${name}\` |`), `README.md has no row for ${name}`);
  });

  it('renders defaults, ranges, enums and setting references', () => {
    const table = settingsTable({
      contributes: {
        configuration: [
          {
            title: 'Group',
            properties: {
              'starStory.a': { type: 'integer', default: 5, minimum: 1, maximum: 9, markdownDescription: 'After `#starStory.b#` | more.' },
              'starStory.b': { type: 'string', enum: ['x', 'y'], default: 'x', description: 'Pick.' },
            },
          },
        ],
      },
    });
    assert.deepStrictEqual(table.split('\n').slice(-2), [
      '| `starStory.a` | `5` | whole number 1–9 | After `starStory.b` \\| more. |',
      '| `starStory.b` | `x` | `x`, `y` | Pick. |',
    ]);
  });
});
