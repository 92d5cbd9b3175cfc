import type { RuleMeta } from './types';

// Findings the engine itself raises rather than a rule: a file that is not text (src/core/check.ts,
// analyzeFile) and a rule that threw (checkStory). They have ids, severities, tips and pages like
// the rules, so settings can change their severity, but no `check` and no options.

export const ENGINE_RULES: readonly RuleMeta[] = [
  { id: 'binary-file', defaultSeverity: 'warning', sections: [], tipId: 'binary-file' },
  { id: 'rule-error', defaultSeverity: 'error', sections: [], tipId: 'rule-error' },
];
