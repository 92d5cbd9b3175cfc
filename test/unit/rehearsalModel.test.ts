import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/check';
import { PRINCIPLES } from '../../src/core/coaching/principles';
import { SECTION_GUIDES } from '../../src/core/coaching/sections';
import { LEVEL_TARGETS } from '../../src/core/coaching/levelTargets';
import { MAX_ATTEMPTS_PER_STORY, readAttemptStore, writeAttemptStore, type StoredAttempt } from '../../src/core/rehearsal/attempts';
import { attemptFromReport, attemptsToJson, attemptsToMarkdown, historyView } from '../../src/core/rehearsal/history';
import { movedKey, storyKey, storyKeys } from '../../src/core/rehearsal/keys';
import { parseRehearsalExtensionMessage, parseRehearsalWebviewMessage, rehearsalModelSchema } from '../../src/core/rehearsal/messages';
import { buildRehearsalModel, cue, plain } from '../../src/core/rehearsal/model';

// The rehearsal panel's model (cue card, targets, drill order), the story keys attempts are
// kept under, the stored attempts, the history and exports, and the message contract.

const URI = 'file:///stories/bank.star.md';

const STORY = `---
question: Tell me about a time you took on something nobody asked you to.
principle: Ownership
level: senior
---
# Backups that stopped restoring

## Situation
While preparing a **disaster-recovery** drill, I found that restores had failed for five weeks. Nobody had noticed.

## Task
It was not my team's system and nobody had asked me to look.

## Action
- I wrote a script that restored every database into a scratch cluster.
- I traced the failures to the \`--compress\` flag <!-- check the flag name -->and pinned it.

## Result
Restorable databases went from 37 of 60 to all 60 within two days.

## Reflection
Restores had no owner; now they do.

## Follow-ups
### How did the platform team react? ##
They were relieved, because the fix came with evidence.

### What would you do differently?
Bring their on-call in earlier.
`;

function model(text = STORY, index = 0, wordsPerMinute = 150) {
  const analysis = analyze(text, { wordsPerMinute });
  const m = buildRehearsalModel(analysis, index, { uri: URI, wordsPerMinute, timeTolerance: 20 });
  assert.ok(m, 'no model');
  return { m, analysis };
}

