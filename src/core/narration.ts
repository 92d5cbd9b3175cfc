import type { SectionKind } from './types';
import { textBefore } from './prose';
import type { PhraseMatch } from './phrases';

// Words that narrate rather than claim: a hedge that tells what someone said or what the writer
// believed then, a feeling about the work ahead, commentary on a figure just given. The hedging and
// vague-outcome rules leave them alone. Also the finer readings of two more rules: what a "we"
// clause's verb says (we-instead-of-i) and lessons restated from a principle (generic-reflection).
// Loaded with the principle-fit chunk (fitChunk.ts), which the first check loads anyway, to keep
// the extension's first bundle small.

/** Words said to someone: "I think you made a serious mistake". Narration to an interviewer does not address "you" so. */
const SAID_TO_YOU = /^\s+you(?![A-Za-z])/i;
/** A rough figure told in passing: "Maybe 5 minutes on the floor", "probably 20 people". */
const ROUGH_FIGURE = /^\s+(?:about\s+|around\s+)?\d/;
/**
 * A past belief the story then corrects is narration: "I assumed she had pushed the wrong button,
 * but when I asked…", "I assumed it was staffing. Most of it was…" (the next sentence sets it right).
 */
const CORRECTED = /(?<![A-Za-z])(?:but|however|though|until|turned\s+out|actually|in\s+fact|instead)(?![A-Za-z])/i;
const CORRECTS_NEXT = /^\W*(?:but|however|actually|in\s+fact|instead|it\s+turned\s+out|turns\s+out|most\s+of\s+it|in\s+reality)(?![A-Za-z])/i;

/** What follows a narrated belief: a clause ("the cache was stale", "that it would hold"), not "so" or nothing. */
const PAST_BELIEF = /^\s+(?:that\s+)?(?!so\b|too\b)[A-Za-z]/;

/**
 * Hedge words that narrate rather than doubt the writer's own claim (`at`: where the hedge ends in
 * sentence `i`): words said to someone, a rough figure setting the scene in the Action (in the
 * Result the figure is the claim), a past belief the story then corrects.
 */
export function narratedHedge(kind: SectionKind, phrase: string, sentences: { voice: string }[], i: number, at: number): boolean {
  const voice = sentences[i].voice;
  const after = voice.slice(at, at + 20);
  if (/^(?:i think|i guess|i believe|maybe|probably|perhaps)$/.test(phrase) && SAID_TO_YOU.test(after)) return true;
  if (kind === 'action' && /^(?:maybe|perhaps|probably)$/.test(phrase) && ROUGH_FIGURE.test(after)) return true;
  // The Action tells what the writer believed then and did about it: "I assumed the cache was
  // stale, so I traced the purge path". A past belief narrated, not doubt about a claim.
  if (kind === 'action' && /^i (?:assumed|hoped)$/.test(phrase) && PAST_BELIEF.test(voice.slice(at))) return true;
  // "It seemed like a small fix, but it cut pages by 40%": a first impression the sentence corrects.
  return (phrase === 'i assumed' || phrase.startsWith('it seemed')) && (lastCorrection(voice) >= at || (i + 1 < sentences.length && CORRECTS_NEXT.test(sentences[i + 1].voice)));
}

/** Where the last "but", "however", "actually"… of a sentence starts (-1: none), read once per sentence. */
const CORRECTED_ALL = new RegExp(CORRECTED.source, 'gi');
let correctedVoice: string | undefined;
let correctedAt = -1;
function lastCorrection(voice: string): number {
  if (voice !== correctedVoice) {
    correctedVoice = voice;
    correctedAt = -1;
    CORRECTED_ALL.lastIndex = 0;
    for (let m = CORRECTED_ALL.exec(voice); m; m = CORRECTED_ALL.exec(voice)) correctedAt = m.index;
  }
  return correctedAt;
}

/**
 * How well the writer knows a skill, told as background: "I understand simple Spanish fairly well",
 * "I knew the codebase pretty well". A description of proficiency, not doubt about a claim.
 */
