// Measures the engine against the hand-labelled corpus in test/corpus.
//   npm run eval              table per rule, phrase checks, every mismatch
//   npm run eval -- --json    the same as JSON
//   npm run eval -- --strict  exit 1 when a headline rule has precision or recall below 0.8
//   npm run eval -- --dir test/holdout
//                             another labelled folder (its *.star.md and labels.yaml), e.g. the
//                             blind held-out set; relative paths are taken from the current folder
//   npm run eval -- --real    only the real writing in ../shared/corpus-real (printed after the
//                             test/corpus table by default, when that folder is there)
// A measurement, not a test: it exits 0 whatever it finds unless --strict is given.
import * as fs from 'fs';
import * as path from 'path';
import { check } from '../src/core/check';
import type { CheckResult, Finding } from '../src/core/types';
import { evaluateReal, hasRealCorpus, printReal } from './corpus-real';
import {
  HEADLINE_RULES,
  RULE_IDS,
  corpusDir,
  labelFor,
  occurrences,
  readCorpus,
  readLabels,
  validateLabels,
  type CorpusFile,
  type CorpusStory,
  type RuleId,
} from './corpus-labels';

const STRICT_BAR = 0.8;

interface RuleScore {
  rule: RuleId;
  expected: number;
  tp: number;
  fp: number;
  fn: number;
  unsure: number;
  precision: number | null;
  recall: number | null;
}

interface Mismatch {
  file: string;
  story: string;
  rule: string;
  kind: 'FP' | 'FN';
  expected: boolean;
  fired: boolean;
  message?: string;
  excerpt?: string;
}

interface PhraseResult {
  file: string;
  story: string;
  rule: string;
  kind: 'mustFlag' | 'mustNotFlag';
  phrase: string;
  pass: boolean;
  /** For a failed mustNotFlag: the finding that overlapped the phrase. */
  message?: string;
}

