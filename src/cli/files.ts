import * as fs from 'fs';
import * as path from 'path';

// Arguments to files: plain paths, directories (searched for *.star.md) and globs.

export interface Target {
  /** As the user should see it: the argument itself, or relative to the cwd for expanded ones. */
  display: string;
  absolute: string;
  /** Set when the argument could not become a file. */
  error?: string;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);
const IS_GLOB = /[*?[\]{}]/;

// A glob (stories/**/x.star.md, *.{md,txt}, s?.star.md) as a regular expression over "/" paths.
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, close).split(',').map((p) => p.replace(/[.+^$()|\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|')})`;
        i = close;
      }
    } else if (c === '[') {
      const close = glob.indexOf(']', i);
      if (close < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function globFiles(pattern: string, cwd: string): string[] {
  const normalized = pattern.replace(/\\/g, '/');
  const parts = normalized.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (IS_GLOB.test(p)) break;
    fixed.push(p);
  }
  const baseRel = fixed.join('/');
  const base = path.resolve(cwd, baseRel || '.');
  const rest = normalized.slice(baseRel.length).replace(/^\//, '');
  const re = globToRegExp(rest);
  const files: string[] = [];
  walk(base, files, () => true);
  return files.filter((f) => re.test(path.relative(base, f).split(path.sep).join('/'))).sort();
}

/**
 * Files below `dir` whose name `accept`s, in name order. Neither a directory argument nor `**`
 * descends into hidden folders (as shells and glob libraries do not), node_modules or build output.
 */
function walk(dir: string, out: string[], accept: (name: string) => boolean, depth = 0): void {
  if (depth > 40) return;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((x, y) => (x.name < y.name ? -1 : 1));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p, out, accept, depth + 1);
    } else if (e.isFile() && accept(e.name)) out.push(p);
  }
}

const isStory = (name: string) => name.toLowerCase().endsWith('.star.md');

export function expandTargets(args: string[], cwd: string, notice: (msg: string) => void): Target[] {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const add = (display: string, absolute: string, error?: string) => {
    if (!error && seen.has(absolute)) return;
    seen.add(absolute);
    targets.push(error ? { display, absolute, error } : { display, absolute });
  };
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found: string[] = [];
      walk(abs, found, isStory);
      if (found.length === 0) notice(`${arg}: no *.star.md files in this directory`);
      for (const f of found) add(path.relative(cwd, f) || f, f);
    } else if (stat) {
      add(arg, abs);
    } else if (IS_GLOB.test(arg)) {
      const found = globFiles(arg, cwd);
      if (found.length === 0) add(arg, abs, 'no files match this pattern');
      for (const f of found) add(path.relative(cwd, f) || f, f);
    } else {
      add(arg, abs, 'no such file or directory');
    }
  }
  return targets;
}

/** The nearest `.starrc.yaml` at or above `dir`, or null. */
export function findStarrc(dir: string, cache: Map<string, string | null>): string | null {
  const chain: string[] = [];
  let cur = dir;
  let found: string | null = null;
  for (;;) {
    if (cache.has(cur)) {
      found = cache.get(cur)!;
      break;
    }
    chain.push(cur);
    const candidate = path.join(cur, '.starrc.yaml');
    if (fs.existsSync(candidate)) {
      found = candidate;
      break;
    }
    const parent = path.dirname(cur);
    if (parent === cur) break;
    cur = parent;
  }
  for (const c of chain) cache.set(c, found);
  return found;
}
