import * as assert from 'assert';
import fc from 'fast-check';
import { MAX_OFFSET, parseExtensionMessage, parseWebviewMessage, type CoachModel } from '../../src/core/panelMessages';

// Both directions of the panel's contract reject anything that is not exactly a known message.

const MODEL: CoachModel = {
  storyIndex: 0,
  storyCount: 1,
  previousTitle: null,
  nextTitle: null,
  title: 'Fixing the exporter',
  question: null,
  start: 0,
  end: 100,
  level: { id: 'sde2', label: 'SDE II', targetSeconds: 120, expectations: 'e', reflection: 'r', bar: 'b' },
  fit: [],
  suggested: [],
  principles: [
    { id: 'ownership', name: 'Ownership', summary: 's', leadWith: 'l', emphasize: ['e'], downplay: ['d'], followUps: [{ question: 'q', probes: 'p', strongShows: 's', weakSigns: 'w' }] },
  ],
  sections: [
    {
      kind: 'action',
      label: 'Action',
      heading: 'Action',
      headingStart: 10,
      prompt: 'p',
      timing: { words: 20, seconds: 8, targetSeconds: 90, status: 'ok' },
      checklist: [{ label: 'x', state: 'done' }],
    },
  ],
  total: { words: 20, seconds: 8, targetSeconds: 120, status: 'ok' },
  findings: [{ ruleId: 'we-instead-of-i', severity: 'warning', message: 'm', start: 12, end: 14, line: 3, sectionKind: 'action', tipId: 'we-instead-of-i' }],
  findingCount: 1,
  tips: [{ id: 'we-instead-of-i', title: 't', hears: 'h', instead: 'i', weak: 'w', strong: 's', severity: 'warning', count: 1, firstStart: 12 }],
};

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('webview → extension messages', () => {
  it('accepts the four message types', () => {
    assert.deepStrictEqual(parseWebviewMessage({ type: 'showStory', storyIndex: 4 }), { type: 'showStory', storyIndex: 4 });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'reveal', start: 3, end: 9 }), { type: 'reveal', start: 3, end: 9 });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'reveal', start: 0, end: 0 }), { type: 'reveal', start: 0, end: 0 });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'openDocs', ruleId: 'we-instead-of-i' }), { type: 'openDocs', ruleId: 'we-instead-of-i' });
  });

  it('rejects what is not an object with a known type', () => {
    for (const bad of [undefined, null, 0, 'ready', [], [{ type: 'ready' }], {}, { type: 'READY' }, { type: 'update', model: null }, { type: 'focusTip', tipId: 'hedging' }, { type: 'eval', code: '1' }]) {
      assert.strictEqual(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });

  it('rejects a reveal with missing, mistyped, fractional, negative, huge or reversed offsets', () => {
    const bad = [
      { type: 'reveal', start: 1 },
      { type: 'reveal', end: 1 },
      { type: 'reveal', start: '1', end: 2 },
      { type: 'reveal', start: 1, end: null },
      { type: 'reveal', start: 1.5, end: 2 },
      { type: 'reveal', start: -1, end: 2 },
      { type: 'reveal', start: 0, end: 1e300 },
      { type: 'reveal', start: 0, end: Infinity },
      { type: 'reveal', start: NaN, end: 1 },
      { type: 'reveal', start: 0, end: MAX_OFFSET + 1 },
      { type: 'reveal', start: 0, end: 2 ** 53 },
      { type: 'reveal', start: 9, end: 3 },
    ];
    for (const message of bad) assert.strictEqual(parseWebviewMessage(message), undefined, JSON.stringify(message));
  });

  it('rejects a story step that is not a whole, non-negative index', () => {
    for (const storyIndex of [-1, 1.5, '2', null, NaN, Infinity, MAX_OFFSET + 1]) {
      assert.strictEqual(parseWebviewMessage({ type: 'showStory', storyIndex }), undefined, String(storyIndex));
    }
    assert.strictEqual(parseWebviewMessage({ type: 'showStory', storyIndex: 1, uri: 'file:///x' }), undefined);
  });

  it('rejects extra keys and rule ids that are not ids', () => {
    assert.strictEqual(parseWebviewMessage({ type: 'ready', extra: 1 }), undefined);
    assert.strictEqual(parseWebviewMessage({ type: 'reveal', start: 1, end: 2, uri: 'file:///etc/passwd' }), undefined);
    for (const ruleId of ['', '../../etc/passwd', 'We-Instead', 'a b', 'x'.repeat(100), 'https://evil.example', 42]) {
      assert.strictEqual(parseWebviewMessage({ type: 'openDocs', ruleId }), undefined, String(ruleId));
    }
  });

  it('never accepts a reveal whose offsets are not ordered, non-negative integers', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (start, end) => {
        const parsed = parseWebviewMessage({ type: 'reveal', start, end });
        if (!parsed || parsed.type !== 'reveal') return;
        assert.ok(Number.isInteger(parsed.start) && parsed.start >= 0 && parsed.start <= parsed.end && parsed.end <= MAX_OFFSET);
      }),
    );
  });
});

describe('extension → webview messages', () => {
  it('accepts an update with a model or null, and a focusTip', () => {
    assert.deepStrictEqual(parseExtensionMessage({ type: 'update', model: MODEL }), { type: 'update', model: MODEL });
    assert.deepStrictEqual(parseExtensionMessage({ type: 'update', model: null }), { type: 'update', model: null });
    assert.deepStrictEqual(parseExtensionMessage({ type: 'focusTip', tipId: 'hedging' }), { type: 'focusTip', tipId: 'hedging' });
  });

  it('rejects an update whose model is missing, partial or mistyped', () => {
    const broken: ((m: Record<string, unknown>) => void)[] = [
      (m) => delete m.title,
      (m) => (m.title = 42),
      (m) => (m.findings = 'none'),
      (m) => ((m.findings as Record<string, unknown>[])[0].severity = 'fatal'),
      (m) => ((m.findings as Record<string, unknown>[])[0].start = -5),
      (m) => ((m.findings as Record<string, unknown>[])[0].line = 0),
      (m) => ((m.tips as Record<string, unknown>[])[0].count = 1e300),
      (m) => ((m.sections as Record<string, unknown>[])[0].kind = 'epilogue'),
      (m) => ((m.level as Record<string, unknown>).id = 'staff'),
      (m) => (m.title = 'x'.repeat(100_000)),
      (m) => (m.principles = Array.from({ length: 1000 }, () => (m.principles as unknown[])[0])),
    ];
    assert.ok(parseExtensionMessage({ type: 'update', model: clone(MODEL) }));
    assert.strictEqual(parseExtensionMessage({ type: 'update' }), undefined);
    for (const breakIt of broken) {
      const model = clone(MODEL) as unknown as Record<string, unknown>;
      breakIt(model);
      assert.strictEqual(parseExtensionMessage({ type: 'update', model }), undefined, breakIt.toString());
    }
  });

  it('rejects unknown types, webview messages and bad tip ids', () => {
    for (const bad of [{ type: 'ready' }, { type: 'reveal', start: 0, end: 0 }, { type: 'focusTip' }, { type: 'focusTip', tipId: '<img src=x>' }, { type: 'html', html: '<b>' }]) {
      assert.strictEqual(parseExtensionMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});
