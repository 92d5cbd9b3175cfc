import { PRINCIPLE_NAMES } from './coaching/principleNames';
import { LEVEL_TARGETS } from './coaching/levelTargets';
import { ALL_PRINCIPLE_IDS, type BankGoals } from './bankGoals';
export * from './bankGoals';
import { allowedSeconds, formatSeconds } from './timing';
import { LEVELS, type CheckResult, type Checklist, type Level, type SectionKind, type Severity, type StoryFile } from './types';

// The story bank: what a candidate's whole set of stories covers. One summary per story
// (readiness: checklist score, time against target, warnings) from the analysis the editor or
// the CLI already has, then the coverage of Amazon's 16 principles against the user's goals:
// gaps, overused stories, duplicate titles, unfiled stories, the level mix and the weakest
// stories. Pure: the Story Bank view, its overview, `star-check --coverage` and the tests use it.

/**
 * The readiness of one story, in parts the view shows side by side. Principle fit (how well the
 * story shows the principles it is filed under, and the principles it suggests) joins here as one
 * more part, computed in summarizeStories from the same analysis; `ready` is then the conjunction
 * of the parts, and the tree, the overview and the CLI read it unchanged.
 */
export interface Readiness {
  /** Checklist items met (of `checklistTotal`). */
  checklist: number;
  checklistTotal: number;
  seconds: number;
  targetSeconds: number;
  /** Spoken time within the target plus the tolerance section-over-time allows. */
  withinTime: boolean;
  errors: number;
  warnings: number;
  /** No errors, no warnings, within time and not empty. */
  ready: boolean;
}

export interface BankStory {
  /** The file as the caller names it (a URI string in the editor, a path in the CLI). */
  path: string;
  /** 0-based index of the story in its file. */
  story: number;
  title: string;
  /** Offset of the story's title (or its start) in the file, to open it there. */
  offset: number;
  level: Level;
  /** Canonical principle ids the story is filed under (deduplicated). */
  principles: string[];
  readiness: Readiness;
  /** The first error or warning of the story, for "what to fix first". */
  firstWarning: { ruleId: string; message: string; offset: number } | null;
}

export const CHECKLIST_TOTAL = 7;

/** The checklist's items, each with the short name the CLI gives it and the section that carries it. */
function checklistItems(c: Checklist): [boolean, string, SectionKind | null][] {
  return [
    [c.scopeBoundary, 'scope boundary', null],
    [c.firstPersonActions, 'first-person steps', 'action'],
    [c.actionSteps >= 3, 'three steps', 'action'],
    [c.measuredResult, 'measured result', 'result'],
    [c.businessImpact, 'business impact', 'result'],
    [c.widerEffect, 'wider effect', 'result'],
    [c.specificReflection, 'specific reflection', 'reflection'],
  ];
}

export function checklistScore(c: Checklist): number {
  return checklistItems(c).filter(([done]) => done).length;
}

/** With its section missing, an item's to-do is the section. */
const SECTION_TODO: Partial<Record<SectionKind, string>> = { action: 'an Action', result: 'a Result', reflection: 'a Reflection' };

/**
 * The short names of the items not ticked yet, in checklist order. `missing`, the sections the
 * story lacks (missing-section's verdict): a missing Result is one gap, "a Result", not its three items.
 */
