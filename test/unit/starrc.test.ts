import * as assert from 'assert';
import { analyze } from '../../src/core/check';
import { PHRASE_LIMITS, PHRASE_LIST_NAMES, resolveEngineConfig } from '../../src/core/config';
import { parseStarrc } from '../../src/core/starrc';
import { readSettings } from '../../src/extension/settings';

// `.starrc.yaml` with one bad entry: each problem reported once, on its own key, in plain words
// with the value and what is allowed, and every valid key beside it still applies.

const at = (text: string, p: { start: number; end: number }) => text.slice(p.start, p.end);

describe('.starrc.yaml: one bad entry', () => {
  it('an unknown phrase list drops itself only: each list beside it still applies', () => {
    for (const name of PHRASE_LIST_NAMES) {
      const text = `phrases:\n  fillers:\n    - um\n  ${name}:\n    - zz phrase\nlevel: senior\n`;
      const { settings, problems } = parseStarrc(text);
      assert.deepStrictEqual(settings.phrases, { [name]: ['zz phrase'] }, name);
      assert.strictEqual(settings.level, 'senior');
      assert.strictEqual(problems.length, 1, name);
      assert.strictEqual(at(text, problems[0]), 'fillers');
      assert.strictEqual(problems[0].severity, 'warning');
      assert.match(problems[0].message, /unknown phrase list "fillers".*the lists are handOff, vagueOutcome, hedges/);
    }
  });

  it('the hedges beside an unknown list are used by the engine', () => {
    const { settings } = parseStarrc('phrases:\n  fillers:\n    - um\n  hedges:\n    - if memory serves\n');
    const story = '# S\n## Situation\nThe queue backed up.\n## Action\nI rebuilt the consumer, if memory serves, in a week.\n';
    const hedges = (phrases: typeof settings.phrases) => analyze(story, { ...resolveEngineConfig({ phrases }) }).result.findings.filter((f) => f.ruleId === 'hedging');
    assert.strictEqual(hedges(undefined).length, 0);
    assert.strictEqual(hedges(settings.phrases).length, 1);
  });

  it('a bad phrase drops itself only, reported on the phrase with its value', () => {
    const text = 'phrases:\n  hedges:\n    - if I recall\n    - ""\n    - 404\n    - as far as I know\n  handOff: looped in\n  vagueOutcome:\n    - went fine\n';
    const { settings, problems } = parseStarrc(text);
    assert.deepStrictEqual(settings.phrases, { hedges: ['if I recall', 'as far as I know'], vagueOutcome: ['went fine'] });
    assert.deepStrictEqual(
      problems.map((p) => [at(text, p), p.message]),
      [
        ['""', 'phrases.hedges, item 2 is empty: write a phrase or delete the line.'],
        ['404', 'phrases.hedges, item 3: 404 is not a phrase: write text (in quotes if it is a number).'],
        ['looped in', 'phrases.handOff: "looped in" is not a list: put each phrase on its own line, starting with "- ".'],
      ],
    );
    const long = 'y'.repeat(PHRASE_LIMITS.length + 1);
    const tooLong = parseStarrc(`phrases:\n  hedges:\n    - ${long}\n    - kind of\n`);
    assert.deepStrictEqual(tooLong.settings.phrases, { hedges: ['kind of'] });
    assert.match(tooLong.problems[0].message, new RegExp(`item 1 is ${long.length} characters long; a phrase may have at most ${PHRASE_LIMITS.length}`));
  });

  it('every key with a bad value: one error on the value, quoting it and saying what is allowed; the keys beside it apply', () => {
    const bad: [string, string, RegExp][] = [
      ['level', 'staff', /^level: "staff" is not a level: use sde1, sde2, senior or principal\./],
      ['wordsPerMinute', 'fast', /^wordsPerMinute: "fast" is not allowed: use a whole number from 60 to 400\./],
      ['timeTolerance', '-1', /^timeTolerance: -1 is not allowed: use a percentage from 0 to 500\./],
      ['debounceMs', '20000', /^debounceMs: 20000 is not allowed: use a whole number of milliseconds/],
      ['run', 'sometimes', /^run: "sometimes" is not a run mode: use onType or onSave\./],
      ['codeLens', 'maybe', /^codeLens: "maybe" is not true or false/],
      ['statusBar', '3', /^statusBar: 3 is not true or false/],
      ['maxFileSize', '12', /^maxFileSize: 12 is not allowed: use a whole number of bytes, at least 1024\./],
      ['rules', '5', /^rules: 5 is not allowed: use a mapping of rule ids/],
      ['phrases', '5', /^phrases: 5 is not a mapping/],
    ];
    const good: Record<string, string> = { level: 'senior', wordsPerMinute: '130', timeTolerance: '10', debounceMs: '100', run: 'onSave', codeLens: 'false', statusBar: 'false', maxFileSize: '4096', rules: '{ hedging: error }', phrases: '{ hedges: [if I recall] }' };
    for (const [key, value, message] of bad) {
      const text = [`${key}: ${value}`, ...Object.entries(good).filter(([k]) => k !== key).map(([k, v]) => `${k}: ${v}`)].join('\n') + '\n';
      const { settings, problems } = parseStarrc(text);
      assert.strictEqual(problems.length, 1, `${key}: ${JSON.stringify(problems)}`);
      assert.strictEqual(at(text, problems[0]), value, key);
      assert.match(problems[0].message, message);
      assert.deepStrictEqual(Object.keys(settings).sort(), Object.keys(good).filter((k) => k !== key).sort(), key);
    }
  });

  it('an unknown rule suggests the id it is close to', () => {
    const { settings, problems } = parseStarrc('rules:\n  hedgeing: error\n  vague-outcome: hint\n');
    assert.deepStrictEqual(settings.rules, { 'vague-outcome': 'hint' });
    assert.deepStrictEqual(problems.map((p) => p.message), ['Unknown rule "hedgeing" is ignored; did you mean "hedging"?']);
  });

  it('invalid YAML: each mistake once, on its line, in plain words; the keys it does not touch still apply', () => {
    const cases: { text: string; line: number; says: RegExp; settings: object }[] = [
      { text: 'level: sde2\nrules:\n  hedging: error\n  we-instead-of-i: [warning\nwordsPerMinute: 130\n', line: 4, says: /"\[" opened here is not closed/, settings: { level: 'sde2', rules: { hedging: 'error' }, wordsPerMinute: 130 } },
      { text: 'level: senior\nrules:\n\thedging: error\n', line: 3, says: /A tab indents this line: YAML needs spaces/, settings: { level: 'senior' } },
      { text: 'level: senior\nlevel: sde1\n', line: 2, says: /"level" is set twice/, settings: { level: 'senior' } },
      { text: 'level: senior\nrules:\n  hedging error\n  vague-outcome: hint\nwordsPerMinute: 130\n', line: 3, says: /no "key: value" colon/, settings: { level: 'senior', wordsPerMinute: 130 } },
      { text: 'level: senior\nrules:\n  hedging: error: now\n  vague-outcome: hint\n', line: 3, says: /put the value in quotes/, settings: { level: 'senior', rules: {} } },
      { text: 'run: onSave\nlevel: "senior\n', line: 2, says: /A quote opened here is never closed/, settings: { run: 'onSave' } },
      { text: 'level: senior\nphrases:\n  hedges:\n  - if I recall\n - as far as I know\n', line: 5, says: /not lined up with the ones above it/, settings: { level: 'senior', phrases: { hedges: ['if I recall'] } } },
      { text: 'level: senior\n---\nlevel: sde1\n', line: 2, says: /A second YAML document starts here/, settings: { level: 'senior' } },
    ];
    for (const c of cases) {
      const { settings, problems } = parseStarrc(c.text);
      assert.strictEqual(problems.length, 1, `${JSON.stringify(c.text)}: ${problems.map((p) => p.message).join(' | ')}`);
      const [p] = problems;
      assert.strictEqual(c.text.slice(0, p.start).split('\n').length, c.line, JSON.stringify(c.text));
      assert.ok(p.end > p.start && !c.text.slice(p.start, p.end).includes('\n'), `one line: ${JSON.stringify(c.text.slice(p.start, p.end))}`);
      assert.match(p.message, c.says);
      assert.doesNotMatch(p.message, /Implicit|compact mappings|parseAllDocuments|sufficiently indented/, 'no raw parser words');
      assert.deepStrictEqual(settings, c.settings, JSON.stringify(c.text));
    }
  });

  it('the starStory.phrases setting is read list by list too: an unknown list keeps the valid ones', () => {
    const { settings, invalid } = readSettings((name) => (name === 'phrases' ? { fillers: ['um'], hedges: ['if memory serves', ''] } : undefined));
    assert.deepStrictEqual(settings.phrases, { hedges: ['if memory serves'] });
    assert.strictEqual(invalid.length, 1, 'one warning for the setting');
    assert.match(invalid[0].message, /^starStory\.phrases: unknown phrase list "fillers" is ignored.* starStory\.phrases\.hedges, item 2 is empty/);
  });
});
