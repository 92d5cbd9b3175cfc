import { LEVEL_GUIDES, PRINCIPLES, SECTION_GUIDES, findPrinciple, getTip, sectionTargetSeconds, type PrincipleGuide } from './coaching';
import {
  MODEL_LIMITS,
  type ChecklistItem,
  type CoachModel,
  type FindingView,
  type PrincipleView,
  type SectionView,
  type TipView,
  type Timing,
  type FitView,
  type SuggestionView,
} from './panelMessages';
import { principleProfile } from './coaching/principleProfiles';

import { SPOKEN_SECTIONS, type CheckResult, type Checklist, type Finding, type SectionKind, type SectionMetrics, type Severity, type StoryFile, type StoryMetrics } from './types';
import { clip } from './clip';

export type { CoachModel } from './panelMessages';
export { storyAt } from './storyAt';

// What the coach panel shows for one story, computed from one analysis. Pure: the panel glue
// posts it to the webview as is, and the unit tests read it directly.

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
const SENIOR_LEVELS = new Set(['senior', 'principal']);

/** Each filed principle's signals, with the sentence that shows each (clipped) and what to do about the rest. */
function fitViews(text: string, metrics: StoryMetrics): FitView[] {
  return metrics.principleFit.slice(0, MODEL_LIMITS.list).map((fit) => {
    const profile = principleProfile(fit.principle);
    return {
      principle: fit.principle,
      name: clipText(findPrinciple(fit.principle)?.name ?? fit.principle),
      tip: profile?.tip ?? '',
      signals: fit.signals.slice(0, MODEL_LIMITS.list).map((s) => {
        const sig = profile?.signals.find((x) => x.id === s.id);
        const shown = s.shown && s.start !== undefined && s.end !== undefined;
        return {
          id: s.id,
          label: clipText(s.label),
          shown,
          message: sig?.message ?? '',
          tip: sig?.tip ?? '',
          start: shown ? s.start! : null,
          end: shown ? s.end! : null,
          sentence: shown ? clipText(text.slice(s.start, s.end).replace(/\s+/g, ' ').trim()) : null,
        };
      }),
    };
  });
}

/** The suggested principles (a story that names none), best first. */
function suggestionViews(metrics: StoryMetrics): SuggestionView[] {
  return metrics.suggestedPrinciples.slice(0, 3).map((id) => ({ id, name: clipText(findPrinciple(id)?.name ?? id), tip: principleProfile(id)?.tip ?? '' }));
}

export function buildCoachModel(analysis: { file: StoryFile; result: CheckResult }, storyIndex: number): CoachModel {
  const { file, result } = analysis;
  const count = Math.max(file.stories.length, result.stories.length);
  const index = Math.min(Math.max(0, Math.trunc(storyIndex) || 0), Math.max(0, count - 1));
  const story = file.stories[index];
  const metrics = result.stories.find((s) => s.index === index) ?? emptyMetrics(index, story?.start ?? 0, story?.end ?? file.text.length);

  const own = result.findings.filter((f) => f.storyIndex === index).sort((a, b) => a.start - b.start);
  const findings = findingViews(file.text, own.slice(0, MODEL_LIMITS.findings));
  const level = LEVEL_GUIDES[metrics.level] ?? LEVEL_GUIDES.sde2;

  return {
    storyIndex: index,
    storyCount: count,
    previousTitle: index > 0 ? titleOf(analysis, index - 1) : null,
    nextTitle: index + 1 < count ? titleOf(analysis, index + 1) : null,
    title: titleOf(analysis, index),
    question: story?.meta.question ? clipText(story.meta.question) : null,
    start: metrics.start,
    end: metrics.end,
    level: {
      id: level.id,
      label: level.label,
      targetSeconds: level.targetSeconds,
      expectations: level.expectations,
      reflection: level.reflection,
      bar: level.bar,
    },
    principles: principleViews(metrics.principles),
    fit: fitViews(file.text, metrics),
    suggested: suggestionViews(metrics),
    sections: sectionViews(metrics, own),
    total: timingOf(metrics.words, metrics.seconds, metrics.targetSeconds, true),
    findings,
    findingCount: own.length,
    tips: tipViews(own),
  };
}

