import { analyze, analyzeFile, checkStory, compareFindings, ENGINE, resolveConfig, type Analysis, type EnginePieces } from './check';
import { loadFit } from './fitPackage';
import { configKey, type EngineConfig } from './config';
import { partitionPoint } from './search';
import { BINARY_PROBE, buildStory, directivesOf, looksBinary, maskProse, namedSectionCounts, scanLines, sectionLevelOfCounts, suppressionsOfDirectives, type Directive } from './parse';
import type { Finding, ParseProblem, Section, SectionMetrics, Story, StoryFile, StoryMetrics, Suppression, TextEdit } from './types';

// Re-checks a story bank after an edit by re-parsing and re-checking only the story the edit
// touched; every other story's findings and metrics are reused, shifted by the edit's length.
// The result is always what check() gives for the new text: whenever the edit could change
// anything beyond its own story (front matter, a story or bank heading, a fence or comment left
// open across the story's end, the heading level sections use, suppressions reaching other
// stories, binary content) it falls back to a full check.

interface State {
  text: string;
  key: string;
  cfg: EngineConfig;
  analysis: Analysis;
  /**
   * namedSectionCounts() of the headings of each stretch: before the first boundary, then one per
   * boundary (the stretch it starts). An edit replaces one entry; no heading is moved.
   */
  stretchNamed: number[][];
  /** The level of each boundary's heading. */
  boundaryLevels: number[];
  /** The suppression comments: only the edited stretch's are read again. */
  directives: Directive[];
  bodyStart: number;
  /** Front matter opened with `---` and never closed: any later `---` line changes the parse. */
  unclosedFrontMatter: boolean;
  sectionLevel: number;
  /** namedSectionCounts(headings): what sectionLevel is read from, updated by each patch. */
  named: number[];
  storyLevel: number;
  /** Line starts of the headings that end stories (level ≤ the story level), in text order. */
  boundaries: number[];
  /** Some story has a heading of its own (else the whole file is one story). */
  titled: boolean;
  /** The text before the first story heading is a story (it has sections). */
  headStory: boolean;
  /**
   * The prose in pieces: before the body, before the first boundary, then one per boundary. An
   * edit replaces one piece; the whole prose is joined only if someone reads it.
   */
  prose: string[];
}

/** How the last update was made: for tests and the benchmark. */
export type UpdateKind = 'full' | 'incremental' | 'unchanged';

export class IncrementalChecker {
  private state: State | null = null;
  /** What the last call to update() did. */
  lastUpdate: UpdateKind = 'full';

  /** `pieces`: the engine's (tests swap one for a piece that throws). */
  constructor(private readonly engine: EnginePieces = ENGINE) {}

  /**
   * The analysis of `text` under `config`. `edit`, when given, is the change from the text of the
   * previous call, in that text's offsets (VS Code's contentChanges folded into one range);
   * without it the change is found by comparing the two texts.
   */
  update(text: string, config?: Partial<EngineConfig>, edit?: TextEdit): Analysis {
    try {
      return this.updateState(text, config, edit);
    } catch {
      // A failure outside analyze()'s own error boundary (the re-parse of an edited story): check
      // the whole text again, where whatever fails becomes a finding.
      this.state = null;
      this.lastUpdate = 'full';
      return analyze(text, config, this.engine);
    }
  }

  private updateState(text: string, config?: Partial<EngineConfig>, edit?: TextEdit): Analysis {
    const cfg = resolveConfig(config);
    const key = configKey(cfg);
    const prev = this.state;
    if (prev && prev.key === key) {
      if (text === prev.text) {
        this.lastUpdate = 'unchanged';
        return prev.analysis;
      }
      const change = edit && fits(prev.text, text, edit) ? edit : diff(prev.text, text);
      const next = patch(prev, text, change, this.engine);
      if (next) {
        this.state = next;
        this.lastUpdate = 'incremental';
        return next.analysis;
      }
    }
    this.state = full(text, cfg, key, this.engine);
    this.lastUpdate = 'full';
    return this.state.analysis;
  }

