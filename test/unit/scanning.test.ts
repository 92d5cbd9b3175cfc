// The text scanners' shortcuts, each checked against the plain reading it replaces: a sentence
// tokenized in place in the prose, the vocabulary found by a packed key of a word's last seven
// letters, words counted by a scanner instead of their regular expression, and reported speech
// looked for only in units where closingQuote() finds a quotation opening.
import * as assert from 'assert';
import { parse } from '../../src/core/parse';
import { countWords, sentencesIn } from '../../src/core/prose';
import { tokenize } from '../../src/core/tokens';
import { markdownTexts } from './fixtureHarness';

const texts = () => markdownTexts(['test/corpus', 'test/fixtures', 'examples']);

const HOSTILE = [
  "Didn't we’re it's LET'S can't won't I'M e.g. 3.5 on-call İstanbul ÀÉÎ straße ǅ ΑΣ’’Β",
  'implemented implementer IMPLEMENTED Implemented abcdefghij xbcdefghij Abcdefghij abcdefgh bbcdefgh a-b.c-d-e-f a-b.c-d-e-g',
  `${'x'.repeat(31)}y ${'x'.repeat(32)} ${'x'.repeat(33)} ${'x'.repeat(32)} aaaaaaab baaaaaab aaaaaaab`,
  '1,000 users — 99.9% “quoted” ‘single’ *bold* _under_ `code` #tag >quote',
];

describe('text scanning shortcuts', () => {
  it('tokenizes a stretch in place exactly as the same stretch sliced out', () => {
    let stretches = 0;
    for (const text of [...HOSTILE, ...texts()]) {
      for (let from = 0; from < text.length; ) {
        let to = text.indexOf('\n', from);
        if (to < 0) to = text.length;
        assert.deepStrictEqual(tokenize(text, from, to), tokenize(text.slice(from, to)), JSON.stringify(text.slice(from, to)));
        stretches++;
        from = to + 1;
      }
    }
    assert.ok(stretches > 1000, `only ${stretches} stretches`);
  });

  it('gives two words the same vocabulary index exactly when they are the same word', () => {
    const byId = new Map<number, string>();
    const byWord = new Map<string, number>();
    for (const text of [...HOSTILE, ...texts()]) {
      const t = tokenize(text);
      t.ids.forEach((id, i) => {
        if (id < 0) return;
        // An interned word is its text lower-cased.
        assert.strictEqual(t.words[i], text.slice(t.starts[i], t.ends[i]).toLowerCase());
        assert.strictEqual(byId.get(id) ?? t.words[i], t.words[i], `index ${id} for two words`);
        assert.strictEqual(byWord.get(t.words[i]) ?? id, id, `two indexes for ${t.words[i]}`);
        byId.set(id, t.words[i]);
        byWord.set(t.words[i], id);
      });
    }
    // Words that share their last seven letters, or differ only in case, were all seen.
    for (const w of ['implemented', 'implementer', 'abcdefghij', 'xbcdefghij', 'abcdefgh', 'bbcdefgh', 'aaaaaaab', 'baaaaaab']) assert.ok(byWord.has(w), w);
    assert.notStrictEqual(byWord.get('abcdefghij'), byWord.get('xbcdefghij'));
    assert.ok(!byWord.has('x'.repeat(33)), 'a word past 32 letters is not kept');
  });

  it('counts the words its regular expression matches', () => {
    const WORD = /[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]+(?:['’.,-][A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]+)*/g;
    const samples = [...HOSTILE, ...texts(), "a--b a-'b 'a' a. .a a,,b -a- don’t 3.5.6 x'", 'ab-'.repeat(50)];
    for (const text of samples) {
      for (const [from, to] of [
        [0, text.length],
        [1, text.length - 1],
        [3, Math.floor(text.length / 2)],
      ]) {
        if (to < from) continue;
        WORD.lastIndex = from;
        let expected = 0;
        let m: RegExpExecArray | null;
        while ((m = WORD.exec(text)) && m.index < to) expected++;
        assert.strictEqual(countWords(text, from, to), expected, JSON.stringify(text.slice(from, to)));
      }
    }
  });

  it('blanks reported speech wherever a quotation opens, closing marks included', () => {
    const voices = (text: string) => sentencesIn(parse(text, { level: 'sde2' }), 0, text.length).map((s) => s.voice);
    // Both quotes stand in the closing marks after a full stop, which the sentence scan passes over.
    assert.deepStrictEqual(voices('It ended." Then it rained." Fin.'), ['It ended. ', ' '.repeat(16), 'Fin.']);
    assert.deepStrictEqual(voices('I said "we will ship it" to them. Then I shipped it.'), [`I said ${' '.repeat(17)} to them.`, 'Then I shipped it.']);
    assert.deepStrictEqual(voices('Done!” “We won” was all. I left.'), ['Done!”', `${' '.repeat(8)} was all.`, 'I left.']);
    assert.deepStrictEqual(voices("He asked. 'we should wait' was his line."), ['He asked.', `${' '.repeat(16)} was his line.`]);
    // An apostrophe inside a word opens nothing; a whole paragraph quoted is the writer's voice.
    assert.deepStrictEqual(voices("We didn't wait. It's done."), ["We didn't wait.", "It's done."]);
    assert.deepStrictEqual(voices('"We shipped it. It held."'), ['"We shipped it.', 'It held."']);
  });
});
