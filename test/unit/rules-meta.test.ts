import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinModules } from 'module';
import { RULES, RULE_IDS, STORY_RULES } from '../../src/core/rules';
import { getTip } from '../../src/core/coaching';
import { describeRule } from '../../scripts/gen-docs';
import { currentRulesTable, README, rulesTable } from '../../scripts/gen-readme';
import { listFixtures, ROOT } from './fixtureHarness';

// Checks on the repository itself: every rule is documented, coached and tested, the README's
// rules table is generated from the registry, and the engine stays free of editor and Node APIs.

/** Rules that cannot be made to fire from a story: a rule that throws is simulated in engine.test.ts. */
const NO_FIRES_FIXTURE = new Set(['rule-error']);

/** Packages the engine may import: pure JavaScript that runs in a web worker. */
const ENGINE_PACKAGES = new Set(['yaml', 'zod', 'zod/mini']);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Module specifiers of every import, export-from, require() and import() in a source file. */
function specifiers(source: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

describe('rules metadata', () => {
  it('lists every rule once, with a kebab-case id', () => {
    assert.ok(RULES.length >= 20, `only ${RULES.length} rules`);
    assert.strictEqual(new Set(RULE_IDS).size, RULE_IDS.length, 'duplicate rule ids');
    for (const id of RULE_IDS) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/, `"${id}" is not kebab-case`);
    assert.deepStrictEqual([...RULE_IDS], RULES.map((r) => r.id));
  });

  it('describes every rule in one sentence with a default severity', () => {
    for (const rule of RULES) {
      const description = describeRule(rule.id);
      assert.ok(description.length >= 20 && !description.includes('\n'), `${rule.id}: description "${description}"`);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(rule.defaultSeverity), `${rule.id}: severity ${rule.defaultSeverity}`);
    }
  });

  for (const rule of RULES) {
    it(`${rule.id}: has a tip with both a weak and a strong example`, () => {
      const tip = getTip(rule.tipId);
      assert.ok(tip, `no tip "${rule.tipId}" for ${rule.id}`);
      assert.ok(tip.title && tip.hears && tip.instead && tip.weak && tip.strong, `${rule.id}: the tip has an empty field`);
      assert.notStrictEqual(tip.weak, tip.strong);
    });
  }

  it('gives every story rule options whose schema accepts {} (all defaults)', () => {
    for (const rule of STORY_RULES) {
      const parsed = rule.options.safeParse({});
      assert.ok(parsed.success, `${rule.id}: options schema rejects {}`);
      assert.strictEqual(typeof parsed.data, 'object', `${rule.id}: options parse to ${typeof parsed.data}`);
    }
  });

  it('has a fires- and a clean- fixture for every rule', () => {
    const fixtures = listFixtures();
    const missing: string[] = [];
    for (const id of RULE_IDS) {
      const mine = fixtures.filter((f) => f.startsWith(`${id}/`)).map((f) => f.slice(id.length + 1));
      if (!NO_FIRES_FIXTURE.has(id) && !mine.some((f) => f.startsWith('fires-'))) missing.push(`test/fixtures/rules/${id}/fires-*.star.md`);
      if (!mine.some((f) => f.startsWith('clean-'))) missing.push(`test/fixtures/rules/${id}/clean-*.star.md`);
    }
    assert.deepStrictEqual(missing, [], `fixtures missing:\n${missing.join('\n')}`);
  });

  it('keeps no fixture folder for a rule that no longer exists', () => {
    const dirs = fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'rules'), { withFileTypes: true }).filter((d) => d.isDirectory());
    for (const d of dirs) assert.ok(RULE_IDS.includes(d.name), `test/fixtures/rules/${d.name} is not a rule id`);
  });
});

describe('README rules table', () => {
  const readme = fs.existsSync(README) ? fs.readFileSync(README, 'utf8') : '';

  it('is the table scripts/gen-readme.ts generates (run `npm run docs` after changing a rule)', () => {
    const table = currentRulesTable(readme);
    assert.ok(table !== null, 'README.md has no <!-- rules:start --> … <!-- rules:end --> block');
    assert.strictEqual(table, rulesTable());
  });

  it('has a row linking each rule to its docs page', () => {
    for (const id of RULE_IDS) assert.ok(readme.includes(`| [\`${id}\`](docs/rules/${id}.md) |`), `README.md has no row for ${id}`);
  });

  it('escapes pipes in the generated cells', () => {
    const table = rulesTable([{ id: 'a-rule', description: 'this | that', defaultSeverity: 'info', sections: ['action'], tipId: 'a-rule' }]);
    assert.strictEqual(table.split('\n')[2], '| [`a-rule`](docs/rules/a-rule.md) | info | Action | this \\| that |');
  });
});

describe('engine purity', () => {
  const files = sourceFiles(path.join(ROOT, 'src', 'core'));
  const builtins = new Set(builtinModules);

  it('finds the engine sources', () => {
    assert.ok(files.length >= 20, `only ${files.length} files under src/core`);
    assert.ok(specifiers(fs.readFileSync(path.join(ROOT, 'src', 'core', 'check.ts'), 'utf8')).includes('./parse'));
  });

  it('never imports vscode, a Node built-in or any package besides yaml and zod', () => {
    const bad: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(fs.readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.')) continue;
        if (spec === 'vscode' || spec.startsWith('node:') || builtins.has(spec.split('/')[0]) || !ENGINE_PACKAGES.has(spec)) {
          bad.push(`${path.relative(ROOT, file)}: ${spec}`);
        }
      }
    }
    assert.deepStrictEqual(bad, []);
  });

  it('recognises the import forms it greps for', () => {
    const sample = "import * as fs from 'fs';\nimport type { X } from \"vscode\";\nexport { y } from './y';\nimport 'node:path';\nconst c = require('crypto');\nconst d = await import('os');";
    assert.deepStrictEqual(specifiers(sample), ['fs', 'vscode', './y', 'node:path', 'crypto', 'os']);
  });
});
