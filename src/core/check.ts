import { defaultEngineConfig, ruleLevel, ruleOptionValues, type EngineConfig } from './config';
import { StoryFacts } from './facts';
import { loadFit } from './fitPackage';
import { parse } from './parse';
import { phraseMatchers } from './phrases';
import { STORY_RULES, type Report } from './rules';
import { parseRuleOptions } from './ruleSettings';
import type { AnyRule } from './rules/types';
import type { Checklist, CheckResult, Finding, Severity, Story, StoryFile, StoryMetrics, Suppression } from './types';

// parse -> every enabled rule on every story -> findings (sorted, suppressions applied, ranges
// inside the text) and metrics per story. A rule that throws becomes one `rule-error` finding.

export interface Analysis {
  file: StoryFile;
  result: CheckResult;
}

const defaultOptions = new WeakMap<AnyRule, unknown>();
const givenOptions = new WeakMap<AnyRule, Map<string, unknown>>();
/** The rule's options under `config`: the user's valid ones over the schema's defaults. */
function ruleOptions(rule: AnyRule, config: EngineConfig): unknown {
  const given = ruleOptionValues(config.rules[rule.id]);
  if (Object.keys(given).length === 0) {
    if (!defaultOptions.has(rule)) defaultOptions.set(rule, rule.options.parse({}));
    return defaultOptions.get(rule);
  }
  let byText = givenOptions.get(rule);
  if (!byText) givenOptions.set(rule, (byText = new Map()));
  const text = JSON.stringify(given);
  if (!byText.has(text)) {
    if (byText.size >= 32) byText.clear();
    byText.set(text, parseRuleOptions(rule, given));
  }
  return byText.get(text);
}

export function resolveConfig(config?: Partial<EngineConfig>): EngineConfig {
  const base = defaultEngineConfig();
  return config ? { ...base, ...config, rules: config.rules ?? base.rules, phrases: config.phrases ?? base.phrases } : base;
}

function severityFor(config: EngineConfig, ruleId: string, own: Severity): Severity | null {
  const level = ruleLevel(config.rules[ruleId]);
  if (level === 'off') return null;
  return level ?? own;
}

function suppressed(suppressions: readonly Suppression[], ruleId: string, start: number): boolean {
  for (const s of suppressions) {
    if (start >= s.start && start < s.end && (s.rules === null || s.rules.includes(ruleId))) return true;
  }
  return false;
}

const storySuppressions = new WeakMap<StoryFile, Suppression[][]>();

/**
 * The suppressions that overlap each story, so that a finding in a story of a large bank is
 * checked against a few comments, not every comment of the file.
 */
function suppressionsByStory(file: StoryFile): Suppression[][] {
  let byStory = storySuppressions.get(file);
  if (byStory) return byStory;
  const { stories } = file;
  byStory = stories.map(() => []);
  for (const sup of file.suppressions) {
    // The first story that ends after the suppression starts, then on while they start before it ends.
    let lo = 0;
    let hi = stories.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stories[mid].end <= sup.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < stories.length && stories[i].start < sup.end; i++) byStory[i].push(sup);
  }
  storySuppressions.set(file, byStory);
  return byStory;
}

function sectionKindAt(story: Story, offset: number) {
  const s = story.sections.find((x) => offset >= x.headingStart && offset < x.bodyEnd);
  return s?.kind ?? null;
}

const suggested = new WeakSet<StoryMetrics>();

/**
 * The 1–3 principles a story that names none shows best (empty when it names one), computed on
 * first request and kept on the metrics: the hover, the panel, the title's quick fix and
 * star-check's JSON ask for it, a plain check does not.
 */
export function suggestFor(file: StoryFile, metrics: StoryMetrics, config?: Partial<EngineConfig>): string[] {
  if (suggested.has(metrics)) return metrics.suggestedPrinciples;
  suggested.add(metrics);
  const story = file.stories[metrics.index];
  if (!story || story.meta.principles.length > 0) return metrics.suggestedPrinciples;
  const cfg = resolveConfig(config);
  // A story with nothing told shows no signal, so nothing is suggested.
  metrics.suggestedPrinciples = loadFit().suggestPrinciples(new StoryFacts(file, story, phraseMatchers(cfg), cfg, metrics.level));
  return metrics.suggestedPrinciples;
}

