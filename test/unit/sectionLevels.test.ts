import * as assert from 'assert';
import { parse } from '../../src/core/parse';

// Banks kept as `# Bank` / `## Story` / `### Situation`, and single stories told with `#` sections.
describe('section heading levels', () => {
  const kinds = (text: string) => parse(text, { level: 'sde2' }).stories.map((s) => ({ title: s.title, kinds: s.sections.map((x) => x.kind) }));

  it('reads ## as sections whenever a ## heading names one (the documented format)', () => {
    const text = '# One\n## Situation\nA.\n### Situation\nnot a section\n## Action\nB.\n# Two\n## Result\nC.\n';
    assert.deepStrictEqual(kinds(text), [
      { title: 'One', kinds: ['situation', 'action'] },
      { title: 'Two', kinds: ['result'] },
    ]);
  });

  it('reads ## as stories and ### as sections in a bank with a # title', () => {
    const text = '# My bank\nintro\n\n## Build time\n### Situation\nA.\n### Action\nB.\n\n## Flaky tests\n### Task\nC.\n';
    assert.deepStrictEqual(kinds(text), [
      { title: 'Build time', kinds: ['situation', 'action'] },
      { title: 'Flaky tests', kinds: ['task'] },
    ]);
  });

  it('reads # headings as the sections of one story when they name STAR parts', () => {
    const text = '# Situation\nA.\n# Task\nB.\n# Action\nC.\n';
    assert.deepStrictEqual(kinds(text), [{ title: null, kinds: ['situation', 'task', 'action'] }]);
  });

  it('keeps a lone # Situation-like title as a story title', () => {
    const text = '# Result-driven migration\n## Situation\nA.\n';
    assert.deepStrictEqual(kinds(text), [{ title: 'Result-driven migration', kinds: ['situation'] }]);
  });
});

// Stories pasted from documents and posts often label their parts instead of using headings.
describe('labelled paragraphs in a story without headings', () => {
  const sections = (text: string) =>
    parse(text, { level: 'sde2' }).stories.map((s) => s.sections.map((x) => [x.kind, text.slice(x.headingStart, x.headingEnd), text.slice(x.bodyStart, x.bodyEnd).trim()]));

  it('reads "**Situation:** …", "Task: …", "- A — …" as sections', () => {
    const text = '# Pasted\n\n**Situation:** The export dropped rows.\n\nTask: fix it.\n\n- A — I traced it.\n';
    assert.deepStrictEqual(sections(text), [
      [
        ['situation', '**Situation:**', 'The export dropped rows.'],
        ['task', 'Task:', 'fix it.'],
        ['action', '- A —', 'I traced it.'],
      ],
    ]);
  });

  it('leaves a single labelled line, labels in code, and stories with ## headings alone', () => {
    assert.deepStrictEqual(sections('# One\nResult: it shipped on Friday.\nMore prose.\n'), [[]]);
    assert.deepStrictEqual(sections('# Code\n```\nSituation: x\nTask: y\n```\n'), [[]]);
    assert.deepStrictEqual(
      sections('# Mixed\n## Notes\nSituation: x\nTask: y\n').map((s) => s.map((x) => x[0])),
      [[null]],
    );
  });
});
