// The token-level matcher and the precision work of issue 11, on the forms real writing uses.
import * as assert from 'assert';
import { check } from '../../src/core/check';
import { foundBy as found, storyOf, type StoryParts } from './fixtureHarness';
import { defaultEngineConfig } from '../../src/core/config';
import { matchLists, phraseMatchers } from '../../src/core/phrases';
import { PhraseIndex, stem, tokenize } from '../../src/core/tokens';

const STEPS = 'I traced the leak to a retry loop. I wrote a patch with a test. I added an alert on queue age.';
const DEFAULTS = {
  situation: 'The export queue backed up every Monday; it belonged to another team and nobody had a ticket.',
  task: 'Nobody asked me to; I decided to fix it.',
  action: STEPS,
  result: 'The backlog went from 4,000 jobs to none, saving support 5 hours a week. Two other teams adopted the alert.',
  reflection: 'I now alert on the age of the oldest job, because the queue length looked normal while jobs waited.',
};
const story = (p: StoryParts) => storyOf(p, DEFAULTS);

describe('tokens: words scanned once', () => {
  it('opens contractions, straightens apostrophes and keeps offsets', () => {
    const t = tokenize("We didn’t ship; we're done, it's fine.");
    assert.deepStrictEqual(t.words, ['we', 'did', 'not', 'ship', ';', 'we', 'are', 'done', ',', 'it', 'is', 'fine', '.']);
    assert.strictEqual("We didn’t ship".slice(t.starts[2], t.ends[2]), 'n’t');
  });

  it('folds inflections to one stem', () => {
    assert.strictEqual(stem('reduced'), stem('reduce'));
    assert.strictEqual(stem('reducing'), stem('reduces'));
    assert.strictEqual(stem('stopped'), stem('stop'));
    assert.strictEqual(stem('built'), stem('build'));
    assert.notStrictEqual(stem('conversion'), stem('conversions').slice(0, 3));
  });

  it('matches a flexible phrase across modifiers and inflections, a literal one word for word', () => {
    const index = new PhraseIndex<'x' | 'y'>();
    index.add('x', '{improve|reduce} * {reliability|failures}', true);
    index.add('x', 'build trust', true);
    index.add('y', 'reduced failures', false);
    const hits = (text: string) => [...matchLists(index as never, tokenize(text), text, 0)].flatMap(([list, ms]) => ms.map((m) => `${list}:${m.phrase}`));
    assert.deepStrictEqual(hits('We greatly reduced deployment failures.'), ['x:reduced deployment failures']);
    assert.deepStrictEqual(hits('It improved the overall system reliability.'), ['x:improved the overall system reliability']);
    assert.deepStrictEqual(hits('It built a lot of trust.'), ['x:built a lot of trust']);
    assert.deepStrictEqual(hits('It reduced failures.').sort(), ['y:reduced failures']);
    assert.deepStrictEqual(hits('It reduces failures.'), [], 'a literal phrase is not stemmed; a flexible one needs its * word');
  });

  it("keeps a workspace's phrases literal: no stems, no skipped words", () => {
    const index = phraseMatchers({ ...defaultEngineConfig(), phrases: { hedges: ['circled back'] } });
    const hits = (text: string) => matchLists(index, tokenize(text), text, 0).get('hedges')?.map((m) => m.phrase) ?? [];
    assert.deepStrictEqual(hits('I circled back later.'), ['circled back']);
    assert.deepStrictEqual(hits('I circle back later. I circled quickly back.'), []);
  });
});