  /** Forget the cached analysis (the next update is a full check). */
  reset(): void {
    this.state = null;
  }
}

function full(text: string, cfg: EngineConfig, key: string, engine: EnginePieces): State {
  const detail = engine.parse(text, { level: cfg.level });
  const { layout } = detail;
  const ends = detail.headings.filter((h) => h.level <= layout.storyLevel);
  const boundaries = ends.map((h) => h.lineStart);
  // The headings of each stretch, counted: [bodyStart, first boundary), then boundary to boundary.
  const stretchNamed: number[][] = [];
  let from = 0;
  for (let k = 0; k <= boundaries.length; k++) {
    const to = k < boundaries.length ? partitionPoint(detail.headings.length, (i) => detail.headings[i].lineStart < boundaries[k]) : detail.headings.length;
    stretchNamed.push(namedSectionCounts(detail.headings, from, to));
    from = to;
  }
  return {
    text,
    key,
    cfg,
    analysis: analyzeFile(detail.file, cfg, engine),
    stretchNamed,
    boundaryLevels: ends.map((h) => h.level),
    directives: detail.directives,
    bodyStart: detail.bodyStart,
    unclosedFrontMatter: detail.unclosedFrontMatter,
    sectionLevel: layout.sectionLevel,
    named: namedSectionCounts(detail.headings),
    storyLevel: layout.storyLevel,
    boundaries,
    titled: layout.bounds.some((b) => b.title !== null),
    headStory: layout.bounds.length > 0 && layout.bounds[0].title === null,
    prose: pieces(detail.file.prose, detail.bodyStart, boundaries),
  };
}

/** The prose cut at the body's start and at every boundary. */
function pieces(prose: string, bodyStart: number, boundaries: readonly number[]): string[] {
  const cuts = [0, bodyStart, ...boundaries, prose.length];
  const out: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) out.push(prose.slice(cuts[i], cuts[i + 1]));
  return out;
}

/** `file.prose` joined from its pieces the first time it is read. */
function withLazyProse(file: Omit<StoryFile, 'prose'>, parts: readonly string[]): StoryFile {
  let joined: string | null = null;
  Object.defineProperty(file, 'prose', {
    enumerable: true,
    configurable: true,
    get: () => (joined ??= parts.join('')),
  });
  return file as StoryFile;
}

/** Does `edit` turn `before` into `after`? (Cheap checks: lengths and the inserted text.) */
function fits(before: string, after: string, edit: TextEdit): boolean {
  const { start, end, text } = edit;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= before.length && before.length - (end - start) + text.length === after.length && after.startsWith(text, start);
}

/**
 * Chunk sizes the common prefix and suffix are compared in, largest first: whole 64 KB chunks
 * while they match, then 2 KB, then 64 characters, then single characters. Each comparison is one
 * native string compare, so a 1 MB bank costs ~20 large compares instead of ~2,000 small ones.
 */
const CHUNKS = [65536, 2048, 64];