describe('rehearsal model', () => {
  it('carries the question, the level target and each spoken section with the engine\'s target and estimate', () => {
    const { m, analysis } = model();
    assert.strictEqual(m.question, 'Tell me about a time you took on something nobody asked you to.');
    assert.strictEqual(m.level.id, 'senior');
    assert.strictEqual(m.level.targetSeconds, analysis.result.stories[0].targetSeconds);
    assert.strictEqual(m.level.targetSeconds, LEVEL_TARGETS.senior.targetSeconds);
    assert.deepStrictEqual(m.sections.map((s) => s.label), ['Situation', 'Task', 'Action', 'Result', 'Reflection']);
    const metrics = analysis.result.stories[0].sections;
    assert.deepStrictEqual(m.sections.map((s) => s.targetSeconds), metrics.map((s) => s.targetSeconds));
    assert.deepStrictEqual(m.sections.map((s) => s.targetSeconds), ['situation', 'task', 'action', 'result', 'reflection'].map((k) => SECTION_GUIDES[k as 'task'].targetSeconds));
    assert.deepStrictEqual(m.sections.map((s) => s.estimateSeconds), metrics.map((s) => s.seconds));
    assert.deepStrictEqual(m.sections.map((s) => s.words), metrics.map((s) => s.words));
    assert.ok(rehearsalModelSchema.safeParse(m).success);
  });

  it('the estimate follows the speaking rate', () => {
    const slow = model(STORY, 0, 100).m;
    const fast = model(STORY, 0, 200).m;
    assert.ok(slow.sections[2].estimateSeconds > fast.sections[2].estimateSeconds);
    assert.strictEqual(slow.wordsPerMinute, 100);
  });

  it('the cue card has every sentence read as plain text, and its first four words', () => {
    const { m } = model();
    const situation = m.sections[0];
    assert.deepStrictEqual(situation.sentences, ['While preparing a disaster-recovery drill, I found that restores had failed for five weeks.', 'Nobody had noticed.']);
    assert.deepStrictEqual(situation.cues, ['While preparing a disaster-recovery …', 'Nobody had noticed.']);
    const action = m.sections[2];
    assert.deepStrictEqual(action.sentences, [
      'I wrote a script that restored every database into a scratch cluster.',
      'I traced the failures to the --compress flag and pinned it.',
    ]);
  });

  it('plain() and cue() stay linear on long runs (no backtracking blow-up)', () => {
    const runs = ['<!--'.repeat(20_000), '['.repeat(50_000), '# '.repeat(40_000), '*'.repeat(100_000)];
    for (const run of runs) {
      const started = process.hrtime.bigint();
      plain(run);
      cue(run);
      assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 1000, `slow on ${run.slice(0, 8)}…`);
    }
  });

  it('drills the story\'s own follow-ups first, with its notes, then its principle\'s', () => {
    const { m } = model();
    const ownership = PRINCIPLES.find((p) => p.id === 'ownership')!;
    assert.deepStrictEqual(
      m.drill.map((q) => [q.source, q.question]),
      [
        ['story', 'How did the platform team react?'],
        ['story', 'What would you do differently?'],
        ...ownership.followUps.map((f) => ['principle', f.question]),
      ],
    );
    assert.strictEqual(m.drill[0].notes, 'They were relieved, because the fix came with evidence.');
    assert.strictEqual(m.drill[2].principle, 'Ownership');
    assert.strictEqual(m.drill[2].strongShows, ownership.followUps[0].strongShows);
    assert.strictEqual(m.drill[2].weakSigns, ownership.followUps[0].weakSigns);
  });

  it('reads follow-ups written as a list of questions, and skips a principle question the story already asks', () => {
    const ownership = PRINCIPLES.find((p) => p.id === 'ownership')!;
    const text = `---\nprinciple: Ownership\n---\n# T\n\n## Action\nI fixed it.\n\n## Follow-ups\n- Who else knew?\n- ${ownership.followUps[0].question}\nA note, not a question.\n`;
    const { m } = model(text);
    assert.deepStrictEqual(m.drill.filter((q) => q.source === 'story').map((q) => q.question), ['Who else knew?', ownership.followUps[0].question]);
    assert.strictEqual(m.drill.filter((q) => q.question === ownership.followUps[0].question).length, 1);
    assert.strictEqual(m.drill.find((q) => q.question === ownership.followUps[0].question)?.notes, 'A note, not a question.');
  });

  it('a draft without sections is one part against the whole story\'s target', () => {
    const { m } = model('# Just prose\n\nI noticed the drops. I fixed the retry.\n');
    assert.deepStrictEqual(m.sections.map((s) => [s.label, s.targetSeconds]), [['Story', LEVEL_TARGETS.sde2.targetSeconds]]);
    assert.strictEqual(m.drill.length, 0);
  });

  it('is bounded and valid for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (junk) => {
        const text = `# A\n\n## Situation\n${junk}\n\n## Follow-ups\n### ${junk}?\n${junk}\n`;
        const m = buildRehearsalModel(analyze(text), 0, { uri: URI, wordsPerMinute: 150, timeTolerance: 20 });
        if (m) assert.ok(rehearsalModelSchema.safeParse(m).success);
      }),
      { numRuns: 150 },
    );
  });
});

