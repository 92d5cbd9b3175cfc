import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/check';
import { buildCoachModel } from '../../src/core/coachModel';
import { findingsSummary, placeFindings } from '../../src/core/panelLayout';
import type { FindingView, SectionView } from '../../src/core/panelMessages';
import type { SectionKind, Severity } from '../../src/core/types';

// Where the coach panel puts each finding (under its section, the story's own first) and the
// summary line it shows at the top.

const section = (kind: SectionKind, headingStart: number | null): SectionView => ({
  kind,
  label: kind,
  heading: headingStart === null ? null : kind,
  headingStart,
  prompt: 'p',
  timing: { words: 0, seconds: 0, targetSeconds: 30, status: headingStart === null ? 'missing' : 'ok' },
  checklist: [],
});
const finding = (ruleId: string, start: number, sectionKind: SectionKind | null, severity: Severity = 'warning'): FindingView => ({
  ruleId,
  severity,
  message: ruleId,
  start,
  end: start + 1,
  line: 1,
  sectionKind,
  tipId: ruleId,
});

describe('placeFindings', () => {
  // Written in the order Action (at 100) before Situation (at 200): the cards are in STAR order.
  const sections = [section('situation', 200), section('task', null), section('action', 100), section('result', 300)];

  it('puts a finding under the section whose text holds it, whatever order the sections are written in', () => {
    const placed = placeFindings({ sections, findings: [finding('we', 150, 'action'), finding('vague', 250, 'situation'), finding('figure', 320, 'result')] });
    assert.deepStrictEqual(placed.sections.map((f) => f.map((x) => x.ruleId)), [['vague'], [], ['we'], ['figure']]);
    assert.deepStrictEqual(placed.story, []);
  });

  it('puts a finding about a missing or other section under that section\'s card, and the rest with the story', () => {
    const placed = placeFindings({
      sections,
      findings: [finding('front-matter', 5, null), finding('no-task', 10, 'task'), finding('scope', 120, 'task'), finding('title-long', 20, null), finding('no-reflection', 30, 'reflection')],
    });
    assert.deepStrictEqual(placed.story.map((f) => f.ruleId), ['front-matter', 'title-long', 'no-reflection']);
    assert.deepStrictEqual(placed.sections[1].map((f) => f.ruleId), ['no-task', 'scope']);
  });

  it('places every finding exactly once, on any story the engine checks', () => {
    const part = fc.constantFrom('# Title', '## Situation', '## Task', '## Action', '## Result', '## Reflection', 'We did it.', 'It went well.', 'I think so.', '');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 25 }), (lines) => {
        const model = buildCoachModel(analyze(lines.join('\n')), 0);
        const placed = placeFindings(model);
        const all = [...placed.story, ...placed.sections.flat()];
        assert.strictEqual(all.length, model.findings.length);
        assert.strictEqual(new Set(all).size, all.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('findingsSummary', () => {
  it('counts the findings and names each severity in plain words', () => {
    const findings = [finding('a', 0, null, 'warning'), finding('b', 1, null, 'info'), finding('c', 2, null, 'warning'), finding('d', 3, null, 'error')];
    assert.strictEqual(findingsSummary(4, findings), '4 findings: 1 error, 2 warnings, 1 suggestion');
    assert.strictEqual(findingsSummary(1, [findings[1]]), '1 finding: 1 suggestion');
    assert.strictEqual(findingsSummary(0, []), 'No findings');
  });
});
