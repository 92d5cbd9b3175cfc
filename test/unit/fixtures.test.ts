import * as assert from 'assert';
import { check } from '../../src/core/check';
import { RULE_IDS } from '../../src/core/rules';
import { actuals, applyEdits, compare, formatDiff, listFixtures, loadFixture, mapOffset, type Fixture } from './fixtureHarness';

// Runs check() on every fixture under test/fixtures/rules/<rule-id>/ and fails on any missing or
// extra finding (see fixtureHarness.ts for the inline `<!-- expect: … -->` format). Then applies
// each finding's (non-snippet) fix and checks again: the finding must be gone.

function checkFixture(fx: Fixture) {
  return check(fx.text, fx.config);
}

describe('rule fixtures', () => {
  const names = listFixtures();

  it('finds the fixtures', () => {
    assert.ok(names.length >= 2 * (RULE_IDS.length - 1), `only ${names.length} fixtures under test/fixtures/rules`);
  });

  for (const name of names) {
    describe(name, () => {
      const fx = loadFixture(name);

      it('is well formed: a known rule folder, known rule ids, a fires-/clean- name that matches its expectations', () => {
        assert.ok(RULE_IDS.includes(fx.ruleId), `folder "${fx.ruleId}" is not a rule id`);
        for (const e of fx.expectations) assert.ok(RULE_IDS.includes(e.ruleId), `${name}:${e.line}: unknown rule id "${e.ruleId}" in an expectation`);
        assert.notStrictEqual(fx.kind, 'other', `${name}: name fixtures fires-*.star.md or clean-*.star.md`);
        const own = fx.expectations.filter((e) => e.ruleId === fx.ruleId).length;
        if (fx.kind === 'fires') assert.ok(own > 0, `${name}: a fires- fixture must expect at least one ${fx.ruleId} finding`);
        else assert.strictEqual(own, 0, `${name}: a clean- fixture must not expect ${fx.ruleId}`);
        if (/crlf/i.test(name)) {
          assert.ok(fx.text.includes('\r\n'), `${name}: a CRLF fixture has no CRLF line ending (was it converted?)`);
          assert.ok(!/(?<!\r)\n/.test(fx.text), `${name}: a CRLF fixture has a bare LF line ending`);
        }
      });

      it('reports exactly the expected findings', () => {
        const result = checkFixture(fx);
        const diff = compare(fx.expectations, actuals(fx, result.findings));
        if (diff.missing.length || diff.extra.length) assert.fail(formatDiff(fx, diff));
      });

      it('keeps every range inside the text and gives the same result twice', () => {
        const a = checkFixture(fx);
        for (const f of a.findings) {
          assert.ok(f.start >= 0 && f.start <= f.end && f.end <= fx.text.length, `${f.ruleId} [${f.start}, ${f.end}) is outside the text`);
          assert.ok(!/[\r\n]$/.test(fx.text.slice(f.start, f.end)), `${f.ruleId} [${f.start}, ${f.end}) ends in a line break`);
        }
        assert.deepStrictEqual(checkFixture(fx), a);
      });

      it('fixes remove the finding they are attached to', () => {
        const before = checkFixture(fx).findings;
        for (const f of before) {
          if (!f.fix || f.fix.snippet) continue;
          const fixed = applyEdits(fx.text, f.fix.edits);
          assert.notStrictEqual(fixed, fx.text, `${name}: the fix "${f.fix.title}" changes nothing`);
          const after = check(fixed, fx.config).findings;
          const at = mapOffset(f.start, f.fix.edits);
          const still = after.find((g) => g.ruleId === f.ruleId && g.start === at);
          assert.ok(!still, `${name}: after "${f.fix.title}" ${f.ruleId} is still reported at ${at}: ${JSON.stringify(fixed.slice(at, at + 40))}`);
          const count = (list: typeof before) => list.filter((g) => g.ruleId === f.ruleId).length;
          assert.ok(count(after) < count(before), `${name}: "${f.fix.title}" did not reduce the ${f.ruleId} findings`);
        }
      });
    });
  }
});
