import type { RuleDocs, RuleTips } from './types';

// The words of `result-missing-second-order`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'result-missing-second-order': {
    title: 'Show what outlasted the fix',
    hears: 'The effect stops at your change. From senior candidates I listen for something others picked up and kept using.',
    instead: 'Name the lasting or wider effect: another team reused it, it became the default, the runbook is still in use, that class of incident has not come back.',
    weak: 'The migration finished and the old cluster was shut down.',
    strong: 'The migration finished a week early, and the cutover checklist I wrote became the template for the three teams that migrated next.',
  },
};

export const docs: RuleDocs = {
  'result-missing-second-order': {
    description: 'The Result names no lasting or wider effect: adopted by others, became the standard, reused.',
    severity: 'info; a warning for senior and principal stories, where a wider effect is expected.',
    flags: [
      'A Result with no lasting or wider effect: nothing adopted by another team, made the default, reused, written into a runbook or standard, no problem that stayed away.',
      'A problem that stayed away counts however it is told: "the same issue did not repeat", "no further unexpected bills", "prevented any future incidents", "since adding the monitor, zero incidents", "for the rest of the term"; so does a guard put in place ("we added a rule: every PR must…", a check added in the Action "so this would not happen again"). A vow ("I will never … again") or a habit told only in the Reflection does not.',
    ],
    why: 'From senior level up, interviewers look for impact that outlives the fix: a mechanism, a tool or a practice that others picked up. A result that stops at your change reads as a mid-level story.',
    examples: [
      { weak: 'The flaky tests were fixed and the build went green.', strong: 'The build went green, and the quarantine job I wrote for flaky tests now runs in every repository of the organisation.' },
    ],
    phraseList: 'secondOrder',
  },
};
