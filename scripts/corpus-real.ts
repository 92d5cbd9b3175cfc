// The real-writing corpus (../shared/corpus-real beside the clone: 80 stories other people wrote,
// with a bar raiser's labels in labels.json). Read at run time, never copied into the repository.
// Scores every rule the labels speak to, at story level and, for the phrase rules, at phrase
// level (a finding is right when it overlaps a labelled phrase), with `we-instead-of-i` per section.
import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { analyze } from '../src/core/check';
import type { Finding, SectionKind, StoryFile } from '../src/core/types';
import { findRoot } from './corpus-labels';

const labelSchema = z
  .object({
    file: z.string(),
    story_kind: z.string(),
    action_we: z.array(z.string()),
    we_fine: z.array(z.string()),
    result_we_hides: z.array(z.string()),
    scope_boundary: z.boolean(),
    scope_boundary_expected: z.boolean(),
    assigned: z.array(z.string()),
    hand_off: z.array(z.string()),
    vague_outcome: z.array(z.string()),
    hedging: z.array(z.string()),
    passive_hides_actor: z.array(z.string()),
    action_steps: z.number(),
    result_quantified: z.boolean(),
    result_business: z.boolean(),
    result_second_order: z.boolean(),
    reflection_present: z.boolean(),
    reflection_generic: z.boolean().nullable(),
    reflection_systemic: z.boolean().nullable(),
  })
  .passthrough();
export type RealLabel = z.infer<typeof labelSchema>;

/** Where the real corpus lives: $STAR_CORPUS_REAL, else ../shared/corpus-real beside the clone. */
export function realCorpusDir(root: string = findRoot()): string {
  return process.env.STAR_CORPUS_REAL ? path.resolve(process.env.STAR_CORPUS_REAL) : path.resolve(root, '..', 'shared', 'corpus-real');
}

export function hasRealCorpus(dir: string = realCorpusDir()): boolean {
  return fs.existsSync(path.join(dir, 'labels.json')) && fs.existsSync(path.join(dir, 'stories'));
}

export interface RealStory {
  file: string;
  text: string;
  label: RealLabel;
}

export function readRealCorpus(dir: string = realCorpusDir()): RealStory[] {
  const labels = z.array(labelSchema).parse(JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')));
  return labels.map((label) => ({ file: label.file, label, text: fs.readFileSync(path.join(dir, 'stories', label.file), 'utf8') }));
}

/** The phrase-labelled rules and the label field that lists their phrases. */
export const PHRASE_RULES = {
  'vague-outcome': 'vague_outcome',
  'hand-off-language': 'hand_off',
  'assigned-not-initiated': 'assigned',
  'passive-action': 'passive_hides_actor',
  hedging: 'hedging',
} as const satisfies Record<string, keyof RealLabel>;

/** Whether each story-level rule should fire, by the labels (undefined: the labels do not say). */
function expectedAt(rule: string, l: RealLabel, file: StoryFile): boolean | undefined {
  const has = (k: SectionKind) => file.stories[0]?.sections.some((s) => s.covers.includes(k)) ?? false;
  switch (rule) {
    case 'we-instead-of-i':
      return l.action_we.length + l.result_we_hides.length > 0;
    case 'missing-scope-boundary':
      return l.scope_boundary_expected && !l.scope_boundary;
    case 'unquantified-result':
      return has('result') ? !l.result_quantified : undefined;
    case 'result-missing-business-impact':
      // The rule judges a measured Result only (an unmeasured one is unquantified-result's).
      return has('result') && l.result_quantified ? !l.result_business : undefined;
    case 'result-missing-second-order':
      return has('result') ? !l.result_second_order : undefined;
    case 'few-action-steps':
      return has('action') ? l.action_steps < 3 : undefined;
    case 'generic-reflection':
      return l.reflection_generic === true;
    case 'reflection-not-systemic':
      return l.reflection_present ? l.reflection_systemic === false : undefined;
    default: {
      const field = PHRASE_RULES[rule as keyof typeof PHRASE_RULES];
      return field ? (l[field] as string[]).length > 0 : undefined;
    }
  }
}

export const STORY_LEVEL_RULES = [
  'we-instead-of-i',
  'missing-scope-boundary',
  'unquantified-result',
  'result-missing-business-impact',
  'result-missing-second-order',
  'vague-outcome',
  'hand-off-language',
  'assigned-not-initiated',
  'passive-action',
  'few-action-steps',
  'hedging',
  'generic-reflection',
  'reflection-not-systemic',
] as const;

export interface Count {
  tp: number;
  fp: number;
  fn: number;
}
export interface Scored extends Count {
  precision: number | null;
  recall: number | null;
}
export interface RealMiss {
  file: string;
  rule: string;
  kind: 'FP' | 'FN';
  /** The finding's text (FP) or the labelled phrase that no finding covered (FN). */
  text: string;
  section?: string | null;
}
export interface RealReport {
  stories: number;
  storyLevel: Record<string, Scored>;
  phraseLevel: Record<string, Scored>;
  /** `we-instead-of-i` findings by section: action, result, situation/task (and other). */
  weBySection: Record<string, Scored>;
  /** Findings of `we-instead-of-i` that land on a sentence the labels call fine. */
  weOnFine: number;
  misses: RealMiss[];
  errors: string[];
  /** The folder read, as given (for the header). */
  dir: string;
}

/** Rules that run only at senior level and up: scored on a check at that level (the labels are level-free). */
const SENIOR_ONLY = new Set(['reflection-not-systemic']);

const score = (c: Count): Scored => ({ ...c, precision: c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp), recall: c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn) });

