// Measures principle fit and the kind-aware rules on ../shared/corpus-real (80 stories other
// people wrote, labelled by a bar raiser). Read at run time, never copied into the repository.
//   npm run eval:fit            the table and the before/after counts
//   npm run eval:fit -- --json  the same as JSON
//   npm run eval:fit -- --list  also every principle-fit finding and suggestion, story by story
//   STAR_CORPUS_REAL=/path      another copy of the corpus
// A measurement, not a test: it exits 0 whatever it finds (exit 2 when the corpus is absent).
import * as fs from 'fs';
import * as path from 'path';
import { analyze, suggestFor } from '../src/core/check';
import { PRINCIPLE_NAMES } from '../src/core/coaching/principleNames';
import type { Finding } from '../src/core/types';

export interface RealLabel {
  file: string;
  story_kind: string;
  scope_boundary: boolean;
  scope_boundary_expected: boolean;
  result_quantified: boolean;
  result_second_order: boolean;
  reflection_present: boolean;
  principle_fit: string;
}

/** Kinds where nobody asks whose system it was (issue 10's "Done when"). */
export const NO_BOUNDARY_KINDS = ['disagreement', 'mistake-failure', 'mentoring-people', 'learning', 'conflict-teammate'];

export function corpusRealDir(): string | null {
  const candidates = [process.env.STAR_CORPUS_REAL, path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus-real'), path.resolve(process.cwd(), '..', 'shared', 'corpus-real')];
  for (const c of candidates) if (c && fs.existsSync(path.join(c, 'labels.json'))) return c;
  return null;
}

export interface RealStory {
  label: RealLabel;
  text: string;
}

export function readCorpusReal(dir: string): RealStory[] {
  const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as RealLabel[];
  return labels.map((label) => ({ label, text: fs.readFileSync(path.join(dir, 'stories', label.file), 'utf8') }));
}

/**
 * The principles a label's one-line judgement names ("Good Dive Deep / Bias for Action"), by id.
 * Amazon's names and the short forms bar raisers write ("Have Backbone", "Hire and Develop").
 */
export function principlesNamedIn(line: string): string[] {
  const lower = line.toLowerCase().replace(/[’]/g, "'");
  const found: { id: string; at: number }[] = [];
  const extra: Record<string, string[]> = {
    'have-backbone-disagree-and-commit': ['have backbone', 'disagree and commit'],
    'hire-and-develop-the-best': ['hire and develop'],
    'strive-to-be-earths-best-employer': ["earth's best employer", 'best employer'],
    'are-right-a-lot': ['are right, a lot', 'are right a lot'],
    'insist-on-the-highest-standards': ['highest standards'],
  };
  for (const p of PRINCIPLE_NAMES) {
    const names = [p.name.toLowerCase(), ...(extra[p.id] ?? [])];
    let at = -1;
    for (const n of names) {
      const i = lower.indexOf(n);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at >= 0) found.push({ id: p.id, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}

/** The label says the story fails its principle (as opposed to a partial or good fit). */
export function labelSaysWeak(line: string): boolean {
  return /^(?:weak|poor|no principle|not yet|fails|not a success|generic|raw material|would be)/i.test(line.trim()) || /\bfails (?:the bar|customer)/i.test(line);
}

interface Counts {
  scopeBoundary: number;
  scopeBoundaryWarnings: number;
  scopeBoundaryOnNoBoundaryKinds: number;
  missingReflection: number;
  missingReflectionWarnings: number;
}

function countFindings(findings: Finding[], kind: string, c: Counts) {
  for (const f of findings) {
    if (f.ruleId === 'missing-scope-boundary') {
      c.scopeBoundary++;
      if (f.severity === 'warning') c.scopeBoundaryWarnings++;
      if (NO_BOUNDARY_KINDS.includes(kind)) c.scopeBoundaryOnNoBoundaryKinds++;
    }
    if (f.ruleId === 'missing-section' && (f.actual ?? '').split(',').includes('reflection')) {
      c.missingReflection++;
      if (f.severity === 'warning') c.missingReflectionWarnings++;
    }
  }
}

interface FitRow {
  file: string;
  kind: string;
  labelPrinciples: string[];
  filed: string[];
  suggested: string[];
  fit: { principle: string; shown: string[]; missing: string[] }[];
  severity: string | null;
  labelWeak: boolean;
}

function main() {
  const args = process.argv.slice(2);
  const dir = corpusRealDir();
  if (!dir) {
    console.error('corpus-real not found: set STAR_CORPUS_REAL or keep ../shared/corpus-real beside the repository.');
    process.exit(2);
  }
  const stories = readCorpusReal(dir);
  const counts: Counts = { scopeBoundary: 0, scopeBoundaryWarnings: 0, scopeBoundaryOnNoBoundaryKinds: 0, missingReflection: 0, missingReflectionWarnings: 0 };
  const rows: FitRow[] = [];
  for (const { label, text } of stories) {
    const { file, result } = analyze(text);
    for (const s of result.stories) suggestFor(file, s);
    countFindings(result.findings, label.story_kind, counts);
    const story = result.stories[0] as (typeof result.stories)[number] & { principleFit?: { principle: string; signals: { id: string; shown: boolean }[] }[]; suggestedPrinciples?: string[] };
    const fitFinding = result.findings.find((f) => f.ruleId === 'principle-fit');
    rows.push({
      file: label.file,
      kind: label.story_kind,
      labelPrinciples: principlesNamedIn(label.principle_fit),
      filed: story?.principles ?? [],
      suggested: story?.suggestedPrinciples ?? [],
      fit: (story?.principleFit ?? []).map((p) => ({ principle: p.principle, shown: p.signals.filter((s) => s.shown).map((s) => s.id), missing: p.signals.filter((s) => !s.shown).map((s) => s.id) })),
      severity: fitFinding?.severity ?? null,
      labelWeak: labelSaysWeak(label.principle_fit),
    });
  }

  // Suggestions: a suggested principle is right when the label's judgement names it.
  const suggestedRows = rows.filter((r) => r.filed.length === 0);
  const suggestions = suggestedRows.flatMap((r) => r.suggested.map((s) => ({ file: r.file, principle: s, right: r.labelPrinciples.includes(s) })));
  const topRight = suggestedRows.filter((r) => r.suggested.length > 0 && r.labelPrinciples.includes(r.suggested[0])).length;
  const withSuggestion = suggestedRows.filter((r) => r.suggested.length > 0).length;
  // The "none shown" warning: right when the label calls the story weak, partial or without
  // the principle it is filed under (anything but a good or strong fit).
  const judged = rows.filter((r) => r.filed.length > 0);
  const warnings = judged.filter((r) => r.severity === 'warning');
  const warningRight = warnings.filter((r) => !/^(?:good|strong|fits|clear|a tidy|honest)/i.test(stories.find((s) => s.label.file === r.file)!.label.principle_fit.trim())).length;

  const report = {
    corpus: dir,
    stories: stories.length,
    counts,
    suggestions: {
      storiesWithoutPrinciple: suggestedRows.length,
      storiesWithASuggestion: withSuggestion,
      suggested: suggestions.length,
      namedByLabel: suggestions.filter((s) => s.right).length,
      precision: suggestions.length ? suggestions.filter((s) => s.right).length / suggestions.length : null,
      topSuggestionRight: topRight,
    },
    filedStories: judged.length,
    fitWarnings: { count: warnings.length, agreedByLabel: warningRight },
    fitInfos: judged.filter((r) => r.severity === 'info').length,
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify({ ...report, rows }, null, 2));
    return;
  }
  console.log(`corpus-real: ${stories.length} stories (${dir})`);
  console.log(`missing-scope-boundary findings: ${counts.scopeBoundary} (warnings ${counts.scopeBoundaryWarnings}); on ${NO_BOUNDARY_KINDS.join('/')} stories: ${counts.scopeBoundaryOnNoBoundaryKinds}`);
  console.log(`missing Reflection findings: ${counts.missingReflection} (warnings ${counts.missingReflectionWarnings})`);
  const s = report.suggestions;
  console.log(`suggested principles: ${s.suggested} on ${s.storiesWithASuggestion} of ${s.storiesWithoutPrinciple} stories without one; named by the label: ${s.namedByLabel} (precision ${s.precision === null ? 'n/a' : s.precision.toFixed(2)}); first suggestion named: ${s.topSuggestionRight}/${s.storiesWithASuggestion}`);
  console.log(`principle-fit on ${judged.length} filed stories: ${report.fitInfos} info, ${warnings.length} warnings (label agrees the fit is not good: ${warningRight}/${warnings.length})`);
  // Signal-level precision against hand judgements (scripts/eval-fit-judgements.json): every
  // "not shown" claim on a filed story, and on an unfiled one judged under the label's principle.
  const hand = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'scripts', 'eval-fit-judgements.json'), 'utf8')) as { judgements: Record<string, Record<string, string>> };
  const tally = { right: 0, wrong: 0, unsure: 0, unjudged: 0, wrongList: [] as string[], unjudgedList: [] as string[] };
  for (const { label, text } of stories) {
    const row = rows.find((r) => r.file === label.file)!;
    let fits = row.fit;
    if (row.filed.length === 0 && row.labelPrinciples.length > 0) {
      const id = row.labelPrinciples[0];
      const filedText = text.startsWith('---') ? text.replace(/^---\r?\n/, `---\nprinciple: ${id}\n`) : `---\nprinciple: ${id}\n---\n${text}`;
      fits = (analyze(filedText).result.stories[0]?.principleFit ?? []).map((p) => ({ principle: p.principle, shown: [], missing: p.signals.filter((x) => !x.shown).map((x) => x.id) }));
    }
    for (const f of fits) {
      for (const sig of f.missing) {
        const key = `${label.file.slice(0, 4)}|${f.principle}`;
        const verdict = hand.judgements[key]?.[sig];
        if (verdict === 'right' || verdict === 'wrong' || verdict === 'unsure') tally[verdict]++;
        else {
          tally.unjudged++;
          tally.unjudgedList.push(`${key}|${sig}`);
        }
        if (verdict === 'wrong') tally.wrongList.push(`${key}|${sig}`);
      }
    }
  }
  const signalPrecision = tally.right + tally.wrong ? tally.right / (tally.right + tally.wrong) : null;
  if (!args.includes('--json')) {
    console.log(`principle-fit "not shown" claims, hand-judged: ${tally.right} right, ${tally.wrong} wrong, ${tally.unsure} unsure, ${tally.unjudged} not judged yet -> precision ${signalPrecision === null ? 'n/a' : signalPrecision.toFixed(2)}`);
    if (tally.wrongList.length) console.log(`  false alarms: ${tally.wrongList.join(', ')}`);
    if (tally.unjudgedList.length) console.log(`  not judged: ${tally.unjudgedList.join(', ')}`);
  }
  if (args.includes('--label-principles')) {
    // Stories that name no principle, judged under the first principle their label names: the
    // claims principle-fit would make if the writer had filed them so (for judging by hand).
    for (const { label, text } of stories) {
      const row = rows.find((r) => r.file === label.file)!;
      if (row.filed.length > 0 || row.labelPrinciples.length === 0) continue;
      const id = row.labelPrinciples[0];
      const filedText = text.startsWith('---') ? text.replace(/^---\r?\n/, `---\nprinciple: ${id}\n`) : `---\nprinciple: ${id}\n---\n${text}`;
      const fit = analyze(filedText).result.stories[0]?.principleFit[0];
      if (!fit) continue;
      console.log(`${label.file} [${id}] missing: ${fit.signals.filter((x) => !x.shown).map((x) => x.id).join(' ') || '-'} | shown: ${fit.signals.filter((x) => x.shown).map((x) => x.id).join(' ')}\n    label: ${label.principle_fit}`);
    }
  }
  if (args.includes('--list')) {
    for (const r of rows) {
      console.log(`\n${r.file} [${r.kind}] label: ${r.labelPrinciples.join(', ') || '-'} ${r.labelWeak ? '(weak)' : ''}`);
      if (r.filed.length) console.log(`  filed: ${r.filed.join(', ')} -> ${r.severity ?? 'no finding'}`);
      else console.log(`  suggested: ${r.suggested.join(', ') || '-'}`);
      for (const p of r.fit) console.log(`  ${p.principle}: shown ${p.shown.join(' ') || '-'} | missing ${p.missing.join(' ') || '-'}`);
    }
  }
}

if (require.main === module) main();
