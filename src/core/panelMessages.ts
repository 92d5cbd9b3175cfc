import * as z from 'zod/mini';
import { LEVELS, SECTION_KINDS, SEVERITIES, type Level, type SectionKind, type Severity } from './types';

// The coach panel's contract: every message between the extension and its webview, described
// once and validated on arrival on both sides. `zod/mini` keeps the webview bundle small.
// The webview is untrusted and shows untrusted text, so every string and array is bounded.

/** Offsets beyond this are not offsets into any document an editor can hold. */
export const MAX_OFFSET = 2 ** 31 - 1;
/** Caps on what one update carries (the model builder truncates to these). */
export const MODEL_LIMITS = { findings: 500, text: 2000, list: 100 };

const text = z.string().check(z.maxLength(MODEL_LIMITS.text));
const longText = z.string().check(z.maxLength(20_000));
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(MODEL_LIMITS.list));
const offset = z.number().check(z.int(), z.minimum(0), z.maximum(MAX_OFFSET));
const count = z.number().check(z.int(), z.minimum(0), z.maximum(MAX_OFFSET));
const seconds = z.number().check(z.minimum(0), z.maximum(1e9));
const ruleId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
const severity = z.enum(SEVERITIES as [Severity, ...Severity[]]);
const sectionKind = z.enum(SECTION_KINDS as [SectionKind, ...SectionKind[]]);

const checklistItem = z.object({
  label: text,
  /** done / todo: what the engine measured; guide: advice it cannot check. */
  state: z.enum(['done', 'todo', 'guide']),
});

const timing = z.object({
  words: count,
  seconds,
  /** 0 when the part has no spoken target (follow-ups). */
  targetSeconds: seconds,
  status: z.enum(['missing', 'empty', 'ok', 'over']),
});

const sectionView = z.object({
  kind: sectionKind,
  label: text,
  /** The heading as written, or null for a section the story lacks. */
  heading: z.nullable(text),
  headingStart: z.nullable(offset),
  prompt: text,
  timing,
  checklist: list(checklistItem),
});

const findingView = z.object({
  ruleId,
  severity,
  message: longText,
  start: offset,
  end: offset,
  /** 1-based line of `start`. */
  line: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_OFFSET)),
  sectionKind: z.nullable(sectionKind),
  tipId: ruleId,
});

const tipView = z.object({
  id: ruleId,
  title: text,
  hears: longText,
  instead: longText,
  weak: longText,
  strong: longText,
  /** The most severe of the findings this tip answers. */
  severity,
  count,
  /** Where the first of those findings starts. */
  firstStart: offset,
});

const followUpView = z.object({ question: text, probes: text, strongShows: longText, weakSigns: longText });

const principleView = z.object({
  id: ruleId,
  name: text,
  summary: longText,
  leadWith: longText,
  emphasize: list(longText),
  downplay: list(longText),
  followUps: list(followUpView),
});

const signalView = z.object({
  id: ruleId,
  label: text,
  shown: z.boolean(),
  /** What the interviewer misses when it is not shown, and how to show it. */
  message: longText,
  tip: longText,
  /** The sentence that shows it (null when not shown). */
  start: z.nullable(offset),
  end: z.nullable(offset),
  sentence: z.nullable(longText),
});

const fitView = z.object({
  principle: ruleId,
  name: text,
  tip: longText,
  signals: list(signalView),
});

const suggestionView = z.object({ id: ruleId, name: text, tip: longText });

const levelView = z.object({
  id: z.enum(LEVELS as [Level, ...Level[]]),
  label: text,
  targetSeconds: seconds,
  expectations: longText,
  reflection: longText,
  bar: longText,
});

export const coachModelSchema = z.object({
  storyIndex: count,
  storyCount: count,
  /** The titles of the stories before and after this one in the file, for the header's step buttons. */
  previousTitle: z.nullable(text),
  nextTitle: z.nullable(text),
  title: text,
  question: z.nullable(text),
  start: offset,
  end: offset,
  level: levelView,
  principles: list(principleView),
  /** Each filed principle, signal by signal. */
  fit: list(fitView),
  /** With no principle filed: the 1-3 the story's text shows best. */
  suggested: list(suggestionView),
  sections: list(sectionView),
  total: timing,
  // The panel's summary (render.ts renderSummary) shows the total time and the findings count;
  // a principle-fit view belongs here in the model, next to `total`, and there in the summary.
  findings: z.array(findingView).check(z.maxLength(MODEL_LIMITS.findings)),
  /** How many findings the story has, including any beyond the cap. */
  findingCount: count,
  tips: list(tipView),
});

export type CoachModel = z.infer<typeof coachModelSchema>;
export type SectionView = z.infer<typeof sectionView>;
export type ChecklistItem = z.infer<typeof checklistItem>;
export type Timing = z.infer<typeof timing>;
export type FindingView = z.infer<typeof findingView>;
export type TipView = z.infer<typeof tipView>;
export type PrincipleView = z.infer<typeof principleView>;
export type LevelView = z.infer<typeof levelView>;
export type FitView = z.infer<typeof fitView>;
export type SignalView = z.infer<typeof signalView>;
export type SuggestionView = z.infer<typeof suggestionView>;

/** Webview → extension. */
export const webviewMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z
    .strictObject({ type: z.literal('reveal'), start: offset, end: offset })
    .check(z.refine((m) => m.start <= m.end, { message: 'start after end' })),
  z.strictObject({ type: z.literal('openDocs'), ruleId }),
  /** The header's Previous story / Next story: show the story at this index of the same file. */
  z.strictObject({ type: z.literal('showStory'), storyIndex: count }),
  z.strictObject({ type: z.literal('rehearse') }),
]);
export type WebviewMessage = z.infer<typeof webviewMessageSchema>;

/** Extension → webview. A null model means no story is open. */
export const extensionMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('update'), model: z.nullable(coachModelSchema) }),
  z.strictObject({ type: z.literal('focusTip'), tipId: ruleId }),
]);
export type ExtensionMessage = z.infer<typeof extensionMessageSchema>;

export function parseWebviewMessage(data: unknown): WebviewMessage | undefined {
  const parsed = webviewMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

export function parseExtensionMessage(data: unknown): ExtensionMessage | undefined {
  const parsed = extensionMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
