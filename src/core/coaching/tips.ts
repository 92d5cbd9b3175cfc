import { RULE_TIPS } from '../rules/texts';
import type { Tip } from './types';

// One tip per rule id, in the voice of a bar raiser coaching a candidate before the loop. Each
// rule's tip is written beside it, in src/core/rules/<rule>.text.ts; this gathers them.
// `hears` is what the interviewer concludes; `instead` is the fix; `weak`/`strong` are a pair.

const TIP_LIST: Tip[] = RULE_TIPS.flatMap((tips) => Object.entries(tips).map(([id, tip]) => ({ id, ...tip })));

export const TIPS: Record<string, Tip> = Object.fromEntries(TIP_LIST.map((tip) => [tip.id, tip]));

export function getTip(id: string): Tip | undefined {
  return Object.prototype.hasOwnProperty.call(TIPS, id) ? TIPS[id] : undefined;
}
