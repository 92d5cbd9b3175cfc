import { defaultEngineConfig, ruleLevel, ruleOptionValues, sectionLevels, type EngineConfig } from './config';
import { StoryFacts } from './facts';
import { loadFit } from './fitPackage';
import { parseDetailed } from './parse';
import { partitionPoint } from './search';
import { phraseMatchers } from './phrases';
import { STORY_RULES, type Report } from './rules';
import { parseRuleOptions } from './ruleSettings';
import type { AnyRule } from './rules/types';
import type { Checklist, CheckResult, Finding, SectionKind, Severity, Story, StoryFile, StoryMetrics, Suppression } from './types';

// parse -> every enabled rule on every story -> findings (sorted, suppressions applied, ranges
// inside the text) and metrics per story. One error boundary: whatever throws (the parser, a
// story's facts, a rule, its metrics or checklist) becomes one `rule-error` finding on the story
// it failed on (on the file when the parser fails), and every other story is still checked.

/**
 * The pieces an analysis is made of. Tests swap one for a piece that throws, to prove that the
 * failure becomes a finding and the rest is still checked; everything else uses ENGINE.
 */
export interface EnginePieces {
  parse: typeof parseDetailed;
  facts: (...args: ConstructorParameters<typeof StoryFacts>) => StoryFacts;
  rules: readonly AnyRule[];
  checklist: (file: StoryFile, facts: StoryFacts, detected: Detected) => Checklist;
}

export const ENGINE: EnginePieces = {
  parse: parseDetailed,
  facts: (...args) => new StoryFacts(...args),
  rules: STORY_RULES,
  checklist: checklistOf,
};

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export interface Analysis {
  file: StoryFile;
  result: CheckResult;
}

const defaultOptions = new WeakMap<AnyRule, unknown>();

/**
 * A rule's options when the user gives none: its schema's defaults. Options `z.object({})` (17 of
 * 21 rules) default to `{}` without a first parse of each schema (~0.4 ms of the first check).
 */
