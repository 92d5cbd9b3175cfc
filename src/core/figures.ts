import type { Span } from './types';

// Measured figures ("40%", "$50K/hour", "3 days → 4 hours", "p99 of 120 ms", "halved", "2x") and
// unfilled placeholders ("X%", "[?]", "TBD", "N ms"), which are not figures.

const PLACEHOLDER_CS = /(?<![A-Za-z0-9])(?:[XN]\s+[a-z]{3,}s(?![A-Za-z])|TBD(?![A-Za-z0-9])|TBC(?![A-Za-z0-9])|TODO(?=\s*[:)\]]|\s*$)|XX+(?![A-Za-z0-9])|[XNY]\s?(?:%|x\b|ms\b|s\b|k\b|K\b|M\b|min\b|mins\b|minutes\b|hours?\b|hrs?\b|days?\b|weeks?\b|percent\b|users\b|customers\b|tickets\b)|[$€£][XNY]{1,3}(?![A-Za-z]))|\?{2,}/g;
const PLACEHOLDER_CI = /\[\s*(?:\?+|tbd|tbc|todo|x+|n|number|num|metric|metrics|figure|value|amount|percent|%|…|\.\.\.|insert[^\]\n]{0,30}|fill[^\]\n]{0,30}|add[^\]\n]{0,30})\s*\]|<\s*(?:metric|number|x|n|tbd|value|figure)\s*>|(?<![A-Za-z])tbd(?![A-Za-z])|_{3,}/gi;

const NUMBER = /(?<![A-Za-z0-9_.\-/])[$€£¥]?\d(?:[\d,]*\d)?(?:\.\d+)?([A-Za-z%×]*)/g;
const NUMBER_WORDS =
  /(?<![A-Za-z])(?:halved|doubled|tripled|quadrupled|(?:cut|reduced|dropped|fell|down)\s+(?:it\s+)?(?:in|by)\s+half|in\s+half|by\s+half|a\s+(?:third|quarter|half)|two\s+thirds|three\s+quarters|(?:two|three|four|five|ten)-?fold|twice\s+as|(?:to|at|down\s+to|reached|hit)\s+zero|zero\s+[a-z]+|not\s+(?:one|a\s+single)\s+(?:[a-z]+\s+)?(?:dish|plate|order|customer|guest|complaint|return|error|ticket|page|call|person|patient|student|bug|incident|outage|item|package|box|case)s?(?![A-Za-z])|(?:hundreds|thousands|millions|billions)\s+of|(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+few|several)\s+)?(?:hundred|thousand|million|billion)(?:\s+(?:thousand|million))?\s+(?:dollars|euros|pounds|bucks|rupees|yen|francs)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?\s+(?:dollars?|euros?|bucks)|(?:one|two|three|four|five|six)\s+nines|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a\s+hundred|a\s+thousand|a\s+million)\s+(?:percent|times|x|minutes?|hours?|days?|weeks?|months?|quarters?|years?|seconds?|engineers?|teams?|customers?|users?|tickets?|incidents?|people|services?|pages?|alerts?|releases?|deploys?|bugs?|sprints?|weeks?\s+(?:to|of)))(?![A-Za-z])/gi;

/**
 * A duration in words, sized: "over a month", "nearly two weeks", "an entire afternoon", "a full day".
 * Not the time of the telling: "about a week later", "a month ago"; not effort ("stayed an extra hour").
 */
const DURATION_WORDS =
  /(?<![A-Za-z])(?:(?:over|about|nearly|almost|roughly|around|more\s+than|less\s+than|under|within)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)|an?\s+(?:entire|full|whole))\s+(?:hour|afternoon|morning|evening|night|day|week|month|quarter|year|sprint|shift)s?(?![A-Za-z])(?!\s+(?:later|ago|after|before|earlier|into|in\s+advance)(?![A-Za-z]))/gi;