export function checklistGaps(c: Checklist, missing?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const [done, item, kind] of checklistItems(c)) {
    if (done) continue;
    const name = (kind && missing?.has(kind) && SECTION_TODO[kind]) || item;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

const UNTITLED = 'Untitled story';

/**
 * One summary per story of an analysed file. `timeTolerance` is the percentage over target
 * section-over-time allows (the engine config's); a story within it is within time.
 */
export function summarizeStories(path: string, analysis: { file: StoryFile; result: CheckResult }, timeTolerance: number): BankStory[] {
  const { file, result } = analysis;
  const out: BankStory[] = [];
  for (const m of result.stories) {
    const story = file.stories[m.index];
    let errors = 0;
    let warnings = 0;
    let first: BankStory['firstWarning'] = null;
    for (const f of result.findings) {
      if (f.storyIndex !== m.index || !isBlocking(f.severity)) continue;
      if (f.severity === 'error') errors++;
      else warnings++;
      if (!first || f.start < first.offset) first = { ruleId: f.ruleId, message: f.message, offset: f.start };
    }
    const withinTime = m.words > 0 && m.seconds <= allowedSeconds(m.targetSeconds, timeTolerance);
    const principles = [...new Set(m.principles)];
    out.push({
      path,
      story: m.index,
      title: oneLine(m.title ?? '') || UNTITLED,
      offset: story?.titleStart ?? m.start,
      level: m.level,
      principles,
      readiness: {
        checklist: checklistScore(m.checklist),
        checklistTotal: CHECKLIST_TOTAL,
        seconds: m.seconds,
        targetSeconds: m.targetSeconds || LEVEL_TARGETS[m.level]?.targetSeconds || 0,
        withinTime,
        errors,
        warnings,
        ready: errors === 0 && warnings === 0 && withinTime,
      },
      firstWarning: first,
    });
  }
  return out;
}

function isBlocking(severity: Severity): boolean {
  return severity === 'error' || severity === 'warning';
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= 200 ? t : `${t.slice(0, 199)}…`;
}

export interface StoryRef {
  path: string;
  story: number;
  title: string;
  ready: boolean;
}

export interface PrincipleCoverage {
  id: string;
  name: string;
  /** In the user's loop (goals.principles). */
  needed: boolean;
  stories: StoryRef[];
  ready: number;
  /** Needed and filed under by fewer stories than the goal. */
  gap: boolean;
  /** How many more stories the goal asks for (0 when not a gap). */
  missing: number;
}

export interface Coverage {
  storiesPerPrinciple: number;
  maxPrinciplesPerStory: number;
  /** All 16, in Amazon's order. */
  principles: PrincipleCoverage[];
  /** Stories filed under more principles than maxPrinciplesPerStory. */
  overused: (StoryRef & { principles: string[] })[];
  /** Stories filed under no principle. */
  unfiled: StoryRef[];
  /** Titles (compared case- and space-insensitively) used by more than one story. */
  duplicates: { title: string; stories: StoryRef[] }[];
  levels: Record<Level, number>;
  stories: number;
  readyStories: number;
  /** Needed principles with no story at all, and with fewer than the goal. */
  uncovered: string[];
  gaps: string[];
}

export function ref(s: BankStory): StoryRef {
  return { path: s.path, story: s.story, title: s.title, ready: s.readiness.ready };
}

/** Coverage of the principles by `stories` under `goals`. Stories keep the order given. */
export function buildCoverage(stories: readonly BankStory[], goals: BankGoals): Coverage {
  const needed = new Set(goals.principles);
  const byPrinciple = new Map<string, StoryRef[]>(ALL_PRINCIPLE_IDS.map((id) => [id, []]));
  const unfiled: StoryRef[] = [];
  const overused: Coverage['overused'] = [];
  const levels = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  const titles = new Map<string, StoryRef[]>();
  let readyStories = 0;
  for (const s of stories) {
    const r = ref(s);
    levels[s.level] = (levels[s.level] ?? 0) + 1;
    if (r.ready) readyStories++;
    const known = s.principles.filter((id) => byPrinciple.has(id));
    if (known.length === 0) unfiled.push(r);
    for (const id of known) byPrinciple.get(id)!.push(r);
    if (known.length > goals.maxPrinciplesPerStory) overused.push({ ...r, principles: known });
    const key = s.title.toLowerCase().replace(/\s+/g, ' ').trim();
    if (s.title !== UNTITLED) {
      const same = titles.get(key);
      if (same) same.push(r);
      else titles.set(key, [r]);
    }
  }
  const principles = PRINCIPLE_NAMES.map((p): PrincipleCoverage => {
    const filed = byPrinciple.get(p.id)!;
    const isNeeded = needed.has(p.id);
    const missing = isNeeded ? Math.max(0, goals.storiesPerPrinciple - filed.length) : 0;
    return { id: p.id, name: p.name, needed: isNeeded, stories: filed, ready: filed.filter((s) => s.ready).length, gap: missing > 0, missing };
  });
  return {
    storiesPerPrinciple: goals.storiesPerPrinciple,
    maxPrinciplesPerStory: goals.maxPrinciplesPerStory,
    principles,
    overused,
    unfiled,
    duplicates: [...titles.values()].filter((refs) => refs.length > 1).map((refs) => ({ title: refs[0].title, stories: refs })),
    levels,
    stories: stories.length,
    readyStories,
    uncovered: principles.filter((p) => p.needed && p.stories.length === 0).map((p) => p.id),
    gaps: principles.filter((p) => p.gap).map((p) => p.id),
  };
}

/**
 * The stories furthest from ready, weakest first: not ready before ready, then more errors,
 * more warnings, a lower checklist score, over time. Ties keep the order given.
 */
export function weakestStories(stories: readonly BankStory[], count = 3): BankStory[] {
  const weight = (s: BankStory) => [s.readiness.ready ? 1 : 0, -s.readiness.errors, -s.readiness.warnings, s.readiness.checklist, s.readiness.withinTime ? 1 : 0];
  return stories
    .map((s, i) => ({ s, i, w: weight(s) }))
    .filter(({ s }) => !s.readiness.ready)
    .sort((a, b) => {
      for (let k = 0; k < a.w.length; k++) if (a.w[k] !== b.w[k]) return a.w[k] - b.w[k];
      return a.i - b.i;
    })
    .slice(0, count)
    .map(({ s }) => s);
}

/** `m:ss` of spoken time against target, e.g. "2:10 / 2:00". */
export function timeAgainstTarget(r: Readiness): string {
  return `${formatSeconds(r.seconds)} / ${formatSeconds(r.targetSeconds)}`;
}

/** One line of readiness for people and screen readers, e.g. "ready · 7/7 · 1:50 / 2:00 · no warnings". */
export function readinessText(r: Readiness): string {
  const issues = r.errors + r.warnings;
  const problems = issues === 0 ? 'no warnings' : [r.errors ? `${r.errors} error${r.errors === 1 ? '' : 's'}` : '', r.warnings ? `${r.warnings} warning${r.warnings === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
  const time = `${timeAgainstTarget(r)}${r.withinTime ? '' : r.seconds === 0 ? ' (empty)' : ' (over)'}`;
  return `${r.ready ? 'ready' : 'not ready'} · checklist ${r.checklist}/${r.checklistTotal} · ${time} · ${problems}`;
}

/** A principle's name by id (the id itself when unknown). */
export function principleName(id: string): string {
  return PRINCIPLE_NAMES.find((p) => p.id === id)?.name ?? id;
}
