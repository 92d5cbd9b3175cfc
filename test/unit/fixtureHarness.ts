import * as fs from 'fs';
import * as path from 'path';
import { check } from '../../src/core/check';
import type { EngineConfig } from '../../src/core/config';
import type { Finding, Severity } from '../../src/core/types';
import { oneBasedConverter } from '../../src/core/lines';

// The fixture format, markdownlint style: a fixture is a whole story whose expected findings sit
// inline, at the end of the line where each finding starts:
//
//   I wrote the patch and we shipped it. <!-- expect: we-instead-of-i "we" -->
//   ## Result <!-- expect: unquantified-result, result-missing-second-order -->
//   level: sde9  # expect: invalid-front-matter          (inside YAML front matter)
//
// A line that cannot carry a comment (a front matter fence) is named: `<!-- expect@1: rule-id -->`.
// (The flagged text of a heading leaves out the expectation comment at its end.)
// `rule-id` alone matches any finding of that rule starting on the line; `rule-id "text"` also
// requires the flagged text to be exactly `text` (a JSON string); `rule-id:info` also requires
// that severity. A first line
// `<!-- fixture: {"level":"senior"} -->` is an engine config (JSON) for check(); that line is
// removed before checking so front matter can follow it, and line numbers still count it.

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const RULE_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'rules');

export interface Expectation {
  /** 1-based line in the fixture file. */
  line: number;
  ruleId: string;
  severity?: Severity;
  text?: string;
}

export interface Fixture {
  /** `rule-id/name.star.md`. */
  name: string;
  ruleId: string;
  kind: 'fires' | 'clean' | 'other';
  file: string;
  /** The text given to check(): the file without its `fixture:` line. */
  text: string;
  /** Lines removed from the top of the file (0 or 1). */
  lineShift: number;
  config?: Partial<EngineConfig>;
  expectations: Expectation[];
}

export interface Actual {
  line: number;
  column: number;
  ruleId: string;
  text: string;
  finding: Finding;
}

const FIXTURE_LINE = /^<!--\s*fixture:\s*([^]*?)\s*-->[ \t]*\r?\n/;
const HTML_EXPECT = /<!--\s*expect(?:@(\d+))?:\s*([^]*?)\s*-->/g;
const TRAILING_EXPECT = /[ \t]*<!--\s*expect(?:@\d+)?:[^]*?-->[ \t]*$/;
const YAML_EXPECT = /\s#\s*expect:\s*(.*?)\s*$/;
const ITEM = /\s*([a-z][a-z0-9-]*)(?::(error|warning|info|hint))?(?:\s+("(?:[^"\\]|\\.)*"))?\s*(?:,|$)/y;

/** Every `*.star.md` under test/fixtures/rules, sorted. */
/** The text of every Markdown file under each of `dirs` (relative to the repository; missing ones skipped). */
export function markdownTexts(dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  for (const d of dirs) walk(path.join(ROOT, d));
  return out;
}

export function listFixtures(root = RULE_FIXTURES): string[] {
  const out: string[] = [];
  for (const dir of fs.readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(root, dir.name))) {
      if (f.endsWith('.star.md')) out.push(`${dir.name}/${f}`);
    }
  }
  return out.sort();
}

function parseItems(list: string, line: number, where: string): Expectation[] {
  const out: Expectation[] = [];
  ITEM.lastIndex = 0;
  let at = 0;
  while (at < list.length) {
    ITEM.lastIndex = at;
    const m = ITEM.exec(list);
    if (!m || m[0].length === 0) throw new Error(`${where}:${line}: cannot read the expectation "${list.slice(at)}"`);
    const e: Expectation = { line, ruleId: m[1] };
    if (m[2] !== undefined) e.severity = m[2] as Severity;
    if (m[3] !== undefined) e.text = JSON.parse(m[3]) as string;
    out.push(e);
    at = ITEM.lastIndex;
  }
  return out;
}

/** Lines (0-based, of `text`) inside a leading YAML front matter block, fences excluded. */
function frontMatterLines(lines: string[]): Set<number> {
  const inside = new Set<number>();
  if (!/^(?:\uFEFF)?---[ \t]*$/.test(lines[0] ?? '')) return inside;
  for (let i = 1; i < lines.length; i++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i])) return inside;
    inside.add(i);
  }
  return new Set();
}

