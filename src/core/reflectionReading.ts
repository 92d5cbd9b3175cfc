import { wordLiterals } from './literals';
import { ABSTRACT_VIRTUES } from './coaching/phrases';
import { restatedLesson } from './narration';
import type { Report, RuleContext } from './rules/types';

// generic-reflection's reading, loaded with the principle-fit chunk (fitChunk.ts) on the first
// check, as kindAware.ts is: its patterns and word lists are the largest of any rule, and the
// extension bundle stays within its 150 KB. The rule file keeps its metadata and options.
//
// "Communication is important" fits every story, so it proves nothing about this one. A lesson
// that names this story's own things ("the retry path", "the bucket owners") is left alone.

const VIRTUE = `(?:${[...ABSTRACT_VIRTUES].sort((a, b) => b.length - a.length).map((v) => v.replace(/[-\s]+/g, '[-\\s]+')).join('|')})`;
/** "<virtue> is important", "the importance of <virtue>", "<virtue> matters", "it's important to plan". */
const ABSTRACT_LESSON = new RegExp(
  [
    `(?<![A-Za-z])${VIRTUE}(?:\\s+\\w+){0,4}\\s+(?:is|are|was|were)\\s+(?:really\\s+|very\\s+|so\\s+|extremely\\s+|absolutely\\s+)?(?:important|key|crucial|essential|vital|critical|everything|the\\s+key)(?![A-Za-z])`,
    `(?<![A-Za-z])(?:importance|value|power)\\s+of\\s+${VIRTUE}(?![A-Za-z])`,
    `(?<![A-Za-z])${VIRTUE}\\s+(?:really\\s+)?matters(?![A-Za-z])`,
    `(?<![A-Za-z])(?:is|are)\\s+(?:the\\s+)?key\\s+to(?![A-Za-z])`,
    `(?<![A-Za-z])it(?:['’]s|\\s+is)\\s+(?:really\\s+|very\\s+|so\\s+)?(?:important|key|crucial|essential|vital)\\s+to(?![A-Za-z])`,
  ].join('|'),
  'i',
);
/**
 * Literals of which every ABSTRACT_LESSON match holds one, alternative by alternative: a sentence
 * with none is not read with it (its virtue list makes it slow). Keep it a necessary condition
 * when ABSTRACT_LESSON changes.
 */
const ABSTRACT_LESSON_NEEDS = /importan|key|crucial|essential|vital|critical|everything|value|power|matters/;
/** The pair, for the test that keeps ABSTRACT_LESSON_NEEDS a necessary condition of ABSTRACT_LESSON. */
export const ABSTRACT_LESSON_PREFILTER = { pattern: ABSTRACT_LESSON, needs: ABSTRACT_LESSON_NEEDS };

/** Short maxims: "Always over-communicate.", "Never assume.", "People matter more than process." */
// `(?=(\W*))\1` takes the leading non-word run whole (an atomic group): a plain `\W*` would give
// it back a character at a time to the words after it, quadratic on a long run of quotes.
const MAXIM = /^(?=(\W*))\1(?:(?:i\s+)?(?:learned|learnt|realized|realised)\s+(?:that\s+)?(?:you\s+should\s+|i\s+should\s+|to\s+)?(?:always|never)|always|never|don['’]t|do\s+not|remember\s+to|make\s+sure\s+to|be\s+more|trust\s+(?:your|my)|(?:\w+\s+){1,2}matters?\s+more\s+than|(?:[\w'’-]+\s+){1,4}(?:is|are)\s+(?:really\s+|very\s+|so\s+|always\s+)?(?:important|key|crucial|essential|vital|everything|the\s+best\s+policy|rewarding|worth\s+it|powerful))(?![A-Za-z])/i;
/** Literals every MAXIM match holds, read from the sentence's words (literals.ts): most reflections are not read with it. */
const MAXIM_NEEDS = 'always,never,don,do&not,remember,sure,more,trust,important,key,crucial,essential,vital,everything,policy,rewarding,worth,powerful';
export const MAXIM_PREFILTER = { pattern: MAXIM, needs: MAXIM_NEEDS, words: wordLiterals([MAXIM_NEEDS]) };
/**
 * Slogans and restated principles, which stay generic however many long words surround them:
 * "Trust = honesty + follow-through", "Bias for action isn't rushing, it's moving on the data you
 * have", "the importance of …", "showed me the value of …", "taught me a ton", "lesson learned".
 */
