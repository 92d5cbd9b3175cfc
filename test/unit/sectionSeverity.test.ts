import * as assert from 'assert';
import { check } from '../../src/core/check';
import { configKey, resolveEngineConfig, type RuleSetting } from '../../src/core/config';
import { STORY_RULES } from '../../src/core/rules';
import { parseStarrc } from '../../src/core/starrc';
import { readSettings } from '../../src/extension/settings';

// A severity the user sets for a rule keeps the rule's per-section scale ("we" in the Task stays
// below a "we" in the Action), unless the user sets a section's own.

const STORY = [
  '# The billing exporter',
  '## Situation',
  'Our team ran the billing exporter, and it failed every night.',
  '## Task',
  'We had to stop the failures before the quarter closed.',
  '## Action',
  'We traced the bug to the date parser. I rebuilt the parser. I added tests for every time zone.',
  '## Result',
  'We cut failures from nine a week to zero.',
  '',
].join('\n');

const we = (setting?: RuleSetting) =>
  check(STORY, setting === undefined ? {} : { rules: { 'we-instead-of-i': setting } })
    .findings.filter((f) => f.ruleId === 'we-instead-of-i')
    .map((f) => `${f.sectionKind}:${f.severity}`);

describe('severity per section', () => {
  it('by default, scene-setting "we" in the Task is a hint and the Action a warning (the Situation is not read)', () => {
    assert.deepStrictEqual(we(), ['task:hint', 'action:warning', 'result:info']);
  });

  it('a raised severity keeps the scale: error in the Action, the Task stays below it', () => {
    assert.deepStrictEqual(we('error'), ['task:info', 'action:error', 'result:warning']);
    assert.deepStrictEqual(we({ severity: 'error' }), we('error'));
  });

  it('a lowered severity keeps the scale too, floored at hint', () => {
    assert.deepStrictEqual(we('info'), ['task:hint', 'action:info', 'result:hint']);
    assert.deepStrictEqual(we('hint'), ['task:hint', 'action:hint', 'result:hint']);
  });

  it('per-section severities win over the scale, and off turns a section off', () => {
    assert.deepStrictEqual(we({ severity: 'error', sections: { result: 'off', task: 'warning' } }), ['task:warning', 'action:error']);
    assert.deepStrictEqual(we({ sections: { result: 'error' } }), ['task:hint', 'action:warning', 'result:error']);
    // Off for the rule, on for one section.
    assert.deepStrictEqual(we({ severity: 'off', sections: { action: 'error' } }), ['action:error']);
    assert.deepStrictEqual(we({ severity: 'off', sections: { action: 'off' } }), []);
  });

  it('a rule whose level-dependent severity is above its default gets the user severity, not one above it', () => {
    // result-missing-second-order: info by default, a warning at senior level.
    const senior = '---\nlevel: senior\n---\n# S\n## Situation\nThe export failed.\n## Task\nI fixed it.\n## Action\nI rebuilt the parser.\n## Result\nFailures fell from 9 to 0 a week.\n';
    const second = (rules: Record<string, RuleSetting>) => check(senior, { rules }).findings.filter((f) => f.ruleId === 'result-missing-second-order').map((f) => f.severity);
    assert.deepStrictEqual(second({}), ['warning']);
    assert.deepStrictEqual(second({ 'result-missing-second-order': 'warning' }), ['warning']);
    assert.deepStrictEqual(second({ 'result-missing-second-order': 'error' }), ['error']);
  });

  it('reads sections from .starrc.yaml and settings, checking each entry on its own', () => {
    const text = 'rules:\n  we-instead-of-i:\n    severity: error\n    sections:\n      result: off\n      epilogue: hint\n      task: loud\n  missing-section:\n    sections: { action: off }\n';
    const { settings, problems } = parseStarrc(text);
    assert.deepStrictEqual(settings.rules, { 'we-instead-of-i': { severity: 'error', sections: { result: 'off' } }, 'missing-section': {} });
    assert.deepStrictEqual(
      problems.map((p) => [text.slice(p.start, p.end), p.severity]),
      [
        ['epilogue', 'warning'],
        ['loud', 'error'],
        ['sections', 'warning'],
      ],
    );
    assert.match(problems[0].message, /"epilogue" is not a section this rule reports in \(its sections are action, result, task\)/);
    assert.match(problems[2].message, /reports on the whole story/);
    const { settings: fromSettings, invalid } = readSettings((name) => (name === 'rules' ? { 'we-instead-of-i': { sections: { result: 'off' } } } : undefined));
    assert.deepStrictEqual(invalid, []);
    assert.deepStrictEqual(fromSettings.rules, { 'we-instead-of-i': { sections: { result: 'off' } } });
  });

  it('layers merge section by section and the config key tells them apart', () => {
    const merged = resolveEngineConfig({ rules: { 'we-instead-of-i': { severity: 'error', sections: { result: 'off' } } } }, { rules: { 'we-instead-of-i': { sections: { task: 'warning' } } } });
    assert.deepStrictEqual(merged.rules['we-instead-of-i'], { severity: 'error', sections: { result: 'off', task: 'warning' } });
    const a = configKey(resolveEngineConfig({ rules: { 'we-instead-of-i': { sections: { result: 'off' } } } }));
    const b = configKey(resolveEngineConfig({ rules: { 'we-instead-of-i': { sections: { task: 'off' } } } }));
    assert.notStrictEqual(a, b);
  });

  it('every rule with sections accepts them; the others do not', () => {
    for (const rule of STORY_RULES) {
      const kind = rule.sections[0];
      const { problems } = parseStarrc(`rules:\n  ${rule.id}:\n    sections:\n      ${kind ?? 'action'}: hint\n`);
      assert.strictEqual(problems.length, kind ? 0 : 1, rule.id);
    }
  });
});
