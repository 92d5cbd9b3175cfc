import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LEVELS, SECTION_KINDS } from '../../src/core/types';
import { PHRASE_LIST_NAMES, PHRASE_LIMITS } from '../../src/core/config';
import { RULE_IDS } from '../../src/core/rules';
import { RULE_DOCS } from '../../src/core/rules/texts';
import {
  LEVEL_GUIDES,
  PHRASES,
  PRINCIPLES,
  SECTION_GUIDES,
  TIPS,
  findPrinciple,
  getTip,
  normalizePrincipleName,
  sectionTargetSeconds,
  splitTarget,
  suggestPrinciple,
  type PhraseListName,
} from '../../src/core/coaching';

const OFFICIAL_NAMES = [
  'Customer Obsession', 'Ownership', 'Invent and Simplify', 'Are Right, A Lot', 'Learn and Be Curious',
  'Hire and Develop the Best', 'Insist on the Highest Standards', 'Think Big', 'Bias for Action', 'Frugality',
  'Earn Trust', 'Dive Deep', 'Have Backbone; Disagree and Commit', 'Deliver Results',
  "Strive to be Earth's Best Employer", 'Success and Scale Bring Broad Responsibility',
];

/** The same matching contract the engine promises: literal, case-insensitive, word-bounded, ’ = '. */
function phraseMatcher(list: readonly string[]): (text: string) => string | undefined {
  const body = list.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const re = new RegExp(`(?<![a-z0-9])(?:${body})(?![a-z0-9])`, 'i');
  return (text) => re.exec(text.replace(/\u2019/g, "'"))?.[0];
}

function normalizeProse(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ');
}

/** Every string the coaching data shows a user (phrase lists aside: those are cues, not prose). */
function coachingStrings(): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk([TIPS, SECTION_GUIDES, PRINCIPLES, LEVEL_GUIDES]);
  return out;
}

function seedsDir(): string | undefined {
  const root = path.resolve(__dirname, '../../..');
  const candidates = [process.env.STAR_SEEDS_DIR, path.resolve(root, '../shared/seeds')];
  return candidates.find((dir): dir is string => !!dir && fs.existsSync(dir));
}

describe('coaching: tips', () => {
  it('has exactly one tip per rule id, keyed by its own id', () => {
    assert.deepStrictEqual(Object.keys(TIPS).sort(), [...RULE_IDS].sort());
    for (const id of RULE_IDS) assert.strictEqual(getTip(id)?.id, id);
    assert.strictEqual(getTip('no-such-rule'), undefined);
    assert.strictEqual(getTip('toString'), undefined);
  });

  it('fills every field, with a weak example that differs from the strong one', () => {
    for (const tip of Object.values(TIPS)) {
      for (const field of ['title', 'hears', 'instead', 'weak', 'strong'] as const) {
        assert.ok(tip[field].trim().length > 0, `${tip.id}.${field} is empty`);
      }
      assert.notStrictEqual(normalizeProse(tip.weak), normalizeProse(tip.strong), tip.id);
      assert.ok(tip.title.length <= 60, `${tip.id} title is not short`);
    }
  });

  it('tells the user a crashed rule is the tool\'s fault', () => {
    const tip = getTip('rule-error')!;
    assert.match(`${tip.hears} ${tip.instead}`, /tool/i);
  });

  describe('examples agree with the phrase lists the rules use', () => {
    const cases: [string, PhraseListName][] = [
      ['hand-off-language', 'handOff'],
      ['vague-outcome', 'vagueOutcome'],
      ['hedging', 'hedges'],
      ['generic-reflection', 'genericReflection'],
      ['assigned-not-initiated', 'assigned'],
    ];
    for (const [id, list] of cases) {
      it(`${id}: the weak example trips ${list}, the strong one does not`, () => {
        const match = phraseMatcher(PHRASES[list]);
        assert.ok(match(TIPS[id].weak), `weak example of ${id} has no ${list} phrase`);
        assert.strictEqual(match(TIPS[id].strong), undefined);
      });
    }

    const positive: [string, PhraseListName][] = [
      ['missing-scope-boundary', 'scopeBoundary'],
      ['result-missing-business-impact', 'businessImpact'],
      ['result-missing-second-order', 'secondOrder'],
      ['reflection-not-systemic', 'systemic'],
    ];
    for (const [id, list] of positive) {
      it(`${id}: the strong example contains a ${list} phrase, the weak one does not`, () => {
        const match = phraseMatcher(PHRASES[list]);
        assert.ok(match(TIPS[id].strong), `strong example of ${id} has no ${list} phrase`);
        assert.strictEqual(match(TIPS[id].weak), undefined);
      });
    }

    it('unquantified-result: only the strong example has a figure', () => {
      assert.match(TIPS['unquantified-result'].strong, /\d/);
      assert.doesNotMatch(TIPS['unquantified-result'].weak, /\d/);
    });

    it('we-instead-of-i: only the weak example says "we"', () => {
      assert.match(TIPS['we-instead-of-i'].weak, /\bwe\b/i);
      assert.doesNotMatch(TIPS['we-instead-of-i'].strong, /\b(we|us|our)\b/i);
    });

    it('no strong example routes, hedges, stays vague or was assigned', () => {
      const lists: PhraseListName[] = ['handOff', 'hedges', 'vagueOutcome', 'genericReflection', 'assigned'];
      for (const tip of Object.values(TIPS)) {
        for (const list of lists) {
          const found = phraseMatcher(PHRASES[list])(tip.strong);
          assert.strictEqual(found, undefined, `${tip.id} strong example has ${list} phrase "${found}"`);
        }
      }
    });
  });
});

