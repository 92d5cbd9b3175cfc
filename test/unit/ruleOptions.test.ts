import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, check } from '../../src/core/check';
import { configKey, resolveEngineConfig, type EngineConfig } from '../../src/core/config';
import { IncrementalChecker } from '../../src/core/incremental';
import { RULE_IDS, STORY_RULES } from '../../src/core/rules';
import { optionShape } from '../../src/core/ruleSettings';
import { parseStarrc } from '../../src/core/starrc';
import { readSettings } from '../../src/extension/settings';

// Rule options, markdownlint-style: `"few-action-steps": { "severity": "warning", "minimum": 4 }`
// in settings and `.starrc.yaml`, validated per option, layered, part of the config key.

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'rules');
const read = (rule: string, name: string) => fs.readFileSync(path.join(FIXTURES, rule, name), 'utf8');
/** Three "I" steps and no finding at the defaults. */
const THREE_STEPS = read('rule-error', 'clean-ordinary-story.star.md');
/** No scope boundary, principle Ownership. */
const NO_BOUNDARY = read('missing-scope-boundary', 'fires-no-boundary.star.md');

const ids = (text: string, config?: Partial<EngineConfig>, rule?: string) =>
  check(text, config)
    .findings.filter((f) => rule === undefined || f.ruleId === rule)
    .map((f) => `${f.ruleId}:${f.severity}`);

function withoutSection(text: string, heading: string): string {
  const start = text.indexOf(`## ${heading}`);
  const next = text.indexOf('\n## ', start + 1);
  return text.slice(0, start) + (next < 0 ? '' : text.slice(next + 1));
}

