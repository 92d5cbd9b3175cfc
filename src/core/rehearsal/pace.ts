// Pace calibration: the words a story's sections hold against the seconds the user took to say
// them, measured with the rehearsal stopwatch. The result can replace `starStory.wordsPerMinute`,
// which turns words into estimated time everywhere else. Pure and unit-tested.

/** The bounds `starStory.wordsPerMinute` accepts (package.json; a unit test keeps them equal). */
export const WPM_BOUNDS = { min: 60, max: 400 } as const;
/** A section said in less than this was skipped, not spoken: it says nothing about pace. */
export const MIN_SECTION_SECONDS = 2;
/** Below these, a measurement is too short to calibrate on. */
export const MIN_CALIBRATION = { words: 40, seconds: 15 } as const;

export interface TimedSection {
  words: number;
  seconds: number;
}

export type PaceStatus = 'ok' | 'too-short' | 'too-fast' | 'too-slow';

export interface Pace {
  status: PaceStatus;
  /** Measured words per minute, whole (null when nothing was measured). */
  wordsPerMinute: number | null;
  /** Words and seconds the measure rests on (skipped sections left out). */
  words: number;
  seconds: number;
  /** Sections left out because they took under MIN_SECTION_SECONDS or hold no words. */
  skipped: number;
}

/**
 * Measured pace over the sections actually spoken. `ok` only when there is enough of it
 * (MIN_CALIBRATION) and it falls inside the setting's bounds, so offering it as the setting
 * can never write a value the setting rejects.
 */
export function measurePace(sections: readonly TimedSection[]): Pace {
  let words = 0;
  let seconds = 0;
  let skipped = 0;
  for (const s of sections) {
    if (!(s.words > 0) || !(s.seconds >= MIN_SECTION_SECONDS)) {
      skipped++;
      continue;
    }
    words += s.words;
    seconds += s.seconds;
  }
  const wordsPerMinute = seconds > 0 ? Math.round((words * 60) / seconds) : null;
  const base = { wordsPerMinute, words, seconds: Math.round(seconds * 10) / 10, skipped };
  if (wordsPerMinute === null || words < MIN_CALIBRATION.words || seconds < MIN_CALIBRATION.seconds) return { status: 'too-short', ...base };
  if (wordsPerMinute > WPM_BOUNDS.max) return { status: 'too-fast', ...base };
  if (wordsPerMinute < WPM_BOUNDS.min) return { status: 'too-slow', ...base };
  return { status: 'ok', ...base };
}

export type TimeStatus = 'under' | 'ok' | 'over' | 'none';

/**
 * A measured time against a target: over when past the target by more than `tolerancePercent`
 * (as `section-over-time` judges estimates), under when below half of it, none without a target.
 */
export function timeStatus(seconds: number, targetSeconds: number, tolerancePercent: number): TimeStatus {
  if (!(targetSeconds > 0)) return 'none';
  if (seconds > targetSeconds * (1 + Math.max(0, tolerancePercent) / 100)) return 'over';
  if (seconds < targetSeconds / 2) return 'under';
  return 'ok';
}