interface Report {
  files: number;
  stories: number;
  rules: RuleScore[];
  micro: { tp: number; fp: number; fn: number; precision: number | null; recall: number | null };
  phrases: { mustFlag: { pass: number; total: number }; mustNotFlag: { pass: number; total: number } };
  phraseFailures: PhraseResult[];
  mismatches: Mismatch[];
  /** Findings with a rule id that is not a story rule (a rule that threw, say), or one the set never labels. */
  otherFindings: { file: string; story: string; rule: string; message: string }[];
  /** Story rules no label of this set names (newer than its labels): not scored, their findings listed. */
  unlabelled: string[];
  errors: string[];
  strictFailures: string[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

function excerpt(text: string, f: Finding): string {
  const raw = text.slice(f.start, Math.max(f.end, f.start)).replace(/\s+/g, ' ').trim();
  return raw.length > 70 ? `${raw.slice(0, 67)}...` : raw;
}

/** Which corpus story each engine story is, by title first, then by where it starts. */
function storyMapper(cf: CorpusFile, result: CheckResult): (f: Finding) => CorpusStory | undefined {
  const norm = (t: string | null) => (t ?? '').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  const containing = (offset: number) =>
    cf.stories.find((s) => offset >= s.start && offset < s.end) ?? (offset < (cf.stories[0]?.start ?? 0) ? cf.stories[0] : undefined);
  const byEngineIndex = new Map<number, CorpusStory | undefined>();
  (result.stories ?? []).forEach((es, i) => {
    const idx = es.index ?? i;
    if ((result.stories ?? []).length === cf.stories.length) {
      byEngineIndex.set(idx, cf.stories[i]);
      return;
    }
    const sameTitle = cf.stories.filter((s) => norm(s.title) === norm(es.title));
    byEngineIndex.set(idx, sameTitle.length === 1 ? sameTitle[0] : containing(es.start));
  });
  return (f) => (byEngineIndex.has(f.storyIndex) ? byEngineIndex.get(f.storyIndex) : containing(f.start));
}

function overlaps(f: Finding, [s, e]: [number, number]): boolean {
  const fEnd = Math.max(f.end, f.start + 1);
  return f.start < e && fEnd > s;
}

/** Scores the engine on the labelled folder `dir` (default test/corpus). */
export function evaluate(dir: string = corpusDir()): Report {
  const corpus = readCorpus(dir);
  const labels = readLabels(dir);
  const errors = validateLabels(corpus, labels).map((p) => `label problem: ${p}`);
  // A rule that no story of the set names, in `fires` or `unsure`, is newer than the set's labels
  // (the blind held-out sets were labelled before principle-fit existed): its findings are listed,
  // not scored as false alarms. The development corpus names every rule (test/unit/corpus.test.ts).
  const named = new Set(corpus.flatMap((cf) => cf.stories.flatMap((s) => { const l = labelFor(labels, s); return l ? [...l.fires, ...l.unsure] : []; })));
  const scored = RULE_IDS.filter((rule) => named.has(rule));
  const unlabelled = RULE_IDS.filter((rule) => !named.has(rule));
  const scores = new Map<RuleId, RuleScore>(
    scored.map((rule) => [rule, { rule, expected: 0, tp: 0, fp: 0, fn: 0, unsure: 0, precision: null, recall: null }]),
  );
  const known = new Set<string>(scored);
  const mismatches: Mismatch[] = [];
  const phraseResults: PhraseResult[] = [];
  const otherFindings: Report['otherFindings'] = [];
  let storyCount = 0;

  for (const cf of corpus) {
    let result: CheckResult;
    try {
      result = check(cf.text);
    } catch (err) {
      errors.push(`${cf.file}: check() threw: ${err instanceof Error ? err.message : String(err)}`);
      result = { findings: [], stories: [] };
    }
    if ((result.stories ?? []).length !== cf.stories.length) {
      errors.push(`${cf.file}: the engine sees ${(result.stories ?? []).length} stories, the corpus ${cf.stories.length}`);
    }
    const storyOf = storyMapper(cf, result);
    const byStory = new Map<CorpusStory, Finding[]>();
    for (const f of result.findings ?? []) {
      const s = storyOf(f);
      if (!s) {
        errors.push(`${cf.file}: ${f.ruleId} finding at ${f.start} belongs to no corpus story`);
        continue;
      }
      if (!known.has(f.ruleId)) otherFindings.push({ file: cf.file, story: s.key, rule: f.ruleId, message: f.message });
      byStory.set(s, [...(byStory.get(s) ?? []), f]);
    }

    for (const story of cf.stories) {
      const label = labelFor(labels, story);
      if (!label) continue;
      storyCount++;
      const findings = byStory.get(story) ?? [];
      const firstOf = (rule: string) => findings.find((f) => f.ruleId === rule);
      for (const rule of scored) {
        const score = scores.get(rule)!;
        const fired = firstOf(rule) !== undefined;
        if (label.unsure.includes(rule)) {
          score.unsure++;
          continue;
        }
        const expected = label.fires.includes(rule);
        if (expected) score.expected++;
        if (expected && fired) score.tp++;
        else if (!expected && fired) {
          score.fp++;
          const f = firstOf(rule)!;
          mismatches.push({ file: cf.file, story: story.key, rule, kind: 'FP', expected, fired, message: f.message, excerpt: excerpt(cf.text, f) });
        } else if (expected && !fired) {
          score.fn++;
          mismatches.push({ file: cf.file, story: story.key, rule, kind: 'FN', expected, fired });
        }
      }
      for (const [kind, map] of [['mustFlag', label.mustFlag], ['mustNotFlag', label.mustNotFlag]] as const) {
        for (const [rule, phrases] of Object.entries(map)) {
          const ruleFindings = findings.filter((f) => f.ruleId === rule);
          for (const phrase of phrases) {
            const spans = occurrences(cf.text, story, phrase);
            const hit = ruleFindings.find((f) => spans.some((sp) => overlaps(f, sp)));
            const pass = kind === 'mustFlag' ? hit !== undefined : hit === undefined;
            phraseResults.push({ file: cf.file, story: story.key, rule, kind, phrase, pass, message: !pass && hit ? hit.message : undefined });
          }
        }
      }
    }
  }

  const rules = [...scores.values()].map((s) => ({ ...s, precision: ratio(s.tp, s.tp + s.fp), recall: ratio(s.tp, s.tp + s.fn) }));
  const tp = rules.reduce((a, r) => a + r.tp, 0);
  const fp = rules.reduce((a, r) => a + r.fp, 0);
  const fn = rules.reduce((a, r) => a + r.fn, 0);
  const tally = (kind: PhraseResult['kind']) => {
    const all = phraseResults.filter((p) => p.kind === kind);
    return { pass: all.filter((p) => p.pass).length, total: all.length };
  };
  const strictFailures: string[] = [];
  for (const r of rules.filter((x) => HEADLINE_RULES.includes(x.rule))) {
    if (r.tp + r.fp + r.fn === 0) continue;
    const p = r.precision ?? 0;
    const rc = r.recall ?? (r.expected === 0 ? 1 : 0);
    if (r.tp + r.fp > 0 && p < STRICT_BAR) strictFailures.push(`${r.rule}: precision ${p.toFixed(2)}`);
    if (r.expected > 0 && rc < STRICT_BAR) strictFailures.push(`${r.rule}: recall ${rc.toFixed(2)}`);
  }
  mismatches.sort((a, b) => a.rule.localeCompare(b.rule) || a.kind.localeCompare(b.kind) || a.file.localeCompare(b.file));
  return {
    files: corpus.length,
    stories: storyCount,
    rules,
    micro: { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) },
    phrases: { mustFlag: tally('mustFlag'), mustNotFlag: tally('mustNotFlag') },
    phraseFailures: phraseResults.filter((p) => !p.pass),
    mismatches,
    otherFindings,
    unlabelled,
    errors,
    strictFailures,
  };
}

function printTable(report: Report, folder?: string): void {
  const fmt = (x: number | null) => (x === null ? '   -' : x.toFixed(2));
  const w = Math.max(...RULE_IDS.map((r) => r.length)) + 2;
  const where = folder === undefined ? '' : ` (${path.relative(process.cwd(), folder) || '.'})`;
  console.log(`Corpus${where}: ${report.stories} stories in ${report.files} files\n`);
  console.log(`${'rule'.padEnd(w)}  exp   TP   FP   FN  uns   prec   rec`);
  for (const r of report.rules) {
    const mark = HEADLINE_RULES.includes(r.rule) ? '*' : ' ';
    console.log(
      `${(mark + r.rule).padEnd(w)} ${String(r.expected).padStart(4)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)} ${String(r.unsure).padStart(4)}   ${fmt(r.precision)}  ${fmt(r.recall)}`,
    );
  }
  const m = report.micro;
  console.log(`${' all'.padEnd(w)}      ${String(m.tp).padStart(4)} ${String(m.fp).padStart(4)} ${String(m.fn).padStart(4)}        ${fmt(m.precision)}  ${fmt(m.recall)}`);
  console.log('(* headline rule, held to 0.8 by --strict)\n');
  const pf = report.phrases;
  console.log(`Phrases: mustFlag ${pf.mustFlag.pass}/${pf.mustFlag.total} pass, mustNotFlag ${pf.mustNotFlag.pass}/${pf.mustNotFlag.total} pass`);
  for (const p of report.phraseFailures) {
    const why = p.kind === 'mustFlag' ? 'no finding overlaps' : `flagged: ${p.message ?? ''}`;
    console.log(`  ${p.kind.padEnd(11)} ${p.rule.padEnd(26)} ${p.file} / ${p.story}: "${p.phrase}" (${why})`);
  }
  console.log(`\nMismatches (${report.mismatches.length}):`);
  for (const x of report.mismatches) {
    const detail = x.kind === 'FP' ? `fired, expected not: ${x.message ?? ''} [${x.excerpt ?? ''}]` : 'expected, did not fire';
    console.log(`  ${x.kind} ${x.rule.padEnd(30)} ${x.file} / ${x.story}: ${detail}`);
  }
  if (report.unlabelled.length) console.log(`\nNot labelled in this set, so not scored: ${report.unlabelled.join(', ')} (findings below).`);
  if (report.otherFindings.length) {
    console.log(`\nFindings with other rule ids (${report.otherFindings.length}):`);
    for (const o of report.otherFindings) console.log(`  ${o.rule} ${o.file} / ${o.story}: ${o.message}`);
  }
  if (report.errors.length) {
    console.log(`\nProblems (${report.errors.length}):`);
    for (const e of report.errors) console.log(`  ${e}`);
  }
  if (report.strictFailures.length) console.log(`\nBelow ${STRICT_BAR} on headline rules: ${report.strictFailures.join(', ')}`);
}

/** The folder named by `--dir <folder>` or `--dir=<folder>`; undefined when absent. */
export function dirArg(argv: string[], cwd: string = process.cwd()): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let value: string | undefined;
    if (a === '--dir') {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error('--dir needs a folder');
    } else if (a.startsWith('--dir=')) {
      value = a.slice('--dir='.length);
      if (!value) throw new Error('--dir needs a folder');
    }
    if (value !== undefined) {
      const dir = path.resolve(cwd, value);
      if (!fs.existsSync(path.join(dir, 'labels.yaml'))) throw new Error(`no labels.yaml in ${dir}`);
      return dir;
    }
  }
  return undefined;
}

function main(argv: string[]): number {
  let dir: string | undefined;
  try {
    dir = dirArg(argv);
  } catch (err) {
    console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const json = argv.includes('--json');
  const realOnly = argv.includes('--real');
  const real = dir === undefined && hasRealCorpus() ? evaluateReal() : undefined;
  if (realOnly && !real) {
    console.error('eval: no real corpus at ../shared/corpus-real (set STAR_CORPUS_REAL to its folder)');
    return 2;
  }
  if (realOnly) {
    if (json) console.log(JSON.stringify(real, null, 2));
    else printReal(real!);
    return 0;
  }
  const report = evaluate(dir);
  if (json) console.log(JSON.stringify(real ? { ...report, real } : report, null, 2));
  else {
    printTable(report, dir);
    if (real) printReal(real, { misses: false });
    else if (dir === undefined) console.log('\n(no ../shared/corpus-real beside the clone: the real-writing table is skipped)');
  }
  return argv.includes('--strict') && report.strictFailures.length > 0 ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