describe('coaching: sections and levels', () => {
  it('guides every section kind with the seeds\' senior time targets and a 3-5 item checklist', () => {
    const targets = { situation: 30, task: 20, action: 90, result: 20, reflection: 15, followups: 0 };
    for (const kind of SECTION_KINDS) {
      const guide = SECTION_GUIDES[kind];
      assert.strictEqual(guide.kind, kind);
      assert.strictEqual(guide.targetSeconds, targets[kind]);
      assert.ok(guide.label && guide.prompt, kind);
      assert.ok(guide.checklist.length >= 3 && guide.checklist.length <= 5, `${kind} checklist size`);
      for (const item of guide.checklist) assert.ok(item.trim().length > 0);
    }
    assert.match(SECTION_GUIDES.task.checklist.join(' '), /not your team|no ticket|nobody asked/i);
  });

  it('guides every level with the documented total time targets (2:00 up to SDE II, 2:55 from senior)', () => {
    const targets = { sde1: 120, sde2: 120, senior: 175, principal: 175 };
    for (const level of LEVELS) {
      const guide = LEVEL_GUIDES[level];
      assert.strictEqual(guide.id, level);
      assert.strictEqual(guide.targetSeconds, targets[level]);
      for (const field of ['label', 'expectations', 'reflection', 'bar'] as const) {
        assert.ok(guide[field].trim().length > 0, `${level}.${field}`);
      }
    }
    assert.match(LEVEL_GUIDES.senior.reflection, /organisational|systemic/i);
    assert.match(LEVEL_GUIDES.principal.reflection, /mechanism/i);
  });

  describe('section targets add up to the story target', () => {
    for (const level of LEVELS) {
      it(`at ${level}: the five spoken sections sum to ${LEVEL_GUIDES[level].targetSeconds} s, in the senior proportions`, () => {
        const spoken = SECTION_KINDS.filter((k) => k !== 'followups');
        const parts = spoken.map((k) => sectionTargetSeconds(k, level));
        assert.strictEqual(parts.reduce((a, b) => a + b, 0), LEVEL_GUIDES[level].targetSeconds);
        assert.strictEqual(sectionTargetSeconds('followups', level), 0);
        // Each part within a second of its exact share of the senior split.
        const senior = spoken.map((k) => SECTION_GUIDES[k].targetSeconds);
        const total = senior.reduce((a, b) => a + b, 0);
        spoken.forEach((k, i) => assert.ok(Math.abs(parts[i] - (senior[i] * LEVEL_GUIDES[level].targetSeconds) / total) < 1, `${level} ${k}: ${parts[i]}`));
        assert.ok(parts.every((x) => Number.isInteger(x) && x > 0));
      });
    }

    it('uses the seeds\' split for senior and principal: S 30, T 20, A 90, R 20, Reflection 15', () => {
      for (const level of ['senior', 'principal'] as const) {
        assert.deepStrictEqual(['situation', 'task', 'action', 'result', 'reflection'].map((k) => sectionTargetSeconds(k as never, level)), [30, 20, 90, 20, 15]);
      }
      assert.deepStrictEqual(splitTarget(120), { situation: 20, task: 14, action: 62, result: 14, reflection: 10 });
    });

    it('lets every strong example of a Result tip be spoken within the smallest Result target', () => {
      const wpm = 150;
      const smallest = Math.min(...LEVELS.map((l) => sectionTargetSeconds('result', l)));
      const resultRules = ['unquantified-result', 'result-missing-business-impact', 'result-missing-second-order', 'vague-outcome'];
      const strong = [...resultRules.map((id) => getTip(id)!.strong), ...resultRules.flatMap((id) => (RULE_DOCS.find((d) => d[id])?.[id]?.examples ?? []).map((e) => e.strong))];
      assert.ok(strong.length >= resultRules.length);
      for (const text of strong) {
        const seconds = (text.split(/\s+/).filter(Boolean).length * 60) / wpm;
        assert.ok(seconds <= smallest, `${seconds.toFixed(1)} s > ${smallest} s: ${text}`);
      }
    });
  });
});

