import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import { buildCoverage, resolveBankGoals, summarizeStories, type BankStory } from './core/bank';
import { analyze, ENGINE } from './core/check';
import { resolveEngineConfig, type Settings } from './core/config';
import { parseStarrc } from './core/starrc';
import { HELP, parseArgs, UsageError, type CliOptions } from './cli/args';
import { expandTargets, findStarrc } from './cli/files';
import { formatCoverage, formatJson, formatStylish, summarize, type FileReport } from './cli/format';
import { oneBasedConverter } from './core/lines';

// star-check: the engine over files from the command line, for story banks kept in git.

const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** package.json's version, written in by esbuild.js. */
declare const STAR_VERSION: string;

function readStory(file: string): { text?: string; error?: string } {
  let buf: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { error: 'is a directory' };
    // A FIFO, socket or device would block or never end: only regular files are read.
    if (!stat.isFile()) return { error: 'not a regular file: not checked' };
    if (stat.size > MAX_FILE_BYTES) return { error: `too large to check (${Math.round(stat.size / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)` };
    buf = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such file or directory' : `cannot be read (${code ?? String(err)})` };
  }
  if (buf.subarray(0, 8192).includes(0)) return { error: 'not a text file (binary data): not checked' };
  return { text: buf.toString('utf8').replace(/^\uFEFF/, '') };
}

function loadConfig(file: string, stderr: (s: string) => void): { settings: Settings; errors: number } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    stderr(`star-check: ${file}: cannot read the config file`);
    return { settings: {}, errors: 1 };
  }
  if (text.includes('\u0000')) {
    stderr(`star-check: ${file}: not a text file (binary data): not used`);
    return { settings: {}, errors: 1 };
  }
  const { settings, problems } = parseStarrc(text);
  const at = oneBasedConverter(text);
  for (const p of problems) {
    const pos = at(p.start);
    stderr(`star-check: ${file}:${pos.line}:${pos.column}: ${p.severity}: ${p.message}`);
  }
  return { settings, errors: problems.filter((p) => p.severity === 'error').length };
}

export function run(argv: string[], io: { cwd: string; stdout: (s: string) => void; stderr: (s: string) => void; isTTY: boolean }): number {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv, io.isTTY);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`star-check: ${err.message}\nRun "star-check --help" for usage.`);
      return 2;
    }
    throw err;
  }
  if (opts.help) {
    io.stdout(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout(STAR_VERSION);
    return 0;
  }
  const flags: Settings = {};
  if (opts.level) flags.level = opts.level;
  if (opts.wpm) flags.wordsPerMinute = opts.wpm;

  let configErrors = 0;
  const configs = new Map<string, Settings>();
  const settingsFrom = (file: string): Settings => {
    if (!configs.has(file)) {
      const loaded = loadConfig(file, io.stderr);
      configErrors += loaded.errors;
      configs.set(file, loaded.settings);
    }
    return configs.get(file)!;
  };
  let explicit: Settings | undefined;
  if (opts.config) {
    const abs = path.resolve(io.cwd, opts.config);
    if (!fs.existsSync(abs)) {
      io.stderr(`star-check: --config ${opts.config}: no such file`);
      return 2;
    }
    explicit = settingsFrom(abs);
  }

  const targets = expandTargets(opts.paths, io.cwd, (msg) => io.stderr(`star-check: ${msg}`));
  const dirCache = new Map<string, string | null>();
  const bankStories: BankStory[] = [];
  let goalsFrom: Settings | undefined;
  const reports: FileReport[] = targets.map((t) => {
    if (t.error) {
      io.stderr(`star-check: ${t.display}: ${t.error}`);
      return { path: t.display, error: t.error };
    }
    const read = readStory(t.absolute);
    if (read.error || read.text === undefined) {
      io.stderr(`star-check: ${t.display}: ${read.error}`);
      return { path: t.display, error: read.error };
    }
    const rcFile = explicit ? null : findStarrc(path.dirname(t.absolute), dirCache);
    const rc = explicit ?? (rcFile ? settingsFrom(rcFile) : undefined);
    goalsFrom ??= rc;
    const config = resolveEngineConfig(rc, flags);
    // JSON carries each unfiled story's suggested principles, read in the same pass as the rules.
    const analysis = analyze(read.text, config, ENGINE, { suggest: opts.format === 'json' });
    const { result } = analysis;
    if (opts.coverage) bankStories.push(...summarizeStories(t.display, analysis, config.timeTolerance));
    return { path: t.display, text: read.text, result };
  });

  // The goals: the bank: key of the --config file, else of the .starrc.yaml of the first story read.
  const coverage = opts.coverage ? buildCoverage(bankStories, resolveBankGoals((explicit ?? goalsFrom)?.bank)) : undefined;
  io.stdout(opts.format === 'json' ? formatJson(reports, coverage) : formatStylish(reports, opts.color) + (coverage ? `\n\n${formatCoverage(coverage, opts.color)}` : ''));
  const s = summarize(reports);
  const failed = s.errors + configErrors > 0 || (opts.maxWarnings >= 0 && s.warnings > opts.maxWarnings) || (opts.requireCoverage && !!coverage && coverage.gaps.length > 0);
  return failed ? 1 : 0;
}

if (require.main === module) {
  // Our own short-lived process: compile each regular expression to machine code on its first run
  // instead of interpreting it first and compiling it again on the second (V8's tier-up). A check
  // runs each of its patterns over many sentences, so the interpreted first pass is pure cost:
  // the first check of a story takes about a third less. (The extension shares its host with
  // other extensions and leaves V8's flags alone.)
  v8.setFlagsFromString('--no-regexp-tier-up');
  // `star-check stories | head`: the reader left; stop quietly instead of an EPIPE stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') process.stderr.write(`star-check: cannot write the output: ${err.message}\n`);
    process.exit(err.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
  let code = 2;
  try {
    code = run(process.argv.slice(2), {
      cwd: process.cwd(),
      stdout: (s) => process.stdout.write(s + '\n'),
      stderr: (s) => process.stderr.write(s + '\n'),
      isTTY: Boolean(process.stdout.isTTY),
    });
  } catch (err) {
    process.stderr.write(`star-check: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    code = 2;
  }
  process.exitCode = code;
}
