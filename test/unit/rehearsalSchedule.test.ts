import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { MIN_CALIBRATION, MIN_SECTION_SECONDS, WPM_BOUNDS, measurePace, timeStatus } from '../../src/core/rehearsal/pace';
import { INTERVAL_DAYS, attemptOutcome, dayStart, dueOrder, isDue, nextDueAfter, scheduleOf, type AttemptSummary, type Grade } from '../../src/core/rehearsal/schedule';
import { ROOT } from './fixtureHarness';

// The practice schedule and the pace calibration: pure functions, so every case is written out
// and the clock is an argument. Local-time dates, as the schedule counts local days.

const at = (day: number, hour = 20) => new Date(2026, 0, day, hour, 30).getTime();
const attempt = (time: number, grades: Grade[], totalSeconds = 110, targetSeconds = 120): AttemptSummary => ({ at: time, grades, totalSeconds, targetSeconds });

describe('rehearsal schedule', () => {
  it('an attempt is strong, fair or weak from the mean of its grades', () => {
    assert.strictEqual(attemptOutcome(attempt(0, ['strong', 'strong', 'fair']), 20), 'strong');
    assert.strictEqual(attemptOutcome(attempt(0, ['strong', 'fair']), 20), 'strong');
    assert.strictEqual(attemptOutcome(attempt(0, ['strong', 'weak']), 20), 'fair');
    assert.strictEqual(attemptOutcome(attempt(0, ['fair', 'weak']), 20), 'weak');
    assert.strictEqual(attemptOutcome(attempt(0, ['weak']), 20), 'weak');
    assert.strictEqual(attemptOutcome(attempt(0, []), 20), 'fair', 'no graded follow-up counts as fair');
  });

  it('a telling over the level target by more than the tolerance is at best fair', () => {
    assert.strictEqual(attemptOutcome(attempt(0, ['strong'], 144, 120), 20), 'strong', 'exactly at +20% is not over');
    assert.strictEqual(attemptOutcome(attempt(0, ['strong'], 145, 120), 20), 'fair');
    assert.strictEqual(attemptOutcome(attempt(0, ['strong'], 125, 120), 0), 'fair');
    assert.strictEqual(attemptOutcome(attempt(0, ['weak'], 500, 120), 20), 'weak', 'the cap never raises an outcome');
    assert.strictEqual(attemptOutcome(attempt(0, ['strong'], 500, 0), 20), 'strong', 'no target, no cap');
  });

  it('a story never rehearsed is due now and has no date', () => {
    const s = scheduleOf([], 20);
    assert.deepStrictEqual(s, { step: -1, attempts: 0, nextDue: null, lastAt: null, lastOutcome: null });
    assert.ok(isDue(s, at(1)));
  });

  it('strong climbs the ladder of intervals, counted in local days from the day of the attempt', () => {
    const times = [at(1), at(3), at(7), at(15)];
    let attempts: AttemptSummary[] = [];
    const dues: number[] = [];
    for (const t of times) {
      attempts = [...attempts, attempt(t, ['strong'])];
      dues.push(scheduleOf(attempts, 20).nextDue!);
    }
    // First strong: rung 1 (2 days), then 4, 8, 16.
    assert.deepStrictEqual(dues, [dayStart(at(1), 2), dayStart(at(3), 4), dayStart(at(7), 8), dayStart(at(15), 16)]);
    assert.strictEqual(new Date(dues[0]).getDate(), 3);
    assert.strictEqual(new Date(dues[0]).getHours(), 0, 'due from the start of the day, not the hour of the attempt');
  });

  it('fair keeps the interval, weak drops back to one day', () => {
    const climbed = [attempt(at(1), ['strong']), attempt(at(3), ['strong'])];
    assert.strictEqual(scheduleOf(climbed, 20).step, 2);
    const fair = scheduleOf([...climbed, attempt(at(7), ['fair'])], 20);
    assert.strictEqual(fair.step, 2);
    assert.strictEqual(fair.nextDue, dayStart(at(7), INTERVAL_DAYS[2]));
    const weak = scheduleOf([...climbed, attempt(at(7), ['weak'])], 20);
    assert.strictEqual(weak.step, 0);
    assert.strictEqual(weak.nextDue, dayStart(at(7), 1));
    assert.strictEqual(weak.lastOutcome, 'weak');
  });

  it('a grade moves the next due date: the same attempt graded strong comes back later than weak', () => {
    const strong = scheduleOf([attempt(at(10), ['strong'])], 20).nextDue!;
    const fair = scheduleOf([attempt(at(10), ['fair'])], 20).nextDue!;
    const weak = scheduleOf([attempt(at(10), ['weak'])], 20).nextDue!;
    assert.ok(strong > fair, 'strong later than fair');
    assert.strictEqual(fair, weak, 'a first fair and a first weak both come back tomorrow');
    assert.ok(!isDue(scheduleOf([attempt(at(10), ['weak'])], 20), at(10, 23)), 'not due again the same day');
    assert.ok(isDue(scheduleOf([attempt(at(10), ['weak'])], 20), at(11, 0)), 'due from midnight');
  });

  it('stops at the top rung', () => {
    const many = Array.from({ length: 12 }, (_, i) => attempt(at(1 + i * 40), ['strong']));
    assert.strictEqual(scheduleOf(many, 20).step, INTERVAL_DAYS.length - 1);
  });

  it('reads attempts in time order whatever order they are given in', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ day: fc.integer({ min: 1, max: 300 }), g: fc.constantFrom<Grade>('strong', 'fair', 'weak') }), { maxLength: 12 }), (list) => {
        const attempts = list.map((x, i) => attempt(at(x.day, 8 + (i % 12)), [x.g]));
        const reversed = [...attempts].reverse();
        assert.deepStrictEqual(scheduleOf(reversed, 20), scheduleOf(attempts, 20));
        const s = scheduleOf(attempts, 20);
        if (attempts.length) {
          assert.ok(s.step >= 0 && s.step < INTERVAL_DAYS.length);
          assert.ok(s.nextDue! > s.lastAt!, 'the next due day is always after the last attempt');
        }
      }),
    );
  });

  it('orders due stories most overdue first, weakest first on the same day, then the never rehearsed', () => {
    const now = at(20, 12);
    const entries = [
      { key: 'new-a', schedule: scheduleOf([], 20) },
      { key: 'fair-old', schedule: scheduleOf([attempt(at(10), ['fair'])], 20) },
      { key: 'strong-future', schedule: scheduleOf([attempt(at(19), ['strong'])], 20) },
      { key: 'weak-old', schedule: scheduleOf([attempt(at(10, 9), ['weak'])], 20) },
      { key: 'weak-older', schedule: scheduleOf([attempt(at(5), ['weak'])], 20) },
      { key: 'new-b', schedule: scheduleOf([], 20) },
    ];
    assert.deepStrictEqual(
      dueOrder(entries, now).map((e) => e.key),
      ['weak-older', 'weak-old', 'fair-old', 'new-a', 'new-b'],
    );
    assert.strictEqual(nextDueAfter(entries, now)?.key, 'strong-future');
    assert.strictEqual(nextDueAfter(entries.slice(0, 2), now), null);
  });
});