describe('rule options', () => {
  describe('check() honours them', () => {
    it('few-action-steps: a minimum of 4 fires on three steps, the default of 3 does not', () => {
      assert.deepStrictEqual(ids(THREE_STEPS, undefined, 'few-action-steps'), []);
      assert.deepStrictEqual(ids(THREE_STEPS, { rules: { 'few-action-steps': { minimum: 4 } } }, 'few-action-steps'), ['few-action-steps:info']);
      const f = check(THREE_STEPS, { rules: { 'few-action-steps': { severity: 'error', minimum: 4 } } }).findings.find((x) => x.ruleId === 'few-action-steps');
      assert.strictEqual(f?.severity, 'error');
      assert.match(f?.message ?? '', /at least 4 things/);
      assert.deepStrictEqual(ids(THREE_STEPS, { rules: { 'few-action-steps': { severity: 'off', minimum: 4 } } }, 'few-action-steps'), []);
    });

    it('an option the schema rejects (through the API) falls back to its default', () => {
      assert.deepStrictEqual(ids(THREE_STEPS, { rules: { 'few-action-steps': { minimum: 99 } } }, 'few-action-steps'), []);
      assert.deepStrictEqual(ids(THREE_STEPS, { rules: { 'few-action-steps': { minimum: 'four', nope: 1 } } }, 'few-action-steps'), []);
    });

    it('missing-section: `required` without reflection leaves a story with no Reflection alone', () => {
      const noReflection = withoutSection(THREE_STEPS, 'Reflection');
      // Up to SDE II a missing Reflection is info; from senior a warning.
      assert.deepStrictEqual(ids(noReflection, undefined, 'missing-section'), ['missing-section:info']);
      assert.deepStrictEqual(ids(noReflection.replace(/^level: \w+$/m, 'level: senior'), undefined, 'missing-section'), ['missing-section:warning']);
      assert.deepStrictEqual(ids(noReflection, { rules: { 'missing-section': { required: ['situation', 'task', 'action', 'result'] } } }, 'missing-section'), []);
    });

    it('missing-scope-boundary: skipPrinciples silences it for stories of those principles only', () => {
      const principles = check(NO_BOUNDARY).stories[0].principles;
      assert.deepStrictEqual(ids(NO_BOUNDARY, undefined, 'missing-scope-boundary'), ['missing-scope-boundary:warning']);
      assert.deepStrictEqual(ids(NO_BOUNDARY, { rules: { 'missing-scope-boundary': { skipPrinciples: principles } } }, 'missing-scope-boundary'), []);
      assert.deepStrictEqual(ids(NO_BOUNDARY, { rules: { 'missing-scope-boundary': { skipPrinciples: ['have-backbone-disagree-and-commit'] } } }, 'missing-scope-boundary'), ['missing-scope-boundary:warning']);
    });
  });

  describe('layering and the config key', () => {
    it('a later layer merges over an earlier one: severity and options', () => {
      const cfg = resolveEngineConfig(
        { rules: { 'few-action-steps': { severity: 'warning', minimum: 4 }, hedging: 'off' } },
        { rules: { 'few-action-steps': { minimum: 5 }, hedging: { severity: 'hint' } } },
        { rules: { 'few-action-steps': 'error' } },
      );
      assert.deepStrictEqual(cfg.rules['few-action-steps'], { minimum: 5, severity: 'error' });
      assert.strictEqual(cfg.rules.hedging, 'hint');
    });

    it('changes when an option changes, not when keys are reordered', () => {
      const base = resolveEngineConfig({ rules: { 'few-action-steps': 'warning' } });
      const four = resolveEngineConfig({ rules: { 'few-action-steps': { severity: 'warning', minimum: 4 } } });
      const five = resolveEngineConfig({ rules: { 'few-action-steps': { severity: 'warning', minimum: 5 } } });
      assert.notStrictEqual(configKey(base), configKey(four));
      assert.notStrictEqual(configKey(four), configKey(five));
      const a = resolveEngineConfig({ rules: { 'generic-reflection': { sharedWords: 3, concreteWords: 2 } } });
      const b = resolveEngineConfig({ rules: { 'generic-reflection': { concreteWords: 2, sharedWords: 3 } } });
      assert.strictEqual(configKey(a), configKey(b));
    });

    it('the incremental checker re-checks when options change and matches a full check', () => {
      const checker = new IncrementalChecker();
      const plain = checker.update(THREE_STEPS, {});
      assert.deepStrictEqual(plain.result.findings.filter((f) => f.ruleId === 'few-action-steps'), []);
      const cfg = resolveEngineConfig({ rules: { 'few-action-steps': { minimum: 4 } } });
      const strict = checker.update(THREE_STEPS, cfg);
      assert.strictEqual(checker.lastUpdate, 'full');
      assert.deepStrictEqual(strict.result, analyze(THREE_STEPS, cfg).result);
      const edited = THREE_STEPS.replace('## Result\n', '## Result\nIn short: ');
      assert.notStrictEqual(edited, THREE_STEPS);
      const again = checker.update(edited, cfg);
      assert.strictEqual(checker.lastUpdate, 'incremental');
      assert.deepStrictEqual(again.result, analyze(edited, cfg).result);
    });
  });

  describe('VS Code settings (starStory.rules)', () => {
    const reader = (rules: unknown) => (name: string) => (name === 'rules' ? rules : undefined);

    it('accepts both forms', () => {
      const { settings, invalid } = readSettings(reader({ hedging: 'off', 'few-action-steps': { severity: 'warning', minimum: 4 }, 'missing-scope-boundary': { skipPrinciples: ['have-backbone-disagree-and-commit'] } }));
      assert.deepStrictEqual(invalid, []);
      assert.deepStrictEqual(settings.rules, { hedging: 'off', 'few-action-steps': { severity: 'warning', minimum: 4 }, 'missing-scope-boundary': { skipPrinciples: ['have-backbone-disagree-and-commit'] } });
    });

    it('a bad or unknown option: one warning naming the rule and the option, the rest kept', () => {
      const { settings, invalid } = readSettings(reader({ 'few-action-steps': { severity: 'error', minimum: 0, maximum: 2 }, 'generic-reflection': { sharedWords: 'many' }, hedging: 'loud' }));
      assert.strictEqual(invalid.length, 1);
      assert.strictEqual(invalid[0].setting, 'starStory.rules');
      const m = invalid[0].message;
      assert.match(m, /hedging: "loud"/);
      assert.match(m, /few-action-steps: option minimum 0 must be at least 1; its default is used/);
      assert.match(m, /few-action-steps: unknown option "maximum" \(its options are minimum\)/);
      assert.match(m, /generic-reflection: option sharedWords "many" must be a number; its default is used/);
      assert.deepStrictEqual(settings.rules, { 'few-action-steps': { severity: 'error' }, 'generic-reflection': {} });
    });

    it('a rule without options says so; a severity that is not one is dropped', () => {
      const { settings, invalid } = readSettings(reader({ hedging: { severity: 'loud', level: 3 } }));
      assert.strictEqual(invalid.length, 1);
      assert.match(invalid[0].message, /hedging: "loud"/);
      assert.match(invalid[0].message, /hedging: unknown option "level" \(it has no options besides severity\)/);
      assert.deepStrictEqual(settings.rules, { hedging: {} });
    });
  });

  describe('package.json starStory.rules schema', () => {
    interface Schema {
      type?: string;
      enum?: string[];
      anyOf?: Schema[];
      properties?: Record<string, Schema>;
      additionalProperties?: boolean | Schema;
      markdownDescription?: string;
    }
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, Schema> }[] } };
    const rules = manifest.contributes.configuration.map((c) => c.properties['starStory.rules']).find((x) => x)!;
    const levels = ['error', 'warning', 'info', 'hint', 'off'];

    it('takes a severity or an object of severity and exactly the rule\'s options, for every rule', () => {
      for (const id of RULE_IDS) {
        const [level, object] = rules.properties![id].anyOf!;
        assert.deepStrictEqual(level.enum, levels, id);
        assert.strictEqual(object.type, 'object', id);
        assert.strictEqual(object.additionalProperties, false, id);
        assert.deepStrictEqual(object.properties!.severity.enum, levels, id);
        const sections = STORY_RULES.find((r) => r.id === id)?.sections ?? [];
        assert.deepStrictEqual(Object.keys(object.properties!).sort(), ['severity', ...(sections.length ? ['sections'] : []), ...Object.keys(optionShape(id))].sort(), id);
        if (sections.length) assert.deepStrictEqual(Object.keys(object.properties!.sections.properties!), sections, id);
      }
      const other = rules.additionalProperties as Schema;
      assert.deepStrictEqual(other.anyOf!.map((a) => a.type), ['string', 'object']);
      assert.match(rules.markdownDescription!, /"few-action-steps": \{ "severity": "warning", "minimum": 4 \}/);
    });
  });

  describe('.starrc.yaml rules:', () => {
    it('accepts both forms', () => {
      const { settings, problems } = parseStarrc('rules:\n  hedging: off\n  few-action-steps:\n    severity: warning\n    minimum: 4\n  missing-section: { required: [situation, task, action, result] }\n');
      assert.deepStrictEqual(problems, []);
      assert.deepStrictEqual(settings.rules, { hedging: 'off', 'few-action-steps': { severity: 'warning', minimum: 4 }, 'missing-section': { required: ['situation', 'task', 'action', 'result'] } });
    });

    it('reports a bad option on its value and an unknown one on its key, keeping the rest', () => {
      const text = 'rules:\n  few-action-steps:\n    severity: error\n    minimum: 40\n    maximum: 2\n  missing-section:\n    required: [situation, epilogue]\n  hedging: { severity: loud }\n';
      const { settings, problems } = parseStarrc(text);
      const at = (p: { start: number; end: number }) => text.slice(p.start, p.end);
      assert.deepStrictEqual(
        problems.map((p) => [p.severity, at(p), p.message]),
        [
          ['error', '40', 'rules.few-action-steps: option minimum 40 must be at most 20; its default is used.'],
          ['warning', 'maximum', 'rules.few-action-steps: unknown option "maximum" (its options are minimum).'],
          ['error', 'epilogue', 'rules.missing-section: option required.1 ["situation","epilogue"] must be one of "situation", "task", "action", "result", "reflection", "followups"; its default is used.'],
          ['error', 'loud', 'rules.hedging: severity "loud" is not one of error, warning, info, hint or off.'],
        ].map(([s, a, m]) => [s, a, m]),
      );
      assert.deepStrictEqual(settings.rules, { 'few-action-steps': { severity: 'error' }, 'missing-section': {}, hedging: {} });
    });

    it('a rule entry that is a list is one error on its value', () => {
      const text = 'rules:\n  hedging: [warning]\n';
      const { settings, problems } = parseStarrc(text);
      assert.strictEqual(problems.length, 1);
      assert.strictEqual(text.slice(problems[0].start, problems[0].end), '[warning]');
      assert.match(problems[0].message, /^rules\.hedging: a list is not a severity: use error, warning, info, hint or off, or a mapping/);
      assert.deepStrictEqual(settings.rules, {});
    });
  });
});
