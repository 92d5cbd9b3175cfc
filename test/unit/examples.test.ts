import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check } from '../../src/core/check';
import type { CheckResult } from '../../src/core/types';
import { ROOT } from './fixtureHarness';

// The bundled examples are the first thing a new user runs (`npm run check-examples`): the strong
// story must pass, the weak one must show the headline problems, the bank must hold three stories.

function checkExample(name: string): { text: string; result: CheckResult } {
  const text = fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
  return { text, result: check(text) };
}

const count = (r: CheckResult, severity: string) => r.findings.filter((f) => f.severity === severity).length;
const rules = (r: CheckResult) => new Set(r.findings.map((f) => f.ruleId));

describe('examples', () => {
  it('strong.star.md: a senior Ownership story with no warnings or errors and a full checklist', () => {
    const { text, result } = checkExample('strong.star.md');
    const loud = result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepStrictEqual(loud.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
    assert.strictEqual(result.stories.length, 1);
    const [story] = result.stories;
    assert.strictEqual(story.level, 'senior');
    assert.deepStrictEqual(story.principles, ['ownership']);
    assert.ok(story.seconds <= story.targetSeconds, `${story.seconds} s against ${story.targetSeconds} s`);
    const { actionSteps, ...rest } = story.checklist;
    assert.ok(actionSteps >= 3);
    assert.ok(Object.values(rest).every(Boolean), JSON.stringify(story.checklist));
  });

  it('weak.star.md: the same kind of story badly told, with the five headline problems', () => {
    const { result } = checkExample('weak.star.md');
    const found = rules(result);
    for (const id of ['we-instead-of-i', 'missing-scope-boundary', 'hand-off-language', 'vague-outcome', 'unquantified-result', 'generic-reflection']) {
      assert.ok(found.has(id), `${id} does not fire on the weak example`);
    }
    assert.ok(result.findings.length >= 10, `only ${result.findings.length} findings`);
    assert.strictEqual(count(result, 'error'), 0, 'the weak example must not have errors: npm run check-examples has to exit 0');
    assert.deepStrictEqual(result.stories.map((s) => s.principles), [['ownership']]);
  });

  it('bank.star.md: three stories for different principles and levels, of mixed quality', () => {
    const { result } = checkExample('bank.star.md');
    assert.strictEqual(result.stories.length, 3);
    assert.strictEqual(new Set(result.stories.map((s) => s.principles.join())).size, 3);
    assert.strictEqual(new Set(result.stories.map((s) => s.level)).size, 3);
    assert.strictEqual(count(result, 'error'), 0);
    const perStory = result.stories.map((s) => result.findings.filter((f) => f.storyIndex === s.index && f.severity !== 'hint').length);
    assert.ok(perStory.some((n) => n === 0) && perStory.some((n) => n > 0), `findings per story: ${perStory.join(', ')}`);
  });
});
