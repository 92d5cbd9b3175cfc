import * as assert from 'assert';
import { analyze, check, ENGINE, type EnginePieces } from '../../src/core/check';
import { StoryFacts } from '../../src/core/facts';
import { IncrementalChecker } from '../../src/core/incremental';
import type { Rule } from '../../src/core/rules';
import { parseStarrc } from '../../src/core/starrc';
import type { Finding } from '../../src/core/types';

// The engine's one error boundary: whatever throws while one story is checked (the parser, the
// story's facts, a rule, its metrics, its checklist) becomes one `rule-error` finding on that
// story, and every other story is still checked. The pieces are swapped through ENGINE's seam.

const BANK = [
  '# Queue backlog nobody owned',
  '## Situation',
  'The export queue held 4,000 stale jobs. It was owned by another team and nobody had a ticket.',
  '## Action',
  'We looked at it. I traced the backlog to a retry loop. I wrote a patch and I added an alert.',
  '## Result',
  'The backlog went from 4,000 to 0 and saved $3K a month.',
  '',
  '# The flaky login test',
  '## Situation',
  'The login test failed one run in ten.',
  '## Action',
  'We kept re-running it. I think it sort of went away.',
  '## Result',
  'It went well.',
  '',
  '# Pager noise',
  '## Action',
  'I muted the noisiest alarm and I rewrote two thresholds.',
  '## Result',
  'Pages went from 30 to 4 a week.',
  '',
].join('\n');

const SECOND_TITLE = '# The flaky login test';

class Boom extends Error {
  constructor(what: string) {
    super(`${what} exploded`);
  }
}

/** ENGINE with one story's facts replaced: `make` gets the real facts and returns what the engine sees. */
function withFacts(make: (facts: StoryFacts) => StoryFacts): EnginePieces {
  return { ...ENGINE, facts: (...args) => make(new StoryFacts(...args)) };
}

const isSecond = (facts: StoryFacts) => facts.story.title === SECOND_TITLE.slice(2);
const errors = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'rule-error');
/** The findings of every story but the second, which the tests break. */
const others = (findings: Finding[]) => findings.filter((f) => f.storyIndex !== 1).map((f) => `${f.ruleId}@${f.start}`);

