import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/check';
import { buildCoachModel, storyAt } from '../../src/core/coachModel';
import { LEVEL_GUIDES } from '../../src/core/coaching/levels';
import { SECTION_GUIDES } from '../../src/core/coaching/sections';
import { getTip } from '../../src/core/coaching/tips';
import { coachModelSchema, MODEL_LIMITS } from '../../src/core/panelMessages';
import { parse } from '../../src/core/parse';
import type { CheckResult, Checklist, Finding, Level, Severity, StoryFile, StoryMetrics } from '../../src/core/types';

// The model builder on parsed stories with findings and metrics written out by hand, so each
// test controls exactly what the engine "found".

const BANK = `---
question: Tell me about a time you went beyond your job description.
principle: Ownership
level: sde2
---
# Fixing the billing exporter

## Situation
The nightly billing export silently dropped rows for a week.

## Task
It was another team's exporter and nobody had filed a ticket.

## Action
We looked at the logs. I wrote a fix. I added an alert.

## Result
Things got better.

## Reflection
Communication is important.

# Speeding up search
<!-- star: principle=Dive Deep, Bias for Action level=senior -->

## Situation
Search was slow.

## Action
I profiled the query planner.
`;

const NO_CHECKS: Checklist = {
  scopeBoundary: false,
  firstPersonActions: false,
  actionSteps: 0,
  measuredResult: false,
  businessImpact: false,
  widerEffect: false,
  specificReflection: false,
};

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Metrics as the engine would report them, from the parsed sections (150 words a minute). */
function metricsOf(file: StoryFile, checklist: Partial<Checklist> = {}): StoryMetrics[] {
  return file.stories.map((story) => {
    const sections = story.sections.flatMap((s) => {
      if (!s.kind) return [];
      const n = words(file.text.slice(s.bodyStart, s.bodyEnd));
      return [{ kind: s.kind, heading: s.heading, headingStart: s.headingStart, headingEnd: s.headingEnd, words: n, seconds: (n / 150) * 60, targetSeconds: SECTION_GUIDES[s.kind].targetSeconds }];
    });
    const total = sections.reduce((sum, s) => sum + s.words, 0);
    return {
      index: story.index,
      title: story.title,
      start: story.start,
      end: story.end,
      principles: story.meta.principles,
      level: story.meta.level,
      words: total,
      seconds: (total / 150) * 60,
      targetSeconds: LEVEL_GUIDES[story.meta.level].targetSeconds,
      sections,
      checklist: { ...NO_CHECKS, ...checklist },
      principleFit: [],
      suggestedPrinciples: [],
    };
  });
}

function finding(file: StoryFile, ruleId: string, phrase: string, severity: Severity, storyIndex = 0): Finding {
  const start = file.text.indexOf(phrase);
  assert.ok(start >= 0, `fixture lacks "${phrase}"`);
  return { ruleId, severity, message: `${ruleId} at "${phrase}"`, start, end: start + phrase.length, sectionKind: null, storyIndex, tipId: ruleId };
}

function analysisOf(text: string, findings: (file: StoryFile) => Finding[] = () => [], checklist: Partial<Checklist> = {}, level: Level = 'sde2') {
  const file = parse(text, { level });
  const result: CheckResult = { findings: findings(file).sort((a, b) => a.start - b.start), stories: metricsOf(file, checklist) };
  return { file, result };
}

