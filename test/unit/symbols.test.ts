import * as assert from 'assert';
import fc from 'fast-check';
import { parse } from '../../src/core/parse';
import { storySymbols, type StorySymbol } from '../../src/core/symbols';

const doc = (...lines: string[]) => lines.join('\n');
const outline = (symbols: StorySymbol[]): unknown[] =>
  symbols.map((s) => (s.children.length ? [s.kind, s.name, s.detail, outline(s.children)] : [s.kind, s.name, s.detail]));
const symbolsOf = (text: string) => storySymbols(parse(text, { level: 'sde2' }));

describe('storySymbols (Outline, breadcrumbs, Go to Symbol)', () => {
  const BANK = doc(
    '---',
    'principle: Ownership',
    '---',
    '# Fixing the exporter',
    '## S — Situation',
    'Rows went missing.',
    '## Action',
    '### Day one',
    'I read the logs.',
    '```',
    '### not a heading, inside code',
    '```',
    '## Follow-ups',
    '### How did you know it was the retry?',
    'I reproduced it.',
    '- What would you do differently?',
    'An answer line that is not a question.',
    '**Q: Who else did you involve?**',
    '',
    '# Second story',
    '<!-- star: principle=Dive Deep -->',
    '## Situation / Task',
    'Deploys were slow.',
  );

  it('nests stories, sections and follow-up questions, with plain names and the STAR part as detail', () => {
    assert.deepStrictEqual(outline(symbolsOf(BANK)), [
      [
        'story',
        'Fixing the exporter',
        'Ownership',
        [
          ['section', 'S — Situation', 'Situation'],
          ['section', 'Action', '', [['heading', 'Day one', '']]],
          [
            'section',
            'Follow-ups',
            '',
            [
              ['question', 'How did you know it was the retry?', ''],
              ['question', 'What would you do differently?', ''],
              ['question', 'Q: Who else did you involve?', ''],
            ],
          ],
        ],
      ],
      ['story', 'Second story', 'Dive Deep', [['section', 'Situation / Task', 'Situation + Task']]],
    ]);
  });

  it('gives each symbol a range that holds its selection and its children, the selection on the heading line', () => {
    const symbols = symbolsOf(BANK);
    const check = (s: StorySymbol, parent?: StorySymbol) => {
      assert.ok(s.start <= s.selectionStart && s.selectionEnd <= s.end, `${s.name}: selection outside range`);
      if (parent) assert.ok(parent.start <= s.start && s.end <= parent.end, `${s.name} outside ${parent.name}`);
      for (const c of s.children) check(c, s);
    };
    for (const s of symbols) check(s);
    const [first, second] = symbols;
    assert.strictEqual(BANK.slice(first.selectionStart, first.selectionEnd), '# Fixing the exporter');
    assert.strictEqual(BANK.slice(first.children[2].children[0].selectionStart, first.children[2].children[0].selectionEnd), '### How did you know it was the retry?');
    // A question runs to the next question, blank lines before it left out.
    const q3 = first.children[2].children[2];
    assert.strictEqual(BANK.slice(q3.start, q3.end), '**Q: Who else did you involve?**');
    assert.ok(first.end <= second.start);
  });

  it('takes no heading or question from code blocks or HTML comments, wherever they open and close', () => {
    const text = doc(
      '# T',
      '## Action',
      'I did it. <!-- a note',
      '### hidden in a comment',
      'still the note --> ### not a heading either',
      '~~~~',
      '### in a tilde fence',
      '~~~',
      '### still in the fence (its close needs four)',
      '~~~~',
      '### After the fence',
      '## Follow-ups',
      '<!--',
      'Why would anyone ask this?',
      '-->',
      '',
      'Why did you do it?',
    );
    assert.deepStrictEqual(outline(symbolsOf(text)), [
      [
        'story',
        'T',
        '',
        [
          ['section', 'Action', '', [['heading', 'After the fence', '']]],
          ['section', 'Follow-ups', '', [['question', 'Why did you do it?', '']]],
        ],
      ],
    ]);
  });

  it('lists the sections at the top for a story without a title, and nothing for a binary file', () => {
    assert.deepStrictEqual(outline(symbolsOf(doc('## Situation', 'x', '## Result', 'y'))), [
      ['section', 'Situation', ''],
      ['section', 'Result', ''],
    ]);
    assert.deepStrictEqual(symbolsOf('\u0000\u0000binary'), []);
  });

  it('names untitled stories by their place and cuts pasted paragraphs used as headings', () => {
    const long = 'word '.repeat(100);
    const symbols = symbolsOf(doc('# One', '## Task', 'x', `# ${long}`, '## Result', 'y'));
    assert.strictEqual(symbols.length, 2);
    assert.ok(symbols[1].name.length <= 120 && symbols[1].name.endsWith('…'));
  });

  it('holds for any text: ranges inside the text, selections inside ranges, children inside parents', () => {
    const piece = fc.constantFrom('# T', '## Situation', '## Follow-ups', '### Q?', '- why?', '```', '<!--', '-->', '---', 'text', '', '\r', '  ## Action');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        const walk = (s: StorySymbol, lo: number, hi: number) => {
          assert.ok(lo <= s.start && s.start <= s.selectionStart && s.selectionStart <= s.selectionEnd && s.selectionEnd <= s.end && s.end <= hi);
          assert.ok(s.name.length > 0);
          for (const c of s.children) walk(c, s.start, s.end);
        };
        for (const s of symbolsOf(text)) walk(s, 0, text.length);
      }),
      { numRuns: 300 },
    );
  });
});
