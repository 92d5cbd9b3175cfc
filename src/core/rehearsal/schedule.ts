// Spaced practice of rehearsed stories: a Leitner-style ladder of intervals. Each attempt's
// outcome moves a story up the ladder (strong), keeps it on its rung (fair) or sends it back to
// the bottom (weak); the story is due again that many days after the day of its last attempt.
// Pure: the glue passes the attempts and the clock.

export type Grade = 'strong' | 'fair' | 'weak';
export const GRADES: readonly Grade[] = ['strong', 'fair', 'weak'];

/** Days until a story is due again, by rung of the ladder. */
export const INTERVAL_DAYS: readonly number[] = [1, 2, 4, 8, 16, 32];

/** What the schedule reads of one attempt. */
export interface AttemptSummary {
  /** When the attempt started, ms since the epoch. */
  at: number;
  /** The user's grade of each follow-up answered (ungraded ones left out). */
  grades: readonly Grade[];
  totalSeconds: number;
  /** The level's target for the whole story (0: none). */
  targetSeconds: number;
}

export interface Schedule {
  /** Rung reached (index into INTERVAL_DAYS), -1 for a story never rehearsed. */
  step: number;
  attempts: number;
  /** Start of the local day the story is due, ms; null when never rehearsed (due now). */
  nextDue: number | null;
  lastAt: number | null;
  lastOutcome: Grade | null;
}

const POINTS: Record<Grade, number> = { strong: 2, fair: 1, weak: 0 };

/**
 * One attempt's outcome: the mean of its follow-up grades (strong 2, fair 1, weak 0; an
 * attempt with no graded follow-up counts as fair), at best fair when the telling ran over the
 * level's target by more than `tolerancePercent`. Mean ≥ 1.5 is strong, ≥ 0.75 fair, else weak.
 */
export function attemptOutcome(attempt: AttemptSummary, tolerancePercent: number): Grade {
  const mean = attempt.grades.length === 0 ? 1 : attempt.grades.reduce((n, g) => n + POINTS[g], 0) / attempt.grades.length;
  const overTime = attempt.targetSeconds > 0 && attempt.totalSeconds > attempt.targetSeconds * (1 + Math.max(0, tolerancePercent) / 100);
  const capped = overTime ? Math.min(mean, 1) : mean;
  return capped >= 1.5 ? 'strong' : capped >= 0.75 ? 'fair' : 'weak';
}

/** Midnight (local time) of the day `time` falls in, plus `days` calendar days. */
export function dayStart(time: number, days = 0): number {
  const d = new Date(time);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() + days);
  return d.getTime();
}

/** The schedule after `attempts` (any order): strong climbs a rung, fair stays (at least the first), weak drops to the first. */
export function scheduleOf(attempts: readonly AttemptSummary[], tolerancePercent: number): Schedule {
  const sorted = attempts.filter((a) => Number.isFinite(a.at)).sort((a, b) => a.at - b.at);
  let step = -1;
  let lastOutcome: Grade | null = null;
  for (const attempt of sorted) {
    lastOutcome = attemptOutcome(attempt, tolerancePercent);
    if (lastOutcome === 'strong') step = Math.min(step + 1, INTERVAL_DAYS.length - 1) || 1;
    else if (lastOutcome === 'fair') step = Math.max(step, 0);
    else step = 0;
  }
  const last = sorted.at(-1);
  return {
    step,
    attempts: sorted.length,
    nextDue: last ? dayStart(last.at, INTERVAL_DAYS[Math.max(0, step)]) : null,
    lastAt: last ? last.at : null,
    lastOutcome,
  };
}

/** Due now: never rehearsed, or its due day has begun. */
export function isDue(schedule: Schedule, now: number): boolean {
  return schedule.nextDue === null || schedule.nextDue <= now;
}

export interface DueEntry<K> {
  key: K;
  schedule: Schedule;
}

/**
 * The entries due at `now`, in practice order: stories rehearsed before, most overdue first
 * (their weakest outcome first on the same day), then stories never rehearsed, in the order given.
 */
export function dueOrder<K>(entries: readonly DueEntry<K>[], now: number): DueEntry<K>[] {
  const rank: Record<Grade, number> = { weak: 0, fair: 1, strong: 2 };
  const seen = entries.filter((e) => e.schedule.nextDue !== null && e.schedule.nextDue <= now);
  seen.sort((a, b) => a.schedule.nextDue! - b.schedule.nextDue! || rank[a.schedule.lastOutcome ?? 'fair'] - rank[b.schedule.lastOutcome ?? 'fair']);
  return [...seen, ...entries.filter((e) => e.schedule.nextDue === null)];
}

/** The soonest due day among entries not due yet, or null. */
export function nextDueAfter<K>(entries: readonly DueEntry<K>[], now: number): DueEntry<K> | null {
  let best: DueEntry<K> | null = null;
  for (const e of entries) {
    if (e.schedule.nextDue === null || e.schedule.nextDue <= now) continue;
    if (!best || e.schedule.nextDue < best.schedule.nextDue!) best = e;
  }
  return best;
}
