import type { PrincipleName } from './types';

// Amazon's 16 Leadership Principles by name: the ids, Amazon's names and the other spellings
// front matter may use, and the look-ups the parser needs. The coaching for each principle is in
// principles.ts: only the coach panel and "New STAR Story" show it, so the Node extension loads it
// with the panel (dist/panel.js) and not for the first check.

export const PRINCIPLE_NAMES: readonly PrincipleName[] = [
  {
    id: 'customer-obsession',
    name: 'Customer Obsession',
    aliases: ['customer obsessed', 'customer-obsessed', 'customer focus', 'customer first', 'obsess over customers'],
  },
  {
    id: 'ownership',
    name: 'Ownership',
    aliases: ['ownership lp', 'owner', 'act like an owner', 'take ownership', 'owning it'],
  },
  {
    id: 'invent-and-simplify',
    name: 'Invent and Simplify',
    aliases: ['invent & simplify', 'invent simplify', 'invent and simplify lp', 'innovation', 'simplify'],
  },
  {
    id: 'are-right-a-lot',
    name: 'Are Right, A Lot',
    aliases: ['are right a lot', 'right a lot', 'be right a lot', 'judgment', 'judgement'],
  },
  {
    id: 'learn-and-be-curious',
    name: 'Learn and Be Curious',
    aliases: ['learn & be curious', 'learn and be curious lp', 'be curious', 'curiosity', 'learning'],
  },
  {
    id: 'hire-and-develop-the-best',
    name: 'Hire and Develop the Best',
    aliases: ['hire and develop', 'hire & develop the best', 'develop the best', 'developing people', 'mentoring'],
  },
  {
    id: 'insist-on-the-highest-standards',
    name: 'Insist on the Highest Standards',
    aliases: ['highest standards', 'high standards', 'insist on highest standards', 'insist on high standards'],
  },
  {
    id: 'think-big',
    name: 'Think Big',
    aliases: ['think big lp', 'thinking big', 'big thinking', 'vision'],
  },
  {
    id: 'bias-for-action',
    name: 'Bias for Action',
    aliases: ['bias to action', 'bias for action lp', 'action bias', 'bias towards action', 'bias toward action'],
  },
  {
    id: 'frugality',
    name: 'Frugality',
    aliases: ['frugal', 'frugality lp', 'cost consciousness', 'cost conscious', 'doing more with less'],
  },
  {
    id: 'earn-trust',
    name: 'Earn Trust',
    aliases: ['earn trust lp', 'earns trust', 'earning trust', 'trust', 'building trust'],
  },
  {
    id: 'dive-deep',
    name: 'Dive Deep',
    aliases: ['deep dive', 'diving deep', 'dives deep', 'dive deep lp'],
  },
  {
    id: 'have-backbone-disagree-and-commit',
    name: 'Have Backbone; Disagree and Commit',
    aliases: ['have backbone', 'backbone', 'disagree and commit', 'disagree & commit', 'have backbone disagree and commit'],
  },
  {
    id: 'deliver-results',
    name: 'Deliver Results',
    aliases: ['delivering results', 'delivers results', 'deliver results lp', 'results', 'get results'],
  },
  {
    id: 'strive-to-be-earths-best-employer',
    name: 'Strive to be Earth\'s Best Employer',
    aliases: ['earth\'s best employer', 'earths best employer', 'best employer', 'strive to be earths best employer', 'best employer lp'],
  },
  {
    id: 'success-and-scale-bring-broad-responsibility',
    name: 'Success and Scale Bring Broad Responsibility',
    aliases: ['broad responsibility', 'success and scale', 'success & scale bring broad responsibility', 'scale brings broad responsibility'],
  },
];

/** Lower-case, straight apostrophes dropped, `&` read as "and", punctuation to spaces, suffix " lp" dropped. */
export function normalizePrincipleName(name: string): string {
  let s = name
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  s = s.replace(/^the /, '').replace(/(?: leadership)? (?:lp|principle)$/, '');
  return s;
}

let index: Map<string, PrincipleName> | undefined;

function principleIndex(): Map<string, PrincipleName> {
  if (!index) {
    index = new Map();
    for (const p of PRINCIPLE_NAMES) {
      for (const key of [p.name, p.id, ...p.aliases]) index.set(normalizePrincipleName(key), p);
    }
  }
  return index;
}

export function findPrinciple(name: string): PrincipleName | undefined {
  return principleIndex().get(normalizePrincipleName(name));
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The closest principle for a "did you mean" message, or undefined when nothing is close. */
export function suggestPrinciple(name: string): PrincipleName | undefined {
  const exact = findPrinciple(name);
  if (exact) return exact;
  const wanted = normalizePrincipleName(name);
  if (wanted.length < 3 || wanted.length > 120) return undefined;
  let best: PrincipleName | undefined;
  let bestScore = Infinity;
  for (const [key, principle] of principleIndex()) {
    const allowed = Math.max(1, Math.floor(key.length / 4));
    if (Math.abs(key.length - wanted.length) > allowed) continue;
    const d = editDistance(wanted, key);
    if (d <= allowed && d / key.length < bestScore) {
      bestScore = d / key.length;
      best = principle;
    }
  }
  return best;
}
