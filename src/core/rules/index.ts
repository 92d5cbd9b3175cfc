import { weInsteadOfI } from './weInsteadOfI';
import { missingScopeBoundary } from './missingScopeBoundary';
import { unquantifiedResult } from './unquantifiedResult';
import { resultMissingBusinessImpact } from './resultMissingBusinessImpact';
import { resultMissingSecondOrder } from './resultMissingSecondOrder';
import { vagueOutcome } from './vagueOutcome';
import { handOffLanguage } from './handOffLanguage';
import { assignedNotInitiated } from './assignedNotInitiated';
import { passiveAction } from './passiveAction';
import { fewActionSteps } from './fewActionSteps';
import { hedging } from './hedging';
import { genericReflection } from './genericReflection';
import { reflectionNotSystemic } from './reflectionNotSystemic';
import { sectionOverTime } from './sectionOverTime';
import { principleFitRule } from './principleFitRule';
import { missingSection, sectionOrder, emptySection, unfilledPlaceholder } from './structure';
import { invalidFrontMatter, unknownPrinciple } from './fileProblems';
import type { AnyRule, RuleMeta } from './types';

export type { RuleMeta, Rule, RuleContext, Report } from './types';

/** Every story rule, in the order of DESIGN §3. */
export const STORY_RULES: readonly AnyRule[] = [
  weInsteadOfI,
  missingScopeBoundary,
  unquantifiedResult,
  resultMissingBusinessImpact,
  resultMissingSecondOrder,
  vagueOutcome,
  handOffLanguage,
  assignedNotInitiated,
  passiveAction,
  fewActionSteps,
  hedging,
  genericReflection,
  reflectionNotSystemic,
  sectionOverTime,
  principleFitRule,
  missingSection,
  sectionOrder,
  emptySection,
  unfilledPlaceholder,
  invalidFrontMatter,
  unknownPrinciple,
];

/** Findings the engine itself raises: a file that is not text, a rule that crashed. */
export const ENGINE_RULES: readonly RuleMeta[] = [
  { id: 'binary-file', description: 'The file is not text (binary content): nothing in it can be checked.', defaultSeverity: 'warning', sections: [], tipId: 'binary-file' },
  { id: 'rule-error', description: "A rule failed on this text. It is the tool's fault, not yours: the other rules still ran.", defaultSeverity: 'error', sections: [], tipId: 'rule-error' },
];

function meta(r: RuleMeta): RuleMeta {
  return { id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, sections: [...r.sections], tipId: r.tipId };
}

export const RULES: readonly RuleMeta[] = [...STORY_RULES.map(meta), ...ENGINE_RULES];
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