describe('the engine error boundary', () => {
  const healthy = analyze(BANK);

  it('keeps the fixture healthy: no rule-error, and the broken story has findings of its own', () => {
    assert.deepStrictEqual(errors(healthy.result.findings), []);
    assert.ok(healthy.result.findings.some((f) => f.storyIndex === 1 && f.ruleId === 'hedging'));
  });

  it('turns facts that throw for one story into one rule-error on its title; the other stories are checked as before', () => {
    const pieces = withFacts((facts) => {
      if (isSecond(facts)) throw new Boom('the facts');
      return facts;
    });
    const a = analyze(BANK, {}, pieces);
    const errs = errors(a.result.findings);
    assert.strictEqual(errs.length, 1);
    assert.strictEqual(BANK.slice(errs[0].start, errs[0].end), SECOND_TITLE);
    assert.strictEqual(errs[0].storyIndex, 1);
    assert.strictEqual(errs[0].severity, 'error');
    assert.match(errs[0].message, /failed while reading this story \(the facts exploded\)/);
    // Nothing else on the broken story, everything as before on the others.
    assert.deepStrictEqual(a.result.findings.filter((f) => f.storyIndex === 1), errs);
    assert.deepStrictEqual(others(a.result.findings), others(healthy.result.findings));
    assert.deepStrictEqual(a.result.stories.map((s) => s.title), healthy.result.stories.map((s) => s.title));
    assert.deepStrictEqual(a.result.stories[2], healthy.result.stories[2]);
    assert.strictEqual(a.result.stories[1].words, 0);
  });

  it('turns metrics that throw into a rule-error and keeps the story\'s rule findings', () => {
    const pieces = withFacts((facts) => {
      if (isSecond(facts)) facts.metrics = () => { throw new Boom('the timing'); };
      return facts;
    });
    const a = analyze(BANK, {}, pieces);
    // section-over-time reads the metrics too: it fails on its own, the other rules run.
    assert.deepStrictEqual(errors(a.result.findings).map((f) => [f.storyIndex, f.message.slice(0, 60)]), [
      [1, 'STAR Story Coach failed while timing this story (the timing '],
      [1, 'The rule "section-over-time" failed on this story (the timin'],
    ]);
    const ruleFindings = (findings: Finding[]) => findings.filter((f) => f.storyIndex === 1 && f.ruleId !== 'rule-error' && f.ruleId !== 'section-over-time').map((f) => `${f.ruleId}@${f.start}`);
    assert.deepStrictEqual(ruleFindings(a.result.findings), ruleFindings(healthy.result.findings));
    assert.deepStrictEqual(others(a.result.findings), others(healthy.result.findings));
    assert.strictEqual(a.result.stories[1].seconds, 0);
    assert.deepStrictEqual(a.result.stories[1].checklist, healthy.result.stories[1].checklist);
  });

  it('turns a checklist that throws into a rule-error, the metrics kept', () => {
    const pieces: EnginePieces = {
      ...ENGINE,
      checklist: (file, facts, has) => {
        if (isSecond(facts)) throw new Boom('the checklist');
        return ENGINE.checklist(file, facts, has);
      },
    };
    const a = analyze(BANK, {}, pieces);
    assert.deepStrictEqual(errors(a.result.findings).map((f) => f.message.match(/while ([a-z ]+) \(/)?.[1]), ['filling in its checklist']);
    assert.strictEqual(a.result.stories[1].words, healthy.result.stories[1].words);
    assert.strictEqual(a.result.stories[1].checklist.actionSteps, 0);
  });

  it('turns a rule that throws into one rule-error per story and still runs the other rules', () => {
    const boom: Rule = {
      id: 'test-boom',
      defaultSeverity: 'warning',
      sections: [],
      tipId: 'rule-error',
      options: ENGINE.rules[0].options,
      check() {
        throw new Boom('the rule');
      },
    };
    const a = analyze(BANK, {}, { ...ENGINE, rules: [...ENGINE.rules, boom] });
    const errs = errors(a.result.findings);
    assert.deepStrictEqual(errs.map((f) => f.storyIndex), [0, 1, 2]);
    assert.match(errs[0].message, /The rule "test-boom" failed on this story \(the rule exploded\)/);
    assert.deepStrictEqual(a.result.findings.filter((f) => f.ruleId !== 'rule-error'), healthy.result.findings);
    // A user who turned rule-error off sees nothing of it, and nothing throws.
    assert.deepStrictEqual(analyze(BANK, { rules: { 'rule-error': 'off' } }, { ...ENGINE, rules: [...ENGINE.rules, boom] }).result.findings, healthy.result.findings);
  });

  it('turns a parser that throws into one rule-error on the first line, with no stories', () => {
    const pieces: EnginePieces = { ...ENGINE, parse: () => { throw new Boom('the parser'); } };
    const a = analyze(BANK, {}, pieces);
    assert.deepStrictEqual(a.result.stories, []);
    assert.strictEqual(a.result.findings.length, 1);
    const [f] = a.result.findings;
    assert.strictEqual(f.ruleId, 'rule-error');
    assert.strictEqual(BANK.slice(f.start, f.end), '# Queue backlog nobody owned');
    assert.match(f.message, /could not read this file \(the parser exploded\): a bug, not your draft.s fault. Nothing was checked/);
    assert.strictEqual(a.file.prose.length, BANK.length);
  });

  it('keeps the incremental checker inside the boundary, full checks and edits alike', () => {
    let broken = false;
    const checker = new IncrementalChecker(withFacts((facts) => {
      if (broken && isSecond(facts)) throw new Boom('the facts');
      return facts;
    }));
    assert.deepStrictEqual(errors(checker.update(BANK).result.findings), []);
    broken = true;
    const at = BANK.indexOf('It went well.');
    const edited = BANK.slice(0, at) + 'It went really well.' + BANK.slice(at + 'It went well.'.length);
    const a = checker.update(edited);
    assert.strictEqual(checker.lastUpdate, 'incremental');
    assert.deepStrictEqual(errors(a.result.findings).map((f) => f.storyIndex), [1]);
    assert.deepStrictEqual(a.result.findings, analyze(edited, {}, withFacts((facts) => {
      if (isSecond(facts)) throw new Boom('the facts');
      return facts;
    })).result.findings);
    // A parser that throws on a full check: the same one finding, no exception.
    const failing = new IncrementalChecker({ ...ENGINE, parse: () => { throw new Boom('the parser'); } });
    assert.deepStrictEqual(failing.update(BANK).result.findings.map((f) => f.ruleId), ['rule-error']);
  });
});

describe('the checklist reads the story, not the findings', () => {
  const STORY = [
    '# The cache nobody owned',
    '## Situation',
    'The cache belonged to another team and nobody had a ticket.',
    '## Action',
    'We rebuilt the cache. I traced the misses and I wrote a warmer.',
    '## Result',
    'Misses went from 40% to 2%.',
    '## Reflection',
    'Communication is important and I learned a lot.',
    '',
  ].join('\n');

  it('a generic reflection stays unticked when generic-reflection is off or suppressed', () => {
    const plain = check(STORY);
    assert.ok(plain.findings.some((f) => f.ruleId === 'generic-reflection'));
    assert.strictEqual(plain.stories[0].checklist.specificReflection, false);
    const off = check(STORY, { rules: { 'generic-reflection': 'off' } });
    assert.ok(!off.findings.some((f) => f.ruleId === 'generic-reflection'));
    assert.strictEqual(off.stories[0].checklist.specificReflection, false);
    const suppressed = check(STORY.replace('Communication is', '<!-- star-disable-next-line generic-reflection -->\nCommunication is'));
    assert.ok(!suppressed.findings.some((f) => f.ruleId === 'generic-reflection'));
    assert.strictEqual(suppressed.stories[0].checklist.specificReflection, false);
    const everything = check(STORY.replace('# The cache', '<!-- star-disable-file -->\n# The cache'));
    assert.deepStrictEqual(everything.findings, []);
    assert.deepStrictEqual(everything.stories[0].checklist, plain.stories[0].checklist);
  });

  it('a specific reflection is ticked', () => {
    const specific = check(STORY.replace('Communication is important and I learned a lot.', 'I now warm every new cache region before it takes traffic, and the warmer runs in the deploy pipeline.'));
    assert.strictEqual(specific.stories[0].checklist.specificReflection, true);
  });

  it('"We" as the actor in the Action unticks first-person actions with we-instead-of-i off too', () => {
    const plain = check(STORY);
    assert.strictEqual(plain.stories[0].checklist.firstPersonActions, false);
    assert.deepStrictEqual(check(STORY, { rules: { 'we-instead-of-i': 'off' } }).stories[0].checklist, plain.stories[0].checklist);
    const mine = check(STORY.replace('We rebuilt', 'I rebuilt'));
    assert.strictEqual(mine.stories[0].checklist.firstPersonActions, true);
    assert.strictEqual(check(STORY.replace('We rebuilt', 'I rebuilt'), { rules: { 'we-instead-of-i': 'off' } }).stories[0].checklist.firstPersonActions, true);
  });
});

describe('front matter with one bad line', () => {
  const story = (frontMatter: string) => `---\n${frontMatter}\n---\n# Queue backlog\n## Action\nI traced the backlog to a retry loop.\n`;

  it('coaches a story whose front matter has `source: a : b` on one line as the Ownership story it says it is', () => {
    const text = story('source: a : b\nprinciple: Ownership\nlevel: senior\nquestion: Tell me about a time you owned a problem.');
    const a = analyze(text);
    assert.deepStrictEqual(a.file.frontMatter?.data, { principles: ['ownership'], level: 'senior', question: 'Tell me about a time you owned a problem.' });
    assert.deepStrictEqual(a.result.stories[0].principles, ['ownership']);
    assert.strictEqual(a.result.stories[0].level, 'senior');
    const bad = a.result.findings.filter((f) => f.ruleId === 'invalid-front-matter');
    assert.strictEqual(bad.length, 1);
    assert.strictEqual(text.slice(bad[0].start, bad[0].end), 'source: a : b');
    assert.match(bad[0].message, /The value of "source" holds ": ", which YAML reads as the start of another key, so this line was not read: put the value in quotes, like source: 'a : b'\./);
    // The fix quotes the value, and the fixed front matter is read whole, without a problem.
    const [edit] = bad[0].fix!.edits;
    const fixed = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    assert.ok(fixed.includes("source: 'a : b'\n"));
    assert.deepStrictEqual(analyze(fixed).result.findings.filter((f) => f.ruleId === 'invalid-front-matter'), []);
    assert.deepStrictEqual(analyze(fixed).file.frontMatter?.data, a.file.frontMatter?.data);
  });

  it('closes a quote that is never closed, and says so', () => {
    const text = story('question: "Tell me about a time\nprinciple: Ownership');
    const [f] = check(text).findings.filter((x) => x.ruleId === 'invalid-front-matter');
    assert.match(f.message, /opens a quote \("\) that it never closes/);
    const [edit] = f.fix!.edits;
    const fixed = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    assert.strictEqual(analyze(fixed).file.frontMatter?.data.question, 'Tell me about a time');
  });

  it('names a key given twice, keeps its first value, and offers no fix where none is right', () => {
    const a = analyze(story('level: sde1\nlevel: senior\nprinciple: Ownership'));
    assert.deepStrictEqual(a.file.frontMatter?.data, { level: 'sde1', principles: ['ownership'] });
    const [f] = a.result.findings.filter((x) => x.ruleId === 'invalid-front-matter');
    assert.match(f.message, /"level" is given twice/);
    assert.strictEqual(f.fix, undefined);
  });

  it('says in plain words that a line is not a key: value pair', () => {
    const text = story('principle: Ownership\njust some notes here\nlevel: senior');
    const a = analyze(text);
    assert.deepStrictEqual(a.file.frontMatter?.data, { principles: ['ownership'], level: 'senior' });
    const [f] = a.result.findings.filter((x) => x.ruleId === 'invalid-front-matter');
    assert.match(f.message, /is not a "key: value" pair/);
  });
});

describe('YAML nested too deep for the parser', () => {
  // The `yaml` package reads nesting by recursion: 200 000 "[" exhaust the stack, which V8 can
  // answer by aborting the whole process (the extension host with it). Such text never reaches it.
  const deep = '['.repeat(200_000);

  it('leaves a front matter line that nests "[" 200 000 deep unread and keeps the other keys', () => {
    const text = `---\nquestion: ${deep}\nprinciple: Ownership\nlevel: senior\n---\n# T\n## Action\nI traced it.\n`;
    const a = analyze(text);
    assert.deepStrictEqual(a.file.frontMatter?.data, { principles: ['ownership'], level: 'senior' });
    const bad = a.result.findings.filter((f) => f.ruleId === 'invalid-front-matter');
    assert.strictEqual(bad.length, 1);
    assert.match(bad[0].message, /nests "\[" or "\{" more than 64 deep, so it was not read; the other keys still apply/);
    assert.strictEqual(text.slice(bad[0].start, bad[0].end), `question: ${deep}`);
  });

  it('ignores a .starrc.yaml that nests "{" 200 000 deep, with a message', () => {
    const { settings, problems } = parseStarrc(`level: senior\nphrases: ${'{'.repeat(200_000)}\n`);
    assert.deepStrictEqual(settings, {});
    assert.deepStrictEqual(problems.map((p) => p.message), ['.starrc.yaml could not be read: Error: it nests "[" or "{" more than 64 deep']);
  });
});

describe('a Markdown bullet in front matter', () => {
  it('says "*" reads as an alias, on the line, and keeps the other keys', () => {
    const text = '---\nquestion: Tell me about ownership.\n* Ownership\nlevel: senior\n---\n# T\n## Action\nI traced it.\n';
    const a = analyze(text);
    assert.deepStrictEqual(a.file.frontMatter?.data, { question: 'Tell me about ownership.', level: 'senior' });
    const bad = a.result.findings.filter((f) => f.ruleId === 'invalid-front-matter');
    assert.deepStrictEqual(bad.map((f) => text.slice(f.start, f.end)), ['* Ownership']);
    assert.match(bad[0].message, /reads as a YAML alias with nothing to refer to, so it was not read; the other keys still apply\. Start list items with "- "/);
  });
});
