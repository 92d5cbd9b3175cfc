import * as assert from 'assert';
import { analyze } from '../../src/core/check';
import type { Finding } from '../../src/core/types';
import { snippetToPlainText } from '../../src/extension/text';
import { NO_SECTIONS_STORY as STORY } from '../stories';

// Small misses a new user met in the first hour: the "we" → "I" fix leaving "together" behind,
// and escalation not read as a hand-off (and counted as the Action's step).

const inAction = (line: string) => `# S\n## Situation\nThe export failed nightly and it was not my team's service.\n## Task\nI set out to fix it.\n## Action\n${line}\n## Result\nFailures fell from 9 to 0 a week.\n`;

function applied(text: string, f: Finding): string | null {
  if (!f.fix) return null;
  let out = text;
  for (const e of [...f.fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out.split('\n')[6];
}

const weFixes = (line: string) => {
  const text = inAction(line);
  return analyze(text)
    .result.findings.filter((f) => f.ruleId === 'we-instead-of-i')
    .map((f) => applied(text, f));
};

describe('first hour: the "we" → "I" fix', () => {
  it('drops the words that only make sense of a group', () => {
    assert.deepStrictEqual(weFixes('We went through the logs together.'), ['I went through the logs.']);
    assert.deepStrictEqual(weFixes('We went through the logs together and found the leak.'), ['I went through the logs and found the leak.']);
    assert.deepStrictEqual(weFixes('Together we rebuilt the index.'), ['I rebuilt the index.']);
    assert.deepStrictEqual(weFixes('Then we worked on it together as a team.'), ['Then I worked on it.']);
    assert.deepStrictEqual(weFixes('We fixed the parser ourselves.'), ['I fixed the parser myself.']);
  });

  it('offers no fix where one person cannot do what the clause says', () => {
    assert.deepStrictEqual(weFixes('We helped each other debug the parser.'), [null]);
    assert.deepStrictEqual(weFixes('We all agreed to roll back.'), [null]);
    assert.deepStrictEqual(weFixes('We all voted to roll back.'), [null]);
    // "We both" names two parties: engine v2 does not flag it at all.
    assert.deepStrictEqual(weFixes('We both reviewed the patch.'), []);
  });

  it('leaves the plain case as it was', () => {
    assert.deepStrictEqual(weFixes('We rebuilt the index and wrote tests.'), ['I rebuilt the index and wrote tests.']);
    assert.deepStrictEqual(weFixes('We were rolling back the release.'), ['I was rolling back the release.']);
    // "We were late" is a state, not a step (engine v2): nothing to fix.
    assert.deepStrictEqual(weFixes('We were late.'), []);
  });

  it('names what else it changes in its title', () => {
    const f = analyze(inAction('We went through the logs together.')).result.findings.find((x) => x.ruleId === 'we-instead-of-i');
    assert.strictEqual(f?.fix?.title, 'Change "We" to "I" and drop "together"');
  });
});

describe('first hour: escalation is a hand-off, not a step', () => {
  const result = (line: string) => analyze(inAction(line)).result;
  const handOffs = (line: string) => {
    const text = inAction(line);
    return result(line)
      .findings.filter((f) => f.ruleId === 'hand-off-language')
      .map((f) => text.slice(f.start, f.end));
  };

  it('flags escalating something to someone, and I/we escalated', () => {
    assert.deepStrictEqual(handOffs('I escalated the latency regression to the platform team.'), ['escalated the latency regression to the platform team']);
    assert.deepStrictEqual(handOffs('I escalated the regression.'), ['escalated the regression']);
    assert.deepStrictEqual(handOffs('I raised an escalation with the vendor.'), ['raised an escalation']);
  });

  it('leaves an outage that escalated (got worse) alone', () => {
    assert.deepStrictEqual(handOffs('The outage escalated quickly, so I rolled back the deploy.'), []);
  });

  it('does not count an escalation as one of the Action steps', () => {
    const steps = (line: string) => result(line).stories[0].checklist.actionSteps;
    assert.strictEqual(steps('I traced the regression to a flag. I escalated the regression to the platform team.'), 1);
    assert.strictEqual(steps('I traced the regression to a flag. I reverted the flag myself.'), 2);
  });
});

describe('first hour: a story with no headings and no labels', () => {

  const fixOf = (text: string) => analyze(text).result.findings.find((f) => f.ruleId === 'missing-section')?.fix;
  const applyFix = (text: string) => {
    const fix = fixOf(text)!;
    const [e] = fix.edits;
    return text.slice(0, e.start) + snippetToPlainText(e.text) + text.slice(e.end);
  };

  it('offers a quick fix that puts a heading above each part, guessed by its place, as choices to tab through', () => {
    const fix = fixOf(STORY);
    assert.ok(fix, 'no fix');
    assert.strictEqual(fix.title, 'Insert section headings around the paragraphs');
    assert.strictEqual(fix.snippet, true);
    assert.strictEqual(fix.edits.length, 1, 'one edit: one undo step');
    assert.match(fix.edits[0].text, /^## \$\{1\|Situation,Task,Action,Result,Reflection\|\}\n/);
    assert.match(fix.edits[0].text, /## \$\{3\|Action,Situation,Task,Result,Reflection\|\}\nWe went/);
    const fixed = applyFix(STORY);
    const sections = analyze(fixed).file.stories[0].sections.map((s) => s.kind);
    assert.deepStrictEqual(sections, ['situation', 'task', 'action', 'result', 'reflection']);
    assert.ok(!analyze(fixed).result.findings.some((f) => f.ruleId === 'missing-section'));
    // Nothing of the story is lost: without the headings it is the same text.
    assert.strictEqual(fixed.replace(/^## \w+\n/gm, ''), STORY);
  });

  it('guesses fewer parts for fewer paragraphs and keeps several Action paragraphs under one heading', () => {
    const paras = (n: number) => Array.from({ length: n }, (_, i) => `I changed part ${i + 1} of the build.`).join('\n\n');
    const headings = (text: string) => [...applyFix(`# Build\n\n${text}\n`).matchAll(/^## (\w+)$/gm)].map((m) => m[1]);
    assert.deepStrictEqual(headings(paras(1)), ['Action']);
    assert.deepStrictEqual(headings(paras(2)), ['Situation', 'Action']);
    assert.deepStrictEqual(headings(paras(3)), ['Situation', 'Action', 'Result']);
    assert.deepStrictEqual(headings(paras(6)), ['Situation', 'Task', 'Action', 'Result']);
  });

  it('escapes the story text in the snippet and leaves comments and code without a heading', () => {
    const text = '# Costs\n\n<!-- draft -->\n\nWe cut the bill from $14K to $3K a month {roughly}.\n\n```\nnot prose\n```\n\nI now check the bill weekly, a lesson I learned.\n';
    const fixed = applyFix(text);
    assert.ok(fixed.includes('We cut the bill from $14K to $3K a month {roughly}.'));
    assert.strictEqual(fixed.replace(/^## \w+\n/gm, ''), text);
    assert.deepStrictEqual([...fixed.matchAll(/^## (\w+)$/gm)].map((m) => m[1]), ['Action', 'Reflection']);
  });

  it('still reads "we" and vague outcomes in it, the first paragraph gently', () => {
    const findings = analyze(STORY).result.findings.map((f) => `${f.ruleId}:${f.severity}:${STORY.slice(f.start, f.end)}`);
    assert.deepStrictEqual(findings.filter((f) => !f.startsWith('missing-section')), ['we-instead-of-i:hint:we', 'we-instead-of-i:info:We', 'vague-outcome:warning:it went well']);
  });

  it('offers no heading fix once the story has headings of its own', () => {
    assert.strictEqual(fixOf('# S\n\n## Background\nIt broke.\n\n## Notes\nI fixed it.\n'), undefined);
  });
});
