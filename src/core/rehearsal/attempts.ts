import * as z from 'zod/mini';
import { LEVELS, SECTION_KINDS, type Level, type SectionKind } from '../types';
import { GRADES, type AttemptSummary, type Grade } from './schedule';

// One rehearsal attempt as the extension keeps it (workspace storage, never the story file),
// and the shape of that storage. Read back through the schema: storage written by another
// version, or edited by hand, loses its bad entries, never the good ones.

const text = z.string().check(z.maxLength(2000));
const seconds = z.number().check(z.minimum(0), z.maximum(1e7));
const grade = z.enum(GRADES as [Grade, ...Grade[]]);

export const storedAttemptSchema = z.object({
  id: z.string().check(z.maxLength(64)),
  /** When the telling started, ms since the epoch. */
  at: z.number().check(z.int(), z.minimum(0)),
  /** The story's file and title when it was told (the key is file + title). */
  uri: text,
  title: text,
  level: z.enum(LEVELS as [Level, ...Level[]]),
  /** The speaking rate the estimates used. */
  wordsPerMinute: z.number(),
  sections: z
    .array(
      z.object({
        kind: z.nullable(z.enum(SECTION_KINDS as [SectionKind, ...SectionKind[]])),
        label: text,
        words: z.number().check(z.int(), z.minimum(0)),
        seconds,
        targetSeconds: seconds,
        estimateSeconds: seconds,
      }),
    )
    .check(z.maxLength(20)),
  totalSeconds: seconds,
  targetSeconds: seconds,
  drill: z
    .array(
      z.object({
        question: text,
        source: z.enum(['story', 'principle']),
        seconds,
        grade: z.nullable(grade),
      }),
    )
    .check(z.maxLength(40)),
});
export type StoredAttempt = z.infer<typeof storedAttemptSchema>;

/** Attempts kept per story: the newest this many. */
export const MAX_ATTEMPTS_PER_STORY = 30;
export const STORE_VERSION = 1;

/** Stored attempts by story key, newest last; anything that does not validate is dropped. */
export function readAttemptStore(data: unknown): Map<string, StoredAttempt[]> {
  const out = new Map<string, StoredAttempt[]>();
  if (typeof data !== 'object' || data === null) return out;
  const stories = (data as { stories?: unknown }).stories;
  if (typeof stories !== 'object' || stories === null) return out;
  for (const [key, list] of Object.entries(stories)) {
    if (!Array.isArray(list)) continue;
    const valid = list.flatMap((a) => {
      const parsed = storedAttemptSchema.safeParse(a);
      return parsed.success ? [parsed.data] : [];
    });
    if (valid.length) out.set(key, valid.sort((a, b) => a.at - b.at).slice(-MAX_ATTEMPTS_PER_STORY));
  }
  return out;
}

export function writeAttemptStore(stories: Map<string, StoredAttempt[]>): { version: number; stories: Record<string, StoredAttempt[]> } {
  return { version: STORE_VERSION, stories: Object.fromEntries(stories) };
}

/** What the schedule reads of a stored attempt. */
export function summaryOf(attempt: StoredAttempt): AttemptSummary {
  return {
    at: attempt.at,
    grades: attempt.drill.flatMap((d) => (d.grade ? [d.grade] : [])),
    totalSeconds: attempt.totalSeconds,
    targetSeconds: attempt.targetSeconds,
  };
}