describe('coaching: principles', () => {
  it('lists the 16 Leadership Principles by their official names, ids unique', () => {
    assert.strictEqual(PRINCIPLES.length, 16);
    assert.deepStrictEqual(PRINCIPLES.map((p) => p.name).sort(), [...OFFICIAL_NAMES].sort());
    assert.strictEqual(new Set(PRINCIPLES.map((p) => p.id)).size, 16);
    for (const p of PRINCIPLES) assert.match(p.id, /^[a-z]+(?:-[a-z]+)*$/);
  });

  it('gives each principle its angle and at least three complete follow-ups', () => {
    for (const p of PRINCIPLES) {
      assert.ok(p.summary && p.leadWith, p.id);
      assert.ok(p.emphasize.length >= 3 && p.emphasize.length <= 4, `${p.id} emphasize`);
      assert.ok(p.downplay.length >= 2 && p.downplay.length <= 3, `${p.id} downplay`);
      assert.ok(p.followUps.length >= 3, `${p.id} follow-ups`);
      for (const f of p.followUps) {
        for (const field of ['question', 'probes', 'strongShows', 'weakSigns'] as const) {
          assert.ok(f[field].trim().length > 0, `${p.id}: ${f.question} ${field}`);
        }
        assert.match(f.question, /[?.]$/);
      }
    }
  });

  it('keeps aliases lower-case and unambiguous', () => {
    const owner = new Map<string, string>();
    for (const p of PRINCIPLES) {
      for (const key of [p.name, p.id, ...p.aliases]) {
        const norm = normalizePrincipleName(key);
        assert.ok(norm.length > 0, key);
        const previous = owner.get(norm);
        assert.ok(previous === undefined || previous === p.id, `"${key}" is claimed by ${previous} and ${p.id}`);
        owner.set(norm, p.id);
      }
      for (const alias of p.aliases) assert.strictEqual(alias, alias.toLowerCase().trim(), alias);
    }
  });

  it('finds every principle by name, id and alias', () => {
    for (const p of PRINCIPLES) {
      for (const key of [p.name, p.id, ...p.aliases, p.name.toUpperCase()]) {
        assert.strictEqual(findPrinciple(key)?.id, p.id, key);
      }
    }
  });

  it('finds principles from messy spellings', () => {
    const cases: [string, string][] = [
      ['customer-obsession', 'customer-obsession'],
      ['BIAS FOR ACTION', 'bias-for-action'],
      ['Learn & Be Curious', 'learn-and-be-curious'],
      ['earths best employer', 'strive-to-be-earths-best-employer'],
      ['Strive to be Earth\u2019s Best Employer', 'strive-to-be-earths-best-employer'],
      ['Have Backbone', 'have-backbone-disagree-and-commit'],
      ['Disagree and commit', 'have-backbone-disagree-and-commit'],
      ['have backbone, disagree & commit', 'have-backbone-disagree-and-commit'],
      ['Ownership LP', 'ownership'],
      ['dive deep principle', 'dive-deep'],
      ['  Dive    Deep ', 'dive-deep'],
      ['insist_on_the_highest_standards', 'insist-on-the-highest-standards'],
      ['are right a lot', 'are-right-a-lot'],
      ['Invent & Simplify', 'invent-and-simplify'],
      ['bias to action', 'bias-for-action'],
      ['Success & Scale Bring Broad Responsibility', 'success-and-scale-bring-broad-responsibility'],
    ];
    for (const [input, id] of cases) assert.strictEqual(findPrinciple(input)?.id, id, input);
    for (const input of ['', '   ', 'banana', 'ownershipp', 'leadership']) {
      assert.strictEqual(findPrinciple(input), undefined, input);
    }
  });

  it('suggests the closest principle for a typo, and nothing for nonsense', () => {
    assert.strictEqual(suggestPrinciple('Ownershp')?.id, 'ownership');
    assert.strictEqual(suggestPrinciple('Customer Obsesion')?.id, 'customer-obsession');
    assert.strictEqual(suggestPrinciple('bias for acton')?.id, 'bias-for-action');
    assert.strictEqual(suggestPrinciple('Deliver Resutls')?.id, 'deliver-results');
    assert.strictEqual(suggestPrinciple('frugallity')?.id, 'frugality');
    for (const input of ['banana', '', 'xyz', 'kubernetes', 'teamwork']) {
      assert.strictEqual(suggestPrinciple(input), undefined, input);
    }
  });
});