describe('rehearsal story keys', () => {
  it('are the file URI and the title; a repeated title gets its order', () => {
    const file = analyze('# Alpha\n\n## Action\nI did.\n\n# Beta\n\n# Alpha\n').file;
    assert.deepStrictEqual(storyKeys(URI, file), [`${URI}#Alpha`, `${URI}#Beta`, `${URI}#Alpha ~2`]);
    assert.deepStrictEqual(storyKeys(URI, analyze('No title at all.').file), [`${URI}#Untitled story`]);
  });

  it('move with the file or a folder above it, and only then', () => {
    const key = storyKey('file:///a/stories/bank.star.md', 'Alpha');
    assert.strictEqual(movedKey(key, 'file:///a/stories/bank.star.md', 'file:///a/stories/old.star.md'), 'file:///a/stories/old.star.md#Alpha');
    assert.strictEqual(movedKey(key, 'file:///a/stories', 'file:///a/archive'), 'file:///a/archive/bank.star.md#Alpha');
    assert.strictEqual(movedKey(key, 'file:///a/stor', 'file:///a/x'), null, 'a name prefix is not a folder');
    assert.strictEqual(movedKey(key, 'file:///a/stories/bank.star', 'file:///x'), null);
    assert.strictEqual(movedKey('file:///a/b.star.md', 'file:///a/b.star.md', 'file:///a/c.star.md'), 'file:///a/c.star.md');
  });
});

function stored(at: number, grades: ('strong' | 'fair' | 'weak' | null)[], times = [30, 20, 90, 15, 15]): StoredAttempt {
  const labels = ['Situation', 'Task', 'Action', 'Result', 'Reflection'];
  return {
    id: `id-${at}`,
    at,
    uri: URI,
    title: 'Backups that stopped restoring',
    level: 'senior',
    wordsPerMinute: 150,
    sections: times.map((seconds, i) => ({ kind: null, label: labels[i], words: 60, seconds, targetSeconds: 30, estimateSeconds: 24 })),
    totalSeconds: times.reduce((a, b) => a + b, 0),
    targetSeconds: 180,
    drill: grades.map((grade, i) => ({ question: `Q${i} | <b>`, source: 'principle', seconds: 40, grade })),
  };
}

