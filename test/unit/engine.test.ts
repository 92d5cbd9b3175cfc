import * as assert from 'assert';
import { analyze, check } from '../../src/core/check';
import { findFigures, findPlaceholders } from '../../src/core/figures';
import { parse } from '../../src/core/parse';
import { countWords, sentencesIn } from '../../src/core/prose';
import { sectionKindsOf } from '../../src/core/sections';
import type { CheckResult } from '../../src/core/types';
import { listFixtures, loadFixture } from './fixtureHarness';

// Focused tests of the engine's parts: parse (front matter ranges, banks, aliases, suppressions,
// masking), prose (sentences, words), figures, metrics and the runner's guarantees.

const opts = { level: 'sde2' as const };

/** Offsets of the `n`-th (0-based) occurrence of `needle`. */
function span(text: string, needle: string, n = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" #${n} not in the text`);
  }
  return { start: at, end: at + needle.length };
}

function texts(text: string, spans: { start: number; end: number }[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

const STORY = [
  '---',
  'question: Tell me about a time you went beyond your role.',
  'principle: Ownership',
  'level: sde2',
  '---',
  '# Queue backlog nobody owned',
  '',
  '## Situation',
  'The export queue held about 4,000 stale jobs every Monday. It was owned by another team and nobody had a ticket.',
  '',
  '## Task',
  'Nobody asked me to; I decided to clear the backlog for good.',
  '',
  '## Action',
  'I traced the stale jobs to a worker that crashed on empty payloads.',
  'I wrote a guard for empty payloads and a test for it.',
  'I added an alert on queue age and watched it for two weeks.',
  '',
  '## Result',
  'The Monday backlog went from 4,000 jobs to none, saving the support team 5 hours a week. Two other teams adopted the queue-age alert.',
  '',
  '## Reflection',
  'I now alert on the age of the oldest job, because the queue length looked normal while jobs waited for days.',
  '',
].join('\n');

describe('engine: parse', () => {
  describe('front matter', () => {
    const text = ['---', 'question: Q', 'principle:', '  - Ownership', '  - Speed', 'level: sde9', 'colour: blue', '---', '# T', ''].join('\n');
    const file = parse(text, opts);
    const find = (pred: (m: string) => boolean) => file.problems.find((p) => pred(p.message));

    it('puts a bad level on the value itself, not on line 1', () => {
      const p = find((m) => m.includes('sde9'));
      assert.ok(p);
      assert.strictEqual(p.ruleId, 'invalid-front-matter');
      assert.strictEqual(p.severity, 'error');
      assert.deepStrictEqual({ start: p.start, end: p.end }, span(text, 'sde9'));
    });

    it('puts an unknown principle in a list on that list item', () => {
      const p = find((m) => m.includes('"Speed"'));
      assert.ok(p);
      assert.strictEqual(p.ruleId, 'unknown-principle');
      assert.deepStrictEqual({ start: p.start, end: p.end }, span(text, 'Speed'));
    });

    it('reports an unknown key as a hint on the key', () => {
      const p = find((m) => m.includes('colour'));
      assert.ok(p);
      assert.strictEqual(p.severity, 'hint');
      assert.deepStrictEqual({ start: p.start, end: p.end }, span(text, 'colour'));
    });

    it('puts a value of the wrong type on that value', () => {
      const t = '---\nlevel: sde2\nquestion: [one, two]\n---\n';
      const [p] = parse(t, opts).problems;
      assert.ok(p);
      assert.deepStrictEqual({ start: p.start, end: p.end }, span(t, '[one, two]'));
    });

    it('puts a duplicate key on the second occurrence', () => {
      const t = '---\nlevel: sde2\nlevel: senior\n---\n';
      const [p] = parse(t, opts).problems;
      assert.ok(p);
      assert.strictEqual(t.slice(p.start, p.end), 'level: senior');
      assert.strictEqual(p.start, span(t, 'level', 1).start);
      assert.match(p.message, /"level" is given twice, so only its first value is read/);
    });

    it('reports front matter that is never closed on its opening fence', () => {
      const t = '---\nlevel: sde2\n# Title\n';
      const f = parse(t, opts);
      assert.strictEqual(f.frontMatter, null);
      const [p] = f.problems;
      assert.ok(p);
      assert.strictEqual(p.start, 0);
      assert.ok(p.end <= t.indexOf('\n'));
    });

    it('reads valid values, level aliases, principle lists and a BOM', () => {
      const t = '\uFEFF---\nquestion: Why?\nprinciple: ownership, Are Right, A Lot\nlevel: L6\ntags: [a]\n---\n# T\n';
      const f = parse(t, opts);
      assert.deepStrictEqual(f.problems, []);
      assert.deepStrictEqual(f.frontMatter?.data, { question: 'Why?', level: 'senior', principles: ['ownership', 'are-right-a-lot'] });
      assert.strictEqual(f.frontMatter?.start, 1);
      assert.strictEqual(f.stories[0].meta.level, 'senior');
    });
  });

  describe('stories and sections', () => {
    const bank = [
      '---',
      'principle: Ownership',
      'level: sde2',
      '---',
      '# First',
      '## Situation',
      'a',
      '# Second',
      '<!-- star: principle=Dive Deep level=principal -->',
      '## Task',
      'b',
      '# Third',
      '<!-- star: level=sde7 -->',
      '## Action',
      'c',
    ].join('\n');
    const file = parse(bank, opts);

    it('starts a story at each H1, with its own sections', () => {
      assert.deepStrictEqual(file.stories.map((s) => s.title), ['First', 'Second', 'Third']);
      assert.deepStrictEqual(file.stories.map((s) => s.sections.map((x) => x.kind)), [['situation'], ['task'], ['action']]);
      assert.strictEqual(file.stories[1].start, bank.indexOf('# Second'));
      assert.strictEqual(file.stories[0].end, file.stories[1].start);
      assert.strictEqual(file.stories[2].end, bank.length);
    });

    it('applies a story override comment over the front matter, for that story only', () => {
      assert.deepStrictEqual(file.stories.map((s) => s.meta.level), ['sde2', 'principal', 'sde2']);
      assert.deepStrictEqual(file.stories.map((s) => s.meta.principles), [['ownership'], ['dive-deep'], ['ownership']]);
    });

    it('reports a bad override on the comment, for its story', () => {
      const p = file.problems.find((x) => x.message.includes('sde7'));
      assert.ok(p);
      assert.strictEqual(p.storyIndex, 2);
      assert.deepStrictEqual({ start: p.start, end: p.end }, span(bank, '<!-- star: level=sde7 -->'));
    });

    it('treats a file without H1 as one untitled story, and sections before the first H1 as one', () => {
      const none = parse('## Situation\nx\n## Action\ny\n', opts);
      assert.strictEqual(none.stories.length, 1);
      assert.strictEqual(none.stories[0].title, null);
      const before = parse('## Situation\nx\n# Later\n## Action\ny\n', opts);
      assert.deepStrictEqual(before.stories.map((s) => s.title), [null, 'Later']);
      const intro = parse('Some notes.\n# Only\n## Action\ny\n', opts);
      assert.deepStrictEqual(intro.stories.map((s) => s.title), ['Only']);
    });

    it('keeps heading and body offsets of each section', () => {
      const f = parse(STORY, opts);
      const action = f.stories[0].sections.find((s) => s.kind === 'action');
      assert.ok(action);
      assert.strictEqual(STORY.slice(action.headingStart, action.headingEnd), '## Action');
      assert.ok(STORY.slice(action.bodyStart, action.bodyEnd).startsWith('I traced'));
      assert.ok(STORY.slice(action.bodyStart, action.bodyEnd).trimEnd().endsWith('two weeks.'));
    });

    it('ignores headings inside fenced code', () => {
      const f = parse('# Story\n## Action\n```\n## Result\n# Not a story\n```\ntext\n', opts);
      assert.strictEqual(f.stories.length, 1);
      assert.deepStrictEqual(f.stories[0].sections.map((s) => s.kind), ['action']);
    });
  });

  describe('section aliases', () => {
    const cases: [string, string[]][] = [
      ['Situation', ['situation']],
      ['S — Situation', ['situation']],
      ['1. Situation:', ['situation']],
      ['S', ['situation']],
      ['Context', ['situation']],
      ['T: Task', ['task']],
      ['Goal', ['task']],
      ['What I did', ['action']],
      ['Actions', ['action']],
      ['**Result**', ['result']],
      ['Outcome', ['result']],
      ['Impact', ['result']],
      ['Lessons learned', ['reflection']],
      ['What I learned', ['reflection']],
      ['Learnings', ['reflection']],
      ['Follow-ups', ['followups']],
      ['Probes', ['followups']],
      ['Q&A', ['followups']],
      ['Situation / Task', ['situation', 'task']],
      ['Notes', []],
      ['Metrics', []],
      ['STAR summary', []],
    ];
    for (const [heading, kinds] of cases) {
      it(`"## ${heading}" → ${kinds.join(' + ') || 'not a section'}`, () => assert.deepStrictEqual(sectionKindsOf(heading), kinds));
    }
  });

  describe('suppression comments', () => {
    const text = [
      '<!-- star-disable-file hedging -->',
      'a',
      '<!-- star-disable we-instead-of-i, passive-action -->',
      'b',
      '<!-- star-enable -->',
      'c',
      '<!-- star-disable-next-line -->',
      'd',
      'e',
      '<!-- star-disable -->',
      'f',
    ].join('\n');
    const s = parse(text, opts).suppressions;

    it('reads all four forms', () => {
      assert.strictEqual(s.length, 4);
      const file = s.find((x) => x.rules?.[0] === 'hedging');
      assert.deepStrictEqual(file, { rules: ['hedging'], start: 0, end: text.length });
      const block = s.find((x) => x.rules?.includes('we-instead-of-i'));
      assert.ok(block);
      assert.deepStrictEqual(block.rules, ['we-instead-of-i', 'passive-action']);
      assert.strictEqual(text.slice(block.start, block.end).trim(), 'b');
    });

    it('covers the next line only for disable-next-line, and the rest of the file for an open disable', () => {
      const next = s.find((x) => x.rules === null && x.start === text.indexOf('<!-- star-disable-next-line'));
      assert.ok(next);
      const covered = text.slice(next.start, next.end);
      assert.ok(covered.endsWith('\nd') && !covered.includes('\ne'), JSON.stringify(covered));
      const open = s.find((x) => x.rules === null && x !== next);
      assert.ok(open);
      assert.strictEqual(open.end, text.length);
      assert.ok(text.slice(open.start, open.end).includes('f'));
    });
  });

  describe('masked prose', () => {
    const text = [
      '---',
      'level: sde2',
      '---',
      '# Title',
      'I ran `we deploy` and read <!-- we said so --> the [runbook](https://example.com/we/our-team).',
      '```sh',
      'we run this',
      '```',
      '**We** shipped it.',
    ].join('\r\n');
    const prose = parse(text, opts).prose;

    it('keeps the length and every line break where it was', () => {
      assert.strictEqual(prose.length, text.length);
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n' || text[i] === '\r') assert.strictEqual(prose[i], text[i], `line break at ${i}`);
      }
    });

    it('blanks front matter, headings, inline code, comments, link targets and fenced code', () => {
      for (const hidden of ['level: sde2', '# Title', '`we deploy`', '<!-- we said so -->', '(https://example.com/we/our-team)', 'we run this', '```sh']) {
        const at = span(text, hidden);
        assert.strictEqual(prose.slice(at.start, at.end).trim(), '', `"${hidden}" is still prose`);
      }
    });

    it('keeps the words around them, link text and emphasised words at the same offsets', () => {
      for (const kept of ['I ran', 'and read', 'runbook', 'We', 'shipped it.']) {
        const at = span(text, kept);
        assert.strictEqual(prose.slice(at.start, at.end), kept);
      }
      assert.strictEqual(prose.slice(text.indexOf('**We**'), text.indexOf('**We**') + 6), '  We  ');
    });

    it('never puts a rule finding inside a masked span', () => {
      const t = '# S\n## Action\nI traced it. `We fixed it.` <!-- We fixed it. --> I wrote the patch. I added a test.\n```\nWe fixed it.\n```\n';
      const r = check(t);
      assert.deepStrictEqual(r.findings.filter((f) => f.ruleId === 'we-instead-of-i'), []);
    });
  });
});

describe('engine: prose', () => {
  const sentences = (body: string) => {
    const file = parse(body, opts);
    return sentencesIn(file, 0, body.length);
  };

  it('splits on . ! ? and keeps offsets into the text', () => {
    const body = 'I traced it. Then I fixed it! Did it hold? Yes.';
    const s = sentences(body);
    assert.deepStrictEqual(s.map((x) => x.text), ['I traced it.', 'Then I fixed it!', 'Did it hold?', 'Yes.']);
    for (const x of s) assert.strictEqual(body.slice(x.start, x.end), x.text);
  });

  it('makes no sentence of a stretch without a word: runs of marks stay out of the rules', () => {
    const body = 'I traced it! !! ?? Then I fixed it. — … ![![![ 40%.';
    assert.deepStrictEqual(sentences(body).map((x) => x.text), ['I traced it!', 'Then I fixed it.', '40%.']);
    // 100 000 image openers in a sentence's place: no sentence at all, however long the run.
    assert.deepStrictEqual(sentences('!['.repeat(100_000)), []);
  });

  it('does not split after abbreviations, initials or inside decimals and versions', () => {
    const s = sentences('I checked the caches, e.g. the CDN. Uptime hit 99.9% after v2.1 shipped. Dr. Lee and J. Doe agreed, etc. and so on.');
    assert.deepStrictEqual(s.map((x) => x.text), ['I checked the caches, e.g. the CDN.', 'Uptime hit 99.9% after v2.1 shipped.', 'Dr. Lee and J. Doe agreed, etc. and so on.']);
  });

  it('keeps a closing quote with its sentence and blanks reported speech from the voice', () => {
    const s = sentences('She said "we can wait." I disagreed. The lead wrote, “ship it now”, and I did.');
    assert.deepStrictEqual(s.map((x) => x.text), ['She said "we can wait."', 'I disagreed.', 'The lead wrote, “ship it now”, and I did.']);
    assert.ok(!s[0].voice.includes('we'));
    assert.strictEqual(s[0].voice.length, s[0].text.length);
    assert.ok(!s[2].voice.includes('ship') && s[2].voice.includes('and I did'));
  });

  it('treats a paragraph wrapped whole in quotes as the writer speaking', () => {
    const s = sentences('"We shipped it on Monday. Then we measured it."');
    assert.ok(s.every((x) => x.voice === x.text));
    assert.ok(s.some((x) => /\bwe\b/i.test(x.voice)));
  });

  it('starts a new unit at each list item and marks its first sentence as a bullet', () => {
    const s = sentences('- Built a tool that finds leaks.\n- Wrote docs. Shared them.\n\n1. Ran it.\nPlain line.');
    assert.deepStrictEqual(s.map((x) => [x.text, x.bullet]), [
      ['Built a tool that finds leaks.', true],
      ['Wrote docs.', true],
      ['Shared them.', false],
      ['Ran it.', true],
      ['Plain line.', false],
    ]);
  });

  it('counts words: contractions, hyphenated words and numbers count once', () => {
    const t = "I can't say it's 99.9% state-of-the-art, $50K/hour. Done.";
    assert.strictEqual(countWords(parse(t, opts).prose, 0, t.length), 9);
    const masked = parse('Read `a b c d` and <!-- e f g --> [h](i j k).', opts).prose;
    assert.strictEqual(countWords(masked, 0, masked.length), 3);
  });
});

describe('engine: figures', () => {
  const figures = (t: string) => texts(t, findFigures(t));
  const holes = (t: string) => texts(t, findPlaceholders(t));

  const measured: [string, string][] = [
    ['It saved ~30 min a build.', '30'],
    ['Builds ran 2x faster.', '2x'],
    ['Review went from 3 days → 4 hours.', '3'],
    ['The outage cost $50K/hour.', '$50K'],
    ['Availability held at 99.9%.', '99.9%'],
    ['We hit a p99 of 120 ms.', '120'],
    ['Support saw 40% fewer tickets.', '40%'],
    ['The change halved the errors.', 'halved'],
    ['Errors dropped to zero.', 'to zero'],
    ['It cut cold starts in half.', 'cut cold starts in half'],
    ['It saved 1,200 hours.', '1,200'],
    ['Two teams adopted it.', 'Two teams'],
    ['Latency fell tenfold.', 'tenfold'],
    ['The refund cost almost ten thousand dollars.', 'ten thousand dollars'],
    ['It saved a few thousand euros a year.', 'a few thousand euros'],
  ];
  for (const [sentence, figure] of measured) {
    it(`counts "${figure}" in "${sentence}"`, () => {
      const found = figures(sentence);
      assert.ok(found.some((f) => f === figure || f.includes(figure) || figure.includes(f)), `found ${JSON.stringify(found)}`);
    });
  }

  it('does not count years, ordinals, dates or versions', () => {
    assert.deepStrictEqual(figures('In 2023 the 3rd release, v4.2.1, shipped on 2024-03-18 and 3/14.'), []);
  });

  it('does not count time that places an event in the telling, nor "a third" before a noun', () => {
    for (const sentence of [
      'I reached the ward 20 minutes after that and the bed was free.',
      'Ten minutes before our doors closed, the last family came in.',
      'Over the remaining two weeks I met every tutor.',
      'Two days later the manager called me back.',
      'We weighed a third option: keeping both systems.',
    ]) {
      assert.deepStrictEqual(figures(sentence), [], sentence);
    }
  });

  it('still counts a time that is measured against another, a fraction, and a time span sized as the outcome', () => {
    assert.deepStrictEqual(figures('We fixed it in an hour instead of finding out three weeks later.'), ['three weeks']);
    assert.deepStrictEqual(figures('Production began 2 months earlier than planned.'), ['2']);
    assert.deepStrictEqual(figures('It cut the queue by a third.'), ['a third']);
    assert.deepStrictEqual(figures('A half-hour of preparation saved the release.'), ['A half']);
    assert.deepStrictEqual(figures('Four weeks into the term he is passing every class.'), ['Four weeks']);
  });

  it('does count a year-like number that is a measure', () => {
    assert.deepStrictEqual(figures('It served 2000 users.'), ['2000']);
  });

  const placeholders: [string, string][] = [
    ['Latency fell X%.', 'X%'],
    ['It saved [?] hours.', '[?]'],
    ['Impact: TBD.', 'TBD'],
    ['From N ms to N ms.', 'N ms'],
    ['It saved $X a week.', '$X'],
    ['It saved [insert figure].', '[insert figure]'],
    ['Errors fell ??? percent.', '???'],
  ];
  for (const [sentence, hole] of placeholders) {
    it(`finds the placeholder "${hole}" in "${sentence}"`, () => assert.ok(holes(sentence).includes(hole), JSON.stringify(holes(sentence))));
  }

  it('does not see placeholders in ordinary words', () => {
    assert.deepStrictEqual(holes('The X-ray view, N+1 queries, the Y axis and Series B customers.'), []);
  });

  it('shifts spans by the offset it is given', () => {
    assert.deepStrictEqual(findFigures('cut 40%', 100), [{ start: 104, end: 107 }]);
    assert.deepStrictEqual(findPlaceholders('cut X%', 10), [{ start: 14, end: 16 }]);
  });
});

describe('engine: metrics', () => {
  const result = check(STORY);
  const story = result.stories[0];
  const words = (section: string) => {
    const f = parse(STORY, opts);
    const s = f.stories[0].sections.find((x) => x.kind === section)!;
    return countWords(f.prose, s.bodyStart, s.bodyEnd);
  };

  it('reports words, seconds at 150 wpm and the target of every spoken section', () => {
    assert.deepStrictEqual(story.sections.map((s) => [s.kind, s.targetSeconds]), [
      ['situation', 20],
      ['task', 14],
      ['action', 62],
      ['result', 14],
      ['reflection', 10],
    ]);
    assert.strictEqual(story.sections.reduce((n, s) => n + s.targetSeconds, 0), story.targetSeconds);
    for (const s of story.sections) {
      assert.strictEqual(s.words, words(s.kind), s.kind);
      assert.strictEqual(s.seconds, Math.round((s.words * 60) / 150), s.kind);
    }
    assert.strictEqual(story.words, story.sections.reduce((n, s) => n + s.words, 0));
    assert.strictEqual(story.seconds, Math.round((story.words * 60) / 150));
  });

  it('sets the story target by level: 2:00 to SDE II, 2:55 from senior', () => {
    assert.strictEqual(story.targetSeconds, 120);
    assert.strictEqual(check(STORY.replace('level: sde2', 'level: sde1')).stories[0].targetSeconds, 120);
    assert.strictEqual(check(STORY.replace('level: sde2', 'level: senior')).stories[0].targetSeconds, 175);
    assert.strictEqual(check(STORY.replace('level: sde2', 'level: principal')).stories[0].targetSeconds, 175);
  });

  it('follows the configured words per minute', () => {
    const slow = check(STORY, { wordsPerMinute: 60 }).stories[0];
    assert.strictEqual(slow.words, story.words);
    assert.strictEqual(slow.seconds, story.words);
  });

  it('adds the targets of a heading that covers two sections', () => {
    const r = check('# S\n## Situation / Task\nIt was not my team and nobody asked.\n## Action\nI did it.\n');
    assert.strictEqual(r.stories[0].sections[0].targetSeconds, 34);
  });

  it('fills the checklist of a complete story', () => {
    assert.deepStrictEqual(story.checklist, {
      scopeBoundary: true,
      firstPersonActions: true,
      actionSteps: story.checklist.actionSteps,
      measuredResult: true,
      businessImpact: true,
      widerEffect: true,
      specificReflection: true,
    });
    assert.ok(story.checklist.actionSteps >= 3, `${story.checklist.actionSteps} steps`);
  });

  it('leaves the checklist empty for a story that has none of it', () => {
    const r = check('# Draft\n## Situation\nThings were slow.\n## Action\nWe looked into it.\n## Result\nIt went well.\n');
    assert.deepStrictEqual(r.stories[0].checklist, {
      scopeBoundary: false,
      firstPersonActions: false,
      actionSteps: 0,
      measuredResult: false,
      businessImpact: false,
      widerEffect: false,
      specificReflection: false,
    });
  });
});

describe('engine: check', () => {
  const fixtures = listFixtures().map((n) => loadFixture(n));

  function assertSane(text: string, r: CheckResult, label: string) {
    for (const f of r.findings) {
      assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start <= f.end && f.end <= text.length, `${label}: ${f.ruleId} [${f.start}, ${f.end})`);
    }
    for (let i = 1; i < r.findings.length; i++) {
      const a = r.findings[i - 1];
      const b = r.findings[i];
      assert.ok(a.start < b.start || (a.start === b.start && (a.end < b.end || (a.end === b.end && a.ruleId <= b.ruleId))), `${label}: findings out of order at ${i}`);
    }
  }

  it('sorts findings and keeps every range inside the text, on every fixture', () => {
    for (const fx of fixtures) assertSane(fx.text, check(fx.text, fx.config), fx.name);
  });

  it('keeps ranges inside the text on broken input', () => {
    const inputs = ['', '\n', '#', '# \n##', '---', '---\n', '---\n---', '<!--', '```', '\r\n\r\n## Action\r\nwe', '\uD800 we \uDC00', '## Result\n'.repeat(50), '# a\n'.repeat(300), 'we '.repeat(2000)];
    for (const t of inputs) assertSane(t, check(t), JSON.stringify(t.slice(0, 20)));
  });

  it('is deterministic', () => {
    assert.deepStrictEqual(check(STORY), check(STORY));
    const bank = [STORY, STORY.replace(/^---[^]*?---\n/, '')].join('\n');
    assert.deepStrictEqual(check(bank), check(bank));
  });

  it('finds nothing to say about a complete, specific story', () => {
    assert.deepStrictEqual(check(STORY).findings.map((f) => `${f.ruleId}: ${STORY.slice(f.start, f.end)}`), []);
  });

  it('gives each finding its story index, section and tip', () => {
    const bank = STORY + '\n# Second story\n## Situation\nWe had a slow page.\n## Action\nWe traced the slow page.\n';
    const r = check(bank);
    const we = r.findings.find((f) => f.ruleId === 'we-instead-of-i');
    assert.ok(we);
    assert.strictEqual(we.storyIndex, 1);
    // The Situation's scene-setting "We had" is not a hidden step; the Action's "We traced" is.
    assert.strictEqual(we.sectionKind, 'action');
    assert.strictEqual(we.tipId, 'we-instead-of-i');
    assert.strictEqual(r.stories.length, 2);
  });

  it('turns rules off and changes severities from the config', () => {
    const weak = STORY.replace('I traced', 'We traced');
    const find = (r: CheckResult) => r.findings.find((f) => f.ruleId === 'we-instead-of-i');
    assert.strictEqual(find(check(weak))?.severity, 'warning');
    assert.strictEqual(find(check(weak, { rules: { 'we-instead-of-i': 'error' } }))?.severity, 'error');
    assert.strictEqual(find(check(weak, { rules: { 'we-instead-of-i': 'off' } })), undefined);
  });

  it('applies a suppression comment to the finding under it only', () => {
    const weak = STORY.replace('I traced', '<!-- star-disable-next-line we-instead-of-i -->\nWe traced').replace('I added an alert', 'We added an alert');
    const we = check(weak).findings.filter((f) => f.ruleId === 'we-instead-of-i');
    assert.deepStrictEqual(we.map((f) => weak.slice(f.start, f.start + 9)), ['We added ']);
  });

  it('reports a binary file once and checks nothing else', () => {
    const r = check('PK\u0003\u0004\u0000\u0000 we did it\n## Action\nwe');
    assert.deepStrictEqual(r.findings.map((f) => f.ruleId), ['binary-file']);
    assert.deepStrictEqual(r.stories, []);
  });

  it('returns the parsed file next to the result from analyze()', () => {
    const a = analyze(STORY);
    assert.strictEqual(a.file.text, STORY);
    assert.strictEqual(a.file.stories.length, a.result.stories.length);
    assert.deepStrictEqual(a.result, check(STORY));
  });
});