export function defaultRuleOptions(rule: AnyRule): unknown {
  const def = (rule.options as { _zod?: { def?: { type?: string; shape?: object; catchall?: unknown } } })._zod?.def;
  const none = def?.type === 'object' && def.catchall === undefined && def.shape !== undefined && Object.keys(def.shape).length === 0;
  return none ? {} : rule.options.parse({});
}
const givenOptions = new WeakMap<AnyRule, Map<string, unknown>>();
/** The rule's options under `config`: the user's valid ones over the schema's defaults. */
function ruleOptions(rule: AnyRule, config: EngineConfig): unknown {
  const given = ruleOptionValues(config.rules[rule.id]);
  if (Object.keys(given).length === 0) {
    if (!defaultOptions.has(rule)) defaultOptions.set(rule, defaultRuleOptions(rule));
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

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };
const BY_RANK: readonly Severity[] = ['hint', 'info', 'warning', 'error'];

/**
 * The severity of a finding the rule reported at `reported` (its default, or another step of its
 * own scale, e.g. a hint for "our team" in the Situation) in section `kind`. A severity the user
 * set for that section wins; else the user's severity for the rule replaces the rule's default
 * and what the rule reports below its default stays as many steps below it (floored at hint), so
 * raising a rule keeps its per-section scale.
 */
function severityFor(config: EngineConfig, ruleId: string, ruleDefault: Severity, reported: Severity, kind: string | null): Severity | null {
  const setting = config.rules[ruleId];
  const forSection = kind !== null ? sectionLevels(setting)?.[kind] : undefined;
  if (forSection) return forSection === 'off' ? null : forSection;
  const level = ruleLevel(setting);
  if (level === 'off') return null;
  if (!level) return reported;
  const below = RANK[ruleDefault] - RANK[reported];
  return below > 0 ? BY_RANK[Math.max(0, RANK[level] - below)] : level;
}

/** The rule is off everywhere: off, with no section turned back on. */
function ruleOff(config: EngineConfig, ruleId: string): boolean {
  const setting = config.rules[ruleId];
  if (ruleLevel(setting) !== 'off') return false;
  const sections = sectionLevels(setting);
  return !sections || Object.values(sections).every((l) => l === 'off');
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
    const lo = partitionPoint(stories.length, (i) => stories[i].end <= sup.start);
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

/** Rules whose verdict the checklist reads: they run even when turned off, unseen. */
const CHECKLIST_RULES = new Set(['we-instead-of-i', 'generic-reflection', 'result-missing-business-impact']);

/** What the rules found in a story before settings and suppressions: `has(ruleId, sectionKind?)`. */
export type Detected = (ruleId: string, sectionKind?: SectionKind) => boolean;

/**
 * The checklist of a story, from what the story says: its facts and what the rules detect in it,
 * never the findings (turning `generic-reflection` off, or a `star-disable` comment, hides a
 * finding but does not make a reflection specific).
 */
export function checklistOf(_file: StoryFile, facts: StoryFacts, has: Detected): Checklist {
  const figures = facts.resultFigures();
  return {
    scopeBoundary: facts.hasScopeBoundary(),
    firstPersonActions: facts.actionSteps().length > 0 && !has('we-instead-of-i', 'action'),
    actionSteps: facts.actionSteps().length,
    measuredResult: figures.length > 0,
    // What result-missing-business-impact accepts: money, worth in words, time given back, a stake the Situation states.
    businessImpact: figures.length > 0 && !has('result-missing-business-impact'),
    widerEffect: facts.resultHas('secondOrder'),
    specificReflection: facts.reflectionSentences().length > 0 && !has('generic-reflection'),
  };
}

const NO_CHECKLIST: Checklist = { scopeBoundary: false, firstPersonActions: false, actionSteps: 0, measuredResult: false, businessImpact: false, widerEffect: false, specificReflection: false };

/** Metrics of a story the engine failed on: its place and meta, nothing measured. */
function unmeasured(story: Story): StoryMetrics {
  return { index: story.index, title: story.title, start: story.start, end: story.end, principles: story.meta.principles, level: story.meta.level, words: 0, seconds: 0, targetSeconds: 0, sections: [], checklist: { ...NO_CHECKLIST }, principleFit: [], suggestedPrinciples: [] };
}

function engineErrorMessage(what: string, err: unknown): string {
  return `STAR Story Coach failed while ${what} (${errorText(err)}): a bug, not your draft's fault; please report it.`;
}

/** Findings and metrics of one story; whatever throws becomes a `rule-error` finding on it. */
/** What an analysis does besides the rules. */
export interface AnalyzeOptions {
  /**
   * Fill in each unfiled story's suggested principles now, from the facts the rules already read
   * (what suggestFor() would give later, without reading the story a second time): the CLI's JSON.
   */
  suggest?: boolean;
}

export function checkStory(file: StoryFile, story: Story, config: EngineConfig, pieces: EnginePieces = ENGINE, opts: AnalyzeOptions = {}): { findings: Finding[]; metrics: StoryMetrics } {
  const level = story.meta.level;
  const findings: Finding[] = [];
  const length = file.text.length;
  const local = file.stories[story.index] === story ? suppressionsByStory(file)[story.index] : file.suppressions;
  const push = (ruleId: string, tipId: string, own: Severity, r: Report) => {
    const start = Math.max(0, Math.min(length, Math.floor(Number.isFinite(r.start) ? r.start : 0)));
    const end = Math.max(start, Math.min(length, Math.floor(Number.isFinite(r.end) ? r.end : start)));
    const sectionKind = r.sectionKind !== undefined ? r.sectionKind : sectionKindAt(story, start);
    const severity = severityFor(config, ruleId, own, r.severity ?? own, sectionKind);
    if (!severity) return;
    // A finding inside the story can only be covered by a suppression that overlaps the story.
    const inStory = start >= story.start && start < story.end;
    if (suppressed(inStory ? local : file.suppressions, ruleId, start)) return;
    // Every finding has every key (absent ones undefined, which JSON leaves out): one object shape,
    // so the loops over thousands of findings (sorting, the incremental re-check's shifting) stay monomorphic.
    findings.push({ ruleId, severity, message: r.message, start, end, sectionKind, storyIndex: story.index, tipId, fix: r.fix || undefined, actual: r.actual, expected: r.expected });
  };
  // On the story's title line, else its first character.
  const failed = (message: string) => push('rule-error', 'rule-error', 'error', { start: story.titleStart ?? story.start, end: story.titleEnd ?? story.start, sectionKind: null, message });
  let facts: StoryFacts;
  try {
    facts = pieces.facts(file, story, phraseMatchers(config), config, level);
  } catch (err) {
    failed(engineErrorMessage('reading this story', err));
    return { findings, metrics: unmeasured(story) };
  }
  // "ruleId" and "ruleId/sectionKind" of every report, before settings and suppressions.
  const detected = new Set<string>();
  for (const rule of pieces.rules) {
    const off = ruleOff(config, rule.id);
    if (off && !CHECKLIST_RULES.has(rule.id)) continue;
    try {
      rule.check({ file, story, facts, config, level, principles: story.meta.principles, options: ruleOptions(rule, config) }, (r: Report) => {
        if (CHECKLIST_RULES.has(rule.id)) detected.add(rule.id).add(`${rule.id}/${r.sectionKind !== undefined ? r.sectionKind : sectionKindAt(story, r.start)}`);
        if (!off) push(rule.id, rule.tipId, rule.defaultSeverity, r);
      });
    } catch (err) {
      if (!off) failed(`The rule "${rule.id}" failed on this story (${errorText(err)}). The other rules still ran; please report it.`);
    }
  }
  const metrics = unmeasured(story);
  const guarded = (what: string, run: () => void) => {
    try {
      run();
    } catch (err) {
      failed(engineErrorMessage(what, err));
    }
  };
  guarded('timing this story', () => {
    const { words, seconds, targetSeconds, sections } = facts.metrics();
    Object.assign(metrics, { words, seconds, targetSeconds, sections });
  });
  guarded('filling in its checklist', () => {
    metrics.checklist = pieces.checklist(file, facts, (ruleId, kind) => detected.has(kind === undefined ? ruleId : `${ruleId}/${kind}`));
  });
  // suggestedPrinciples stays empty: suggestFor() fills it on request (16 principles' signals per
  // story cost more than the rest of the check).
  guarded('judging its principle fit', () => {
    metrics.principleFit = loadFit().judgedFit(facts, story.meta.principles);
  });
  if (opts.suggest) {
    suggested.add(metrics);
    if (story.meta.principles.length === 0) guarded('suggesting principles', () => (metrics.suggestedPrinciples = loadFit().suggestPrinciples(facts)));
  }
  return { findings, metrics };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

export function analyze(text: string, config?: Partial<EngineConfig>, pieces: EnginePieces = ENGINE, opts: AnalyzeOptions = {}): Analysis {
  const cfg = resolveConfig(config);
  let file: StoryFile;
  try {
    file = pieces.parse(text, { level: cfg.level }).file;
  } catch (err) {
    return unparsed(text, cfg, err);
  }
  return analyzeFile(file, cfg, pieces, opts);
}

/**
 * An analysis with no story and, unless turned off, one finding on the first line of the text
 * (at most 80 characters, never its CR): a binary file, or a text the parser failed on.
 */
function fileFinding(file: StoryFile, cfg: EngineConfig, ruleId: string, own: Severity, message: string): Analysis {
  const { text } = file;
  const findings: Finding[] = [];
  const severity = severityFor(cfg, ruleId, own, own, null);
  if (severity) {
    const nl = text.indexOf('\n');
    let end = nl < 0 ? Math.min(text.length, 80) : Math.min(nl, 80);
    if (end > 0 && text.charCodeAt(end - 1) === 13) end--; // not the CR of a CRLF
    findings.push({ ruleId, severity, message, start: 0, end, sectionKind: null, storyIndex: 0, tipId: ruleId });
  }
  return { file, result: { findings, stories: [] } };
}

/** The analysis of a text the parser failed on: one `rule-error` finding on its first line, nothing else. */
function unparsed(text: string, cfg: EngineConfig, err: unknown): Analysis {
  const file: StoryFile = { text, frontMatter: null, stories: [], prose: text.replace(/[^\r\n]/g, ' '), problems: [], suppressions: [], binary: false };
  return fileFinding(file, cfg, 'rule-error', 'error', `STAR Story Coach could not read this file (${errorText(err)}): a bug, not your draft's fault. Nothing was checked; please report it.`);
}

/** Every story of a parsed file under a resolved config (parsed with `cfg.level`). */
export function analyzeFile(file: StoryFile, cfg: EngineConfig, pieces: EnginePieces = ENGINE, opts: AnalyzeOptions = {}): Analysis {
  if (file.binary) return fileFinding(file, cfg, 'binary-file', 'warning', 'This file is not text (it holds binary data), so it cannot be coached. Open a .star.md story written in plain text.');
  const findings: Finding[] = [];
  const stories: StoryMetrics[] = [];
  for (const story of file.stories) {
    const r = checkStory(file, story, cfg, pieces, opts);
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