describe('we-instead-of-i: only where "we" hides the writer', () => {
  it('flags "we" doing a step in the Action', () => {
    assert.deepStrictEqual(found(story({ action: `${STEPS} We shipped it on Friday.` }), 'we-instead-of-i'), ['We']);
  });

  it('leaves subordinate clauses, proposals, states and two parties in the Action alone', () => {
    for (const sentence of [
      'When we ran into pushback, I wrote a one-page comparison.',
      'I proposed a plan: we ship behind a flag and watch the error rate.',
      'We had two options.',
      'We needed to choose an event source.',
      'We both dug in.',
      'Once we drew it out, the issue was clear.',
    ]) {
      assert.deepStrictEqual(found(story({ action: `${STEPS} ${sentence}` }), 'we-instead-of-i'), [], sentence);
    }
  });

  it('leaves the Situation’s scene-setting alone', () => {
    assert.deepStrictEqual(found(story({ situation: 'We were a team of six running the billing stack. Our team manages the ledger; nobody had a ticket for the export.' }), 'we-instead-of-i'), []);
  });

  it('reads what two people became and what happened to a set-up as states, not steps', () => {
    for (const sentence of ['We hugged it out in the car park.', 'We ended up becoming close friends.', 'We laughed about it a month later.', "We've had the disk alarm fire once since."]) {
      assert.deepStrictEqual(found(story({ result: `The backlog went from 4,000 jobs to none. ${sentence}` }), 'we-instead-of-i'), [], sentence);
    }
    for (const sentence of ['We were using the default connection pool of ten.', 'We were seeing timeouts every Monday.', 'Because the job skipped the flag, we were accepting stale rows.']) {
      assert.deepStrictEqual(found(story({ action: `${STEPS} ${sentence}` }), 'we-instead-of-i'), [], sentence);
    }
    // A step is still a step: the migration was run, the release was shipped.
    assert.deepStrictEqual(found(story({ action: `${STEPS} We were running the migration in small batches.` }), 'we-instead-of-i'), ['We']);
    assert.deepStrictEqual(found(story({ result: 'We ended up shipping the release two days late.' }), 'we-instead-of-i'), ['We']);
  });

  it('flags the Result only where "we" hides a step and no "I" is named', () => {
    for (const sentence of ['We have not seen the alert since.', 'We kept a good working relationship.', 'We passed the audit — I had rebuilt the evidence trail.']) {
      assert.deepStrictEqual(found(story({ result: `The backlog went from 4,000 jobs to none. ${sentence}` }), 'we-instead-of-i'), [], sentence);
    }
    assert.deepStrictEqual(found(story({ result: 'We shipped with PostgreSQL and cut p99 from 2 s to 300 ms.' }), 'we-instead-of-i'), ['We']);
    assert.deepStrictEqual(found(story({ result: 'Readiness reached 90%, a testament to our training.' }), 'we-instead-of-i'), ['our training']);
  });
});

describe('hedging: doubt about your own claim, not narration', () => {
  it('leaves hindsight, speech to someone, a corrected past belief and a rough figure in the Action alone', () => {
    for (const [part, text] of [
      ['result', 'It shipped late. Had I told him sooner, things might have gone differently.'],
      ['action', `${STEPS} He said: I think you made a serious mistake.`],
      ['action', `${STEPS} I assumed she had pressed the wrong button, but when I asked she showed me the log.`],
      ['action', `${STEPS} I assumed speed was a staffing problem. Most of it was the same five questions.`],
      ['action', `Maybe 5 minutes on the floor. ${STEPS}`],
    ] as const) {
      assert.deepStrictEqual(found(story({ [part]: text }), 'hedging'), [], text);
    }
  });
  it('still flags a hedged Result figure, an uncorrected assumption and a step played down', () => {
    assert.deepStrictEqual(found(story({ result: 'It was probably 30% faster.' }), 'hedging'), ['probably']);
    assert.deepStrictEqual(found(story({ result: 'I assumed the fix worked.' }), 'hedging'), ['I assumed']);
    assert.deepStrictEqual(found(story({ action: `${STEPS} I answered the best I could.` }), 'hedging'), ['the best I could']);
  });
});

describe('result-missing-business-impact: a cut wait and the people served are what it was worth', () => {
  it('is quiet on a wait people sit through, cut, and on readers or patients; still asks about a latency', () => {
    for (const result of ['I cut the CI pipeline time from 30 minutes to 20.', 'Not one of the 100 readers complained in a month.', 'Falls among the 40 patients on the ward went to zero.']) {
      assert.deepStrictEqual(found(story({ result }), 'result-missing-business-impact'), [], result);
    }
    assert.strictEqual(found(story({ result: 'p99 latency went from 2 s to 300 ms.' }), 'result-missing-business-impact').length, 1);
  });
});

describe('passive-action: only a passive that hides the writer', () => {
  it("flags a hidden step but not a system's behaviour, a defect or a clause under another", () => {
    assert.deepStrictEqual(found(story({ action: `${STEPS} The fix was deployed on Monday.` }), 'passive-action'), ['was deployed']);
    for (const sentence of ['Requests were dropped at the gateway.', 'The leak was created by a retry loop.', 'I waited until the problem was resolved.', 'I asked how the cache was configured.']) {
      assert.deepStrictEqual(found(story({ action: `${STEPS} ${sentence}` }), 'passive-action'), [], sentence);
    }
  });

  it('offers the passive’s own verb only if the step was the writer’s', () => {
    const f = check(story({ action: `${STEPS} The fix was deployed on Monday.` })).findings.find((x) => x.ruleId === 'passive-action');
    assert.ok(f && /if it was you/.test(f.message) && /I deployed/.test(f.message), f?.message);
  });
});

