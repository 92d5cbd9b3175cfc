import { checklistGaps, checklistScore, CHECKLIST_TOTAL, type Coverage, type StoryRef } from '../core/bank';
import { oneBasedConverter } from '../core/lines';
import { formatSeconds } from '../core/timing';
import type { CheckResult, Finding, Severity, StoryMetrics } from '../core/types';
import { clip } from '../core/clip';

/** A title in a line of text output: a 200 KB heading is still one line. The JSON keeps it whole. */
const TITLE_MAX = 100;

// Output: `stylish` for people (grouped by file, like ESLint's), `json` for machines (version 1).

export interface FileReport {
  path: string;
  error?: string;
  text?: string;
  result?: CheckResult;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export function summarize(reports: FileReport[]): Summary {
  const s: Summary = { files: reports.length, errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const r of reports) {
    if (r.error) s.errors++;
    for (const f of r.result?.findings ?? []) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else if (f.severity === 'info') s.infos++;
      else s.hints++;
    }
  }
  return s;
}

function storyJson(s: StoryMetrics) {
  return {
    title: s.title,
    principle: s.principles.length ? s.principles.join(', ') : null,
    principles: s.principles,
    level: s.level,
    words: s.words,
    seconds: s.seconds,
    targetSeconds: s.targetSeconds,
    sections: s.sections.map((x) => ({ kind: x.kind, heading: x.heading, words: x.words, seconds: x.seconds, targetSeconds: x.targetSeconds })),
    checklist: s.checklist,
    principleFit: s.principleFit.map((p) => ({
      principle: p.principle,
      signals: p.signals.map((x) => (x.shown ? { id: x.id, label: x.label, shown: true, start: x.start, end: x.end } : { id: x.id, label: x.label, shown: false })),
    })),
    suggestedPrinciples: s.principles.length ? [] : s.suggestedPrinciples,
  };
}

function findingJson(f: Finding, at: (offset: number) => { line: number; column: number }) {
  const a = at(f.start);
  const b = at(f.end);
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    section: f.sectionKind,
    story: f.storyIndex,
    start: f.start,
    end: f.end,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
  };
}

/** The coverage as `--format json` prints it: every principle, those outside the goals with `"needed": false`. */
export function coverageJson(c: Coverage) {
  const story = (r: StoryRef) => ({ path: r.path, story: r.story, title: r.title, ready: r.ready });
  return {
    storiesPerPrinciple: c.storiesPerPrinciple,
    maxPrinciplesPerStory: c.maxPrinciplesPerStory,
    principles: c.principles.map((p) => ({ id: p.id, name: p.name, needed: p.needed, stories: p.stories.map(story), ready: p.ready, gap: p.gap })),
    overused: c.overused.map((o) => ({ ...story(o), principles: o.principles })),
    unfiled: c.unfiled.map(story),
    duplicates: c.duplicates.map((d) => ({ title: d.title, stories: d.stories.map(story) })),
    levels: c.levels,
  };
}

