import * as assert from 'assert';
import { storyFileName } from '../../../src/extension/storyFileName';

describe('storyFileName (New STAR Story in a workspace)', () => {
  it('always ends in .star.md, never doubled', () => {
    assert.strictEqual(storyFileName('ownership-story'), 'ownership-story.star.md');
    assert.strictEqual(storyFileName('  Billing exporter  '), 'Billing exporter.star.md');
    assert.strictEqual(storyFileName('notes.md'), 'notes.star.md');
    assert.strictEqual(storyFileName('notes.star.md'), 'notes.star.md');
    assert.strictEqual(storyFileName('Notes.STAR.MD'), 'Notes.star.md');
    assert.strictEqual(storyFileName('notes.star'), 'notes.star.md');
    assert.strictEqual(storyFileName('Kundenbindung – Müller'), 'Kundenbindung – Müller.star.md');
  });

  it('refuses empty names, folders, hidden files and characters file systems reject', () => {
    for (const bad of ['', '   ', '.md', '.star.md', 'a/b', '..\\x', '.hidden', 'what?', 'a:b', 'x'.repeat(201), 'tab\there']) {
      assert.strictEqual(storyFileName(bad), undefined, JSON.stringify(bad));
    }
  });
});