describe('pace calibration', () => {
  it('measures words a minute over the sections spoken', () => {
    const pace = measurePace([
      { words: 75, seconds: 30 },
      { words: 50, seconds: 20 },
      { words: 200, seconds: 80 },
    ]);
    assert.deepStrictEqual(pace, { status: 'ok', wordsPerMinute: 150, words: 325, seconds: 130, skipped: 0 });
  });

  it('leaves out sections skipped in under two seconds or holding no words', () => {
    const pace = measurePace([
      { words: 80, seconds: 30 },
      { words: 60, seconds: MIN_SECTION_SECONDS - 0.1 },
      { words: 0, seconds: 12 },
      { words: 40, seconds: 15 },
    ]);
    assert.strictEqual(pace.skipped, 2);
    assert.strictEqual(pace.words, 120);
    assert.strictEqual(pace.wordsPerMinute, Math.round((120 * 60) / 45));
  });

  it('refuses to calibrate on too little', () => {
    assert.strictEqual(measurePace([{ words: MIN_CALIBRATION.words - 1, seconds: 30 }]).status, 'too-short');
    assert.strictEqual(measurePace([{ words: 60, seconds: MIN_CALIBRATION.seconds - 1 }]).status, 'too-short');
    assert.strictEqual(measurePace([]).wordsPerMinute, null);
    assert.strictEqual(measurePace([{ words: 60, seconds: 15 }]).status, 'ok');
  });

  it('flags a pace the setting would reject instead of offering it', () => {
    assert.strictEqual(measurePace([{ words: 300, seconds: 20 }]).status, 'too-fast');
    assert.strictEqual(measurePace([{ words: 50, seconds: 60 }]).status, 'too-slow');
    fc.assert(
      fc.property(fc.array(fc.record({ words: fc.integer({ min: 0, max: 2000 }), seconds: fc.double({ min: 0, max: 600, noNaN: true }) }), { maxLength: 8 }), (sections) => {
        const pace = measurePace(sections);
        if (pace.status === 'ok') assert.ok(pace.wordsPerMinute! >= WPM_BOUNDS.min && pace.wordsPerMinute! <= WPM_BOUNDS.max);
      }),
    );
  });

  it('uses the bounds package.json gives starStory.wordsPerMinute', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const setting = Object.assign({}, ...manifest.contributes.configuration.map((c: { properties: object }) => c.properties))['starStory.wordsPerMinute'];
    assert.deepStrictEqual({ min: setting.minimum, max: setting.maximum }, WPM_BOUNDS);
  });

  it('judges a measured time against its target with the tolerance', () => {
    assert.strictEqual(timeStatus(36, 30, 20), 'ok');
    assert.strictEqual(timeStatus(36.5, 30, 20), 'over');
    assert.strictEqual(timeStatus(14, 30, 20), 'under');
    assert.strictEqual(timeStatus(15, 30, 20), 'ok');
    assert.strictEqual(timeStatus(99, 0, 20), 'none');
  });
});