const SLOGAN = new RegExp(
  [
    '^[^=\\n]{1,40}\\s=\\s[^=\\n]{1,60}\\+',
    "(?<![A-Za-z])(?:is|are|was|were)(?:\\s*n['’]t|\\s+not)\\s+[^,.;:\\n]{1,40}[,;—–]\\s*(?:it|they)(?:['’]s|['’]re|\\s+(?:is|are|was|were))\\s",
    '(?<![A-Za-z])(?:the\\s+)?(?:importance|value|significance)\\s+of\\s',
    // A lesson announced but not named, a truism, a proverb: "learned a valuable lesson", "feedback is a gift".
    "(?<![A-Za-z])(?:learn(?:ed|t)|taught\\s+me)\\s+(?:(?:a|some|two|three|several|many)\\s+)?(?:valuable|important|big|huge|great|hard|key|good)\\s+lessons?(?![A-Za-z])",
    '(?<![A-Za-z])(?:feedback|criticism|failure|failures|mistakes)(?![A-Za-z])[^.;:\\n]{0,40}?\\s(?:is|are)\\s+(?:a\\s+gift|the\\s+best\\s+teachers?)(?![A-Za-z])',
    '(?<![A-Za-z])(?:simple|universal|fundamental|basic)\\s+truth(?![A-Za-z])',
    "(?<![A-Za-z])taught\\s+me\\s+(?:a\\s+(?:ton|lot)|so\\s+much|to\\s+(?:never|always))",
    "(?<![A-Za-z])(?:lessons?\\s+(?:learned|learnt|to\\s+be\\s+learned)|always\\s+a\\s+lesson)",
    "(?<![A-Za-z])(?:don['’]t|do\\s+not|never)\\s+be\\s+afraid\\s+to",
    '(?<![A-Za-z])never\\s+underestimate',
    "(?<![A-Za-z])it(?:['’]s|\\s+is)\\s+(?:very\\s+|really\\s+|so\\s+)?important\\s+to\\s",
    "(?<![A-Za-z])learn(?:ed|t)?\\s+from\\s+(?:it|them|mistakes|my\\s+mistakes|failure|failures)(?![A-Za-z])",
    '(?<![A-Za-z])(?:the\\s+end\\s+of\\s+the\\s+world|move\\s+on)(?![A-Za-z])',
    "(?<![A-Za-z])(?:(?:i['’]ve|i\\s+have)\\s+)?learn(?:ed|t)\\s+a\\s+lot(?![A-Za-z])",
    // A generalisation hedged with "sometimes" or "always better": "sometimes you need to go backwards to move forwards".
    "(?<![A-Za-z])sometimes,?\\s+(?:you|we|people|the\\s+(?:best|fastest|right|only|simplest)|all\\s+it\\s+takes)(?![A-Za-z])",
    "(?<![A-Za-z])it(?:['’]s|\\s+is)\\s+always\\s+(?:better|best|worth|wiser)\\s+to(?![A-Za-z])",
    // A maxim of two nouns ("Execution over excuses."), and setbacks or friction told as good for you.
    '^\\W*[A-Z][a-z]+\\s+over\\s+[a-z]+\\W*$',
    '(?<![A-Za-z])(?:mistakes|failures?|internships?|setbacks|challenges)\\s+are\\s+(?:(?:great|good|the\\s+best|real)\\s+)?(?:learning|growth)\\s+opportunit(?:y|ies)',
    '(?<![A-Za-z])(?:disagreement|conflict|failure|friction)\\s+(?:is|can\\s+be)\\s+(?:healthy|good|necessary|a\\s+good\\s+thing)(?![A-Za-z])',
    // Learning claimed by comparison, never named ("taught me more about sales than any course could"); a truism about everyone ("Anyone can screw up.").
    '(?<![A-Za-z])taught\\s+me\\s+more\\s+(?:about(?:\\s+[^\\s.;:!?]+){1,6}?\\s+)?than\\s+(?:any|a|all|every)(?![A-Za-z])',
    "^\\W*(?:anyone|everyone|everybody|nobody|no\\s+one)\\s+(?:can|makes|will|is)\\s+(?:\\w+\\s+){0,2}?(?:screw\\s+up|mess\\s+up|make\\s+mistakes?|mistakes|fail|perfect|wrong)(?![A-Za-z])",
  ].join('|'),
  'i',
);

/** A slogan that only announces a lesson ("taught me a lot", "lessons learned", "a valuable lesson"). */
const LEAD_IN = /taught|learn|lesson/i;
/** A sentence that states a habit since: "Now, whenever I…", "Since then I…", "Next time I…", "I now…". */
const HABIT = /^\W*(?:now|today|these\s+days|since\s+then|from\s+then\s+on|ever\s+since|next\s+time|going\s+forward)(?![A-Za-z])|(?<![A-Za-z])I\s+(?:now|always)\s/i;

