import type { z } from 'zod/mini';
import type { EngineConfig } from '../config';
import type { StoryFacts } from '../facts';
import type { Fix, Level, SectionKind, Severity, Story, StoryFile } from '../types';
import type { PhraseListName, Tip } from '../coaching/types';

/** What every rule exposes to the engine and the extension (its one-line description is page text: RuleDocText). */
export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** Sections the rule reads; empty for structure and file rules. */
  sections: SectionKind[];
  tipId: string;
}

export interface RuleContext<O> {
  file: StoryFile;
  story: Story;
  facts: StoryFacts;
  config: EngineConfig;
  level: Level;
  principles: string[];
  options: O;
}

export interface Report {
  start: number;
  end: number;
  message: string;
  /** Overrides the rule's default (e.g. by section); a user's setting overrides both. */
  severity?: Severity;
  sectionKind?: SectionKind | null;
  fix?: Fix;
  actual?: string;
  expected?: string;
}

export interface Rule<O = Record<string, never>> extends RuleMeta {
  /**
   * The rule's options (besides `severity`), a zod object whose every key has a default: the
   * settings schema in package.json, the `.starrc.yaml` schema and the rule's page are generated
   * from it (with each option's meaning from `docs[id].options` in the rule's .text.ts).
   */
  options: z.ZodMiniType<O>;
  /** Runs once per story. */
  check(ctx: RuleContext<O>, report: (r: Report) => void): void;
}

/** Widened for the registry: each rule's options type is its own business. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}

/** A rule's tip, by rule id (the id is added when the tips are gathered, src/core/coaching/tips.ts). */
export type RuleTips = Record<string, Omit<Tip, 'id'>>;

/** The hand-written prose of a rule's page in docs/rules/ (scripts/gen-docs.ts joins it with the rest). */
export interface RuleDocText {
  /**
   * One sentence: what the rule reports (the README's rule table, the settings, the page). Kept
   * with the page prose so that the extension bundle does not carry it.
   */
  description: string;
  /** How the severity varies, when it is not simply the default. */
  severity?: string;
  /** What the rule reports, and what it deliberately leaves alone. */
  flags: string[];
  /** Why an interviewer cares, beyond the tip's "what the interviewer hears". */
  why: string;
  /** More weak → strong pairs, besides the tip's own. */
  examples?: { weak: string; strong: string }[];
  /** The quick fix the rule offers on its own, besides disabling it and opening the tip. */
  fix?: string;
  /** The built-in phrase list the rule reads, which `phrases.<name>` extends. */
  phraseList?: PhraseListName;
  /**
   * What each option in the rule's schema means (Markdown), by option name. Kept here rather than in
   * the zod schema (`z.describe`) so that the extension bundle does not carry it: the settings
   * schema, the .starrc.yaml schema and the page read it from here.
   */
  options?: Record<string, string>;
  /** Anything else worth knowing (when it stays quiet, how it interacts with other rules). */
  notes?: string;
  /** Non-default option values for the page's settings example (else the first option's default). */
  optionsExample?: Record<string, unknown>;
  /** The rule is about the file or the tool, not about what an interviewer hears. */
  aboutTheFile?: boolean;
}

/** Page prose by rule id. */
export type RuleDocs = Record<string, RuleDocText>;