describe('buildCoachModel', () => {
  it('shows the tips of the story\'s findings and only those, deduplicated, most severe first', () => {
    const analysis = analysisOf(BANK, (file) => [
      finding(file, 'passive-action', 'I wrote a fix', 'info'),
      finding(file, 'we-instead-of-i', 'We looked', 'warning'),
      finding(file, 'unquantified-result', 'Things got better', 'warning'),
      finding(file, 'we-instead-of-i', 'I added', 'warning'),
      finding(file, 'generic-reflection', 'Communication is important', 'warning'),
      // Another story's finding: not this story's tip.
      finding(file, 'few-action-steps', 'I profiled', 'info', 1),
      // A tip id with no tip behind it shows no tip (but stays a finding).
      { ...finding(file, 'hedging', 'slow', 'hint', 0), tipId: 'no-such-tip' },
    ]);
    const model = buildCoachModel(analysis, 0);
    assert.deepStrictEqual(
      model.tips.map((t) => t.id),
      ['we-instead-of-i', 'unquantified-result', 'generic-reflection', 'passive-action'],
    );
    const we = model.tips[0];
    assert.strictEqual(we.count, 2);
    assert.strictEqual(we.firstStart, BANK.indexOf('We looked'));
    assert.strictEqual(we.title, getTip('we-instead-of-i')?.title);
    assert.ok(we.hears && we.instead && we.weak && we.strong);
    assert.strictEqual(model.findingCount, 6);
    assert.ok(model.findings.every((f) => f.ruleId !== 'few-action-steps'));
  });

  it('gives a tip the severity of its most severe finding', () => {
    const analysis = analysisOf(BANK, (file) => [
      finding(file, 'we-instead-of-i', 'nobody had filed', 'hint'),
      finding(file, 'unquantified-result', 'Things got better', 'warning'),
      finding(file, 'we-instead-of-i', 'We looked', 'error'),
    ]);
    const model = buildCoachModel(analysis, 0);
    assert.deepStrictEqual(
      model.tips.map((t) => [t.id, t.severity]),
      [
        ['we-instead-of-i', 'error'],
        ['unquantified-result', 'warning'],
      ],
    );
  });

  it('has no tips and no findings for a story without findings', () => {
    const model = buildCoachModel(analysisOf(BANK), 1);
    assert.deepStrictEqual(model.tips, []);
    assert.deepStrictEqual(model.findings, []);
    assert.strictEqual(model.findingCount, 0);
  });

  it('reports each finding with its 1-based line, whatever the line breaks', () => {
    const text = 'line one\r\nline two\rline three\nWe did it';
    const analysis = analysisOf(text, (file) => [finding(file, 'we-instead-of-i', 'We did', 'warning'), finding(file, 'hedging', 'three', 'info')]);
    const model = buildCoachModel(analysis, 0);
    assert.deepStrictEqual(
      model.findings.map((f) => [f.ruleId, f.line]),
      [
        ['hedging', 3],
        ['we-instead-of-i', 4],
      ],
    );
  });

  it('times each section against its target and the story against its level', () => {
    const analysis = analysisOf(BANK);
    const model = buildCoachModel(analysis, 0);
    const metrics = analysis.result.stories[0];
    const spoken = model.sections.filter((s) => s.timing.status !== 'missing');
    assert.deepStrictEqual(
      model.sections.map((s) => s.kind),
      ['situation', 'task', 'action', 'result', 'reflection'],
    );
    const sum = spoken.reduce((total, s) => total + s.timing.words, 0);
    assert.strictEqual(sum, metrics.words);
    assert.strictEqual(model.total.words, metrics.words);
    assert.ok(Math.abs(model.total.seconds - metrics.seconds) < 0.1);
    assert.strictEqual(model.total.targetSeconds, LEVEL_GUIDES.sde2.targetSeconds);
    for (const s of model.sections) assert.strictEqual(s.timing.targetSeconds, SECTION_GUIDES[s.kind].targetSeconds);
    assert.ok(model.sections.every((s) => s.timing.status === 'ok'));
  });

  it('marks a section over its target, a missing one missing and an empty one empty', () => {
    const long = Array.from({ length: 320 }, (_, i) => `word${i}`).join(' ');
    const text = `# Story\n\n## Situation\n${long}\n\n## Task\n\n## Action\nI did it.\n`;
    const model = buildCoachModel(analysisOf(text), 0);
    const status = Object.fromEntries(model.sections.map((s) => [s.kind, s.timing.status]));
    assert.deepStrictEqual(status, { situation: 'over', task: 'empty', action: 'ok', result: 'missing', reflection: 'missing' });
    const situation = model.sections[0];
    assert.ok(situation.timing.seconds > situation.timing.targetSeconds);
    assert.strictEqual(model.total.status, 'over');
  });

  it('ticks what the engine measured and leaves the rest as guidance', () => {
    const model = buildCoachModel(analysisOf(BANK, () => [], { scopeBoundary: true, actionSteps: 2, measuredResult: true }), 0);
    const checklist = Object.fromEntries(model.sections.map((s) => [s.kind, s.checklist]));
    const task = checklist.task;
    assert.strictEqual(task.filter((i) => i.state === 'done').length, 1);
    assert.match(task.find((i) => i.state === 'done')!.label, /scope boundary|not your team/i);
    assert.ok(checklist.action.some((i) => i.state === 'todo' && i.label.includes('2 found')));
    const result = checklist.result;
    assert.deepStrictEqual(
      result.filter((i) => i.state !== 'guide').map((i) => i.state),
      ['done', 'todo', 'todo'],
    );
    // The situation has nothing measured: guidance only, straight from the section guide.
    assert.ok(checklist.situation.length > 0 && checklist.situation.every((i) => i.state === 'guide'));
    assert.deepStrictEqual(
      checklist.situation.map((i) => i.label),
      SECTION_GUIDES.situation.checklist,
    );
    // No measured item appears twice (once measured, once as guidance).
    for (const items of Object.values(checklist)) assert.strictEqual(new Set(items.map((i) => i.label)).size, items.length);
  });

  it('never ticks an item of a missing section', () => {
    const model = buildCoachModel(analysisOf('# Story\n\n## Action\nI did one thing.\n', () => [], { measuredResult: true, widerEffect: true }), 0);
    const result = model.sections.find((s) => s.kind === 'result')!;
    assert.strictEqual(result.timing.status, 'missing');
    assert.ok(result.checklist.every((i) => i.state !== 'done'));
  });

  it('gives lead-with, emphasis, downplay and follow-ups for each of the story\'s principles', () => {
    const analysis = analysisOf(BANK);
    const first = buildCoachModel(analysis, 0);
    assert.deepStrictEqual(
      first.principles.map((p) => p.id),
      analysis.file.stories[0].meta.principles,
    );
    assert.strictEqual(first.principles[0].name, 'Ownership');
    const second = buildCoachModel(analysis, 1);
    assert.deepStrictEqual(
      second.principles.map((p) => p.name),
      ['Dive Deep', 'Bias for Action'],
    );
    for (const p of [...first.principles, ...second.principles]) {
      assert.ok(p.leadWith.length > 0 && p.summary.length > 0);
      assert.ok(p.emphasize.length > 0 && p.downplay.length > 0);
      assert.ok(p.followUps.length > 0);
      for (const q of p.followUps) assert.ok(q.question && q.strongShows && q.probes && q.weakSigns);
    }
  });

  it('skips principle ids it does not know and repeats none', () => {
    const analysis = analysisOf(BANK);
    analysis.result.stories[0].principles = ['ownership', 'not-a-principle', 'Ownership'];
    assert.deepStrictEqual(
      buildCoachModel(analysis, 0).principles.map((p) => p.id),
      ['ownership'],
    );
  });

  it('carries the story\'s title, question and level expectations', () => {
    const analysis = analysisOf(BANK);
    const first = buildCoachModel(analysis, 0);
    assert.strictEqual(first.title, 'Fixing the billing exporter');
    assert.strictEqual(first.question, 'Tell me about a time you went beyond your job description.');
    assert.strictEqual(first.level.id, 'sde2');
    assert.strictEqual(first.level.expectations, LEVEL_GUIDES.sde2.expectations);
    assert.strictEqual(first.storyCount, 2);
    const second = buildCoachModel(analysis, 1);
    assert.strictEqual(second.level.id, 'senior');
    assert.strictEqual(second.total.targetSeconds, LEVEL_GUIDES.senior.targetSeconds);
  });

  it('names the stories before and after it, for the header\'s Previous / Next story', () => {
    const analysis = analysisOf(BANK);
    const first = buildCoachModel(analysis, 0);
    assert.deepStrictEqual([first.previousTitle, first.nextTitle], [null, 'Speeding up search']);
    const second = buildCoachModel(analysis, 1);
    assert.deepStrictEqual([second.previousTitle, second.nextTitle], ['Fixing the billing exporter', null]);
    const untitled = analysisOf('# One\n## Task\nx\n# \n## Action\ny\n# Three\n');
    assert.strictEqual(buildCoachModel(untitled, 0).nextTitle, 'Untitled story 2');
    const single = buildCoachModel(analysisOf('## Action\nI did it.\n'), 0);
    assert.deepStrictEqual([single.previousTitle, single.nextTitle, single.storyCount], [null, null, 1]);
  });

  it('clamps a story index out of range and copes with a file that has no story', () => {
    const analysis = analysisOf(BANK);
    assert.strictEqual(buildCoachModel(analysis, 99).storyIndex, 1);
    assert.strictEqual(buildCoachModel(analysis, -3).storyIndex, 0);
    const binary = analysisOf('\u0000\u0001binary');
    assert.strictEqual(binary.file.stories.length, 0);
    const model = buildCoachModel(binary, 0);
    assert.strictEqual(model.title, 'Untitled story');
    assert.ok(coachModelSchema.safeParse(model).success);
  });

  it('bounds what it carries: a huge title is clipped, findings are capped', () => {
    const title = 'T'.repeat(50_000);
    const text = `# ${title}\n\n## Action\n${'we did it. '.repeat(700)}`;
    const analysis = analysisOf(text, (file) => {
      const out: Finding[] = [];
      for (let at = file.text.indexOf('we did'); at >= 0; at = file.text.indexOf('we did', at + 1)) {
        out.push({ ruleId: 'we-instead-of-i', severity: 'warning', message: 'we', start: at, end: at + 2, sectionKind: 'action', storyIndex: 0, tipId: 'we-instead-of-i' });
      }
      return out;
    });
    const model = buildCoachModel(analysis, 0);
    assert.ok(model.title.length <= MODEL_LIMITS.text);
    assert.strictEqual(model.findings.length, MODEL_LIMITS.findings);
    assert.strictEqual(model.findingCount, 700);
    assert.strictEqual(model.tips.length, 1);
    assert.ok(coachModelSchema.safeParse(model).success);
  });

  it('always builds a model the message schema accepts', () => {
    const line = fc.constantFrom('# Title', '## Situation', '## Task', '## Action', '## Result', '## Reflection', '## Follow-ups', 'We did it.', 'I fixed it.', '', '---', 'principle: Ownership', '<!-- star: level=senior -->');
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.string()), { maxLength: 30 }), fc.nat(), fc.nat(), (lines, at, pick) => {
        const text = lines.join(pick % 2 ? '\r\n' : '\n');
        const analysis = analysisOf(text, (file) =>
          file.stories.map((s) => ({ ruleId: 'hedging', severity: 'info' as const, message: 'm', start: Math.min(s.start + at, text.length), end: text.length, sectionKind: null, storyIndex: s.index, tipId: 'hedging' })),
        );
        const index = storyAt(analysis.file, at % (text.length + 1));
        const model = buildCoachModel(analysis, index);
        const parsed = coachModelSchema.safeParse(model);
        assert.ok(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 2)));
        for (const f of model.findings) assert.ok(f.start <= f.end && f.end <= text.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('buildCoachModel on the engine\'s own analysis', () => {
  const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'];

  it('matches tips to the findings of each story of a bank', () => {
    const analysis = analyze(BANK);
    assert.strictEqual(analysis.file.stories.length, 2);
    for (const story of analysis.file.stories) {
      const model = buildCoachModel(analysis, story.index);
      const own = analysis.result.findings.filter((f) => f.storyIndex === story.index);
      assert.strictEqual(model.findingCount, own.length);
      assert.deepStrictEqual(
        model.tips.map((t) => t.id).sort(),
        [...new Set(own.map((f) => f.tipId))].filter((id) => getTip(id)).sort(),
      );
      const ranks = model.tips.map((t) => SEVERITY_ORDER.indexOf(t.severity));
      assert.deepStrictEqual(ranks, [...ranks].sort((a, b) => a - b));
      assert.ok(coachModelSchema.safeParse(model).success);
    }
    const first = buildCoachModel(analysis, 0);
    assert.ok(first.tips.some((t) => t.id === 'we-instead-of-i'), 'the "We looked" sentence should bring the we→I tip');
    assert.ok(first.tips.some((t) => t.id === 'vague-outcome'), '"Things got better" should bring the vague-outcome tip');
  });

  it('ticks the task\'s scope boundary only when the story states one', () => {
    const withBoundary = buildCoachModel(analyze(BANK), 0).sections.find((s) => s.kind === 'task')!;
    assert.ok(withBoundary.checklist.some((i) => i.state === 'done'));
    const without = BANK.replace("It was another team's exporter and nobody had filed a ticket.", 'My manager gave me the exporter bug.');
    const task = buildCoachModel(analyze(without), 0).sections.find((s) => s.kind === 'task')!;
    assert.ok(task.checklist.every((i) => i.state !== 'done'));
    assert.ok(task.checklist.some((i) => i.state === 'todo'));
  });
});

describe('storyAt', () => {
  const file = parse(BANK, { level: 'sde2' });
  const second = file.stories[1].start;

  it('puts the front matter and the first story\'s text in story 0', () => {
    assert.strictEqual(storyAt(file, 0), 0);
    assert.strictEqual(storyAt(file, BANK.indexOf('Things got better')), 0);
  });

  it('switches exactly at the next story\'s start', () => {
    assert.strictEqual(storyAt(file, second - 1), 0);
    assert.strictEqual(storyAt(file, second), 1);
  });

  it('keeps the last story up to the end of the text and beyond', () => {
    assert.strictEqual(storyAt(file, BANK.length), 1);
    assert.strictEqual(storyAt(file, BANK.length + 100), 1);
  });

  it('is -1 for a file with no story', () => {
    assert.strictEqual(storyAt(parse('\u0000', { level: 'sde2' }), 0), -1);
  });

  it('finds the right story among many', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `# Story ${i}\n\nText ${i}.\n`).join('\n');
    const bank = parse(many, { level: 'sde2' });
    assert.strictEqual(bank.stories.length, 1000);
    for (const i of [0, 1, 499, 998, 999]) {
      const at = many.indexOf(`Text ${i}.`);
      assert.strictEqual(storyAt(bank, at), i);
      assert.strictEqual(bank.stories[storyAt(bank, at)].title, `Story ${i}`);
    }
  });
});
