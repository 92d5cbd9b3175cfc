import { textBefore } from '../prose';
import * as z from 'zod/mini';
import { findAll, withUncovered } from '../phrases';
import { defineRule } from './types';
import { wordLiterals } from '../literals';
import type { SectionKind } from '../types';
import { loadFit } from '../fitPackage';

// "My manager asked me", "I had free time": the interviewer scores the story as assigned work.

const SECTIONS: SectionKind[] = ['situation', 'task', 'followups'];
/** "My lead gave me this task", "my skip-level handed me": someone else chose the work. */
const SOMEONE_GAVE = /(?<![A-Za-z])(?:my|our)\s+(?:manager|lead|tech\s+lead|team\s+lead|boss|skip(?:-level)?(?:\s+manager)?|director|vp|pm|product\s+manager|mentor|em|engineering\s+manager|principal|architect|cto|ceo|supervisor|gm|general\s+manager|head\s+of\s+\w+|site\s+lead|shift\s+lead)\s+(?:(?:basically|actually|just|then|also|eventually|finally)\s+)?(?:was\s+|had\s+)?(?:(?:asked|asking|told|telling|gave|give|giving|assigned|assigning|handed|put|suggested|sent|pointed|tasked|nominated|picked|chose|volunteered|pulled|passed|dropped|dumped|delegated|moved)\s+(?:me|it|this|the)|(?:wanted|needed)\s+me)(?![A-Za-z])/gi;

/** Literals every SOMEONE_GAVE match holds, read from the sentence's words (literals.ts): most sentences are not read with it. */
const GAVE_NEEDS = 'my|our&ask|tell|told|gave|giv|assign|hand|put|sugg|sent|point|task|nomin|pick|chose|volunt|pull|pass|drop|dump|deleg|moved|want|need';
const GAVE_WORDS = wordLiterals([GAVE_NEEDS]);
export const SOMEONE_GAVE_PREFILTER = { pattern: SOMEONE_GAVE, needs: GAVE_NEEDS, words: GAVE_WORDS };

/** What follows when the ask was not the assignment: "asked me how I found it", "asked to present it". */
const NOT_AN_ASSIGNMENT = /^\s*(?:(?:me\s+)?(?:how|what|why|where|when|whether|about|for\s+(?:feedback|an?\s+update|details|my\s+take))|(?:to\s+)?(?:present|share|demo|talk|speak|explain|write\s+(?:it\s+)?up|teach|give\s+a\s+talk|run\s+a\s+session|document\s+(?:it|the\s+approach)))(?![A-Za-z])/i;

/** "He handed me sixty dollars", "handed me a note", "I was handed an RDP session": money, a thing or access passed over, not work. */
const A_THING = /^\s+(?:[$£€]|(?:\S+\s+){0,2}?(?:dollars?|bucks|cash|money|tips?|notes?|cards?|keys?|gifts?|laptop|session|access|credentials|login|password|badge|uniform|headset|clipboard)\b)/i;
/** "My responsibility was to fix the incident": in a story of the writer's own mistake, owning the repair, not an assignment. */
const DUTY = /(?:responsibility|job|task|duty)\s+was\s+to$/i;
const REPAIR = /^\s*(?:fix|repair|correct|undo|recover|roll\s+back|revert|resolve)\b/i;

