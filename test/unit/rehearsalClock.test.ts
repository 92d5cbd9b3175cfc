import * as assert from 'assert';
import { pause, read, restored, resume, started, stopped } from '../../src/webview/rehearse/clock';

// The rehearsal stopwatch as the webview keeps it in its saved state: wall-clock based, so a
// hidden tab keeps counting and a restored panel knows how long it was away.

describe('rehearsal stopwatch', () => {
  it('counts from its start, stands still while paused, and adds up across pauses', () => {
    const c = started(1000);
    assert.strictEqual(read(c, 4000), 3000);
    const p = pause(c, 4000);
    assert.strictEqual(read(p, 9000), 3000);
    const r = resume(p, 10_000);
    assert.strictEqual(read(r, 12_500), 5500);
    assert.strictEqual(pause(p, 20_000), p, 'pausing a paused clock changes nothing');
    assert.strictEqual(resume(r, 20_000), r, 'resuming a running clock changes nothing');
    assert.strictEqual(read(stopped(), 5000), 0);
  });

  it('after a window reload stops where the panel was last seen running, not at the reload\'s end', () => {
    const running = { elapsed: 2000, since: 10_000 };
    const back = restored(running, 14_000);
    assert.deepStrictEqual(back, { elapsed: 6000, since: null });
    assert.strictEqual(read(back, 99_000), 6000);
    const paused = { elapsed: 2000, since: null };
    assert.strictEqual(restored(paused, 50_000), paused);
    assert.strictEqual(read(started(5000), 4000), 0, 'a clock read before its start is at zero');
  });
});
