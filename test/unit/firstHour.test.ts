import * as assert from 'assert';
import { analyze } from '../../src/core/check';
import type { Finding } from '../../src/core/types';

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
    assert.deepStrictEqual(weFixes('We both reviewed the patch.'), [null]);
  });

  it('leaves the plain case as it was', () => {
    assert.deepStrictEqual(weFixes('We rebuilt the index and wrote tests.'), ['I rebuilt the index and wrote tests.']);
    assert.deepStrictEqual(weFixes('We were late.'), ['I was late.']);
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
