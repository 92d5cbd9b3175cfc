// Deterministic story banks for the benchmark and the engine snapshot: our own stories (test/corpus
// and examples) cut into single stories and concatenated in a seeded order until a target size.
// The same seed and sources give byte-identical banks on every machine.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from '../src/core/parse';

/** The repository root: scripts run from it (`npm run …`), or STAR_REPO names it. */
const ROOT = process.env.STAR_REPO ?? process.cwd();
const SOURCES = ['test/corpus', 'examples'];

/** Every `*.star.md` under `dir` (relative to the repository), sorted, recursively. */
export function storyFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.star.md')) out.push(p);
    }
  };
  walk(abs);
  return out;
}

export function repoPath(...parts: string[]): string {
  return path.join(ROOT, ...parts);
}

/** A small seeded PRNG (mulberry32): the same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Each story of our corpus as a stand-alone `# ` story: front matter turned into the story's own
 * override comment, a title added where the source had none.
 */
export function corpusStories(): string[] {
  const stories: string[] = [];
  for (const dir of SOURCES) {
    for (const file of storyFiles(dir)) {
      const text = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
      const parsed = parse(text, { level: 'sde2' });
      if (parsed.binary) continue;
      const fm = parsed.frontMatter?.data;
      const override = fm && (fm.level || fm.principles?.length) ? `<!-- star: ${fm.principles?.length ? `principle="${fm.principles.join(', ')}" ` : ''}${fm.level ? `level=${fm.level}` : ''} -->\n` : '';
      parsed.stories.forEach((s, i) => {
        let body = text.slice(s.start, s.end).replace(/\s+$/, '') + '\n';
        if (s.title === null) body = `# ${path.basename(file, '.star.md')} ${i + 1}\n${override}\n${body}`;
        else if (override && !/^#[^\n]*\n<!--\s*star:/.test(body)) body = body.replace(/^([^\n]*\n)/, `$1${override}`);
        stories.push(body + '\n');
      });
    }
  }
  return stories;
}

const FRONT_MATTER = '---\nquestion: Tell me about a time you took ownership of something outside your job.\nprinciple: Ownership\nlevel: sde2\n---\n';

/** A bank of at least `bytes` characters (UTF-16 units; the corpus is nearly all ASCII). */
export function storyBank(bytes: number, seed = 42): string {
  const stories = corpusStories();
  const rand = prng(seed);
  const parts: string[] = [FRONT_MATTER];
  let size = FRONT_MATTER.length;
  while (size < bytes) {
    const s = stories[Math.floor(rand() * stories.length)];
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

/** One typical story: the corpus story whose word count is closest to 400. */
export function typicalStory(): string {
  let best = '';
  let bestGap = Infinity;
  for (const s of corpusStories()) {
    const words = s.split(/\s+/).filter(Boolean).length;
    const gap = Math.abs(words - 400);
    if (gap < bestGap) {
      best = s;
      bestGap = gap;
    }
  }
  return best;
}

/** The real-writing corpus beside the clone ($STAR_CORPUS_REAL, else ../shared/corpus-real), or null. */
export function realCorpusStoriesDir(): string | null {
  const dir = process.env.STAR_CORPUS_REAL ? path.resolve(process.env.STAR_CORPUS_REAL) : path.resolve(ROOT, '..', 'shared', 'corpus-real');
  const stories = path.join(dir, 'stories');
  return fs.existsSync(stories) ? stories : null;
}

/**
 * The stories other people wrote (read at run time, never stored here), each as a stand-alone
 * `# ` story with its front matter dropped. Empty when the corpus is absent.
 */
export function realStories(): string[] {
  const dir = realCorpusStoriesDir();
  if (!dir) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.star.md'))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/\r\n/g, '\n');
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^\s+/, '').replace(/\s+$/, '');
      return (body.startsWith('# ') ? body : `# ${f}\n\n${body}`) + '\n\n';
    });
}

/** A bank of real stories of at least `bytes` characters, in a seeded order; '' without the corpus. */
export function realStoryBank(bytes: number, seed = 42): string {
  const stories = realStories();
  if (stories.length === 0) return '';
  const rand = prng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const s = stories[Math.floor(rand() * stories.length)];
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

/** What opens a Markdown or quoted span; a long run of one left unclosed is the hostile case. */
export const MARKDOWN_OPENERS: readonly string[] = ['(', '[', '[a](', '![', '*_', '`', '```', '<!--', '<a ', '"', "'", '“', '‘', '.'];

/**
 * Two stories holding `length` characters of `opener` repeated: in both heading levels (the H1
 * title and a `## Situation` heading), and in the prose of each spoken section.
 */
export function openerRuns(opener: string, length: number): { headings: string; prose: string } {
  const r = opener.repeat(Math.ceil(length / opener.length)).slice(0, length);
  return {
    headings: `# ${r}\n## Situation ${r}\nThe export dropped rows and nobody asked me.\n## Action\nI traced the drops.\n`,
    prose: `# T\n## Situation\nThe export ${r} dropped rows.\n## Action\nI traced ${r} the drops.\n## Result\nRows ${r} went from 40 to 0.\n## Reflection\nI learned ${r} a lot.\n`,
  };
}
