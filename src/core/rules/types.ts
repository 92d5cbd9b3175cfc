import type { z } from 'zod/mini';
import type { EngineConfig } from '../config';
import type { StoryFacts } from '../facts';
import type { Fix, Level, SectionKind, Severity, Story, StoryFile } from '../types';

/** What every rule exposes to the settings, the docs, the README table and the panel. */
export interface RuleMeta {
  id: string;
  description: string;
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