function titleOf({ file, result }: { file: StoryFile; result: CheckResult }, index: number): string {
  const title = result.stories.find((s) => s.index === index)?.title ?? file.stories[index]?.title ?? '';
  return clipText(title) || (file.stories.length > 1 ? `Untitled story ${index + 1}` : 'Untitled story');
}

function sectionViews(metrics: StoryMetrics, findings: Finding[]): SectionView[] {
  const views: SectionView[] = [];
  const kinds: SectionKind[] = [...SPOKEN_SECTIONS, 'followups'];
  for (const kind of kinds) {
    const present = metrics.sections.filter((s) => s.kind === kind);
    if (present.length === 0 && kind !== 'followups') views.push(sectionView(kind, undefined, metrics, findings));
    for (const section of present) views.push(sectionView(kind, section, metrics, findings));
  }
  return views.slice(0, MODEL_LIMITS.list);
}

function sectionView(kind: SectionKind, section: SectionMetrics | undefined, metrics: StoryMetrics, findings: Finding[]): SectionView {
  const guide = SECTION_GUIDES[kind];
  const target = sectionTargetSeconds(kind, metrics.level);
  const timing = section
    ? timingOf(section.words, section.seconds, section.targetSeconds || target, true)
    : { words: 0, seconds: 0, targetSeconds: target, status: 'missing' as const };
  const hollow = timing.status === 'missing' || timing.status === 'empty';
  // The checklist follows the principle: the scope boundary only where the story's principles ask for one.
  const boundary = metrics.principles.length === 0 || metrics.principles.some((p) => principleProfile(p)?.boundary);
  const guideItems = boundary ? guide.checklist : guide.checklist.filter((item) => !/scope boundary|not your team/i.test(item));
  const measured = measures(kind, metrics.checklist, metrics.level, findings).filter((m) => boundary || !m.keys.includes('scope boundary'));
  const checklist = checklistOf(guideItems, measured, hollow);
  return {
    kind,
    label: guide.label,
    heading: section ? clipText(section.heading) : null,
    headingStart: section ? section.headingStart : null,
    prompt: clipText(guide.prompt),
    timing,
    checklist: checklist.slice(0, MODEL_LIMITS.list),
  };
}

interface Measure {
  state: ChecklistItem['state'];
  /** Used when no item of the section's guide says the same thing. */
  label: string;
  /** Phrases by which the guide's own item for this measure is recognised (lower case). */
  keys: string[];
}

/** What the engine measured for one kind of section. */
function measures(kind: SectionKind, c: Checklist, level: string, findings: Finding[]): Measure[] {
  const tick = (ok: boolean, label: string, keys: string[]): Measure => ({ state: ok ? 'done' : 'todo', label, keys });
  switch (kind) {
    case 'task':
      return [tick(c.scopeBoundary, 'Says the work was outside your remit: not your team, no ticket, nobody asked', ['scope boundary', 'not your team', 'nobody asked'])];
    case 'action':
      return [
        tick(c.firstPersonActions, 'Each step is yours: "I did", not "we did"', ['"i"', '“i”', 'i + verb', 'first person']),
        tick(c.actionSteps >= 3, `At least three concrete "I + verb" steps (${c.actionSteps} found)`, []),
      ];
    case 'result':
      return [
        tick(c.measuredResult, 'A measured change: from → to, %, $, time saved', ['measured', 'before and after']),
        tick(c.businessImpact, 'The figure translated into money, customers, time or risk', ['money', 'business']),
        tick(c.widerEffect, 'A lasting or wider effect: adopted, reused, became the standard', ['wider', 'lasting', 'adopted']),
      ];
    case 'reflection': {
      const items = [tick(c.specificReflection, 'A lesson only this story could teach', ['specific to this story', 'only this story'])];
      // The engine only says when a senior reflection lacks a systemic cause; otherwise it is advice.
      if (SENIOR_LEVELS.has(level) && findings.some((f) => f.ruleId === 'reflection-not-systemic')) {
        items.push({ state: 'todo', label: 'Names the systemic or organisational cause', keys: ['organisational', 'systemic'] });
      }
      return items;
    }
    default:
      return [];
  }
}

/**
 * The section guide's checklist, with each item the engine measures shown as done or not yet;
 * measured items the guide does not mention come first, in the engine's words.
 */
