import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { check } from '../../src/core/check';
import { RULE_IDS } from '../../src/core/rules';
import type { Finding } from '../../src/core/types';
import { actuals, applyEdits, compare, formatDiff, listFixtures, loadFixture, mapOffset, type Actual, type Fixture } from './fixtureHarness';

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
      let fx: Fixture;
      try {
        fx = loadFixture(name);
      } catch (err) {
        it('can be read', () => assert.fail((err as Error).message));
        return;
      }

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
        // principle-fit is a story-level summary: judged in its own fixtures and where a fixture expects it.
        const judgesFit = fx.ruleId === 'principle-fit' || fx.expectations.some((e) => e.ruleId === 'principle-fit');
        const diff = compare(fx.expectations, actuals(fx, result.findings).filter((a) => judgesFit || a.ruleId !== 'principle-fit'));
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

describe('fixture harness', () => {
  let root = '';
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'star-fixtures-'));
    fs.mkdirSync(path.join(root, 'hedging'));
    fs.writeFileSync(
      path.join(root, 'hedging', 'fires-sample.star.md'),
      [
        '<!-- fixture: {"level":"senior"} -->',
        '---',
        'level: sde9  # expect: invalid-front-matter:error "sde9"',
        '---',
        'I think so. <!-- expect: hedging, we-instead-of-i:info "We \\"x\\"" --> <!-- expect@2: invalid-front-matter -->',
      ].join('\r\n'),
    );
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reads the config line, YAML and HTML expectations, severities, quoted text and explicit lines', () => {
    const fx = loadFixture('hedging/fires-sample.star.md', root);
    assert.deepStrictEqual(fx.config, { level: 'senior' });
    assert.strictEqual(fx.lineShift, 1);
    assert.ok(fx.text.startsWith('---\r\n'));
    assert.deepStrictEqual(fx.expectations, [
      { line: 3, ruleId: 'invalid-front-matter', severity: 'error', text: 'sde9' },
      { line: 5, ruleId: 'hedging' },
      { line: 5, ruleId: 'we-instead-of-i', severity: 'info', text: 'We "x"' },
      { line: 2, ruleId: 'invalid-front-matter' },
    ]);
    assert.strictEqual(fx.kind, 'fires');
  });

  it('pairs expectations one to one and reports what is left on either side', () => {
    const fake = (line: number, ruleId: string, text: string, severity: Finding['severity'] = 'warning'): Actual => ({
      line,
      column: 1,
      ruleId,
      text,
      finding: { ruleId, severity, message: 'm', start: 0, end: 0, sectionKind: null, storyIndex: 0, tipId: ruleId },
    });
    const got = [fake(4, 'hedging', 'maybe'), fake(4, 'hedging', 'I think'), fake(9, 'hedging', 'sort of', 'info')];
    assert.deepStrictEqual(compare([{ line: 4, ruleId: 'hedging' }, { line: 4, ruleId: 'hedging', text: 'I think' }, { line: 9, ruleId: 'hedging', severity: 'info' }], got), { missing: [], extra: [] });
    const c = compare([{ line: 4, ruleId: 'hedging', text: 'perhaps' }, { line: 9, ruleId: 'hedging', severity: 'error' }], got);
    assert.deepStrictEqual(c.missing.map((e) => e.text ?? e.severity), ['perhaps', 'error']);
    assert.strictEqual(c.extra.length, 3);
    const diff = formatDiff(loadFixture('hedging/fires-sample.star.md', root), c);
    assert.match(diff, /- 4 +hedging "perhaps" +\(expected, not reported\)/);
    assert.match(diff, /\+ 4:1 +hedging "maybe" warning: m +\(reported, not expected\)/);
  });

  it('applies edits from the end and maps offsets past them', () => {
    const edits = [{ start: 0, end: 2, text: 'I' }, { start: 3, end: 7, text: 'was' }];
    assert.strictEqual(applyEdits('We were here', edits), 'I was here');
    assert.strictEqual(mapOffset(8, edits), 6);
    assert.strictEqual(mapOffset(0, edits), 0);
  });
});