/** The same habit told later in the lead-in's own sentence: ", now I'm always…", "and since then I…", "; I now…". */
const HABIT_AFTER = /(?:[,;:—–]\s*(?:and\s+|so\s+)?|\s(?:and|so)\s+)(?:now|today|these\s+days|since\s+then|from\s+then\s+on|ever\s+since|going\s+forward|next\s+time)(?![A-Za-z])|(?<![A-Za-z])I\s+(?:now|always)\s/i;

const SPECIFIC = /(?<![A-Za-z])(?:specifically|such\s+as|for\s+example|for\s+instance|e\.g|namely|in\s+particular)(?![A-Za-z])/i;
/** Words that say nothing about this story in particular. */
const PLAIN = new Set(
  ('about above after again also always another anything because been before being better between both change could didn does doing done down during each even ever every ' +
    'everyone everything first from getting going good great have having here into just keep know learn learned learning learnt less lesson lessons like lot made make ' +
    'many more most much must need never next other over people person problem problems process really remember right same should since some someone something ' +
    'still sure take team teams than that their them then there these they thing things think this those through time times together trust very want well were what ' +
    'when where which while will with without work worked working would your important importance communication communicate teamwork collaboration ' +
    'instead early earlier sooner later around assume assumed looking while significance ' +
    // The principles' own words: naming the principle is not naming what happened.
    'customer obsession ownership invent simplify right curious hire develop best insist highest standards think bias action frugality earn ' +
    'dive deep backbone disagree commit deliver results strive employer success scale broad responsibility leadership principle').split(' '),
);

/** Content words of the sentence itself: "give every batch client its own connection pool" has many. */
function concreteWords(sentence: string): number {
  return new Set((sentence.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []).filter((w) => !PLAIN.has(w))).size;
}

const STORY_PARTS = ['situation', 'task', 'action', 'result'] as const;

/** Content words a sentence shares with the rest of the story: a specific lesson reuses them. */
function sharedWords(sentence: string, story: Set<string>): number {
  const seen = new Set<string>();
  for (const w of sentence.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []) {
    if (!PLAIN.has(w) && story.has(w)) seen.add(w);
  }
  return seen.size;
}

/**
 * Where the clause from `from` ends: its first , ; : — ( or line break, or the sentence's closing
 * mark; past 50 characters, the last word that fits.
 */
function clauseEnd(voice: string, from: number): number {
  const limit = Math.min(voice.length, from + 50);
  let i = from;
  while (i < voice.length && !',;:—–(.!?\n'.includes(voice[i])) {
    if (i >= limit) return Math.max(from, voice.lastIndexOf(' ', limit));
    i++;
  }
  return i;
}