describe('stored attempts', () => {
  it('round-trip, and storage from elsewhere loses only its bad entries', () => {
    const good = stored(1000, ['strong']);
    const data = writeAttemptStore(new Map([['k', [good]]]));
    assert.deepStrictEqual(readAttemptStore(JSON.parse(JSON.stringify(data))).get('k'), [good]);
    const messy = { version: 9, stories: { k: [good, { ...good, at: 'yesterday' }, null], bad: 'x', empty: [] } };
    const read = readAttemptStore(messy);
    assert.deepStrictEqual([...read.keys()], ['k']);
    assert.strictEqual(read.get('k')?.length, 1);
    for (const junk of [undefined, null, 42, 'text', [], { stories: null }]) assert.strictEqual(readAttemptStore(junk).size, 0);
  });

  it('keep the newest attempts per story only', () => {
    const many = Array.from({ length: MAX_ATTEMPTS_PER_STORY + 5 }, (_, i) => stored(1000 + i, []));
    const read = readAttemptStore(writeAttemptStore(new Map([['k', many.reverse()]])));
    assert.strictEqual(read.get('k')?.length, MAX_ATTEMPTS_PER_STORY);
    assert.strictEqual(read.get('k')?.[0].at, 1005);
  });

  it('are built from the webview\'s times and grades against the model they were measured on', () => {
    const { m } = model();
    const report = parseRehearsalWebviewMessage({
      type: 'attempt',
      id: 'abcdef123456',
      key: m.key,
      revision: 3,
      startedAt: 1_700_000_000_000,
      sections: [31.2, 18, 95.5, 14, 12],
      drill: [
        { index: 0, seconds: 40, grade: 'strong' },
        { index: 2, seconds: 35.5, grade: 'weak' },
        { index: 3, seconds: 5, grade: null },
      ],
    });
    assert.ok(report && report.type === 'attempt');
    const attempt = attemptFromReport(m, report, URI);
    assert.deepStrictEqual(attempt.sections.map((s) => [s.label, s.seconds, s.targetSeconds]), m.sections.map((s, i) => [s.label, report.sections[i], s.targetSeconds]));
    assert.strictEqual(attempt.totalSeconds, 170.7);
    assert.strictEqual(attempt.targetSeconds, m.level.targetSeconds);
    assert.deepStrictEqual(attempt.drill.map((d) => [d.source, d.question, d.grade]), [
      ['story', m.drill[0].question, 'strong'],
      ['principle', m.drill[2].question, 'weak'],
      ['principle', m.drill[3].question, null],
    ]);
  });

  it('the history shows the newest first, each section\'s trend oldest first, and the next due day', () => {
    const attempts = [stored(3000, ['weak'], [40, 25, 120, 20, 20]), stored(1000, ['strong'], [50, 30, 130, 25, 20]), stored(5000, ['strong'], [31, 19, 88, 14, 14])];
    const view = historyView(attempts, 20);
    assert.deepStrictEqual(view.attempts.map((a) => a.at), [5000, 3000, 1000]);
    // The oldest ran 4:15 against 3:00 (over by more than 20%): strong grades, but fair at best.
    assert.deepStrictEqual(view.attempts.map((a) => a.outcome), ['strong', 'weak', 'fair']);
    assert.deepStrictEqual(view.trends.find((t) => t.label === 'Action')?.times, [130, 120, 88]);
    assert.deepStrictEqual(view.trends.at(-1), { label: 'Total', targetSeconds: 180, times: [255, 225, 166] });
    assert.strictEqual(view.count, 3);
    assert.ok(view.nextDue !== null && view.nextDue > 5000);
    assert.deepStrictEqual(historyView([], 20), { attempts: [], trends: [], count: 0, nextDue: null });
  });

  it('export as Markdown tables (escaped) and as JSON that reads back', () => {
    const stories = new Map([[`${URI}#Backups`, [stored(1000, ['strong', 'fair'])]]]);
    const md = attemptsToMarkdown(stories, 20, 2000);
    assert.match(md, /^# STAR rehearsal attempts/);
    assert.match(md, /## Backups that stopped restoring/);
    assert.match(md, /\| Date \| Situation \| Task \| Action \| Result \| Reflection \| Total \| Outcome \|/);
    assert.match(md, /\| 0:30 \(0:30\) \| 0:20 \(0:30\) \| 1:30 \(0:30\)/);
    assert.match(md, /Q0 \\\| &lt;b&gt; \| 0:40 \| strong \|/);
    const json = JSON.parse(attemptsToJson(stories, 2000));
    assert.deepStrictEqual(readAttemptStore(json).get(`${URI}#Backups`), stories.get(`${URI}#Backups`));
  });
});

describe('rehearsal messages', () => {
  it('accept what each side sends and refuse anything else', () => {
    const { m } = model();
    assert.ok(parseRehearsalExtensionMessage({ type: 'load', model: m, history: historyView([], 20), due: 3 }));
    assert.ok(parseRehearsalExtensionMessage({ type: 'load', model: null, history: historyView([], 20), due: 0 }));
    assert.ok(parseRehearsalWebviewMessage({ type: 'ready' }));
    assert.ok(parseRehearsalWebviewMessage({ type: 'setPace', wordsPerMinute: 163 }));
    const refused = [
      { type: 'setPace', wordsPerMinute: 40 },
      { type: 'setPace', wordsPerMinute: 150.5 },
      { type: 'ready', extra: 1 },
      { type: 'attempt', id: 'short', key: 'k', revision: 1, startedAt: 1, sections: [], drill: [] },
      { type: 'attempt', id: 'abcdefgh1', key: 'k', revision: 1, startedAt: 1, sections: [-1], drill: [] },
      { type: 'attempt', id: 'abcdefgh1', key: 'k', revision: 1, startedAt: 1, sections: [], drill: [{ index: 99, seconds: 1, grade: 'strong' }] },
      { type: 'attempt', id: 'abcdefgh1', key: 'k', revision: 1, startedAt: 1, sections: [], drill: [{ index: 0, seconds: 1, grade: 'excellent' }] },
      { type: 'attempt', id: 'abcdefgh1', key: 'k', startedAt: 1, sections: [], drill: [] },
      { type: 'run', command: 'x' },
      'ready',
      null,
    ];
    for (const message of refused) assert.strictEqual(parseRehearsalWebviewMessage(message), undefined, JSON.stringify(message));
    assert.strictEqual(parseRehearsalExtensionMessage({ type: 'load', model: { ...m, sections: 'x' }, history: historyView([], 20), due: 0 }), undefined);
  });
});
