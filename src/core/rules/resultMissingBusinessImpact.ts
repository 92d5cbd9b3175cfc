import * as z from 'zod/mini';
import { defineRule } from './types';
import { headingOf } from './anchors';
import { loadFit } from '../fitPackage';

// A metric delta is half the answer: the interviewer wants to know what it was worth.

/** Time given back to people: "~30 min a day", "2 hours per engineer per week". */
const TIME_SAVED = /(?<![A-Za-z])(?:(?:min(?:ute)?s?|hours?|hrs?|days?)\s+(?:of\s+[\w-]+\s+)?(?:less\s+)?(?:a|per|each|every)\s+(?:day|week|month|sprint|quarter|year|release|engineer|person|developer|dev|agent|shift)|(?:min(?:ute)?s?|hours?|days?|weeks?|months?|quarters?)\s+(?:sooner|earlier|faster|ahead))(?![A-Za-z])/i;

/**
 * A wait people sit through, cut: "CI pipeline time from 30 minutes to low 20s", "build time went
 * from 40 to 12 minutes", "cut build times by 40%", "onboarding from days to hours", "five weeks became five days",
 * "cut fulfillment time from 4 days to 2.5", "a 15% reduction in order[-‑‐]to[-‑‐]cash cycle time". The figure is already time
 * given back (a latency is not: it is a system's); so is people's effort cut: "QA workload reduces by 40%",
 * "40 minutes of manual work per sheet".
 */
const WAIT_CUT = /(?<![A-Za-z])(?:(?:ci|build|pipeline|deploy(?:ment)?|release|test(?:\s+suite)?|review|turnaround|waiting|wait|handling|resolution|onboarding|setup|set-up|processing|queue|hold|fulfill?ment|delivery|shipping|dispatch|order[-‑‐]to[-‑‐]cash|cycle|lead|response|approval|hiring|collection|close)\s+times?\s+(?:(?:went|came|dropped|fell)\s+)?(?:down\s+)?(?:from|by\s+(?:\w+\s+)?(?:\d|half))|(?:reduction|cut|drop)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:fulfill?ment|delivery|shipping|order[-‑‐]to[-‑‐]cash|cycle|lead|response|approval|turnaround|resolution|waiting|wait|handling|onboarding|processing)\s+(?:cycle\s+)?times?|onboarding\s+from|(?:min(?:ute)?s?|hours?|days?|weeks?|months?)\s+(?:became|turned\s+into|shrank\s+to|down\s+to)\s+(?:\w+\s+)?(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|days?|weeks?)|(?:workload|manual\s+(?:work|effort|steps|labou?r)|toil|on-?call\s+load)\s+(?:(?:was|is|got|went)\s+)?(?:reduced|reduces|reduce|dropped|drops|fell|falls|cut|decreased|decreases|down)\s+(?:by\s+)?(?:\w+\s+)?(?:\d|half)|(?:min(?:ute)?s?|hours?|days?)\s+of\s+manual\s+(?:work|effort|labou?r))(?![A-Za-z])/i;

/** "conversion" in the business sense, not "the conversion step" of a data job. */
const CONVERSION = /(?<![A-Za-z])conversion(?!\s+(?:step|steps|function|logic|script|job|code|layer|tool|bug|error|routine|table|process|pipeline|service|module|utility|library|format|factor|code))(?![A-Za-z])/i;

/** A time that places the telling, not a result: "10 minutes ago", "two weeks later", "for 5 months", "9 minutes to go", "in the next two days" (read around the figure). */
const TOLD = /(?:^|\s)(?:for|after)\s+\w+\s+(?:minute|min|hour|day|week|month|year)s?\b|(?:^|\s)next\s+\w+\s+(?:minute|min|hour|day|week|month|year)s?\b|\s(?:minute|min|hour|day|week|month|year)s?\s+(?:ago|later|to\s+go|left\s+(?:before|until|till|in))\b/i;

/** Worth the full phrase list leaves out: a possessive, the people served, payments, reliability (real labels count it). */
const WORTH = /(?<![A-Za-z])(?:(?:customer|user|client)['’]s|researchers|analysts|payments?|transactions|txns|staffing|reliability)(?![A-Za-z])/i;

/** Money in another currency, next to its figure: "R30,000", "₹12 lakh", "Rs. 400", "9,000 rand", "€" aside. */
const OTHER_CURRENCY = /[₹₩₽₺₦₱₪]\s?\d|(?<![A-Za-z])(?:R|Rs\.?|INR|ZAR|USD|EUR|GBP|AUD|CAD|CHF|NZD|SGD|kr)\s?\d|\d\s?(?:rand|rupees|euros|naira|pesos|yen|dirhams|riyals|francs|kronor|shillings)(?![A-Za-z])/;

/** For the test that they read sentences joined by "\0" as they read each. */
export { TIME_SAVED, WAIT_CUT, CONVERSION, WORTH };

export const resultMissingBusinessImpact = defineRule({
  id: 'result-missing-business-impact',
  defaultSeverity: 'info',
  sections: ['result'],
  tipId: 'result-missing-business-impact',
  options: z.object({}),
  check: function resultMissingBusinessImpactCheck(ctx, report) {
    const result = headingOf(ctx.story, 'result');
    const text = ctx.file.text;
    const figures = ctx.facts.resultFigures().filter((f) => text[f.start - 1] !== '#' && !TOLD.test(text.slice(f.start - 6, f.end + 16)));
    if (!result || figures.length === 0) return;
    const money = (f: { start: number; end: number }) => /[$€£¥]/.test(text[f.start]) || OTHER_CURRENCY.test(text.slice(Math.max(0, f.start - 4), f.end + 9));
    if (figures.some(money) || ctx.facts.resultHas('businessImpact')) return;
    // The stake stated in the Situation ("a $15k overpayment", "customers' payments failing") is what the Result's figure measures.
    if (ctx.facts.sentencesOf('situation').some((s) => ctx.facts.hasPhrase('businessImpact', s) || WORTH.test(s.voice) || ctx.facts.figuresIn(s).some(money))) return;
    // The sentences read once, joined by "\0" (no match spans it): a pattern run once is never compiled to machine code.
    const told = ctx.facts.resultSentences().map((s) => s.voice).join('\0');
    if (TIME_SAVED.test(told) || WAIT_CUT.test(told) || CONVERSION.test(told) || WORTH.test(told) || OTHER_CURRENCY.test(told)) return;
    report({
      start: result.headingStart,
      end: result.headingEnd,
      sectionKind: 'result',
      // Which figure: "Translate the figure" alone left reviewers asking which one.
      message: `Translate ${loadFit().figureNamed(text, figures[0])} into what it was worth: money, customers, hours saved or risk removed.`,
    });
  },
});
