import * as assert from 'assert';
import { readSettings } from '../../../src/extension/settings';

function reader(values: Record<string, unknown>): (name: string) => unknown {
  return (name) => values[name];
}

describe('extension/settings', () => {
  it('maps editor settings onto the engine settings shape', () => {
    const { settings, invalid } = readSettings(
      reader({
        rules: { hedging: 'off', 'we-instead-of-i': 'error' },
        wordsPerMinute: 140,
        level: 'senior',
        timeTolerance: 10,
        debounceMs: 100,
        run: 'onSave',
        'codeLens.enabled': false,
        'statusBar.enabled': true,
        maxFileSize: 2048,
        phrases: { hedges: ['if memory serves'] },
      }),
    );
    assert.deepStrictEqual(invalid, []);
    assert.deepStrictEqual(settings, {
      rules: { hedging: 'off', 'we-instead-of-i': 'error' },
      wordsPerMinute: 140,
      level: 'senior',
      timeTolerance: 10,
      debounceMs: 100,
      run: 'onSave',
      codeLens: false,
      statusBar: true,
      maxFileSize: 2048,
      phrases: { hedges: ['if memory serves'] },
    });
  });

  it('drops an invalid value, names the setting once and keeps the rest', () => {
    const { settings, invalid } = readSettings(reader({ level: 'staff', wordsPerMinute: 'fast', debounceMs: 300 }));
    assert.deepStrictEqual(settings, { debounceMs: 300 });
    assert.deepStrictEqual(
      invalid.map((i) => i.setting),
      ['starStory.wordsPerMinute', 'starStory.level'],
    );
    assert.match(invalid[1].message, /starStory\.level.*"staff"/);
  });

  it('keeps the good entries of starStory.rules and reports unknown rules and bad severities in one message', () => {
    const { settings, invalid } = readSettings(reader({ rules: { hedging: 'loud', 'no-such-rule': 'off', 'vague-outcome': 'hint' } }));
    assert.deepStrictEqual(settings.rules, { 'vague-outcome': 'hint' });
    assert.strictEqual(invalid.length, 1);
    assert.strictEqual(invalid[0].setting, 'starStory.rules');
    assert.match(invalid[0].message, /hedging: "loud"/);
    assert.match(invalid[0].message, /unknown rule "no-such-rule"/);
  });

  it('rejects phrase lists that are too long or not literal strings', () => {
    const tooMany = Array.from({ length: 201 }, (_, i) => `phrase ${i}`);
    assert.strictEqual(readSettings(reader({ phrases: { hedges: tooMany } })).invalid.length, 1);
    assert.strictEqual(readSettings(reader({ phrases: { hedges: ['x'.repeat(81)] } })).invalid.length, 1);
    assert.strictEqual(readSettings(reader({ phrases: { regexes: ['.*'] } })).invalid.length, 1);
    assert.strictEqual(readSettings(reader({ rules: ['hedging'] })).invalid.length, 1);
  });

  it('skips settings that are not set', () => {
    assert.deepStrictEqual(readSettings(() => undefined), { settings: {}, invalid: [] });
  });
});
