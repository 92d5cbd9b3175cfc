import * as z from 'zod/mini';
import { LEVELS, SECTION_KINDS, type Level, type SectionKind } from '../types';
import { WPM_BOUNDS } from './pace';
import { GRADES, type Grade } from './schedule';

// The rehearsal panel's contract, as panelMessages.ts is the coach panel's: every message
// between the extension and the rehearsal webview, bounded and validated on arrival both ways.
// The webview reports only times and grades; which story they belong to is the extension's.

export const REHEARSAL_LIMITS = { text: 2000, sections: 20, sentences: 100, drill: 40, history: 10 };

const text = z.string().check(z.maxLength(REHEARSAL_LIMITS.text));
const seconds = z.number().check(z.minimum(0), z.maximum(1e7));
const count = z.number().check(z.int(), z.minimum(0), z.maximum(1e9));
const time = z.number().check(z.int(), z.minimum(0), z.maximum(8.64e15));
const grade = z.enum(GRADES as [Grade, ...Grade[]]);
const sectionKind = z.nullable(z.enum(SECTION_KINDS as [SectionKind, ...SectionKind[]]));
const level = z.enum(LEVELS as [Level, ...Level[]]);

const cueSection = z.object({
  kind: sectionKind,
  label: text,
  heading: text,
  /** Each sentence in full, and its first words for the cue card. */
  sentences: z.array(text).check(z.maxLength(REHEARSAL_LIMITS.sentences)),
  cues: z.array(text).check(z.maxLength(REHEARSAL_LIMITS.sentences)),
  words: count,
  /** Estimated from the words at the story's words-per-minute. */
  estimateSeconds: seconds,
  targetSeconds: seconds,
});

const drillQuestion = z.object({
  question: text,
  /** The story's own `## Follow-ups`, or its principle's likely questions. */
  source: z.enum(['story', 'principle']),
  /** The principle's name for a principle's question. */
  principle: z.nullable(text),
  /** The answer written under the story's own question, if any. */
  notes: z.nullable(text),
  strongShows: text,
  weakSigns: text,
});

export const rehearsalModelSchema = z.object({
  key: text,
  /** Which model of the story this is (the extension numbers the ones it posts; an attempt names the one it was measured on). */
  revision: count,
  title: text,
  question: z.nullable(text),
  level: z.object({ id: level, label: text, targetSeconds: seconds }),
  principles: z.array(text).check(z.maxLength(20)),
  wordsPerMinute: count,
  timeTolerance: seconds,
  sections: z.array(cueSection).check(z.maxLength(REHEARSAL_LIMITS.sections)),
  estimateSeconds: seconds,
  drill: z.array(drillQuestion).check(z.maxLength(REHEARSAL_LIMITS.drill)),
});

const attemptView = z.object({
  id: text,
  at: time,
  totalSeconds: seconds,
  outcome: grade,
  sections: z.array(z.object({ label: text, seconds })).check(z.maxLength(REHEARSAL_LIMITS.sections)),
  grades: z.object({ strong: count, fair: count, weak: count }),
  pace: z.nullable(count),
});

const trendView = z.object({
  label: text,
  targetSeconds: seconds,
  /** The section's time in the last attempts, oldest first. */
  times: z.array(seconds).check(z.maxLength(REHEARSAL_LIMITS.history)),
});

export const historyViewSchema = z.object({
  attempts: z.array(attemptView).check(z.maxLength(REHEARSAL_LIMITS.history)),
  trends: z.array(trendView).check(z.maxLength(REHEARSAL_LIMITS.sections + 1)),
  count,
  /** Start of the day the story is next due, null when never rehearsed. */
  nextDue: z.nullable(time),
});

export type RehearsalModel = z.infer<typeof rehearsalModelSchema>;
export type CueSection = z.infer<typeof cueSection>;
export type DrillQuestion = z.infer<typeof drillQuestion>;
export type HistoryView = z.infer<typeof historyViewSchema>;
export type AttemptView = z.infer<typeof attemptView>;

/** What the webview measured: one time per section of the model, one entry per drill question reached. */
export const attemptReportSchema = z.strictObject({
  type: z.literal('attempt'),
  id: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
  /** The model's key the times belong to (a stale panel's report is dropped). */
  key: text,
  revision: count,
  startedAt: time,
  sections: z.array(seconds).check(z.maxLength(REHEARSAL_LIMITS.sections)),
  drill: z
    .array(z.strictObject({ index: z.number().check(z.int(), z.minimum(0), z.maximum(REHEARSAL_LIMITS.drill - 1)), seconds, grade: z.nullable(grade) }))
    .check(z.maxLength(REHEARSAL_LIMITS.drill)),
});
export type AttemptReport = z.infer<typeof attemptReportSchema>;

/** Webview → extension. */
export const rehearsalWebviewMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  attemptReportSchema,
  z.strictObject({ type: z.literal('setPace'), wordsPerMinute: z.number().check(z.int(), z.minimum(WPM_BOUNDS.min), z.maximum(WPM_BOUNDS.max)) }),
  z.strictObject({ type: z.literal('practiseNext') }),
  z.strictObject({ type: z.literal('exportAttempts') }),
  z.strictObject({ type: z.literal('openStory') }),
]);
export type RehearsalWebviewMessage = z.infer<typeof rehearsalWebviewMessageSchema>;

/** Extension → webview. A null model: the story is gone (file closed or deleted, title changed). */
export const rehearsalExtensionMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('load'), model: z.nullable(rehearsalModelSchema), history: historyViewSchema, due: count }),
  z.strictObject({ type: z.literal('saved'), attemptId: text, outcome: grade, history: historyViewSchema, due: count }),
  z.strictObject({ type: z.literal('paceSet'), wordsPerMinute: count, note: z.nullable(text) }),
]);
export type RehearsalExtensionMessage = z.infer<typeof rehearsalExtensionMessageSchema>;

export function parseRehearsalWebviewMessage(data: unknown): RehearsalWebviewMessage | undefined {
  const parsed = rehearsalWebviewMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

export function parseRehearsalExtensionMessage(data: unknown): RehearsalExtensionMessage | undefined {
  const parsed = rehearsalExtensionMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