describe('coaching: phrase lists', () => {
  it('has every list the config knows, each with 30-120 phrases', () => {
    assert.deepStrictEqual(Object.keys(PHRASES).sort(), [...PHRASE_LIST_NAMES].sort());
    for (const name of PHRASE_LIST_NAMES) {
      const n = PHRASES[name].length;
      assert.ok(n >= 30 && n <= 120, `${name} has ${n} phrases`);
    }
  });

  it('keeps phrases literal: lower-case, trimmed, short, unique, no regex syntax', () => {
    for (const name of PHRASE_LIST_NAMES) {
      const seen = new Set<string>();
      for (const phrase of PHRASES[name]) {
        assert.strictEqual(phrase, phrase.trim(), `${name}: "${phrase}" has outer spaces`);
        assert.strictEqual(phrase, phrase.toLowerCase(), `${name}: "${phrase}" is not lower-case`);
        assert.doesNotMatch(phrase, / {2}/, `${name}: "${phrase}" has a double space`);
        assert.ok(phrase.length > 0 && phrase.length <= PHRASE_LIMITS.length, `${name}: "${phrase}" length`);
        assert.match(phrase, /^[a-z0-9 .'&-]+$/, `${name}: "${phrase}" has a character outside [a-z0-9 .'&-]`);
        assert.doesNotMatch(phrase, /[\u2018\u2019]/, `${name}: "${phrase}" has a curly apostrophe`);
        assert.ok(!seen.has(phrase), `${name}: "${phrase}" is listed twice`);
        seen.add(phrase);
      }
    }
  });

  it('does not read a scope boundary as an assignment', () => {
    const assigned = phraseMatcher(PHRASES.assigned);
    for (const phrase of PHRASES.scopeBoundary) {
      assert.strictEqual(assigned(phrase), undefined, `"${phrase}" would also trip assigned-not-initiated`);
    }
    const boundary = phraseMatcher(PHRASES.scopeBoundary);
    for (const phrase of PHRASES.assigned) {
      assert.strictEqual(boundary(phrase), undefined, `"${phrase}" would also count as a scope boundary`);
    }
  });

  it('recognises the typical sentences strangers write', () => {
    const cases: [PhraseListName, string][] = [
      ['handOff', 'So I escalated it to their manager and they handled it.'],
      ['handOff', 'I sent a Slack message to the on-call and waited for them.'],
      ['vagueOutcome', 'In the end the team was happy and it went well.'],
      ['hedges', 'I think it was sort of the cache.'],
      ['scopeBoundary', 'The service wasn\u2019t my team\u2019s and nobody asked me to look.'],
      ['scopeBoundary', 'There was no ticket for it.'],
      ['assigned', 'My manager asked me to take a look because I had some free time.'],
      ['genericReflection', 'I learned that communication is key.'],
      ['businessImpact', 'That saved roughly 30 engineering hours per month.'],
      ['secondOrder', 'Two other teams adopted the runbook.'],
      ['systemic', 'The root cause was that no team owned the SLO.'],
    ];
    for (const [list, sentence] of cases) assert.ok(phraseMatcher(PHRASES[list])(sentence), `${list}: ${sentence}`);
  });

  it('stays quiet on ordinary sentences that only look similar', () => {
    const cases: [PhraseListName, string][] = [
      ['hedges', 'I rewrote the retry loop in a way that made it safe to roll back.'],
      ['hedges', 'The cache seemed stale, so I compared its keys with the source table.'],
      ['assigned', 'Nobody had assigned it and it was not on our roadmap.'],
      ['assigned', 'It wasn\u2019t assigned to me.'],
      ['vagueOutcome', 'Checkout errors fell from 2.1% to 0.2%.'],
      ['systemic', 'I learned which data structure the index uses and why its retry policy matters.'],
      ['secondOrder', 'The access pattern scaled to 40k requests per second.'],
    ];
    for (const [list, sentence] of cases) {
      const found = phraseMatcher(PHRASES[list])(sentence);
      assert.strictEqual(found, undefined, `${list} fired on "${found}" in: ${sentence}`);
    }
  });
});

describe('coaching: own words', () => {
  const strings = coachingStrings();
  const corpus = normalizeProse(strings.join('\n'));

  it('does not reuse the seeds\' example story', () => {
    assert.doesNotMatch(corpus, /webhook|dead letter|8,000|\$8k|0\.3%/);
  });

  it('copies no sentence of eight words or more from the seeds', function () {
    const dir = seedsDir();
    if (!dir) this.skip();
    const files = fs.readdirSync(dir!).filter((f) => f.endsWith('.txt'));
    assert.ok(files.length > 0, 'no seed files found');
    let checked = 0;
    for (const file of files) {
      const text = fs.readFileSync(path.join(dir!, file), 'utf8');
      // Split before normalising: line breaks end a sentence in these walkthroughs.
      for (const raw of text.split(/(?<=[.!?])\s+|\n+/)) {
        const sentence = normalizeProse(raw).replace(/^[\s"'\-–•]+|[\s"'.!?]+$/g, '');
        if (sentence.split(' ').length < 8) continue;
        checked++;
        assert.ok(!corpus.includes(sentence), `copied from ${file}: "${sentence}"`);
      }
    }
    assert.ok(checked > 50, `only ${checked} seed sentences checked`);
  });

  it('shares no run of seven words with the seeds', function () {
    const dir = seedsDir();
    if (!dir) this.skip();
    const words = (text: string) => normalizeProse(text).replace(/[^a-z0-9' ]+/g, ' ').split(' ').filter(Boolean);
    const runs = new Set<string>();
    for (const file of fs.readdirSync(dir!).filter((f) => f.endsWith('.txt'))) {
      const w = words(fs.readFileSync(path.join(dir!, file), 'utf8'));
      for (let i = 0; i + 7 <= w.length; i++) runs.add(w.slice(i, i + 7).join(' '));
    }
    assert.ok(runs.size > 1000, 'seed text too small to compare');
    for (const s of strings) {
      const w = words(s);
      for (let i = 0; i + 7 <= w.length; i++) {
        const run = w.slice(i, i + 7).join(' ');
        assert.ok(!runs.has(run), `"${run}" comes from the seeds (in "${s}")`);
      }
    }
  });
});