/** Every [start, end) of `needle` in `text`, white space compared loosely. */
function spansOf(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  if (out.length === 0) {
    const trimmed = needle.trim();
    if (trimmed && trimmed !== needle) return spansOf(text, trimmed);
  }
  return out;
}

const overlaps = (f: Finding, [s, e]: [number, number]) => f.start < e && Math.max(f.end, f.start + 1) > s;

function clip(text: string, f: Finding): string {
  // The finding and its sentence's neighbourhood, enough to judge it.
  const from = Math.max(0, text.lastIndexOf('\n', f.start) + 1, f.start - 60);
  let to = text.indexOf('\n', f.end);
  if (to < 0 || to > f.end + 60) to = Math.min(text.length, f.end + 60);
  const raw = `${text.slice(from, f.start)}[[${text.slice(f.start, Math.max(f.end, f.start))}]]${text.slice(Math.max(f.end, f.start), to)}`;
  return raw.replace(/\s+/g, ' ').trim();
}

const weGroup = (k: string | null | undefined) => (k === 'action' ? 'action' : k === 'result' ? 'result' : k === 'situation' || k === 'task' ? 'situation/task' : 'other');

export function evaluateReal(dir: string = realCorpusDir()): RealReport {
  const stories = readRealCorpus(dir);
  const story: Record<string, Count> = {};
  const phrase: Record<string, Count> = {};
  const we: Record<string, Count> = { action: { tp: 0, fp: 0, fn: 0 }, result: { tp: 0, fp: 0, fn: 0 }, 'situation/task': { tp: 0, fp: 0, fn: 0 }, other: { tp: 0, fp: 0, fn: 0 } };
  const misses: RealMiss[] = [];
  const errors: string[] = [];
  let weOnFine = 0;
  const bump = (map: Record<string, Count>, k: string, field: keyof Count) => {
    map[k] ??= { tp: 0, fp: 0, fn: 0 };
    map[k][field]++;
  };

  for (const { file, text, label } of stories) {
    const { file: parsed, result } = analyze(text);
    if (parsed.stories.length !== 1) errors.push(`${file}: the engine sees ${parsed.stories.length} stories`);
    const findings = result.findings;
    let senior: typeof findings | undefined;
    const of = (rule: string) => (SENIOR_ONLY.has(rule) ? (senior ??= analyze(text, { level: 'senior' }).result.findings) : findings).filter((f) => f.ruleId === rule);

    for (const rule of STORY_LEVEL_RULES) {
      const expected = expectedAt(rule, label, parsed);
      if (expected === undefined) continue;
      const fired = of(rule).length > 0;
      if (expected && fired) bump(story, rule, 'tp');
      else if (!expected && fired) bump(story, rule, 'fp');
      else if (expected && !fired) bump(story, rule, 'fn');
      else story[rule] ??= { tp: 0, fp: 0, fn: 0 };
    }

    // Phrase rules: each finding right when it overlaps a labelled phrase; each phrase found when covered.
    for (const [rule, field] of Object.entries(PHRASE_RULES)) {
      const labelled = (label[field] as string[]).map((p) => ({ p, spans: spansOf(text, p) }));
      for (const l of labelled) if (l.spans.length === 0) errors.push(`${file}: ${field} phrase not in the text: "${l.p}"`);
      const fs = of(rule);
      for (const f of fs) {
        if (labelled.some((l) => l.spans.some((sp) => overlaps(f, sp)))) bump(phrase, rule, 'tp');
        else {
          bump(phrase, rule, 'fp');
          misses.push({ file, rule, kind: 'FP', text: clip(text, f), section: f.sectionKind });
        }
      }
      for (const l of labelled) {
        if (!fs.some((f) => l.spans.some((sp) => overlaps(f, sp)))) {
          bump(phrase, rule, 'fn');
          misses.push({ file, rule, kind: 'FN', text: l.p });
        }
      }
      phrase[rule] ??= { tp: 0, fp: 0, fn: 0 };
    }

    // we-instead-of-i: per finding (by its section), per labelled sentence (by the list it is in).
    const hides = [...label.action_we.map((p) => ({ p, group: 'action' })), ...label.result_we_hides.map((p) => ({ p, group: 'result' }))].map((h) => ({ ...h, spans: spansOf(text, h.p) }));
    const fine = label.we_fine.map((p) => spansOf(text, p));
    for (const h of hides) if (h.spans.length === 0) errors.push(`${file}: we-label not in the text: "${h.p}"`);
    const weFindings = of('we-instead-of-i');
    for (const f of weFindings) {
      const g = weGroup(f.sectionKind);
      if (hides.some((h) => h.spans.some((sp) => overlaps(f, sp)))) bump(we, g, 'tp');
      else {
        bump(we, g, 'fp');
        if (fine.some((spans) => spans.some((sp) => overlaps(f, sp)))) weOnFine++;
        misses.push({ file, rule: 'we-instead-of-i', kind: 'FP', text: clip(text, f), section: f.sectionKind });
      }
    }
    for (const h of hides) {
      if (!weFindings.some((f) => h.spans.some((sp) => overlaps(f, sp)))) {
        bump(we, h.group, 'fn');
        misses.push({ file, rule: 'we-instead-of-i', kind: 'FN', text: h.p, section: h.group });
      }
    }

    // Story-level mismatches, for reading.
    for (const rule of STORY_LEVEL_RULES) {
      if (rule in PHRASE_RULES || rule === 'we-instead-of-i') continue;
      const expected = expectedAt(rule, label, parsed);
      if (expected === undefined) continue;
      const fired = of(rule);
      if (!expected && fired.length) misses.push({ file, rule, kind: 'FP', text: fired[0].message, section: fired[0].sectionKind });
      if (expected && !fired.length) misses.push({ file, rule, kind: 'FN', text: '(story)' });
    }
  }
  const phraseLevel: Record<string, Scored> = {};
  for (const [k, c] of Object.entries(phrase)) phraseLevel[k] = score(c);
  const tot = Object.values(we).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  phraseLevel['we-instead-of-i'] = score(tot);
  const storyLevel: Record<string, Scored> = {};
  for (const rule of STORY_LEVEL_RULES) storyLevel[rule] = score(story[rule] ?? { tp: 0, fp: 0, fn: 0 });
  const weBySection: Record<string, Scored> = {};
  for (const [k, c] of Object.entries(we)) weBySection[k] = score(c);
  return { stories: stories.length, storyLevel, phraseLevel, weBySection, weOnFine, misses, errors, dir };
}

