import { PRINCIPLE_NAMES, findPrinciple } from './coaching/principleNames';

// The Story Bank's goals: defaults and bounds shared by the settings schema (config.ts), the
// coverage model (bank.ts) and package.json's settings (kept equal by test/unit/bank.test.ts),
// and their resolution from settings layers. Small on purpose: the Node extension's main bundle
// reads settings with it; the coverage model itself loads with the Story Bank (dist/panel.js).

export const BANK_DEFAULTS = {
  storiesPerPrinciple: 2,
  maxPrinciplesPerStory: 3,
} as const;

export const BANK_LIMITS = { storiesPerPrinciple: { min: 1, max: 20 }, maxPrinciplesPerStory: { min: 1, max: 16 } } as const;

/** How many stories each principle needs, which principles the loop needs, and when a story is overused. */
export interface BankGoals {
  storiesPerPrinciple: number;
  /** Principle ids, in the order of PRINCIPLE_NAMES. */
  principles: string[];
  maxPrinciplesPerStory: number;
}


export const ALL_PRINCIPLE_IDS: readonly string[] = PRINCIPLE_NAMES.map((p) => p.id);

export interface BankSettings {
  storiesPerPrinciple?: number;
  principles?: string[];
  maxPrinciplesPerStory?: number;
}

/**
 * Goals from settings layers (later win, key by key). Principle names, ids and aliases are
 * accepted; unknown ones are left out (the settings readers report them). An empty or fully
 * unknown list means every principle: a loop needs at least one.
 */
export function resolveBankGoals(...layers: (BankSettings | undefined)[]): BankGoals {
  let per: number = BANK_DEFAULTS.storiesPerPrinciple;
  let max: number = BANK_DEFAULTS.maxPrinciplesPerStory;
  let names: string[] | undefined;
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.storiesPerPrinciple !== undefined) per = layer.storiesPerPrinciple;
    if (layer.maxPrinciplesPerStory !== undefined) max = layer.maxPrinciplesPerStory;
    if (layer.principles !== undefined) names = layer.principles;
  }
  const wanted = new Set((names ?? []).map((n) => findPrinciple(n)?.id).filter((id): id is string => !!id));
  return {
    storiesPerPrinciple: per,
    maxPrinciplesPerStory: max,
    principles: wanted.size ? ALL_PRINCIPLE_IDS.filter((id) => wanted.has(id)) : [...ALL_PRINCIPLE_IDS],
  };
}

/** The names in `names` that are no principle (for a settings warning). */
export function unknownPrinciples(names: readonly string[]): string[] {
  return names.filter((n) => !findPrinciple(n));
}

export function defaultBankGoals(): BankGoals {
  return resolveBankGoals();
}