export function loadFixture(name: string, root = RULE_FIXTURES): Fixture {
  const file = path.join(root, name);
  const raw = fs.readFileSync(file, 'utf8');
  let text = raw;
  let lineShift = 0;
  let config: Partial<EngineConfig> | undefined;
  const head = FIXTURE_LINE.exec(raw);
  if (head) {
    try {
      config = JSON.parse(head[1]) as Partial<EngineConfig>;
    } catch (err) {
      throw new Error(`${name}:1: the fixture config is not JSON (${(err as Error).message})`);
    }
    text = raw.slice(head[0].length);
    lineShift = 1;
  }
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const yaml = frontMatterLines(lines);
  const expectations: Expectation[] = [];
  lines.forEach((line, i) => {
    const fileLine = i + 1 + lineShift;
    if (yaml.has(i)) {
      const m = YAML_EXPECT.exec(line);
      if (m) expectations.push(...parseItems(m[1], fileLine, name));
      return;
    }
    HTML_EXPECT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = HTML_EXPECT.exec(line))) expectations.push(...parseItems(m[2], m[1] ? Number(m[1]) : fileLine, name));
  });
  const [ruleId, base] = name.split('/');
  const kind = base.startsWith('fires-') ? 'fires' : base.startsWith('clean-') ? 'clean' : 'other';
  return { name, ruleId, kind, file, text, lineShift, config, expectations };
}

export function actuals(fixture: Fixture, findings: Finding[]): Actual[] {
  const at = oneBasedConverter(fixture.text);
  return findings.map((f) => {
    const p = at(f.start);
    // A heading's finding covers the whole heading line, expectation comment included: leave it out.
    const text = fixture.text.slice(f.start, f.end).replace(TRAILING_EXPECT, '');
    return { line: p.line + fixture.lineShift, column: p.column, ruleId: f.ruleId, text, finding: f };
  });
}

export interface Comparison {
  missing: Expectation[];
  extra: Actual[];
}

/** Pairs expectations with findings one to one; what is left on either side is a failure. */
export function compare(expected: Expectation[], actual: Actual[]): Comparison {
  const left = [...actual];
  const missing: Expectation[] = [];
  // The most specific expectations first, so that a bare `rule-id` cannot take the finding they name.
  const specificity = (e: Expectation) => (e.text !== undefined ? 2 : 0) + (e.severity !== undefined ? 1 : 0);
  const ordered = [...expected].sort((a, b) => specificity(b) - specificity(a));
  for (const e of ordered) {
    const i = left.findIndex((a) => a.line === e.line && a.ruleId === e.ruleId && (e.text === undefined || a.text === e.text) && (e.severity === undefined || a.finding.severity === e.severity));
    if (i < 0) missing.push(e);
    else left.splice(i, 1);
  }
  return { missing: missing.sort((a, b) => a.line - b.line), extra: left };
}

function quote(s: string): string {
  return JSON.stringify(s.length > 60 ? s.slice(0, 57) + '…' : s);
}

/** A readable diff: `- line 12  we-instead-of-i "We"` for a missing finding, `+` for an extra one. */
export function formatDiff(fixture: Fixture, c: Comparison): string {
  const rows = [
    ...c.missing.map((e) => ({ line: e.line, text: `  - ${e.line}      ${e.ruleId}${e.severity ? ':' + e.severity : ''}${e.text !== undefined ? ' ' + quote(e.text) : ''}   (expected, not reported)` })),
    ...c.extra.map((a) => ({ line: a.line, text: `  + ${a.line}:${a.column}  ${a.ruleId} ${quote(a.text)} ${a.finding.severity}: ${a.finding.message}   (reported, not expected)` })),
  ].sort((a, b) => a.line - b.line);
  return `${fixture.name}\n${rows.map((r) => r.text).join('\n')}\n  (add or fix <!-- expect: … --> at the end of the line where the finding starts)`;
}

/** The text after applying a fix's edits (non-overlapping, applied from the end). */
export function applyEdits(text: string, edits: { start: number; end: number; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Where `offset` of the old text lands after the edits. */
export function mapOffset(offset: number, edits: { start: number; end: number; text: string }[]): number {
  let shift = 0;
  for (const e of edits) if (e.end <= offset) shift += e.text.length - (e.end - e.start);
  return offset + shift;
}

/** The five parts of a test story; a part left out takes the test file's default. */
export interface StoryParts {
  situation?: string;
  task?: string;
  action?: string;
  result?: string;
  reflection?: string;
}

/** A one-story `.star.md` text titled "A story", with every part from `p` or else `defaults`. */
export function storyOf(p: StoryParts, defaults: Required<StoryParts>): string {
  const part = (k: keyof StoryParts) => p[k] ?? defaults[k];
  return ['# A story', '## Situation', part('situation'), '## Task', part('task'), '## Action', part('action'), '## Result', part('result'), '## Reflection', part('reflection'), ''].join('\n');
}

/** The text of each finding of `rule` in `text`. */
export function foundBy(text: string, rule: string): string[] {
  return check(text)
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => text.slice(f.start, f.end));
}
