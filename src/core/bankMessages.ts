import * as z from 'zod/mini';
import { LEVEL_TARGETS } from './coaching/levelTargets';
import { buildCoverage, weakestStories, type BankGoals, type BankStory } from './bank';
import { LEVELS, type Level } from './types';
import { clip } from './clip';

// The Story Bank overview's contract: the model the extension posts and the messages its webview
// sends back, validated on arrival on both sides (like panelMessages.ts for the coach panel).
// The webview shows untrusted text (titles, finding messages): every string and list is bounded.

export const OVERVIEW_LIMITS = { stories: 500, text: 300, message: 2000 } as const;

const text = z.string().check(z.maxLength(OVERVIEW_LIMITS.text));
const count = z.number().check(z.int(), z.minimum(0), z.maximum(1e9));
const seconds = z.number().check(z.minimum(0), z.maximum(1e9));
const principleId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
const level = z.enum(LEVELS as [Level, ...Level[]]);

const storyView = z.object({
  /** Index into the model's stories: what `open` sends back. */
  id: count,
  title: text,
  /** The file, relative to the workspace. */
  file: text,
  level,
  ready: z.boolean(),
  checklist: count,
  checklistTotal: count,
  seconds,
  targetSeconds: seconds,
  withinTime: z.boolean(),
  errors: count,
  warnings: count,
  principles: z.array(principleId).check(z.maxLength(16)),
  overused: z.boolean(),
  duplicate: z.boolean(),
});

const principleView = z.object({
  id: principleId,
  name: text,
  needed: z.boolean(),
  stories: count,
  ready: count,
  gap: z.boolean(),
  missing: count,
});

export const overviewModelSchema = z.object({
  storiesPerPrinciple: count,
  maxPrinciplesPerStory: count,
  principles: z.array(principleView).check(z.maxLength(16)),
  stories: z.array(storyView).check(z.maxLength(OVERVIEW_LIMITS.stories)),
  /** Stories beyond the cap, not listed. */
  hidden: count,
  levels: z.array(z.object({ id: level, label: text, stories: count })).check(z.maxLength(LEVELS.length)),
  weakest: z
    .array(z.object({ id: count, ruleId: z.nullable(principleId), message: z.nullable(z.string().check(z.maxLength(OVERVIEW_LIMITS.message))) }))
    .check(z.maxLength(3)),
  totals: z.object({ stories: count, ready: count, gaps: count, uncovered: count, needed: count }),
});

export type OverviewModel = z.infer<typeof overviewModelSchema>;
export type OverviewStory = z.infer<typeof storyView>;
export type OverviewPrinciple = z.infer<typeof principleView>;

export const overviewWebviewMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('open'), id: count }),
]);
export type OverviewWebviewMessage = z.infer<typeof overviewWebviewMessageSchema>;

export const overviewExtensionMessageSchema = z.discriminatedUnion('type', [z.strictObject({ type: z.literal('update'), model: overviewModelSchema })]);
export type OverviewExtensionMessage = z.infer<typeof overviewExtensionMessageSchema>;

export function parseOverviewWebviewMessage(data: unknown): OverviewWebviewMessage | undefined {
  const parsed = overviewWebviewMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

export function parseOverviewExtensionMessage(data: unknown): OverviewExtensionMessage | undefined {
  const parsed = overviewExtensionMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}



/**
 * The overview of a bank: `stories` in the order given (the caller sorts them), `display` turns a
 * story's path into what the user reads. Stories beyond the cap are counted, not listed.
 */
export function buildOverviewModel(stories: readonly BankStory[], goals: BankGoals, display: (path: string) => string): OverviewModel {
  const coverage = buildCoverage(stories, goals);
  const shown = stories.slice(0, OVERVIEW_LIMITS.stories);
  const overused = new Set(coverage.overused.map((o) => `${o.path}#${o.story}`));
  const duplicate = new Set(coverage.duplicates.flatMap((d) => d.stories.map((s) => `${s.path}#${s.story}`)));
  const index = new Map(shown.map((s, i) => [s, i]));
  return {
    storiesPerPrinciple: coverage.storiesPerPrinciple,
    maxPrinciplesPerStory: coverage.maxPrinciplesPerStory,
    principles: coverage.principles.map((p) => ({ id: p.id, name: p.name, needed: p.needed, stories: p.stories.length, ready: p.ready, gap: p.gap, missing: p.missing })),
    stories: shown.map((s, id) => ({
      id,
      title: clip(s.title, OVERVIEW_LIMITS.text),
      file: clip(display(s.path), OVERVIEW_LIMITS.text),
      level: s.level,
      ready: s.readiness.ready,
      checklist: s.readiness.checklist,
      checklistTotal: s.readiness.checklistTotal,
      seconds: s.readiness.seconds,
      targetSeconds: s.readiness.targetSeconds,
      withinTime: s.readiness.withinTime,
      errors: s.readiness.errors,
      warnings: s.readiness.warnings,
      principles: s.principles.slice(0, 16),
      overused: overused.has(`${s.path}#${s.story}`),
      duplicate: duplicate.has(`${s.path}#${s.story}`),
    })),
    hidden: stories.length - shown.length,
    levels: LEVELS.map((l) => ({ id: l, label: LEVEL_TARGETS[l].label, stories: coverage.levels[l] })),
    weakest: weakestStories(shown)
      .map((s) => ({ id: index.get(s)!, ruleId: s.firstWarning?.ruleId ?? null, message: s.firstWarning ? clip(s.firstWarning.message, OVERVIEW_LIMITS.message) : null }))
      .filter((w) => w.id !== undefined),
    totals: {
      stories: coverage.stories,
      ready: coverage.readyStories,
      gaps: coverage.gaps.length,
      uncovered: coverage.uncovered.length,
      needed: coverage.principles.filter((p) => p.needed).length,
    },
  };
}
