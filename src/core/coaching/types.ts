import type { Level, SectionKind } from '../types';

/** Coaching attached to a rule: shown in hovers, the coach panel and the rule docs. */
export interface Tip {
  id: string;
  title: string;
  /** What the interviewer hears when the draft does this. */
  hears: string;
  /** What to do instead. */
  instead: string;
  weak: string;
  strong: string;
}

export interface SectionGuide {
  kind: SectionKind;
  label: string;
  /** Speaking-time target in seconds at senior level (the follow-ups have none: 0); see sectionTargetSeconds(). */
  targetSeconds: number;
  /** One line on what belongs in the section, used by snippets and the panel. */
  prompt: string;
  /** What a strong section of this kind contains. */
  checklist: string[];
}

export interface FollowUp {
  question: string;
  /** What the question probes. */
  probes: string;
  /** What a strong answer shows. */
  strongShows: string;
  /** The answer that sinks the candidate. */
  weakSigns: string;
}

/** A principle as front matter names it: all the parser needs (principleNames.ts). */
export interface PrincipleName {
  /** Stable slug, e.g. `ownership`, `bias-for-action`. */
  id: string;
  /** Amazon's name, e.g. "Customer Obsession". */
  name: string;
  /** Other spellings accepted in front matter (lower-case). */
  aliases: string[];
}

/** A principle with its coaching (principles.ts), shown by the coach panel and "New STAR Story". */
export interface PrincipleGuide extends PrincipleName {
  /** One line: what the principle is about. */
  summary: string;
  /** How to open the answer for this principle. */
  leadWith: string;
  emphasize: string[];
  downplay: string[];
  followUps: FollowUp[];
}

/** The coaching of one principle, without its names. */
export type PrincipleGuidance = Omit<PrincipleGuide, keyof PrincipleName>;

/** A level as the engine and the editor's labels need it (levelTargets.ts). */
export interface LevelTarget {
  id: Level;
  label: string;
  /** Target total speaking time in seconds. */
  targetSeconds: number;
}

/** A level with its coaching (levels.ts), shown by the coach panel and "New STAR Story". */
export interface LevelGuide extends LevelTarget {
  expectations: string;
  reflection: string;
  bar: string;
}

/**
 * Phrase lists: literal phrases, matched case-insensitively on word boundaries, with curly and
 * straight apostrophes treated alike. Never regular expressions (workspaces may add their own).
 */
export interface PhraseLists {
  /** Routing the problem to someone else instead of owning it. */
  handOff: string[];
  /** Outcomes with no substance. */
  vagueOutcome: string[];
  /** Hedges that undercut the speaker. */
  hedges: string[];
  /** Statements that the work was outside the writer's remit, unasked, unticketed or self-started. */
  scopeBoundary: string[];
  /** Signs the work was handed to the writer. */
  assigned: string[];
  /** Reflections that fit any story. */
  genericReflection: string[];
  /** Translation of figures into money, customers, time, risk. */
  businessImpact: string[];
  /** Lasting or wider effect: adopted, became the standard, reused by. */
  secondOrder: string[];
  /** Systemic or organisational causes named in a reflection. */
  systemic: string[];
}

export type PhraseListName = keyof PhraseLists;