const fmt = (x: number | null) => (x === null ? '   -' : x.toFixed(2));

export function printReal(r: RealReport, { misses = true } = {}): void {
  const w = 32;
  const where = path.relative(process.cwd(), r.dir) || '.';
  console.log(`\nReal writing (${where === path.join('..', 'shared', 'corpus-real') ? '../shared/corpus-real' : where}): ${r.stories} stories (${[...SENIOR_ONLY].join(', ')} scored on a check at senior level, where it runs)\n`);
  console.log(`${'rule'.padEnd(w)}   story level: TP   FP   FN  prec   rec  | phrase level: TP   FP   FN  prec   rec`);
  for (const rule of STORY_LEVEL_RULES) {
    const s = r.storyLevel[rule];
    const p = r.phraseLevel[rule];
    const cols = (c: Scored) => `${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${fmt(c.precision)}  ${fmt(c.recall)}`;
    console.log(`${rule.padEnd(w)}            ${cols(s)}  |          ${p ? cols(p) : ''}`);
  }
  console.log(`\nwe-instead-of-i by section (phrase level: labelled action_we / result_we_hides):`);
  for (const [k, c] of Object.entries(r.weBySection)) {
    console.log(`  ${k.padEnd(16)} TP ${String(c.tp).padStart(3)}  FP ${String(c.fp).padStart(3)}  FN ${String(c.fn).padStart(3)}  precision ${fmt(c.precision)}  recall ${fmt(c.recall)}`);
  }
  console.log(`  findings on a sentence labelled we_fine: ${r.weOnFine}`);
  if (misses) {
    console.log(`\nMismatches on real writing (${r.misses.length}):`);
    const sorted = [...r.misses].sort((a, b) => a.rule.localeCompare(b.rule) || a.kind.localeCompare(b.kind) || a.file.localeCompare(b.file));
    for (const m of sorted) console.log(`  ${m.kind} ${m.rule.padEnd(30)} ${m.file.slice(0, 4)}${m.section ? ` [${m.section}]` : ''}: ${m.text}`);
  }
  if (r.errors.length) {
    console.log(`\nProblems (${r.errors.length}):`);
    for (const e of r.errors) console.log(`  ${e}`);
  }
}
