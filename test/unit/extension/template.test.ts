import * as assert from 'assert';
import { LEVEL_GUIDES, PRINCIPLES, SECTION_GUIDES } from '../../../src/core/coaching';
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
    assert.ok(text.includes(SECTION_GUIDES.action.prompt.replace(/\s+/g, ' ')));
  });

  it('numbers its placeholders 1..n without gaps and ends with $0', () => {
    const snippet = storyTemplate(ownership, LEVEL_GUIDES.sde2, SECTION_GUIDES);
    const stops = [...snippet.matchAll(/(?<!\\)\$\{(\d+):/g)].map((m) => Number(m[1]));
    assert.deepStrictEqual(stops, stops.map((_, i) => i + 1));
    assert.ok(snippet.endsWith('$0'));
  });
});
