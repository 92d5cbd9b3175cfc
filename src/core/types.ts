// Shared shapes of the engine. Every offset is an absolute 0-based UTF-16 index into the whole
// file's text (front matter included); ranges are half-open [start, end).

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type SectionKind = 'situation' | 'task' | 'action' | 'result' | 'reflection' | 'followups';
export const SECTION_KINDS: readonly SectionKind[] = ['situation', 'task', 'action', 'result', 'reflection', 'followups'];
/** The five spoken parts, in the order a story is told. */
export const SPOKEN_SECTIONS: readonly SectionKind[] = ['situation', 'task', 'action', 'result', 'reflection'];

export type Level = 'sde1' | 'sde2' | 'senior' | 'principal';
export const LEVELS: readonly Level[] = ['sde1', 'sde2', 'senior', 'principal'];

export interface Span {
  start: number;
  end: number;
}

export interface Section {
  /** null for a `##` heading that is none of the known sections. */
  kind: SectionKind | null;
  /** Every kind the heading names ("Situation / Task" names two); `kind` is the first. */
  covers: SectionKind[];
  /** The heading's text without the `##` marker. */
  heading: string;
  /** The whole heading line, without its line break. */
  headingStart: number;
  headingEnd: number;
  /** Everything after the heading line up to the next `##`/`#` heading. */
  bodyStart: number;
  bodyEnd: number;
}

export interface StoryMeta {
  question: string | null;
  /** Canonical principle ids (see coaching/principles.ts), possibly empty. */
  principles: string[];
  level: Level;
}

export interface Story {
  index: number;
  /** The H1's text, or null for a file without H1. */
  title: string | null;
  /** The H1 line, or null. */
  titleStart: number | null;
  titleEnd: number | null;
  start: number;
  end: number;
  /** Text between the title (or story start) and the first `##` heading. */
  preambleStart: number;
  preambleEnd: number;
  sections: Section[];
  meta: StoryMeta;
}

export interface FrontMatter {
  /** The whole block, fences included. */
  start: number;
  end: number;
  /** Parsed and validated values (invalid keys dropped). */
  data: FrontMatterData;
}

export interface FrontMatterData {
  question?: string;
  principles?: string[];
  level?: Level;
}

/** A problem found while parsing (front matter, story override comments). */
export interface ParseProblem {
  ruleId: 'invalid-front-matter' | 'unknown-principle';
  severity: Severity;
  message: string;
  start: number;
  end: number;
  storyIndex: number;
  /** The edit that solves it, when one does (quoting a front matter value). */
  fix?: Fix;
  /** An unknown principle's nearest id ("Ownrship" → ownership): what the writer meant, when close. */
  principleGuess?: string;
}

export interface Suppression {
  /** Rule ids, or null for every rule. */
  rules: string[] | null;
  start: number;
  end: number;
}

export interface StoryFile {
  text: string;
  frontMatter: FrontMatter | null;
  stories: Story[];
  /**
   * The text with every non-prose span (front matter, fenced and inline code, HTML comments,
   * link targets, Markdown markers) replaced by spaces of the same length: offsets are unchanged.
   */
  prose: string;
  problems: ParseProblem[];
  suppressions: Suppression[];
  /** True when the text looks binary (NUL bytes or mostly control characters). */
  binary: boolean;
}

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The edit's text is a VS Code snippet (placeholders like ${1:…}). */
  snippet?: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  sectionKind: SectionKind | null;
  storyIndex: number;
  tipId: string;
  fix?: Fix;
  /** What was found and what would be better, for quick fixes and hovers. */
  actual?: string;
  expected?: string;
}

export interface SectionMetrics {
  kind: SectionKind;
  heading: string;
  headingStart: number;
  headingEnd: number;
  words: number;
  seconds: number;
  targetSeconds: number;
}

export interface Checklist {
  scopeBoundary: boolean;
  firstPersonActions: boolean;
  actionSteps: number;
  measuredResult: boolean;
  businessImpact: boolean;
  widerEffect: boolean;
  specificReflection: boolean;
}

/** One signal of a principle, shown or not, with the sentence that shows it. */
export interface SignalFitView {
  id: string;
  label: string;
  shown: boolean;
  start?: number;
  end?: number;
}

export interface PrincipleFitView {
  principle: string;
  signals: SignalFitView[];
}

export interface StoryMetrics {
  index: number;
  title: string | null;
  start: number;
  end: number;
  principles: string[];
  level: Level;
  words: number;
  seconds: number;
  targetSeconds: number;
  sections: SectionMetrics[];
  checklist: Checklist;
  /** Each principle the story is filed under, signal by signal. */
  principleFit: PrincipleFitView[];
  /** With no principle filed: the 1–3 its text shows best (empty when it names one). Filled by suggestFor(). */
  suggestedPrinciples: string[];
}

export interface CheckResult {
  findings: Finding[];
  stories: StoryMetrics[];
}
