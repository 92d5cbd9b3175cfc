// The labelled development corpus (test/corpus): reading the stories and their hand-written labels.
// Independent of the engine's behaviour on purpose, so the labels can be validated while the
// engine changes: only the rule ids come from the registry.
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { STORY_RULES } from '../src/core/rules';

/** Every story rule's id, from the registry (the engine's own findings, binary-file and rule-error, have no labels). */
export const RULE_IDS: readonly string[] = STORY_RULES.map((r) => r.id);
export type RuleId = string;

/** The rules `--strict` holds to precision and recall of at least 0.8. */
export const HEADLINE_RULES: readonly RuleId[] = [
  'we-instead-of-i',
  'missing-scope-boundary',
  'unquantified-result',
  'vague-outcome',
  'hand-off-language',
  'assigned-not-initiated',
  'few-action-steps',
  'hedging',
  'generic-reflection',
  'section-over-time',
  'missing-section',
];

for (const id of HEADLINE_RULES) if (!RULE_IDS.includes(id)) throw new Error(`HEADLINE_RULES: "${id}" is not a rule id`);

const phraseMap = z.record(z.string(), z.array(z.string().min(1)));
const storyLabelSchema = z
  .object({
    fires: z.array(z.string()).default([]),
    unsure: z.array(z.string()).default([]),
    notes: z.string().optional(),
    mustFlag: phraseMap.default({}),
    mustNotFlag: phraseMap.default({}),
  })
  .strict();
export type StoryLabel = z.infer<typeof storyLabelSchema>;

/** file name -> story key -> label */
export type Labels = Record<string, Record<string, StoryLabel>>;

export interface CorpusStory {
  file: string;
  index: number;
  /** The H1 text, or null for a file without H1. */
  title: string | null;
  /** The key the story has in labels.yaml: its title, or the file name when it has none. */
  key: string;
  /** [start, end) of the story in the file's text. */
  start: number;
  end: number;
}

export interface CorpusFile {
  file: string;
  text: string;
  stories: CorpusStory[];
}

/** The repository root: the nearest folder above `from` holding package.json. */
export function findRoot(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'test', 'corpus'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export function corpusDir(root: string = findRoot()): string {
  return path.join(root, 'test', 'corpus');
}

/** Length of a leading YAML front matter block (fences included), or 0. */
export function frontMatterEnd(text: string): number {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  if (!/^---[ \t]*\r?\n/.test(text.slice(bom))) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const firstBreak = text.indexOf('\n', bom) + 1;
  const rest = text.slice(firstBreak);
  const m = close.exec(rest);
  if (!m) return 0;
  const lineEnd = text.indexOf('\n', firstBreak + m.index);
  return lineEnd < 0 ? text.length : lineEnd + 1;
}

/**
 * Stories of a file the way the story format defines them (docs/ARCHITECTURE.md, "The story
 * format"): each `# ` heading outside front matter and
 * fenced code starts one; a file without H1 is one story with a null title.
 */
export function splitStories(file: string, text: string): CorpusStory[] {
  const bodyStart = frontMatterEnd(text);
  const heads: { start: number; title: string }[] = [];
  let fence: string | null = null;
  let pos = bodyStart;
  while (pos < text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(pos, lineEnd).replace(/\r$/, '');
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && line.trim() === fenceMatch[1]) fence = null;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
    } else {
      const h1 = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
      if (h1) heads.push({ start: pos, title: h1[1].trim() });
    }
    pos = lineEnd + 1;
  }
  if (heads.length === 0) {
    return [{ file, index: 0, title: null, key: file, start: bodyStart, end: text.length }];
  }
  return heads.map((h, i) => ({
    file,
    index: i,
    title: h.title,
    key: h.title,
    start: h.start,
    end: i + 1 < heads.length ? heads[i + 1].start : text.length,
  }));
}

export function readCorpus(dir: string = corpusDir()): CorpusFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.star.md'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      return { file, text, stories: splitStories(file, text) };
    });
}

