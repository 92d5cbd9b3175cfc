// Words to speaking time, and time to the `m:ss` people read at a glance.

/** Estimated speaking time in whole seconds of `words` at `wordsPerMinute`. */
export function speakingSeconds(words: number, wordsPerMinute: number): number {
  return Math.round((words * 60) / Math.max(1, wordsPerMinute));
}

/** Seconds as m:ss, rounded to the second: 75 → "1:15"; negative, NaN and ∞ → "0:00". */
export function formatSeconds(seconds: number): string {
  const s = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds) : 0;
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The limit a section or story may reach before it is "over time". */
export function allowedSeconds(targetSeconds: number, tolerancePercent: number): number {
  return targetSeconds * (1 + tolerancePercent / 100);
}