/** What follows "responsible for" when it is an outcome or a person's result: accountability, not a duty handed over. */
const ACCOUNTABLE = /^\s+(?:(?:the|their|his|her|its|our|my|this|that|any)\s+)?(?:[a-z]+['’]s?\s+)?(?:[a-z]+\s+)?(?:success|failure|outcome|outcomes|mistake|mistakes|results?|well-being|wellbeing|loss|losses|outage|delay|delays|error|errors|growth)(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|of|as|in|on|at|while|because|so|but|too)(?![A-Za-z]))/i;

const NEGATED = /(?<![A-Za-z])(?:not|no|never|nor|neither|nobody|no\s+one|without|n['’]t|before)\s+(?:\w+\s+){0,2}$/i;
/** A negation anywhere earlier in the clause (read after its last "but"): "Neither them, my manager or the director asked me to". */
const NEGATED_CLAUSE = /(?<![A-Za-z])(?:neither|nobody|no\s+one|never|n['’]t)(?![A-Za-z])/i;
/** Help or knowledge given, not work handed over: "gave me a dry run", "gave me some advice", "gave me feedback". */
const HELP_GIVEN = /^\s+(?:(?:a|an|the|some|his|her|their|great|good|useful|helpful|quick|short|brief)\s+){0,2}(?:dry\s+run|walkthrough|walk-through|explanation|advice|feedback|demo|tips?|hints?|overview|tour|introduction|examples?|pointers|rundown|lesson|talk|pep\s+talk|confidence|support|encouragement)(?![A-Za-z])/i;

export const assignedNotInitiated = defineRule({
  id: 'assigned-not-initiated',
  defaultSeverity: 'warning',
  sections: SECTIONS,
  tipId: 'assigned-not-initiated',
  options: z.object({}),
  check: function assignedNotInitiatedCheck(ctx, report) {
    const where = [
      ...ctx.facts.preambleSentences().map((s) => ({ s, kind: null as SectionKind | null })),
      ...ctx.story.sections.flatMap((section) => {
        const kind = section.covers.find((k) => SECTIONS.includes(k));
        return kind ? ctx.facts.sentences(section).map((s) => ({ s, kind: kind as SectionKind | null })) : [];
      }),
    ];
    // No Task: the Action's first sentence is often the Task told there ("My job was to bag the oranges.").
    if (!ctx.facts.has('task')) {
      const first = ctx.facts.sentencesOf('action')[0];
      if (first) where.push({ s: first, kind: 'action' });
    }
    // A story of the writer's own mistake: read once, for the first hit that asks.
    let mistake: boolean | undefined;
    for (const { s, kind } of where) {
      const hits = withUncovered(ctx.facts.match('assigned', [s]), GAVE_WORDS.holds(GAVE_WORDS.mask(ctx.facts.tokens(s), s.voice)) ? findAll(SOMEONE_GAVE, s.voice, s.start) : []);
      for (const h of hits) {
        // A negation within the two words before the phrase: a bounded window keeps a run-on sentence linear.
        const before = textBefore(s.voice, h.start - s.start, 120);
        if (NEGATED.test(before)) continue;
        // Further back in the same clause: "Neither my manager nor the director asked me to…".
        if (NEGATED_CLAUSE.test(before.split(/[.;:!?]|(?<![A-Za-z])but(?![A-Za-z])/i).pop()!)) continue;
        // In the Action's first sentence only the writer's own brief counts ("My job was to…", "I was sent to…"), not a shift the group was put on.
        if (kind === 'action' && !/(?<![A-Za-z'’])(?:I|my|me)(?![A-Za-z'’])/i.test(h.phrase)) continue;
        const after = s.voice.slice(h.end - s.start, h.end - s.start + 160);
        if (NOT_AN_ASSIGNMENT.test(after)) continue;
        if (/hand/i.test(h.phrase) && A_THING.test(after)) continue;
        // "my mentor gave me a dry run of the code": help or knowledge given, not work.
        if (/gave|give/i.test(h.phrase) && HELP_GIVEN.test(after)) continue;
        // "ultimately I was responsible for their success": accountability for an outcome, nothing handed over.
        if (/responsible\s+for$/i.test(h.phrase) && (ACCOUNTABLE.test(after) || /(?<![A-Za-z])ultimately[\s,]+$/i.test(textBefore(s.voice, h.start - s.start, 40)))) continue;
        // "…approached me and was asked to build it": the subject left out is the writer's only after an "I" clause of its own.
        if (/^and\s+was\s/i.test(h.phrase) && !/(?<![A-Za-z'’])I\s+[a-z][^.;:!?,]{0,80}$/.test(textBefore(s.voice, h.start - s.start, 120))) continue;
        // "I only spoke when he asked me to.": a habit told in passing, the ask left unsaid, not the assignment.
        if (/asked\s+me\s+to$/i.test(h.phrase) && /^\s*(?:[,.;:!?)]|$)/.test(after) && /(?<![A-Za-z])(?:when|whenever|if|unless|until|once|as)\s+(?:the\s+)?$/i.test(textBefore(s.voice, h.start - s.start, 40))) continue;
        mistake ??= loadFit().storyKinds(ctx.facts).includes('mistake');
        if (DUTY.test(h.phrase.trimEnd()) && REPAIR.test(after) && mistake) continue;
        report({
          start: h.start,
          end: h.end,
          sectionKind: kind,
          ...(mistake ? { severity: 'info' as const } : {}),
          // In a story of the writer's own mistake the duty explains what went wrong; "beyond the brief" is the wrong ask there.
          message: mistake
            ? `"${h.phrase}" says the work was yours because it was handed to you: in a story about a mistake that is fine, so own the miss plainly and make the recovery, and what you changed after it, clearly yours.`
            : `"${h.phrase}" tells the interviewer the work was handed to you: if you chose it, say what you noticed and why; if it was assigned, show where you went beyond the brief.`,
          actual: h.phrase,
        });
      }
    }
  },
});