describe('few-action-steps: labelled and elided-subject steps, never a noun phrase', () => {
  const steps = (action: string) => check(story({ action })).stories[0].checklist.actionSteps;
  it('counts "Week 1:" and "Proposed:" steps and base-form bullets', () => {
    assert.strictEqual(steps('Week 1: migrated the read path.\nWeek 2: moved the writes.\nProposed: a shadow table for the cut-over.'), 2);
    assert.strictEqual(steps('- Ask support for a test case\n- Document the pros and cons\n- Propose a PoC'), 3);
    assert.strictEqual(steps('Immediately powered off the server and closed the ports.'), 2);
  });
  it('does not count a participle used as an adjective', () => {
    assert.strictEqual(steps('Detailed logs showed the leak. Automated tests were flaky.'), 0);
  });
  it('counts the step a non-step verb carries, a verb after "and", and the activity an evening was spent on', () => {
    assert.strictEqual(steps('I was further explaining the trade-offs to the architect.'), 1);
    assert.strictEqual(steps('I first tried using a compression app and then experimented with remote images.'), 2);
    assert.strictEqual(steps('I stepped in and said it was my error.'), 2);
    assert.strictEqual(steps('I spent an evening building a prototype.'), 2);
    // An attempt, a state or the scene is still no step.
    assert.strictEqual(steps('I was trying to keep the floor clean. I was working nights. I was feeling nervous.'), 0);
  });
  it('counts the writer\'s part told without "I + verb", and an adverb between "I" and the verb', () => {
    assert.strictEqual(steps('I even carried her bags to the taxi rank.'), 1);
    assert.strictEqual(steps('The first thing I did for her was try calling the landlord.'), 1);
    assert.strictEqual(steps('I was the one who sat with the family. I happened to be the one to answer the phone.'), 2);
    assert.strictEqual(steps('The shift lead and myself covered the extra tables.'), 1);
    assert.strictEqual(steps('Sometimes that meant covering a weekend. Sometimes it just meant listening.'), 2);
    assert.strictEqual(steps('- Collaborate with design on the wording\n- Worked with affected teams to replan'), 2);
    // Still no step: a wait a role meant, "myself included", a line someone else says.
    assert.strictEqual(steps('That meant waiting a week. The whole team and myself included were tired. Him: “No.”'), 0);
  });
});

describe('vague-outcome, generic-reflection, assigned-not-initiated: the forms real writing uses', () => {
  it('finds vague outcomes with modifiers in between', () => {
    assert.deepStrictEqual(found(story({ result: 'It built a lot of trust between the teams.' }), 'vague-outcome'), ['built a lot of trust']);
    assert.deepStrictEqual(found(story({ result: 'Overall we greatly reduced deployment failures.' }), 'vague-outcome'), ['reduced deployment failures']);
    assert.deepStrictEqual(found(story({ result: 'We reduced deployment failures from 12 a month to 1.' }), 'vague-outcome'), []);
  });

  it('leaves commentary on the figure just given and looking forward to the work alone', () => {
    assert.deepStrictEqual(found(story({ result: 'Readiness rose to 90%. This level of readiness was a testament to the drills.' }), 'vague-outcome'), []);
    assert.deepStrictEqual(found(story({ result: 'There was a lot of work left. I was very excited about doing it.' }), 'vague-outcome'), []);
    // Without the figure before it, or as the outcome itself, it is still vague.
    assert.deepStrictEqual(found(story({ result: 'This level of readiness was a testament to the drills.' }), 'vague-outcome'), ['testament to']);
    assert.deepStrictEqual(found(story({ result: 'The team was very excited about the new dashboard.' }), 'vague-outcome'), ['was very excited']);
  });

  it('finds slogans, equations and restated principles', () => {
    for (const lesson of ["Bias for action isn't rushing, it's moving on the data you have.", 'Trust = honesty + follow-through.', 'It showed me the value of respectful pushback.']) {
      assert.strictEqual(found(story({ reflection: lesson }), 'generic-reflection').length, 1, lesson);
    }
  });

  it('finds work handed to the writer', () => {
    assert.deepStrictEqual(found(story({ task: 'I was told I would run the project.' }), 'assigned-not-initiated'), ['I was told I would']);
    assert.deepStrictEqual(found(story({ task: 'I was brought on to own the migration.' }), 'assigned-not-initiated'), ['I was brought on to']);
    assert.deepStrictEqual(found(story({ situation: 'I received a Sev 2 to patch every fleet host.' }), 'assigned-not-initiated'), ['I received a Sev']);
    assert.deepStrictEqual(found(story({ task: 'It was decided that I would lead the rewrite.' }), 'assigned-not-initiated'), ['It was decided that I']);
  });
});

describe('hand-off-language and placeholders', () => {
  it('does not read a negated hand-off as one', () => {
    assert.deepStrictEqual(found(story({ action: `${STEPS} I didn't wait for them.` }), 'hand-off-language'), []);
  });
  it('finds a placeholder written as inline code, not one in a fenced block', () => {
    const text = story({ result: 'Latency fell by `[?]` ms.\n\n```\n[?]\n```' });
    assert.deepStrictEqual(found(text, 'unfilled-placeholder'), ['[?]']);
  });
});
