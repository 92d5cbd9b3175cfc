import * as assert from 'assert';
import { analyze } from '../../../src/core/check';
import { LEVEL_GUIDES, PRINCIPLES, SECTION_GUIDES } from '../../../src/core/coaching';
import { TEMPLATE_HOLE_SOURCE } from '../../../src/core/parse';
import { SPOKEN_SECTIONS } from '../../../src/core/types';
import { escapeSnippet, storyTemplate } from '../../../src/extension/template';
import { snippetToPlainText } from '../../../src/extension/text';

describe('extension/template', () => {
  const ownership = PRINCIPLES.find((p) => p.id === 'ownership') ?? PRINCIPLES[0];

  it('escapes snippet syntax', () => {
    assert.strictEqual(escapeSnippet('cost $5 {a} \\ b'), 'cost \\$5 {a\\} \\\\ b');
  });

  it('fills front matter with the principle and level and lists every spoken section once, in order', () => {
    const text = snippetToPlainText(storyTemplate(ownership, LEVEL_GUIDES.senior, SECTION_GUIDES));
    assert.match(text, new RegExp(`^---\\nquestion: .+\\nprinciple: ${ownership.name}\\nlevel: senior\\n---\\n# `));
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.deepStrictEqual(headings, ['Situation', 'Task', 'Action', 'Result', 'Reflection', SECTION_GUIDES.followups.label]);
    assert.strictEqual([...text.matchAll(/^### /gm)].length, Math.min(2, ownership.followUps.length));
    assert.ok(text.includes(`[Write (about 90 s): ${SECTION_GUIDES.action.prompt.replace(/\s+/g, ' ').replace(/^./, (c) => c.toLowerCase())}]`));
  });

  it('writes every prompt as template text the engine flags and counts as nothing, for every principle and level', () => {
    const hole = new RegExp(`^${TEMPLATE_HOLE_SOURCE}$`);
    for (const principle of PRINCIPLES) {
      for (const level of Object.values(LEVEL_GUIDES)) {
        const text = snippetToPlainText(storyTemplate(principle, level, SECTION_GUIDES));
        const { result } = analyze(text);
        const name = `${principle.id}/${level.id}`;
        // One prompt per spoken section and one per follow-up answer, each a placeholder.
        const prompts = text.split('\n').filter((l) => l.startsWith('[Write'));
        assert.strictEqual(prompts.length, SPOKEN_SECTIONS.length + Math.min(2, principle.followUps.length), name);
        for (const p of prompts) assert.match(p, hole, name);
        assert.deepStrictEqual(result.findings.map((f) => text.slice(f.start, f.end)), prompts, name);
        assert.deepStrictEqual([...new Set(result.findings.map((f) => f.ruleId))], ['unfilled-placeholder'], name);
        assert.deepStrictEqual([result.stories[0].words, result.stories[0].seconds], [0, 0], name);
      }
    }
  });

  it('numbers its placeholders 1..n without gaps and ends with $0', () => {
    const snippet = storyTemplate(ownership, LEVEL_GUIDES.sde2, SECTION_GUIDES);
    const stops = [...snippet.matchAll(/(?<!\\)\$\{(\d+):/g)].map((m) => Number(m[1]));
    assert.deepStrictEqual(stops, stops.map((_, i) => i + 1));
    assert.ok(snippet.endsWith('$0'));
  });
});