/** A product name right before a bare number: "Java 17", "iOS 16", "Gradle 8". */
// Only ever tested on the 24 characters before a number: its backtracking has nothing to grow on.
// eslint-disable-next-line regexp/no-super-linear-move, regexp/no-super-linear-backtracking
const VERSIONED = /(?<![.!?]\s{0,3})(?<=\S\s+|^)(?:[A-Z][A-Za-z]*[a-z][A-Za-z]*|iOS|macOS)\s+$/;
const ORDINAL = /^(?:st|nd|rd|th)$/i;
/** A span of someone's life or work, not of the outcome: "my 30 year teaching career", "10 years of experience", "a 20-year veteran". */
const LIFE_SPAN = /^[-\s]?(?:years?|yrs?)(?:[-\s]+old|\s+(?:of\s+)?(?:[a-z]+\s+){0,2}?(?:career|experience|tenure|veteran|service|marriage))(?![A-Za-z])/i;
/** A unit of time right after a number ("20 minutes …"). */
const TIME_UNIT = /^\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)(?=\s)/i;
/**
 * What follows a time that places an event in the telling, not a measure of the outcome: "20
 * minutes after that", "ten minutes before our doors closed", "two days later" (what DURATION_WORDS
 * leaves out too); "2 months earlier than planned" compares.
 */
const LATER = /^\s+(?:later|ago|after|before|earlier)(?![A-Za-z])(?!\s+than(?![A-Za-z]))/i;
/** …unless it is the other side of a comparison: "in an hour instead of finding out three weeks later". */
const COMPARED = /(?<![A-Za-z])(?:instead\s+of|rather\s+than|than|compared\s+(?:to|with)|versus|vs\.?)(?![A-Za-z])[^.;!?]{0,60}$/i;

