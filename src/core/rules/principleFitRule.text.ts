import { findPrinciple } from '../coaching/principleNames';
import { PRINCIPLE_PROFILES } from '../coaching/principleProfiles';
import type { RuleDocs, RuleTips } from './types';

// The words of `principle-fit`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'principle-fit': {
    title: 'Prove the principle you are telling it for',
    hears: 'A good story about something else. I am scoring one principle, and I cannot find what it needs in what you told me.',
    instead: 'Check each signal the principle asks for and give each one a sentence: for Ownership, whose problem it was, how you saw it through and what you left behind; for Disagree and Commit, whom you disagreed with, your evidence, and how you committed.',
    weak: 'Filed under Earn Trust: I shipped the migration two days early and the team was pleased.',
    strong: 'Filed under Earn Trust: I told the on-call channel the outage was my config change, rolled it back, and now review every network change with the team that owns the switches.',
  },
};

/** What each of the 16 principles listens for, as a Markdown table (from the profiles, so it cannot drift). */
function signalTable(): string {
  return [
    '## What each principle listens for',
    '',
    '| Principle | Signals |',
    '|---|---|',
    ...PRINCIPLE_PROFILES.map((p) => `| ${findPrinciple(p.id)?.name ?? p.id} | ${p.signals.map((x) => x.label).join('; ')} |`),
  ].join('\n');
}

// A pure call: a bundle that reads only the tips (the coach panel's) drops the page prose.
export const docs: RuleDocs = /* @__PURE__ */ pageProse();

function pageProse(): RuleDocs {
  return {
    'principle-fit': {
    description: 'The story misses signals an interviewer listens for under its principle.',
      severity: 'info when the story shows some of its principle\'s signals, warning when it shows none; one finding per principle the story names.',
      flags: [
        'For each principle the story names (front matter `principle:` or the `<!-- star: principle=… -->` comment under a title in a bank), the signals an interviewer listens for that the text does not show: for Ownership, that the work was outside your remit, that you saw it through and that you left a mechanism; for Have Backbone; Disagree and Commit, whom you disagreed with, the evidence you brought and that you committed once decided. Every one of the 16 principles has 3 or 4.',
        'Reported on the story title, with the principle\'s tip. The coach panel shows each signal ✓ or ✗ with the sentence that shows it.',
        'A story that names no principle is not judged: its title hover and the panel suggest the 1–3 principles its text shows best, with a quick fix that files it.',
      ],
      why: 'The first thing a bar raiser writes down is whether the story proves the principle it was asked for. A well-told story about the wrong thing scores nothing for the principle in question.',
      examples: [
        { weak: 'Filed under Dive Deep: "We fixed the slow report by adding an index and it got faster."', strong: 'Filed under Dive Deep: "I pulled a week of slow-query logs, traced the delay to a full scan on the orders table, and proved it by replaying the query with and without an index."' },
      ],
      notes: `Signals are judged generously: a sentence that plausibly shows one counts, because telling you a signal is missing when it is there costs more than missing a weak one. On a story about a mistake, a disagreement, trust, a conflict, learning or mentoring, Ownership is not asked whose system it was.\n\n${signalTable()}`,
    },
  };
}