/** A claim about people or things at large: "you", "every", "sometimes", "always", "people". */
const GENERAL = /(?<![A-Za-z'’])(?:you|your|every|sometimes|always|never|anyone|anybody|everyone|everybody|people|nobody)(?![A-Za-z'’])/i;
/** Told in the past: the story's own events, not a claim at large. */
const PAST_TOLD = /(?<![A-Za-z'’])(?:was|were|had|did|didn['’]t|[a-z]{3,}ed)(?![A-Za-z'’])/i;
/** The writer in the singular: "I", "my", "me". */
const WRITER = /(?<![A-Za-z'’])(?:I|[Mm]y|[Mm]e|[Mm]ine|[Mm]yself)(?![A-Za-z'’])/;

export function genericReflectionCheck(ctx: RuleContext<{ sharedWords: number; concreteWords: number }>, report: (r: Report) => void): void {
  let story: Set<string> | null = null;
  const reflection = ctx.facts.reflectionSentences();
  let reported = false;
  for (let i = 0; i < reflection.length; i++) {
    const s = reflection[i];
    // The most precise evidence names the range: a listed phrase, else an abstract lesson, else the maxim.
    let hits = ctx.facts.match('genericReflection', [s]);
    const slogan = SLOGAN.exec(s.voice) ?? restatedLesson(s.voice);
    for (const re of [ABSTRACT_LESSON, MAXIM]) {
      if (hits.length > 0) break;
      const m = (re === ABSTRACT_LESSON ? !ABSTRACT_LESSON_NEEDS.test(s.voice) : !MAXIM_PREFILTER.words.holds(MAXIM_PREFILTER.words.mask(ctx.facts.tokens(s), s.voice))) ? null : re.exec(s.voice);
      if (m) {
        const lead = m[0].length - m[0].trimStart().length;
        // A maxim's opener alone ("Don't", "Always") says little in a hover: the range runs to the end of its clause.
        const end = re === MAXIM ? clauseEnd(s.voice, m.index + m[0].length) : m.index + m[0].length;
        const range = s.text.slice(m.index + lead, end).trimEnd();
        hits = [{ start: s.start + m.index + lead, end: s.start + m.index + lead + range.length, phrase: range.replace(/\s+/g, ' ') }];
      }
    }
    if (hits.length === 0 && slogan) {
      const lead = slogan[0].length - slogan[0].trimStart().length;
      hits = [{ start: s.start + slogan.index + lead, end: s.start + slogan.index + slogan[0].length, phrase: slogan[0].trim() }];
    }
    if (hits.length === 0) continue;
    hits.sort((a, b) => a.start - b.start);
    if (SPECIFIC.test(s.voice) || ctx.facts.figuresIn(s).length > 0) continue;
    // A lesson that names this story's own things ("retry path", "bucket owners") is specific;
    // a slogan stays a slogan however many long words it holds, unless it names several of them.
    story ??= new Set(STORY_PARTS.flatMap((k) => ctx.facts.sentencesOf(k)).flatMap((x) => x.voice.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []));
    const shared = sharedWords(s.voice, story);
    // "The importance of X" is a slogan only as far as X is: of caching the dependency layer before sharding, it is not.
    // The clause after "of" decides (3 content words of its own), not the rest of the sentence: "two lessons: the importance of communication, and …".
    const of = slogan !== null && /^(?:the\s+)?(?:importance|value|significance)\s+of$/i.test(slogan[0].trim()) ? slogan.index + slogan[0].length : -1;
    const loose = of >= 0 && concreteWords(s.voice.slice(of, clauseEnd(s.voice, of))) >= ctx.options.concreteWords - 2;
    if (slogan ? shared >= ctx.options.sharedWords + 2 || loose : shared >= ctx.options.sharedWords || concreteWords(s.voice) >= ctx.options.concreteWords) continue;
    // "The real failure wasn't the model; it was the evaluation design I had signed off on": the contrast
    // lands on the writer's own part, which is as specific as a lesson gets.
    if (slogan && /(?:n['’]t|\snot)\s/i.test(slogan[0]) && /[,;—–]\s*(?:it|they)/i.test(slogan[0]) && WRITER.test(s.voice.slice(slogan.index + slogan[0].length))) continue;
    // "That taught me a lot. Now, whenever I…": a lead-in whose next sentence is the habit it announces,
    // or whose own sentence goes on to it: "I learned a lot from that, and now I always add a buffer to…".
    const next = reflection[i + 1];
    const specific = (text: string) => sharedWords(text, story!) >= ctx.options.sharedWords || concreteWords(text) >= ctx.options.concreteWords;
    if (slogan && LEAD_IN.test(slogan[0]) && next && HABIT.test(next.voice) && specific(next.voice)) continue;
    if (slogan && LEAD_IN.test(slogan[0])) {
      const habit = HABIT_AFTER.exec(s.voice.slice(slogan.index + slogan[0].length));
      if (habit && specific(s.voice.slice(slogan.index + slogan[0].length + habit.index))) continue;
    }
    const h = hits[0];
    reported = true;
    report({
      start: h.start,
      end: h.end,
      sectionKind: 'reflection',
      message: `"${h.phrase}" could end any story: name the specific thing this one taught you and what you now do differently.`,
      actual: h.phrase,
    });
  }
  // A Reflection made only of claims about the world at large, none of them the writer's and none
  // naming this story's things: "Every migration is a negotiation with your past self."
  if (reported || reflection.length === 0 || reflection.length > 3) return;
  story ??= new Set(STORY_PARTS.flatMap((k) => ctx.facts.sentencesOf(k)).flatMap((x) => x.voice.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []));
  const general = (v: string) => !WRITER.test(v) && !PAST_TOLD.test(v) && sharedWords(v, story!) < ctx.options.sharedWords;
  if (!reflection.every((x) => general(x.voice)) || !reflection.some((x) => GENERAL.test(x.voice))) return;
  const first = reflection[0];
  const told = first.text.trim();
  const phrase = told.replace(/\s+/g, ' ');
  const lead = first.text.length - first.text.trimStart().length;
  report({
    start: first.start + lead,
    end: first.start + lead + told.length,
    sectionKind: 'reflection',
    message: `"${phrase.length > 60 ? phrase.slice(0, 57) + '…' : phrase}" could end any story: name the specific thing this one taught you and what you now do differently.`,
    actual: phrase,
  });
}