function checklistOf(guide: readonly string[], measured: Measure[], hollow: boolean): ChecklistItem[] {
  const pending = [...measured];
  const items: ChecklistItem[] = guide.map((label) => {
    const lower = label.toLowerCase();
    const i = pending.findIndex((m) => m.keys.some((k) => lower.includes(k)));
    if (i < 0) return { label: clipText(label), state: 'guide' };
    const [m] = pending.splice(i, 1);
    return { label: clipText(label), state: m.state };
  });
  const extra = pending.map((m) => ({ label: m.label, state: m.state }));
  // A missing or empty section has achieved nothing, whatever the measures say.
  return [...extra, ...items].map((item) => (hollow && item.state === 'done' ? { ...item, state: 'todo' } : item));
}

function timingOf(words: number, seconds: number, targetSeconds: number, present: boolean): Timing {
  const status = !present ? 'missing' : words === 0 ? 'empty' : targetSeconds > 0 && seconds > targetSeconds ? 'over' : 'ok';
  return { words, seconds: Math.round(seconds * 10) / 10, targetSeconds, status };
}

function findingViews(text: string, findings: Finding[]): FindingView[] {
  // Findings are sorted by start: count line breaks once, moving forward.
  let line = 1;
  let pos = 0;
  return findings.map((f) => {
    const start = Math.min(Math.max(0, f.start), text.length);
    line += lineBreaks(text, pos, start);
    pos = start;
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message.slice(0, 20_000),
      start,
      end: Math.min(Math.max(start, f.end), text.length),
      line,
      sectionKind: f.sectionKind,
      tipId: f.tipId,
    };
  });
}

/** Line breaks in text[from, to): \n, \r\n and a lone \r each count once, as in the editor. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/** One tip per tip id among the findings, most severe first, then in order of first appearance. */
function tipViews(findings: Finding[]): TipView[] {
  const byTip = new Map<string, { severity: Severity; count: number; firstStart: number; order: number }>();
  for (const f of findings) {
    const seen = byTip.get(f.tipId);
    if (!seen) byTip.set(f.tipId, { severity: f.severity, count: 1, firstStart: f.start, order: byTip.size });
    else {
      seen.count++;
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen.severity]) seen.severity = f.severity;
    }
  }
  const views: (TipView & { order: number })[] = [];
  for (const [id, seen] of byTip) {
    const tip = getTip(id);
    if (!tip) continue;
    views.push({ id, title: tip.title, hears: tip.hears, instead: tip.instead, weak: tip.weak, strong: tip.strong, ...seen });
  }
  views.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.order - b.order);
  return views.slice(0, MODEL_LIMITS.list).map(({ order: _order, ...tip }) => tip);
}

function principleViews(ids: string[]): PrincipleView[] {
  const seen = new Set<string>();
  const views: PrincipleView[] = [];
  for (const id of ids) {
    const guide: PrincipleGuide | undefined = PRINCIPLES.find((p) => p.id === id) ?? PRINCIPLES.find((p) => p.id === findPrinciple(id)?.id);
    if (!guide || seen.has(guide.id)) continue;
    seen.add(guide.id);
    views.push({
      id: guide.id,
      name: guide.name,
      summary: guide.summary,
      leadWith: guide.leadWith,
      emphasize: guide.emphasize,
      downplay: guide.downplay,
      followUps: guide.followUps.map((f) => ({ question: f.question, probes: f.probes, strongShows: f.strongShows, weakSigns: f.weakSigns })),
    });
  }
  return views;
}

function emptyMetrics(index: number, start: number, end: number): StoryMetrics {
  return {
    index,
    title: null,
    start,
    end,
    principles: [],
    level: 'sde2',
    words: 0,
    seconds: 0,
    targetSeconds: LEVEL_GUIDES.sde2?.targetSeconds ?? 120,
    sections: [],
    checklist: {
      scopeBoundary: false,
      firstPersonActions: false,
      actionSteps: 0,
      measuredResult: false,
      businessImpact: false,
      widerEffect: false,
      specificReflection: false,
    },
    principleFit: [],
    suggestedPrinciples: [],
  };
}

/** Document text shown in the panel is bounded: a 10 MB heading stays a heading. */
function clipText(s: string): string {
  return clip(s, MODEL_LIMITS.text);
}