/** After the findings: one row per principle (stories, ready, gap), then overused stories and duplicate titles. */
export function formatCoverage(c: Coverage, color: boolean): string {
  const paint = (k: keyof typeof COLORS, s: string) => (color ? `\u001b[${COLORS[k][0]}m${s}\u001b[${COLORS[k][1]}m` : s);
  const width = Math.max(...c.principles.map((p) => p.name.length));
  const out = [paint('bold', `Coverage (goal: ${c.storiesPerPrinciple} ${c.storiesPerPrinciple === 1 ? 'story' : 'stories'} per principle)`)];
  out.push(`  ${'principle'.padEnd(width)}  stories  ready  gap`);
  for (const p of c.principles) {
    const gap = !p.needed ? paint('dim', 'not in goals') : p.stories.length === 0 ? paint('error', 'none') : p.gap ? paint('warning', `needs ${p.missing} more`) : '—';
    out.push(`  ${p.name.padEnd(width)}  ${String(p.stories.length).padStart(7)}  ${String(p.ready).padStart(5)}  ${gap}`);
  }
  const ref = (r: StoryRef) => `${r.path} #${r.story + 1} "${clip(r.title, TITLE_MAX)}"`;
  if (c.overused.length) {
    out.push('', paint('warning', `Overused (filed under more than ${c.maxPrinciplesPerStory} principles):`));
    for (const o of c.overused) out.push(`  ${ref(o)}: ${o.principles.length} principles`);
  }
  if (c.duplicates.length) {
    out.push('', paint('warning', 'Duplicate titles:'));
    for (const d of c.duplicates) out.push(`  "${clip(d.title, TITLE_MAX)}": ${d.stories.map((s) => `${s.path} #${s.story + 1}`).join(', ')}`);
  }
  if (c.unfiled.length) {
    out.push('', 'No principle:');
    for (const u of c.unfiled) out.push(`  ${ref(u)}`);
  }
  const needed = c.principles.filter((p) => p.needed).length;
  out.push('', `${c.stories} ${c.stories === 1 ? 'story' : 'stories'}, ${c.readyStories} ready; ${needed - c.gaps.length} of ${needed} principles meet the goal, ${c.gaps.length} ${c.gaps.length === 1 ? 'gap' : 'gaps'}.`);
  return out.join('\n');
}

export function formatJson(reports: FileReport[], coverage?: Coverage): string {
  const files = reports.map((r) => {
    if (r.error || !r.result || r.text === undefined) return { path: r.path, error: r.error ?? 'not checked', findings: [], stories: [] };
    const at = oneBasedConverter(r.text);
    return { path: r.path, findings: r.result.findings.map((f) => findingJson(f, at)), stories: r.result.stories.map(storyJson) };
  });
  return JSON.stringify({ version: 1, files, summary: summarize(reports), ...(coverage ? { coverage: coverageJson(coverage) } : {}) }, null, 2);
}

const COLORS: Record<Severity | 'dim' | 'bold' | 'underline', [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  info: [36, 39],
  hint: [90, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
};

export function formatStylish(reports: FileReport[], color: boolean): string {
  const c = (k: keyof typeof COLORS, s: string) => (color ? `\u001b[${COLORS[k][0]}m${s}\u001b[${COLORS[k][1]}m` : s);
  const out: string[] = [];
  for (const r of reports) {
    if (r.error) {
      out.push(`${c('underline', r.path)}`, `  ${c('error', 'error')}  ${r.error}`, '');
      continue;
    }
    if (!r.result || r.text === undefined) continue;
    const at = oneBasedConverter(r.text);
    out.push(c('underline', r.path));
    const rows = r.result.findings.map((f) => {
      const p = at(f.start);
      return { loc: `${p.line}:${p.column}`, f };
    });
    const locWidth = Math.max(0, ...rows.map((x) => x.loc.length));
    for (const { loc, f } of rows) {
      out.push(`  ${c('dim', `${r.path}:${loc}`.padEnd(r.path.length + 1 + locWidth))}  ${c(f.severity, f.severity.padEnd(7))}  ${f.message}  ${c('dim', f.ruleId)}`);
    }
    // The scope boundary is asked of stories the rule asks it of: elsewhere it is no gap to fill.
    const askedScope = new Set(r.result.findings.filter((f) => f.ruleId === 'missing-scope-boundary').map((f) => f.storyIndex));
    // The sections each story lacks, as missing-section reports them ("task,result"): a missing Result is one to-do.
    const missing = new Map<number, Set<string>>();
    for (const f of r.result.findings) if (f.ruleId === 'missing-section' && f.actual) for (const k of f.actual.split(',')) missing.set(f.storyIndex, (missing.get(f.storyIndex) ?? new Set()).add(k));
    for (const s of r.result.stories) {
      const gaps = checklistGaps(s.checklist, missing.get(s.index)).filter((g) => g !== 'scope boundary' || askedScope.has(s.index));
      const title = clip(s.title ?? '(untitled story)', TITLE_MAX);
      out.push(c('dim', `  ▸ ${title} — ${formatSeconds(s.seconds)} spoken / ${formatSeconds(s.targetSeconds)} target (${s.level}) · checklist ${checklistScore(s.checklist)}/${CHECKLIST_TOTAL}`));
      if (gaps.length) out.push(c('dim', `    to do: ${gaps.join(', ')}`));
    }
    out.push('');
  }
  // The default level's name means little to a nurse or a marketer: say once what the targets assume and how to change it.
  const levels = reports.flatMap((r) => r.result?.stories.map((x) => x.level) ?? []);
  if (levels.length > 0 && levels.every((l) => l === 'sde2')) out.push(c('dim', 'Time targets are for level sde2 (2:00 a story), the default: set level: in a story\'s front matter, or pass --level senior for 2:55.'), '');
  const s = summarize(reports);
  const total = s.errors + s.warnings + s.infos + s.hints;
  const line = `${total === 0 ? '✔' : '✖'} ${total} ${total === 1 ? 'problem' : 'problems'} in ${s.files} ${s.files === 1 ? 'file' : 'files'} (${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos, ${s.hints} hints)`;
  out.push(c(s.errors ? 'error' : s.warnings ? 'warning' : 'bold', line));
  return out.join('\n');
}