const PROFICIENCY = /(?<![A-Za-z])(?:I|i)\s+(?:[a-z]+\s+)?(?:understand|understood|know|knew|speak|spoke|read|write|wrote|can|could)\s+(?:[\w'’-]+\s+){0,4}$/;
/** A question the writer asked or wondered: "I asked whether it was maybe a DNS issue". Reported, not claimed. */
const ASKED_BEFORE = /(?<![A-Za-z])(?:asked|asking|wondered|wondering|checked|checking)\s+(?:(?:him|her|them|the\s+\w+|my\s+\w+)\s+)?(?:whether|if)\s+(?:[\w'’-]+\s+){0,6}$/i;

/**
 * Hedge words that are no doubt about the writer's claim, by the words around them (`before`, `after`):
 * a value held ("I believe in testing early"), a question asked ("I asked whether it was maybe…"),
 * a skill described ("I read Portuguese fairly well").
 */
export function notDoubt(phrase: string, before: string, after: string): boolean {
  if ((phrase === 'i believe' && /^\s+in\s/i.test(after)) || ASKED_BEFORE.test(before)) return true;
  // A quantity, not a softened claim: "a little bit of water" ("a little bit of a mess" still softens).
  if (phrase === 'a little bit' && /^\s+of\s+(?!an?\s)[a-z]/i.test(after)) return true;
  // An aim, not a doubt: "I hope to reach the goal next term" ("I hope it helped" still doubts).
  if ((phrase === 'i hope' || phrase === 'i hoped') && /^\s+to\s+[a-z]/i.test(after)) return true;
  // What one would say, asked indirectly: "how I would say it and what I could say".
  if ((phrase === 'i would say' || phrase === "i'd say") && /(?<![A-Za-z])(?:how|what|when|where|why|whether)\s+$/i.test(before)) return true;
  // "any backup we might have" is having, not a guess about what was done: only "might have" + a participle doubts.
  if ((phrase === 'might have' || phrase === 'i might have') && !/^\s+(?:not\s+|already\s+|just\s+)?(?:been|done|gone|known|seen|made|taken|given|had|got|gotten|[a-z]+ed|[a-z]+en)(?![A-Za-z])/i.test(after)) return true;
  // A feeling softened, not a claim: "I was somewhat relieved", "a little bit nervous".
  if (DEGREE.test(phrase) && FEELING_AFTER.test(after)) return true;
  // Not knowing everything is modesty, not doubt about what happened: "I don't know everything, but…".
  if (/^i (?:don['’]t|do not) know$/.test(phrase) && /^\s+(?:everything|it\s+all|all\s+the\s+answers|much\s+about)(?![A-Za-z])/i.test(after)) return true;
  // The alternative turned down: "rather than try to do planned work".
  if (/(?<![A-Za-z])(?:rather\s+than|instead\s+of)\s+$/i.test(before)) return true;
  // One of the causes weighed, not a claim hedged: "it could be due to latency or maybe the server is busy".
  if (/^(?:maybe|perhaps|possibly|probably)$/.test(phrase) && /(?<![A-Za-z])(?:could|might|may)\s+(?:be|have\s+been)\s[^.;:!?]*\sor\s+$/i.test(before)) return true;
  // A risk listed, not the writer's account hedged: "there were some concerns: possibly needing to migrate data".
  if (/(?<![A-Za-z])(?:concerns?|risks?|worr(?:y|ies)|downsides?|unknowns)\s*[:—–-]\s*(?:\S+\s+){0,3}$/i.test(before)) return true;
  // A wish for the reader, not a softened claim: "I hope this can help someone else get through it" (`after` is 20 characters).
  if ((phrase === 'i hope' || phrase === 'hopefully') && /^\s+(?:this|that|it|my\s+story)\s+(?:(?:can|will|may|might|could|would)\s+)?helps?\s+(?:some|any|other|you)/i.test(after)) return true;
  // Thinking as the topic ("changing how I think about validation"), or remembering, not guessing
  // ("when I think what was done to her", "when I think back", "now I think about it").
  if (phrase === 'i think' && (/(?<![A-Za-z])(?:how|what|the\s+way|way|when|whenever|every\s+time|now(?:\s+that)?)\s+$/i.test(before) || /^\s+(?:back|about\s+it|of\s+it)(?![A-Za-z])/i.test(after))) return true;
  // A likeness or a topic, not a softened claim: "kind of like translating", "asked her a little bit about her situation".
  if ((/^(?:kind of|sort of|kinda|sorta)$/.test(phrase) && /^\s+like(?![A-Za-z])/i.test(after)) || (phrase === 'a little bit' && /^\s+about(?![A-Za-z])/i.test(after))) return true;
  // A forecast of the time reported, the reason for what was done: "we decided days before that it was probably going to be
  // missed, so…" (a cause guessed, "decided it was probably the other team's consumer", still doubts).
  if (/^(?:probably|likely|maybe|possibly)$/.test(phrase) && /^\s+(?:not\s+)?(?:going\s+to|be\s)/i.test(after) && /(?<![A-Za-z])(?:decided|reali[sz]ed|knew|saw|figured|concluded|predicted|warned|agreed)\s+(?:(?:[\w'’-]+\s+){0,5}?that\s+)?(?:it|this|the\s+[a-z]+|we|they)\s+(?:was|were|would|is|will)\s+(?:be\s+)?$/i.test(before)) return true;
  // A guess at what someone else did, felt or thought, not doubt about the writer's own account:
  // "they're probably going to look around", "their night was probably spent…", "who might have dared".
  if (/^(?:maybe|perhaps|possibly|probably|might have)$/.test(phrase) && OTHERS_GUESSED.test(before)) return true;
  return /^(?:fairly|pretty well)$/.test(phrase) && /^\s*well\b|^$/.test(phrase === 'fairly' ? after : '') && PROFICIENCY.test(before);
}

/** The clause so far has a third person for its subject: "they're", "she was", "those who", "their night was". */
const OTHERS_GUESSED = /(?<![A-Za-z'’])(?:they(?:['’](?:re|d|ll))?|he(?:['’][sd])?|she(?:['’][sd])?|who|those|(?:their|his|her)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:was|were|is|are|had|has|have|would|will))\s+(?:(?:are|were|was|is|would|will|had|have|could|can|might|may|also|all|both|just)\s+){0,2}$/i;

/** Looking forward to the work, not its outcome: "I was very excited about doing it", "excited to start". */
const ANTICIPATION = /^\s+(?:about|to|for)\s+(?:[a-z]+ing|start|begin|try|learn|work|get\s+started|take)(?![A-Za-z])/i;
/** Willing to give effort, not pleased with a result: "they were happy to find a couple of hours", "glad to give an afternoon". ("thrilled to see the report" is a result.) */
const WILLING = /^\s+to\s+(?:find|provide|spend|give|offer|lend|volunteer|pitch\s+in|make\s+time|set\s+aside|take\s+on)(?![A-Za-z])/i;
/** A sentence that opens on the previous sentence's result: "This level of readiness…", "That drop…". */
const REFERS_BACK = /^\W*(?:this|that|these|those|such\s+an?)\s+(?:[a-z-]+\s+){0,3}?(?:level|rate|drop|rise|increase|decrease|reduction|improvement|gain|number|figure|result|results|change|cut|saving|savings)(?![A-Za-z])/i;

/**
 * A vague-outcome hit that is no outcome claim: a sentence that opens on the figure the sentence
 * before it gave (`afterFigure`), or looking forward to the work ("I was very excited about doing it").
 */
export function notAnOutcome(voice: string, phrase: string, at: number, afterFigure: boolean): boolean {
  if (afterFigure && REFERS_BACK.test(voice)) return true;
  if (/(?:happy|glad|pleased|delighted|thrilled|excited|eager)$/i.test(phrase) && WILLING.test(voice.slice(at))) return true;
  // What someone led the writer to see, not the outcome: "he helped me realize making mistakes were fine"
  // ("I realized the customers were happy" still claims an outcome).
  if (/(?<![A-Za-z])(?:me|us)\s+(?:to\s+)?(?:reali[sz]e|understand|learn|accept|see)\s+(?:that\s+)?(?:[a-z'’-]+\s+){1,5}$/i.test(voice.slice(Math.max(0, at - phrase.length - 60), at - phrase.length))) return true;
  // A remark on how people are, not the outcome: "it is amazing to see how different they act".
  if (/(?:is|was)\s+(?:(?:so|really|very|truly|quite)\s+)?(?:amazing|great|good|wonderful|fantastic|awesome)$/i.test(phrase) && /^\s+to\s+(?:see|watch|hear|think|notice)\s+how(?![A-Za-z])/i.test(voice.slice(at))) return true;
  return /excited|eager|thrilled$/i.test(phrase) && ANTICIPATION.test(voice.slice(at));
}

/**
 * Lessons that could end any story, in forms the slogan list of generic-reflection leaves to this
 * chunk: a principle restated as a definition ("Ownership means acting like an owner", "Leadership
 * is about serving others"), "how important it is to…", "I grew as an engineer", "it reinforced my
 * belief in…".
 */
const RESTATED = /^\W*(?:ownership|leadership|teamwork|communication|collaboration|accountability|trust|integrity|empathy|respect|frugality|customer\s+obsession|bias\s+for\s+action)\s+(?:means|is\s+(?:all\s+|not\s+)?about)\s|(?<![A-Za-z])how\s+important\s+it\s+(?:is|was)\s+to\s|(?<![A-Za-z])grew\s+(?:a\s+lot\s+)?(?:both\s+)?as\s+(?:an?\s+)?(?:engineer|person|leader|professional|developer|manager|individual)(?![A-Za-z])|(?<![A-Za-z])reinforced\s+(?:my\s+)?(?:belief|conviction|faith)\s+in(?![A-Za-z])/i;
export function restatedLesson(voice: string): RegExpExecArray | null {
  return RESTATED.exec(voice);
}

/** A group's decision, told in the Result: "we adopted the pyramid", "we settled on weekly releases". Only a group decides so. */
const DECIDED = new Set(['adopt', 'decid', 'choos', 'chose', 'settl', 'accept', 'approv', 'align']);
/** What only several people do, told in the Action beside the writer's own part: "I called a meeting and we debated the options". */
const RECIPROCAL = new Set(['debat', 'discuss', 'brainstorm', 'argu', 'talk', 'meet', 'met', 'sat', 'sit', 'gather', 'huddl', 'regroup', 'conven', 'agre', 'agreed']);
/** A step coordinated after the group's verb, with no subject of its own: "we agreed, divided the work and shipped". */
const COORDINATED_STEP = /^[^.;:!?]{0,120}?(?:,|\band)\s+(?:then\s+)?(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|(?:re)?(?:built|wrote|ran|made|took|put|set|cut|split|sent|spent|led|kept|drew|chose|shut|gave|drove|caught|found|held|got|went|began|brought|bought|sold|tore|threw))(?![A-Za-z])/i;

/** What two parties built between them, told after the verb: "we've developed a strong foundation for collaboration", "we built a good rapport". */
const RELATION = /^[^.;:!?]{0,50}?(?<![A-Za-z])(?:relationship|rapport|friendship|bond|partnership|mutual|foundation\s+(?:for|of)\s+(?:collaboration|cooperation|teamwork|trust))(?![A-Za-z])/i;
/** Verbs that build a relationship: "we've developed…", "we built…", "we formed…". */
const BUILT = new Set(['develop', 'build', 'built', 'establish', 'form', 'forg', 'grow', 'grew', 'grown', 'strengthen', 'deepen', 'foster', 'nurtur', 'maintain', 'kept', 'keep']);
/** Verbs of talking a thing over: in the Task or the Result, talk is the scene or its close, not a hidden step ("our group had discussed who would do what"). */
const TALKED = new Set(['debat', 'discuss', 'brainstorm', 'argu', 'talk', 'compromis', 'agre', 'agreed']);
/** Verbs of going over a thing with one person: "I called the student over and we looked at the form together". */
const WENT_OVER = new Set(['look', 'review', 'read']);
/** Going back, told at the close: "We all went back to the base together", "we drove home". */
const WENT_BACK = new Set(['go', 'head', 'walk', 'driv', 'com', 'flew', 'fly', 'rode', 'rod', 'return']);

/** Where they went: home, back together, back to a place ("back to the base"), not back to a thing used ("back to the old client"). */
const WENT_BACK_TO = /^\s+(?:(?:all|together)\s+)?(?:home|back(?:\s+home|\s+together|\s*(?:[.,;!]|$)|\s+(?:to|into)\s+(?:the|our|my)\s+(?:base|office|camp|station|car|truck|hotel|school|class|classroom|floor|desk|unit|ward|room|house|shop|store|depot|hq|headquarters|barracks|building|site|kitchen|restaurant|hospital|hangar|ship|dorm)(?![A-Za-z])))/i;

/**
 * What a "we" clause's verb (its stem, `verb`) and the words after it (`after`) say for
 * we-instead-of-i: a decision only a group makes, something only several people do, and whether
 * steps follow under the same "we" (those are hidden whatever the verb); what two parties built
 * between them (`relation`), talk (`talked`), going over a thing together (`wentOver`), going
 * back or home (`wentBack`).
 */
/** A shortfall owned as the group's, told at the close: "we also missed the deadline", "we lost the client" (stems: "lost" and "lose" are "los"). It claims no credit. */
const FELL_SHORT = new Set(['miss', 'los', 'fail']);

export function groupWe(verb: string, after: string): { decided: boolean; reciprocal: boolean; agreed: boolean; stepsAfter: boolean; relation: boolean; talked: boolean; wentOver: boolean; wentBack: boolean; fellShort: boolean } {
  const stepsAfter = COORDINATED_STEP.test(after);
  // "we aligned on the plan" is agreement; "we aligned the schemas" is a step.
  const agreed = verb === 'agre' || verb === 'agreed' || ((verb === 'compromis' || verb === 'align') && /^\s*(?:on|with|[,.;]|$)/i.test(after));
  return {
    decided: DECIDED.has(verb),
    // "We went back and forth for a while": two parties arguing it out.
    reciprocal: RECIPROCAL.has(verb) || agreed || (WENT_BACK.has(verb) && /^\s+back\s+and\s+forth(?![A-Za-z])/i.test(after)),
    agreed,
    stepsAfter,
    relation: !stepsAfter && BUILT.has(verb) && RELATION.test(after),
    talked: TALKED.has(verb),
    wentOver: WENT_OVER.has(verb),
    wentBack: WENT_BACK.has(verb) && WENT_BACK_TO.test(after),
    fellShort: FELL_SHORT.has(verb) && !stepsAfter,
  };
}

/** In the Action, a thought told as it was, not doubt: "searched the room, thinking maybe it had fallen", "I suspected it might have been DNS". */
const THOUGHT_THEN = /(?:thinking|thought|wondering|figuring|figured|suspected|guessed|told\s+myself|chalked\s+it\s+up\s+to|put\s+it\s+down\s+to|blamed\s+it\s+on|attributed\s+it\s+to)\s+(?:that\s+)?(?:\S+\s+){0,2}$/i;
/** Read after "I hope" or "probably": a wish for someone ("I hope she keeps it up", "I hope and pray that he makes it", "I hope you tell your friends"), a guess about the writer's own life ("probably never again in my career"). */
const NOT_A_CLAIM = /^\s+(?:he|she)\s+(?:can|will|keeps)\s|^\s+(?:and\s+(?:pray|trust)\s+)?(?:that\s+)?(?:he|she|they)\s+[a-z]+s(?![A-Za-z'’])|^\s+(?:that\s+)?you\s+(?!did|were|got|made|found|saw)[a-z]+(?![A-Za-z'’])|^\s+(?:and\s+(?:pray|trust)\s+)?(?:that\s+)?(?:he|she|they|everyone|everybody|people|(?:the\s+)?(?:guests|customers|clients|students|patients|parents|kids|children|families|attendees|[a-z]+(?:ers|ees|ants|ents)))\s+(?:are|were|is|was|will|would|can|could|keep|keeps|feel|felt|still|do|did|don['’]t|have|had|enjoy|enjoyed)(?![A-Za-z])|(?:before\s+I\s+retire|in\s+my\s+(?:whole\s+)?(?:career|life))(?![A-Za-z])/i;
/** "…to try to find the bag": the purpose of a step taken, not the step played down. */
const PURPOSE_TRY = /(?:[a-z]ed|went|read|spent|took)\s+(?!to\s)(?:[^\s.;:!?]+\s+){1,8}?to\s+$/i;

/** Others as the subject of "try to": "managers try to", "they often try to". */
const OTHERS_TRY = /(?<![A-Za-z])(?:they|people|[a-z]{2,}(?:ers|ors|ists|ants|ents|ees|ians))\s+(?:[a-z]+ly\s+|often\s+|always\s+|sometimes\s+)?$/i;
/** Hedges of degree: said of another person they describe that person, not the writer's claim. */
const DEGREE = /^(?:a little bit|somewhat|fairly|kind of|sort of|kinda|sorta)$/;
/** A feeling right after a degree word: the hedge softens how the writer felt, not what happened. */
const FEELING_AFTER = /^\s+(?:relieved|nervous|scared|worried|anxious|embarrassed|upset|sad|happy|proud|frustrated|disappointed|surprised|excited|glad|angry|annoyed|shocked|overwhelmed|confused|stressed|afraid|ashamed|guilty|intimidated|jealous|bored|lonely|uneasy|uncomfortable)(?![A-Za-z])/i;
/** A name opening the clause the hedge is in: "But Dana seemed to be struggling", "…, and Marco was". */
const NAMED_BEFORE = /(?:^|[,;:.!?]\s*|(?<![A-Za-z])(?:[Bb]ut|[Aa]nd|[Ss]o|[Tt]hen|[Ww]hile|[Aa]lthough|[Tt]hough|[Bb]ecause|[Ww]hen)\s+)(?!(?:The|This|That|These|Those|It|Its|We|Our|My|Your|Their|His|Her|But|And|So|Then|When|While|After|Before|Once|If|As|At|In|On|For|With|By|From|To|A|An|All|Some|Most|Every|Each|No|One|Two|There|Here|What|Which|Who|How|Why|Because|Although|Though|Since|Until|During|Over|Under|Also|Still|Even|Only|Just|Now|Later|Finally|Eventually|Overall|However|Meanwhile|Not|Things|Everything|Nothing|Everyone|Nobody|Our|Sales|Traffic|Revenue|Latency|Performance|Usage|Adoption|Morale)(?![A-Za-z]))[A-Z][a-z]+\s+(?:[a-z'’]+\s+){0,6}$/;

/**
 * A hedge that tells what happened rather than doubting the writer's claim: a thought at the time,
 * someone else's doing ("I don't know if she told him, or maybe…": `state.asked` carries it to its
 * "or maybe"), a wish for someone, a guess about the writer's own life, the purpose of a step
 * ("read every log to try to find it"), an attempt that is a clause's time ("when I tried to move him").
 */
export function toldAsItWas(kind: SectionKind, lower: string, voice: string, from: number, to: number, before: string, after: string, state: { asked: boolean }): boolean {
  const maybe = /^(?:maybe|perhaps|probably|possibly)$/.test(lower);
  if (kind === 'action' && /^i don['’]t know$/.test(lower) && /^\s+if\s+(?:someone|anyone|he|she|they)\s/i.test(after)) return (state.asked = true);
  if (kind === 'action' && (maybe || lower === 'might have') && (THOUGHT_THEN.test(before) || (state.asked && /\sor\s+(?:that\s+)?$/.test(before)))) return true;
  if ((maybe || lower === 'i hope') && NOT_A_CLAIM.test(voice.slice(to, to + 80))) return true;
  if (lower === 'try to' && PURPOSE_TRY.test(textBefore(voice, from, 120))) return true;
  // "managers try to make it look worse": someone else's attempt, not the writer's played down.
  if (lower === 'try to' && OTHERS_TRY.test(before)) return true;
  // "But Dana seemed to be struggling a little bit more": a degree told of another person.
  if (DEGREE.test(lower) && NAMED_BEFORE.test(before) && !/(?<![A-Za-z])I(?![A-Za-z'’])/.test(before.slice(before.search(/(?<!\S)[A-Z][a-z]+\s+(?:[a-z'’]+\s+){0,6}$/)))) return true;
  return (lower === 'i tried to' || lower === 'try to') && /(?<![A-Za-z])(?:when|while|as|whenever)\s+(?:I\s+)?$/i.test(before);
}

/**
 * Lasting or wider effects told in everyday words (read with facts.ts's LASTING, WIDER and RECUR by
 * resultHas('secondOrder'), on the Result's sentences joined by "\0"): a practice that "caught on"
 * or "stuck", the team or others starting to use it, "has since", "years later … still", "continued
 * to improve", a person who "eventually became" a lead, a skill now done "on her own", a problem
 * "not faced again".
 */
const LASTING_IN_WORDS = /(?<![A-Za-z])(?:(?:have|has)(?:\s+not|\s+never|n['’]t)\s+(?:faced|seen|hit|encountered|had|experienced)\s+(?:this|that|the|a|any|such\s+an?)\s+(?:[\w-]+\s+){0,2}?(?:issue|problem|incident|outage|bug|error|failure|mistake)s?\s+(?:again|since)|caught\s+on|(?:it|this|that|the\s+(?:habit|practice|change|idea|process|format|tool|routine))\s+(?:really\s+)?(?:stuck|sticked)(?=\s*(?:[.!;,)]|\0|$)|\s+for\s+good)|(?:has|have)\s+since\s+(?:been\s+)?[a-z]+(?:ed|en|ched|t)|(?:years|months)\s+later[^.;!?\0]{0,80}?\s(?:still|continue|continues)(?![A-Za-z])|(?:the\s+(?:whole\s+|rest\s+of\s+the\s+)?team|teams|everyone|other\s+(?:engineers|colleagues|nurses|teachers|staff))\s+(?:all\s+)?(?:started|began)\s+(?:to\s+[a-z]+|[a-z]+ing)(?![A-Za-z])|(?:engineers|developers|nurses|teachers|agents|reps|analysts|users|customers|staff|colleagues|students|managers)\s+(?:all\s+|also\s+|soon\s+)?(?:started|began)\s+(?:using|adopting|following|asking\s+for|to\s+use|to\s+adopt|to\s+follow)(?![A-Za-z])|continued\s+to\s+(?:improve|grow|use|keep|thrive|perform|come|rise|practi[cs]e|apply)|(?:he|she|they)\s+(?:eventually|later)\s+became|went\s+on\s+to\s+(?:become|lead|run|mentor|teach|train)|(?:could|can|was\s+able\s+to|were\s+able\s+to|is\s+able\s+to)\s+(?:[\w'’-]+\s+){0,6}?(?:on\s+(?:her|his|their)\s+own|independently|by\s+(?:herself|himself|themselves)))/i;

export function lastingInWords(told: string): boolean {
  return LASTING_IN_WORDS.test(told);
}

/**
 * The writer's role told in the set-up, without what was theirs to do this time ("I was running the
 * sales team", "I led a migration", "I started as VP of operations", "six months into my new role", "During my
 * time as a hotel manager", "As a sales associate,", "I was working on a dashboard revamp"):
 * the Task is half told, so its absence is a hint, not a warning.
 */
const ROLE_TOLD =
  /(?<![A-Za-z'’])(?:I(?:\s+(?:was|am)|['’]m)\s+(?:(?:now|then|still|already)\s+)?(?:running|leading|managing|heading|overseeing|coordinating|supervising|working\s+as|hired\s+as|the\s+(?:[\w-]+\s+){0,2}(?:lead|manager|engineer|owner|head|director|analyst|nurse|teacher|developer|coordinator|supervisor|pm))(?![A-Za-z])|I\s+(?:led|ran|managed|headed|oversaw|owned|started\s+as|joined\s+as|worked\s+as|served\s+as)(?![A-Za-z])|(?:my|in\s+my)\s+(?:new\s+|first\s+|current\s+)?(?:[\w-]+\s+){0,3}?(?:role|position)(?![A-Za-z])|(?:during\s+my\s+time|while\s+(?:I\s+was\s+)?working|when\s+I\s+(?:was\s+working|worked))\s+as\s+(?:a|an|the)\s|^\W*as\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:manager|lead|engineer|nurse|teacher|associate|assistant|server|cashier|supervisor|analyst|intern|developer|coordinator|officer|agent|representative|consultant|recruiter|designer|volunteer)\s*,|I\s+was\s+working\s+on\s+(?:a|an|the|our)\s)/i;

export function roleTold(voices: readonly string[]): boolean {
  return voices.some((v) => ROLE_TOLD.test(v));
}

/**
 * The fix itself asked of another person: "asked the cook to reheat it", "encouraged the staff to
 * redo it", "called in another member of the team to assist". Not an ask for review or input
 * ("asked the tech lead to challenge my assumptions", "asked the developers to come prepared").
 */
const DELEGATED = /(?<![A-Za-z])(?:asked|requested|encouraged|got|called\s+in|brought\s+in|pulled\s+in)\s+(?:the|my|our|another|a|an|his|her|their)\s+(?:[\w-]+\s+){0,4}?(?:cook|chef|principal|manager|boss|bosses|lead|engineer|engineers|vendor|nurse|doctor|colleague|coworker|member|owner|admin|supervisor|teacher|professor|staff|team|developer|developers|contractor|technician|support|department)\s+to\s+(?!(?:challenge|review|come|join|attend|present|share|give|check|look\s+over|approve|sign|comment|weigh|critique|test|try|help\s+me\s+(?:review|test))(?![A-Za-z]))[a-z]+/gi;

export function delegatedHandOffs(voice: string, offset: number): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  DELEGATED.lastIndex = 0;
  for (let m; (m = DELEGATED.exec(voice)); ) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, phrase: m[0] });
  return out;
}

// result-missing-business-impact's message, in this chunk to keep the extension bundle within its 150 KB.
const UNIT = '(?:ms|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|nights?|weeks?|months?|years?|people|users|customers|clients|patients|students|guests|tickets|cases|incidents|errors|bugs|calls|orders|complaints|flags|corrections|teams|releases|deploys|deployments|points|pages|alerts|requests|times|percent)(?![A-Za-z])';
/** What finishes the figure: its unit, a range's second figure and its unit ("420 ms to 180 ms", "4.5 to 1.6 seconds", "60%"). */
const SPAN_ON = new RegExp(`^(?:\\s+${UNIT})?(?:\\s*(?:to|→|->|–|-)\\s*[$€£¥]?\\d[\\d,.]*[A-Za-z%×]*(?:\\s+${UNIT})?)?`, 'i');
/** The figure as the writer put it, with up to three words before it in its clause ("Errors fell 60%"), quoted; "the figure" when that runs long. */
export function figureNamed(text: string, f: { start: number; end: number }): string {
  const on = SPAN_ON.exec(text.slice(f.end, f.end + 40))?.[0] ?? '';
  let from = f.start;
  // Back over at most three words on the same line, stopping where the clause starts.
  for (let words = 0; words < 3; words++) {
    let k = from;
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
    let w = k;
    while (w > 0 && /[A-Za-z'’-]/.test(text[w - 1])) w--;
    if (w === k || f.start - w > 40) break;
    from = w;
    if (w > 0 && text[w - 1] !== ' ' && text[w - 1] !== '\t') break;
  }
  let quoted = text.slice(from, f.end + on.length).replace(/\s+/g, ' ').replace(/^[-'’\s]+/, '').trimEnd();
  while (/[.,;:]$/.test(quoted)) quoted = quoted.slice(0, -1);
  return quoted.length > 0 && quoted.length <= 48 ? `"${quoted}"` : 'the figure';
}

/** A thing that escalated, not the writer routing it: "a table lock which may have escalated to a database lock", "the argument escalated to shouting". */
const THING_ESCALATED = /(?<![A-Za-z])(?:which|that|it|this|things|lock|issue|problem|situation|incident|outage|argument|conflict|tension|matters|error|errors|alert|alerts)\s+(?:(?:may|might|could|would|had|has|have|quickly|soon|then|eventually|later|rapidly|only|just)\s+){0,3}$/i;
export function thingEscalated(before: string): boolean {
  return THING_ESCALATED.test(before);
}
