import type { StoryFacts } from './facts';
import { literalPrefilter } from './literals';

// What a story is about, as far as the rules that depend on it need to know: a disagreement, a
// mistake, trust, a conflict, learning or mentoring. On such a story nobody asks whose system it
// was, so missing-scope-boundary stays silent. Read where the story is set up (title, question,
// preamble, Situation, Task) and in the Action, in the writer's own voice; first-person forms
// only where a word alone would also fit a technical story ("the job failed").

export type StoryKind = 'disagreement' | 'mistake' | 'trust' | 'conflict' | 'learning' | 'mentoring';

const KINDS: [StoryKind, RegExp][] = [
  ['disagreement', /\b(?:disagree(?:d|ment|ments|ing)?|pushed\s+back\s+on\s+(?:the|his|her|their|my)|objected|objection|overruled|didn['’]t\s+agree|did\s+not\s+agree|stood\s+(?:my|our)\s+ground|went\s+against|differing\s+opinions?|different\s+opinions?|opposing\s+views?|persuade|convince\s+(?:him|her|them|the|my)|back\s+myself\s+up|(?:their|his|her)\s+plan\s+needs?\s+to|should\s+not\s+be\s+pursued|stop(?:ped)?\s+(?:a|the|my|him|her)\s+(?:\w+\s+)?from\s+making|condescending)\b/i],
  ['mistake', /\b(?:my\s+(?:own\s+|biggest\s+|first\s+)?(?:mistake|fault|error|bad)|(?:I|i)\s+broke\s+(?:prod(?:uction)?|the\s+(?:build|site|app|deploy|release|pipeline|database|server|website|checkout))|(?:I|i)\s+(?:made\s+(?:a|an|the)\s+(?:\w+\s+)?(?:mistake|error)|messed\s+up|screwed\s+up|forgot|misread|misheard|was\s+wrong)|mistakes?\s+(?:I|i)\s+made|medication\s+error|wrong\s+assumption|(?:I|i)\s+failed|failed\s+project|written\s+up|took\s+(?:the\s+)?(?:full\s+)?blame|all\s+my\s+fault|(?:biggest|classroom|worst|first|honest|big)\s+mistakes?|med(?:ication)?\s+errors?|failed\s+(?:experience|project|launch|attempt)|["“']failed["”'])\b/i],
  ['trust', /\b(?:earn(?:ed)?\s+(?:their|his|her|the)\s+trust|trust\s+(?:was|had\s+been)\s+(?:broken|lost)|rebuil[dt]\s+trust|lost\s+(?:their|his|her)\s+trust)\b/i],
  // A bare "conflict" is people, unless a technical word qualifies it ("resolves sync conflicts", "merge conflicts").
  ['conflict', /\b(?:(?<!(?:merge|sync|write|version|dependency|scheduling|schedule|file|data|git|edit|lock|port|naming|name|resolve|resolves|resolved|resolving)\s)conflicts?|clash(?:ed|es)?|tension|pulling\s+(?:his|her|their)\s+weight|difficult\s+(?:co-?worker|colleague|teammate|team\s+member|person|customer|guest|caller)|always\s+late|refused\s+to\s+(?:work|help|cooperate|participate|do)|not\s+contributing|didn['’]t\s+contribute|stopped\s+contributing|blamed\s+(?:me|each\s+other)|personalit(?:y|ies)|different\s+(?:working\s+)?styles?|abrupt|brash|dropping\s+the\s+ball)\b/i],
  ['learning', /\b(?:taught\s+myself|teach\s+myself|self[- ]taught|had\s+to\s+learn|learn(?:ed|t)?\s+(?:a\s+new|new|how\s+to)|(?:take|took|taking)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:course|class|certification)|certification|critical\s+feedback|(?:an?|the|mock)\s+interview|couldn['’]t\s+answer|could\s+not\s+answer|stumped)\b/i],
  ['mentoring', /\b(?:mentor(?:ed|ing|s)?|mentees?|coach(?:ed|ing)\s+(?:him|her|them|the|a|my|our|two|three)|interns?|trainees?|apprentices?|new\s+hires?|onboard(?:ed|ing)\s+(?:him|her|them|the\s+new|new|two|three)|junior\s+(?:engineer|developer|dev|colleague|nurse|member)s?|taught\s+(?:him|her|them|the\s+team|my\s+team)|help(?:ed|ing)?\s+(?:my\s+)?(?:teammates|others|colleagues|team\s*mates|team)\s+(?:to\s+)?(?:succeed|grow|learn|improve)|training\s+(?:others|material|materials)|others\s+(?:to\s+)?(?:grow|learn))\b/i],
];

/**
 * Literals of which every match of every KINDS pattern holds one (each pattern's alternatives, one
 * by one): a text with none is not read for kinds (most sentences; a plain alternation scans
 * faster than the kinds' union). Keep it a necessary condition when KINDS changes.
 */
const KINDS_NEEDS =
  /broke|agree|pushed|object|overruled|ground|against|opinion|view|persuade|convince|myself|plan|pursued|making|condescending|mistake|fault|error|bad|messed|screwed|forgot|misread|misheard|wrong|failed|written|blame|trust|conflict|clash|tension|pulling|difficult|late|refused|contribut|personalit|style|abrupt|brash|dropping|taught|teach|learn|course|class|certification|feedback|interview|answer|stumped|mentor|mentee|coach|intern|trainee|apprentice|hire|onboard|junior|help|training|others/i;
/** Each kind's pattern with KINDS_NEEDS, for the test that keeps it a necessary condition. */
export const KIND_PREFILTERS = /* @__PURE__ */ KINDS.map(([kind, pattern]) => ({ kind, pattern, needs: KINDS_NEEDS }));

/** KINDS_NEEDS.test(voice), read from the sentence's tokens (literals.ts). */
export const mayNameKind = literalPrefilter(KINDS_NEEDS);

/** Words that name the kind only in a title or a question ("Mistake!", "a time you failed"): in prose they are often technical. */
const HEADLINE: [StoryKind, RegExp][] = [
  ['mistake', /\b(?:mistakes?|errors?\s+I\s+made|fail(?:ed|ure|ures)?|messed\s+up)\b/i],
  ['learning', /\b(?:learn(?:ed|t|ing)?|feedback)\b/i],
  ['mentoring', /\b(?:teammates?\s+succeed|helped\s+(?:others|teammates|colleagues))\b/i],
];

/**
 * The kinds not seen yet, as one pattern: `\b(?:(kind 0)\b|(kind 1)\b|…)`, with a group that never
 * matches in place of each kind already seen (so group i + 1 stays kind i). One pass over the
 * text instead of one per kind and text.
 */
const unions = new Map<number, RegExp>();
function unionOf(unseen: number): RegExp {
  let re = unions.get(unseen);
  if (!re) {
    // Every KINDS pattern is `\b(?:…)\b`: its alternatives, each followed by its closing `\b`.
    const parts = KINDS.map(([, k], i) => (unseen & (1 << i) ? `(${k.source.slice(2, -2)}\\b)` : '((?!))'));
    unions.set(unseen, (re = new RegExp(`\\b(?:${parts.join('|')})`, 'gi')));
  }
  return re;
}

/**
 * Bit i set: KINDS[i] matches somewhere in `text` (texts joined by "\0", which no pattern
 * matches, so no match spans two of them). At each match the kind found is dropped from the
 * pattern and the scan resumes at the same place: every other kind is still seen where it starts.
 */
export function kindsIn(text: string): number {
  const all = (1 << KINDS.length) - 1;
  let found = 0;
  let at = 0;
  // Each round finds a kind not seen before: at most one round per kind.
  for (let round = 0; round < KINDS.length && found !== all; round++) {
    const re = unionOf(all & ~found);
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) break;
    let k = 0;
    while (k < KINDS.length && m[k + 1] === undefined) k++;
    if (k >= KINDS.length) break;
    found |= 1 << k;
    at = m.index;
  }
  return found;
}

/** The patterns, for the test that kindsIn() agrees with reading each of them on its own. */
export const KIND_PATTERNS: readonly (readonly [StoryKind, RegExp])[] = KINDS;

const known = new WeakMap<StoryFacts, StoryKind[]>();

/** The kinds the story is recognisably about (often none); read once per story. */
export function storyKinds(facts: StoryFacts): StoryKind[] {
  let kinds = known.get(facts);
  if (!kinds) known.set(facts, (kinds = readKinds(facts)));
  return kinds;
}

function readKinds(facts: StoryFacts): StoryKind[] {
  const texts: string[] = [];
  const headline = [facts.story.title ?? '', facts.story.meta.question ?? ''].join('\n');
  const read = (text: string) => {
    if (KINDS_NEEDS.test(text)) texts.push(text);
  };
  if (facts.story.title) read(facts.story.title);
  if (facts.story.meta.question) read(facts.story.meta.question);
  const sentences = [facts.preambleSentences(), facts.sentencesOf('situation'), facts.sentencesOf('task'), facts.sentencesOf('action')];
  for (const list of sentences) for (const s of list) if (mayNameKind(facts.tokens(s), s.voice)) texts.push(s.voice);
  const out: StoryKind[] = [];
  const found = kindsIn(texts.join('\0'));
  KINDS.forEach(([kind], i) => {
    if (found & (1 << i)) out.push(kind);
  });
  for (const [kind, re] of HEADLINE) if (!out.includes(kind) && re.test(headline)) out.push(kind);
  return out;
}