/** Whether the time whose number starts at `at` in `text`, followed after its unit by `rest`, places an event rather than measures one. */
function placesEvent(rest: string, text: string, at: number): boolean {
  return LATER.test(rest) && !COMPARED.test(text.slice(Math.max(0, at - 80), at));
}
/** …and the span of the story itself: "the remaining two weeks", "the first three days", "the last 6 months". */
const STORY_SPAN = /(?<![A-Za-z])(?:the\s+(?:remaining|first|last|next|following|final|past|previous)|those|these)\s+$/i;
/** "a third" or "a half" is a fraction only when something follows that makes it one: "a third of", "by a third.", "a half hour"; not "a third option". */
const FRACTION_OF = /^(?:\s*[.,;:!?)]|\s*$|[\s-]+(?:of|less|fewer|more|off|faster|slower|smaller|larger|lower|higher|cheaper|the|in|on|from|and|or|to|hour|day|week|month|year|point|percent)(?![A-Za-z]))/i;
const CLOCK_SUFFIX = /^(?:am|pm)$/i;
const CLOCK_AFTER = /^(?::\d\d(?!\d)|\s?(?:[ap]m|[AP]M|[ap]\.m\.|[AP]\.M\.|o['’]clock)(?![A-Za-z]))|^\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![A-Za-z])/;

export function findPlaceholders(text: string, offset = 0): Span[] {
  const found: Span[] = [];
  for (const re of [PLACEHOLDER_CS, PLACEHOLDER_CI]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) found.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  }
  // "[TBD]" matches as a bracket and as a word: keep the widest of overlapping spans.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const p of found) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) last.end = Math.max(last.end, p.end);
    else out.push({ ...p });
  }
  return out;
}

function isYearLike(token: string, suffix: string, after: string): boolean {
  return suffix === '' && /^(?:19|20)\d\d$/.test(token) && !/^\s*(?:%|percent|ms|users|customers|requests|tickets|engineers|people)/i.test(after);
}

/**
 * Whether `text` sizes a duration in words ("over a month"): read by unquantified-result only, so
 * that no other reading (business impact, principle fit, vague-outcome's measure) takes it for a figure.
 */
export function hasWordDuration(text: string): boolean {
  DURATION_WORDS.lastIndex = 0;
  return DURATION_WORDS.test(text);
}

/** Words that a number names rather than measures: "room 2523", "flight 214", "order #88". */
const IDENTIFIER_BEFORE = /(?<![A-Za-z])(?:room|table|bed|flight|gate|order|ticket|case|aisle|lane|unit|apartment|apt|suite|route|bus|platform|bay|locker|badge|extension|ext\.?|no\.|number)\s+#?$/i;

/** Measured figures in `text` (masked prose), placeholders excluded. */
export function findFigures(text: string, offset = 0): Span[] {
  const out: Span[] = [];
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text))) {
    const suffix = m[1];
    const token = m[0].slice(0, m[0].length - suffix.length).replace(/^[$€£¥]/, '');
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    // What follows a bare number, further: its unit and what the unit says ("30 year teaching career", "20 minutes after that").
    const rest = suffix === '' ? text.slice(m.index + m[0].length, m.index + m[0].length + 40) : '';
    if (ORDINAL.test(suffix)) continue;
    if (isYearLike(token, suffix, after)) continue;
    if (suffix === '' && LIFE_SPAN.test(rest)) continue;
    if (/^[-/.]\d/.test(after)) continue; // dates and versions: 2024-05-01, 1.2.3, 3/14
    // A name, not a measure: "the N+1 query".
    if (text[m.index - 1] === '+' && /[A-Za-z]/.test(text[m.index - 2] ?? '')) continue;
    // A name, not a measure: "room 2523", "table 12", "order #4521"; slang fused to a number ("86'd"), a decade ("the 90's").
    if (suffix === '' && /^['’][a-z]/i.test(after)) continue;
    if (IDENTIFIER_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    // A list's number ("1. System restored") counts items of the answer, not of the outcome.
    if (suffix === '' && /^[.)]\s/.test(after) && /(?:^|\n)[ \t>*-]*$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // A label's number ("edit 2:", "Update 1 -", "Part 3:") names a piece of the post, not a measure.
    if (suffix === '' && /^\s*[:\-–—]/.test(after) && /(?<![A-Za-z])(?:edit|update|part|phase|step|round|chapter|section)\s*$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) continue;
    // "those 20 minutes taught me…", "the remaining 2 weeks", "20 minutes after that": time told back, not a measure.
    if (suffix === '') {
      const unit = TIME_UNIT.exec(rest);
      if ((unit && placesEvent(rest.slice(unit[0].length), text, m.index)) || (STORY_SPAN.test(text.slice(Math.max(0, m.index - 24), m.index)) && /^\s*(?:seconds|minutes|hours|days|weeks|months|years)(?![A-Za-z])/i.test(after))) continue;
    }
    // A clock time or a day of the month places the story, it measures nothing: "at 1am", "11:30 pm", "5 May".
    if (CLOCK_SUFFIX.test(suffix) || (suffix === '' && CLOCK_AFTER.test(after))) {
      const tail = /^:\d\d(?:\s?(?:am|pm|a\.m\.|p\.m\.))?/i.exec(after);
      if (tail) NUMBER.lastIndex = m.index + m[0].length + tail[0].length;
      continue;
    }
    if (suffix === '' && VERSIONED.test(text.slice(Math.max(0, m.index - 24), m.index)) && !/^\s*[A-Za-z%×]/.test(after.replace(/^\s*(?:and|or|to|in|on|with|for|from|was|is|were|are|by|at)\b.*/i, ''))) continue; // "Java 17", "Gradle 8"
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  }
  NUMBER_WORDS.lastIndex = 0;
  while ((m = NUMBER_WORDS.exec(text))) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 24);
    if (/^a\s+(?:third|quarter|half)$/i.test(m[0]) && !FRACTION_OF.test(after)) continue;
    // The same time told back in words: "ten minutes before our doors closed", "the remaining two weeks".
    if (/(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i.test(m[0]) && (placesEvent(after, text, m.index) || STORY_SPAN.test(text.slice(Math.max(0, m.index - 24), m.index)))) continue;
    out.push({ start: offset + m.index, end: offset + end });
  }
  return out.sort((a, b) => a.start - b.start);
}
