import type { Settings } from './config';
import { readRuleSetting } from './ruleSettings';
import { RULE_IDS } from './rules';
import { yaml } from './yaml';
import type { Severity } from './types';

// `.starrc.yaml`: the same keys as the `starStory.*` settings plus extra phrase lists. It may come
// from a repository nobody vetted: literal phrases only, capped; each problem is reported once, on
// the offending key, in plain words with the value and what is allowed, and whatever is valid is
// still used. The reader itself (starrcParse.ts) comes with the YAML parser, on first need.

export interface StarrcProblem {
  message: string;
  start: number;
  end: number;
  severity: Severity;
}

export interface Starrc {
  settings: Settings;
  problems: StarrcProblem[];
}

const MAX_BYTES = 256 * 1024;

export function parseStarrc(text: string): Starrc {
  if (text.length > MAX_BYTES) {
    return { settings: {}, problems: [{ message: `.starrc.yaml is larger than ${MAX_BYTES / 1024} KB and was ignored.`, start: 0, end: Math.min(text.length, 1), severity: 'error' }] };
  }
  return yaml().parseStarrcWith(text, { ids: RULE_IDS, read: readRuleSetting });
}
