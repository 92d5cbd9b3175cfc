import * as assert from 'assert';
import { disableFileEdit, disableNextLineEdit, positionConverter, snippetToPlainText } from '../../../src/extension/text';
import type { TextEdit } from '../../../src/core/types';

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

describe('extension/text', () => {
  it('converts offsets to line/character across \\n, \\r\\n and \\r', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const at = positionConverter(text);
    assert.deepStrictEqual(at(0), { line: 0, character: 0 });
    assert.deepStrictEqual(at(2), { line: 0, character: 2 });
    assert.deepStrictEqual(at(3), { line: 1, character: 0 });
    assert.deepStrictEqual(at(6), { line: 1, character: 3 }); // between \r and \n
    assert.deepStrictEqual(at(7), { line: 2, character: 0 });
    assert.deepStrictEqual(at(10), { line: 3, character: 0 });
    assert.deepStrictEqual(at(12), { line: 3, character: 2 });
    assert.deepStrictEqual(at(99), { line: 3, character: 2 });
    assert.deepStrictEqual(at(-1), { line: 0, character: 0 });
  });

  it('disables a rule for the next line above the finding, keeping indentation', () => {
    const text = '## Action\n  We shipped it.\n';
    const edit = disableNextLineEdit(text, text.indexOf('We'), 'we-instead-of-i', '\n');
    assert.strictEqual(apply(text, edit), '## Action\n  <!-- star-disable-next-line we-instead-of-i -->\n  We shipped it.\n');
  });

  it('adds the rule to a disable-next-line comment already above', () => {
    const text = 'x\n<!-- star-disable-next-line hedging -->\r\nI think we won.\r\n';
    const edit = disableNextLineEdit(text, text.indexOf('we won'), 'we-instead-of-i', '\r\n');
    assert.strictEqual(apply(text, edit), 'x\n<!-- star-disable-next-line hedging we-instead-of-i -->\r\nI think we won.\r\n');
  });

  it('disables a rule for the file after the front matter, or at the top', () => {
    const fm = '---\nlevel: sde2\n---\n# Title\n';
    const end = fm.indexOf('---', 4) + 3;
    assert.strictEqual(apply(fm, disableFileEdit(fm, end, 'hedging', '\n')), '---\nlevel: sde2\n---\n<!-- star-disable-file hedging -->\n# Title\n');
    const crlf = '---\r\nlevel: sde2\r\n---\r\n# T';
    assert.strictEqual(
      apply(crlf, disableFileEdit(crlf, crlf.lastIndexOf('---') + 3, 'hedging', '\r\n')),
      '---\r\nlevel: sde2\r\n---\r\n<!-- star-disable-file hedging -->\r\n# T',
    );
    const onlyFm = '---\na: 1\n---';
    assert.strictEqual(apply(onlyFm, disableFileEdit(onlyFm, onlyFm.length, 'x', '\n')), '---\na: 1\n---\n<!-- star-disable-file x -->\n');
    assert.strictEqual(apply('# T\n', disableFileEdit('# T\n', null, 'x', '\n')), '<!-- star-disable-file x -->\n# T\n');
  });

  it('resolves a snippet to its default text', () => {
    assert.strictEqual(snippetToPlainText('Cut ${1:latency} from ${2:400} ms to $3 ms$0'), 'Cut latency from 400 ms to  ms');
    assert.strictEqual(snippetToPlainText('${1|Ownership,Bias for Action|} \\$5 \\} ${2:a ${3:nested} b}'), 'Ownership $5 } a nested b');
    assert.strictEqual(snippetToPlainText('plain $ text'), 'plain $ text');
  });
});
