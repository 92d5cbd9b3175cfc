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