/** Parses labels.yaml; throws with the offending path on a shape error. */
export function parseLabels(source: string): Labels {
  const raw: unknown = parseYaml(source);
  const fileMap = z.record(z.string(), z.record(z.string(), z.unknown())).parse(raw ?? {});
  const labels: Labels = {};
  for (const [file, stories] of Object.entries(fileMap)) {
    labels[file] = {};
    for (const [key, value] of Object.entries(stories)) {
      const parsed = storyLabelSchema.safeParse(value ?? {});
      if (!parsed.success) {
        throw new Error(`labels.yaml: ${file} / ${key}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      labels[file][key] = parsed.data;
    }
  }
  return labels;
}

export function readLabels(dir: string = corpusDir()): Labels {
  return parseLabels(fs.readFileSync(path.join(dir, 'labels.yaml'), 'utf8'));
}

/** The label of a story: keyed by its title, or (no H1) by the file name or `null`. */
export function labelFor(labels: Labels, story: CorpusStory): StoryLabel | undefined {
  const byFile = labels[story.file];
  if (!byFile) return undefined;
  if (story.title !== null) return byFile[story.title];
  return byFile[story.file] ?? byFile['null'] ?? byFile[''] ?? byFile['~'];
}

/** Every [start, end) where `needle` occurs inside the story. */
export function occurrences(text: string, story: CorpusStory, needle: string): [number, number][] {
  const out: [number, number][] = [];
  const slice = text.slice(story.start, story.end);
  for (let i = slice.indexOf(needle); i >= 0; i = slice.indexOf(needle, i + 1)) {
    out.push([story.start + i, story.start + i + needle.length]);
  }
  return out;
}

/** Problems with the labels themselves (not with the engine); empty when they are sound. */
export function validateLabels(corpus: CorpusFile[], labels: Labels): string[] {
  const problems: string[] = [];
  const known = new Set<string>(RULE_IDS);
  const keysByFile = new Map<string, Set<string>>();
  for (const cf of corpus) {
    const keys = new Set<string>();
    for (const s of cf.stories) {
      if (keys.has(s.key)) problems.push(`${cf.file}: two stories titled "${s.key}"`);
      keys.add(s.key);
      const label = labelFor(labels, s);
      if (!label) {
        problems.push(`${cf.file}: story "${s.key}" has no label`);
        continue;
      }
      const fires = new Set(label.fires);
      const unsure = new Set(label.unsure);
      for (const list of [label.fires, label.unsure]) {
        if (new Set(list).size !== list.length) problems.push(`${cf.file} / ${s.key}: a rule id is listed twice`);
      }
      for (const id of [...label.fires, ...label.unsure, ...Object.keys(label.mustFlag), ...Object.keys(label.mustNotFlag)]) {
        if (!known.has(id)) problems.push(`${cf.file} / ${s.key}: unknown rule id "${id}"`);
      }
      for (const id of fires) {
        if (unsure.has(id)) problems.push(`${cf.file} / ${s.key}: "${id}" is both in fires and unsure`);
      }
      for (const [kind, map] of [['mustFlag', label.mustFlag], ['mustNotFlag', label.mustNotFlag]] as const) {
        for (const [id, phrases] of Object.entries(map)) {
          if (kind === 'mustFlag' && !fires.has(id)) problems.push(`${cf.file} / ${s.key}: mustFlag for "${id}", which is not in fires`);
          for (const p of phrases) {
            if (occurrences(cf.text, s, p).length === 0) problems.push(`${cf.file} / ${s.key}: ${kind} ${id} phrase not in the story: "${p}"`);
          }
        }
      }
    }
    keysByFile.set(cf.file, keys);
  }
  for (const [file, stories] of Object.entries(labels)) {
    const keys = keysByFile.get(file);
    if (!keys) {
      problems.push(`labels.yaml names ${file}, which is not in the corpus`);
      continue;
    }
    for (const key of Object.keys(stories)) {
      const matches = keys.has(key) || ((key === 'null' || key === '' || key === '~' || key === file) && keys.has(file));
      if (!matches) problems.push(`labels.yaml names story "${key}" in ${file}, which has no such story`);
    }
  }
  return problems;
}