/** The length of the common prefix of `a` and `b`, read no further than `n`. */
function commonPrefix(a: string, b: string, n: number): number {
  let p = 0;
  for (const size of CHUNKS) while (p + size <= n && a.slice(p, p + size) === b.slice(p, p + size)) p += size;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** The length of the common suffix of `a` and `b`, at most `room`. */
function commonSuffix(a: string, b: string, room: number): number {
  const al = a.length;
  const bl = b.length;
  let q = 0;
  for (const size of CHUNKS) while (q + size <= room && a.slice(al - q - size, al - q) === b.slice(bl - q - size, bl - q)) q += size;
  while (q < room && a.charCodeAt(al - q - 1) === b.charCodeAt(bl - q - 1)) q++;
  return q;
}

/** The one range that differs between two texts: common prefix and suffix left out. */
export function diff(before: string, after: string): TextEdit {
  const n = Math.min(before.length, after.length);
  const p = commonPrefix(before, after, n);
  const q = commonSuffix(before, after, n - p); // not overlapping the prefix
  return { start: p, end: before.length - q, text: after.slice(p, after.length - q) };
}

/** The state for `text`, re-checking only the story `edit` touched; null when a full check is needed. */
function patch(prev: State, text: string, edit: TextEdit, engine: EnginePieces): State | null {
  const { boundaries, bodyStart, cfg } = prev;
  const old = prev.analysis.file;
  const s = edit.start;
  const e = edit.end;
  // looksBinary() reads the first 8 KB: unchanged by an edit after them, the answer stays (false).
  if (old.binary || prev.unclosedFrontMatter || !prev.titled || (s < BINARY_PROBE && looksBinary(text))) return null;
  const delta = edit.text.length - (e - s);
  // Edits at the start of the body could make or unmake front matter; the body must start a line.
  if (s <= bodyStart || (old.frontMatter === null && s < bodyStart + 8)) return null;
  if (bodyStart > 0 && prev.text.charCodeAt(bodyStart - 1) !== 10) return null;

  // The stretch between two story (or bank) headings that holds the whole edit; the line break
  // before the next heading must survive it.
  const k = partitionPoint(boundaries.length, (i) => boundaries[i] <= s) - 1;
  const a = k < 0 ? bodyStart : boundaries[k];
  const b = k + 1 < boundaries.length ? boundaries[k + 1] : prev.text.length;
  if (!(e < b || b === prev.text.length)) return null;
  const b2 = b + delta;

  // Re-scan it: it must still start with the same kind of heading, hold no other, and close every
  // fence and comment it opens.
  const scan = scanLines(text, a, b2);
  if (scan.open) return null;
  const ends = scan.headings.filter((h) => h.level <= prev.storyLevel);
  if (k < 0) {
    if (ends.length !== 0) return null;
    // The text before the first story heading is a story only while it has sections of its own.
    if (prev.headStory !== scan.headings.some((h) => h.level === prev.sectionLevel)) return null;
  } else if (ends.length !== 1 || ends[0].lineStart !== a || ends[0].level !== prev.boundaryLevels[k]) {
    return null;
  }

  // The headings in [a, b) give way to the stretch's new ones; the level sections use is read from
  // the counts of section names by level, updated for just those.
  const gone = prev.stretchNamed[k + 1];
  const added = namedSectionCounts(scan.headings);
  const named = prev.named.map((n, level) => n - gone[level] + added[level]);
  if (sectionLevelOfCounts(named) !== prev.sectionLevel) return null;
  const stretchNamed = prev.stretchNamed.slice();
  stretchNamed[k + 1] = added;

  // Suppression comments outside the stretch stay (moved by the edit); the stretch's are read again.
  const lo = partitionPoint(prev.directives.length, (i) => prev.directives[i].start < a);
  const hi = partitionPoint(prev.directives.length, (i) => prev.directives[i].start < b);
  const directives: Directive[] = prev.directives.slice(0, lo);
  for (const d of directivesOf(text, scan.comments)) directives.push(d);
  for (let i = hi; i < prev.directives.length; i++) {
    const d = prev.directives[i];
    directives.push({ kind: d.kind, rules: d.rules, start: d.start + delta, end: d.end + delta });
  }

  // Suppressions pair comments across stories: their parts outside the edited stretch must not move.
  const suppressions = suppressionsOfDirectives(text, directives);
  if (outsidePieces(old.suppressions, a, b, delta) !== outsidePieces(suppressions, a, b2, 0)) return null;

  const shift = (x: number) => (x >= b ? x + delta : x);
  const at = partitionPoint(old.stories.length, (i) => old.stories[i].start < a);
  const storyIndex = at < old.stories.length && old.stories[at].start === a ? at : -1;
  let story: Story | null = null;
  let problems: ParseProblem[];
  // The stretch's prose, masked once: buildStory reads it, and it replaces the stretch's piece.
  let masked: string | null = null;
  if (storyIndex >= 0) {
    const own: ParseProblem[] = [];
    const title = k < 0 ? null : ends[0];
    const mine = scan.headings.filter((h) => h.level === prev.sectionLevel);
    const proseOfRegion = (s: number, e: number) => (masked ??= maskProse(text, scan.blanks, a, b2)).slice(s - a, e - a);
    // Only the stretch's own comments: buildStory reads the override comment in the story's preamble.
    story = buildStory(text, { start: a, end: b2, title }, storyIndex, mine, old.frontMatter, { level: cfg.level }, scan.comments, own, proseOfRegion);
    // Front matter problems (story -1) come first, then each story's in story order.
    problems = [...old.problems.filter((p) => p.storyIndex < storyIndex), ...own, ...old.problems.filter((p) => p.storyIndex > storyIndex).map((p) => shiftProblem(p, shift))];
  } else {
    problems = old.problems.map((p) => shiftProblem(p, shift));
  }

  const stories = old.stories.map((st, i) => (i === storyIndex ? story! : st.start >= b ? shiftStory(st, delta) : st));
  const regionProse = masked ?? maskProse(text, scan.blanks, a, b2);
  const prose = prev.prose.slice();
  prose[k + 2] = regionProse;
  const file = withLazyProse({ text, frontMatter: old.frontMatter, stories, problems, suppressions, binary: false }, prose);

  const before = prev.analysis.result;
  const metrics = before.stories.map((m) => (m.start >= b ? shiftMetrics(m, delta) : m));
  let fresh: Finding[] = [];
  if (story) {
    // Front matter problems are reported on story 0 but lie outside it: leave that to a full check.
    if (storyIndex === 0 && problems.some((p) => p.storyIndex === -1)) return null;
    const r = checkAlone(text, regionProse, a, b2, story, problems, suppressions, file, cfg, engine);
    fresh = r.findings.sort(compareFindings);
    metrics[storyIndex] = r.metrics;
  }
  // The findings before the edited story stay as they are (one copy of the run), the rest are
  // left out if they are the story's own or moved if they reach past it.
  const all = before.findings;
  let p = 0;
  while (p < all.length && !(storyIndex >= 0 && all[p].storyIndex === storyIndex) && !reaches(all[p], b)) p++;
  const kept = all.slice(0, p);
  for (let i = p; i < all.length; i++) {
    const f = all[i];
    if (storyIndex >= 0 && f.storyIndex === storyIndex) continue;
    kept.push(reaches(f, b) ? shiftFinding(f, b, delta) : f);
  }
  return {
    ...prev,
    text,
    analysis: { file, result: { findings: merge(kept, fresh), stories: metrics } },
    stretchNamed,
    named,
    directives,
    boundaries: boundaries.map(shift),
    prose,
  };
}

/**
 * checkStory on the story's own stretch of text, as if it were the whole file, with every offset
 * moved back afterwards: the rules read nothing outside their story, and this way the engine never
 * copies the whole bank's text or prose for a one-character edit.
 */
function checkAlone(text: string, prose: string, a: number, b: number, story: Story, problems: readonly ParseProblem[], suppressions: readonly Suppression[], file: StoryFile, cfg: EngineConfig, engine: EnginePieces): { findings: Finding[]; metrics: StoryMetrics } {
  const local: StoryFile = {
    text: text.slice(a, b),
    frontMatter: file.frontMatter,
    stories: [],
    prose,
    problems: problems.filter((p) => p.storyIndex === story.index).map((p) => ({ ...p, start: p.start - a, end: p.end - a })),
    suppressions: suppressions.map((x) => ({ rules: x.rules, start: x.start - a, end: x.end - a })),
    binary: false,
  };
  const r = checkStory(local, shiftStory(story, -a), cfg, engine);
  return { findings: r.findings.map((f) => shiftFinding(f, 0, a)), metrics: shiftMetrics(r.metrics, a) };
}

function shiftProblem(p: ParseProblem, shift: (x: number) => number): ParseProblem {
  const start = shift(p.start);
  const end = shift(p.end);
  return start !== p.start || end !== p.end ? { ...p, start, end } : p;
}

/** Does the finding (or its fix) reach the text at or after `at`? */
function reaches(f: Finding, at: number): boolean {
  if (f.start >= at || f.end >= at) return true;
  if (f.fix) for (const x of f.fix.edits) if (x.start >= at || x.end >= at) return true;
  return false;
}


/** The suppressions' parts outside [from, to), mapped past it by `delta`, as a comparable string. */
function outsidePieces(suppressions: readonly Suppression[], from: number, to: number, delta: number): string {
  const out: (string | number)[] = [];
  for (const sup of suppressions) {
    const rules = sup.rules === null ? '*' : sup.rules.join(',');
    if (sup.start < from) out.push(rules, sup.start, Math.min(sup.end, from));
    if (sup.end > to) out.push(rules, Math.max(sup.start, to) + delta, sup.end + delta);
  }
  return out.join('\u0001');
}

// Shifted copies are written out field by field (same field order as the originals): a bank has
// thousands of them after a typical edit, and literals are far cheaper than spreads.

function shiftStory(st: Story, delta: number): Story {
  const sections: Section[] = [];
  for (const x of st.sections) {
    sections.push({ kind: x.kind, covers: x.covers, heading: x.heading, headingStart: x.headingStart + delta, headingEnd: x.headingEnd + delta, bodyStart: x.bodyStart + delta, bodyEnd: x.bodyEnd + delta });
  }
  return {
    index: st.index,
    title: st.title,
    titleStart: st.titleStart === null ? null : st.titleStart + delta,
    titleEnd: st.titleEnd === null ? null : st.titleEnd + delta,
    start: st.start + delta,
    end: st.end + delta,
    preambleStart: st.preambleStart + delta,
    preambleEnd: st.preambleEnd + delta,
    sections,
    meta: st.meta,
  };
}

function shiftMetrics(m: StoryMetrics, delta: number): StoryMetrics {
  const sections: SectionMetrics[] = [];
  for (const x of m.sections) {
    sections.push({ kind: x.kind, heading: x.heading, headingStart: x.headingStart + delta, headingEnd: x.headingEnd + delta, words: x.words, seconds: x.seconds, targetSeconds: x.targetSeconds });
  }
  return { index: m.index, title: m.title, start: m.start + delta, end: m.end + delta, principles: m.principles, level: m.level, words: m.words, seconds: m.seconds, targetSeconds: m.targetSeconds, sections, checklist: m.checklist, principleFit: loadFit().shiftFit(m.principleFit, delta), suggestedPrinciples: m.suggestedPrinciples };
}

function shiftFinding(f: Finding, b: number, delta: number): Finding {
  let fix = f.fix;
  if (fix) {
    const edits: TextEdit[] = [];
    for (const x of fix.edits) edits.push({ start: x.start >= b ? x.start + delta : x.start, end: x.end >= b ? x.end + delta : x.end, text: x.text });
    fix = fix.snippet !== undefined ? { title: fix.title, edits, snippet: fix.snippet } : { title: fix.title, edits };
  }
  // The shape check.ts gives every finding (all keys present): one shape for the loops over them.
  return { ruleId: f.ruleId, severity: f.severity, message: f.message, start: f.start >= b ? f.start + delta : f.start, end: f.end >= b ? f.end + delta : f.end, sectionKind: f.sectionKind, storyIndex: f.storyIndex, tipId: f.tipId, fix, actual: f.actual, expected: f.expected };
}

/**
 * Two lists sorted by compareFindings, merged as one stable sort of all findings would order them
 * (`a` first among equals). `b`, one story's findings, is short: each of its entries finds its
 * place in `a` by binary search, and the runs of `a` between are copied whole.
 */
function merge(a: Finding[], b: Finding[]): Finding[] {
  if (b.length === 0) return a;
  const out: Finding[] = [];
  let i = 0;
  for (const f of b) {
    const at = i + partitionPoint(a.length - i, (x) => (compareFindings(a[i + x], f) || a[i + x].storyIndex - f.storyIndex) <= 0);
    while (i < at) out.push(a[i++]);
    out.push(f);
  }
  while (i < a.length) out.push(a[i++]);
  return out;
}