/** Findings and metrics of one story. */
export function checkStory(file: StoryFile, story: Story, config: EngineConfig): { findings: Finding[]; metrics: StoryMetrics } {
  const level = story.meta.level;
  const facts = new StoryFacts(file, story, phraseMatchers(config), config, level);
  const findings: Finding[] = [];
  const length = file.text.length;
  const local = file.stories[story.index] === story ? suppressionsByStory(file)[story.index] : file.suppressions;
  const push = (ruleId: string, tipId: string, own: Severity, r: Report) => {
    const severity = severityFor(config, ruleId, r.severity ?? own);
    if (!severity) return;
    const start = Math.max(0, Math.min(length, Math.floor(Number.isFinite(r.start) ? r.start : 0)));
    const end = Math.max(start, Math.min(length, Math.floor(Number.isFinite(r.end) ? r.end : start)));
    // A finding inside the story can only be covered by a suppression that overlaps the story.
    const inStory = start >= story.start && start < story.end;
    if (suppressed(inStory ? local : file.suppressions, ruleId, start)) return;
    const finding: Finding = { ruleId, severity, message: r.message, start, end, sectionKind: r.sectionKind !== undefined ? r.sectionKind : sectionKindAt(story, start), storyIndex: story.index, tipId };
    if (r.fix) finding.fix = r.fix;
    if (r.actual !== undefined) finding.actual = r.actual;
    if (r.expected !== undefined) finding.expected = r.expected;
    findings.push(finding);
  };
  for (const rule of STORY_RULES) {
    if (ruleLevel(config.rules[rule.id]) === 'off') continue;
    try {
      rule.check(
        { file, story, facts, config, level, principles: story.meta.principles, options: ruleOptions(rule, config) },
        (r: Report) => push(rule.id, rule.tipId, rule.defaultSeverity, r),
      );
    } catch (err) {
      const anchor = story.titleStart !== null ? { start: story.titleStart, end: story.titleEnd ?? story.titleStart } : { start: story.start, end: story.start };
      push('rule-error', 'rule-error', 'error', { ...anchor, sectionKind: null, message: `The rule "${rule.id}" failed on this story (${err instanceof Error ? err.message : String(err)}). The other rules still ran; please report it.` });
    }
  }
  const m = facts.metrics();
  const has = (ruleId: string, kind?: string) => findings.some((f) => f.ruleId === ruleId && (kind === undefined || f.sectionKind === kind));
  const figures = facts.resultFigures();
  const checklist: Checklist = {
    scopeBoundary: facts.hasScopeBoundary(),
    firstPersonActions: facts.actionSteps().length > 0 && !has('we-instead-of-i', 'action'),
    actionSteps: facts.actionSteps().length,
    measuredResult: figures.length > 0,
    businessImpact: figures.length > 0 && (facts.resultHas('businessImpact') || figures.some((f) => /^[$€£¥]/.test(file.text.slice(f.start, f.end)))),
    widerEffect: facts.resultHas('secondOrder'),
    specificReflection: facts.reflectionSentences().length > 0 && !has('generic-reflection'),
  };
  const metrics: StoryMetrics = {
    index: story.index,
    title: story.title,
    start: story.start,
    end: story.end,
    principles: story.meta.principles,
    level,
    words: m.words,
    seconds: m.seconds,
    targetSeconds: m.targetSeconds,
    sections: m.sections,
    checklist,
    principleFit: loadFit().judgedFit(facts, story.meta.principles),
    // Filled on demand by suggestFor(): 16 principles' signals per story cost more than the rest of the check.
    suggestedPrinciples: [],
  };
  return { findings, metrics };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

export function analyze(text: string, config?: Partial<EngineConfig>): Analysis {
  const cfg = resolveConfig(config);
  return analyzeFile(parse(text, { level: cfg.level }), cfg);
}

/** Every story of a parsed file under a resolved config (parsed with `cfg.level`). */
export function analyzeFile(file: StoryFile, cfg: EngineConfig): Analysis {
  const { text } = file;
  if (file.binary) {
    const findings: Finding[] = [];
    const severity = severityFor(cfg, 'binary-file', 'warning');
    if (severity) {
      const nl = text.indexOf('\n');
      let end = Math.min(text.length, nl < 0 ? Math.min(text.length, 80) : Math.min(nl, 80));
      if (end > 0 && text.charCodeAt(end - 1) === 13) end--; // not the CR of a CRLF
      findings.push({ ruleId: 'binary-file', severity, message: 'This file is not text (it holds binary data), so it cannot be coached. Open a .star.md story written in plain text.', start: 0, end, sectionKind: null, storyIndex: 0, tipId: 'binary-file' });
    }
    return { file, result: { findings, stories: [] } };
  }
  const findings: Finding[] = [];
  const stories: StoryMetrics[] = [];
  for (const story of file.stories) {
    const r = checkStory(file, story, cfg);
    findings.push(...r.findings);
    stories.push(r.metrics);
  }
  findings.sort(compareFindings);
  return { file, result: { findings, stories } };
}

/** Findings and per-story metrics of a `.star.md` text. */
export function check(text: string, config?: Partial<EngineConfig>): CheckResult {
  return analyze(text, config).result;
}
