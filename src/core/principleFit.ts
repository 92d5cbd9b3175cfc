import { PRINCIPLE_PROFILES, type PrincipleProfile } from './coaching/principleProfiles';
import { LOOSE_SECOND_ORDER } from './coaching/phrases';
import type { StoryFacts } from './facts';
import { storyKinds } from './storyKind';
import type { Sentence } from './prose';
import type { SectionKind } from './types';

// Principle fit: for each principle a story is filed under, which of the signals an interviewer
// listens for its text shows, and the sentence that shows each. With no principle filed, the 1–3
// principles whose signals the text shows best. Every pattern is linear: literal alternations,
// bounded gaps, no nested quantifier over overlapping classes.

export interface SignalFit {
  id: string;
  label: string;
  shown: boolean;
  /** The sentence that shows the signal (only when shown). */
  start?: number;
  end?: number;
}

export interface PrincipleFit {
  principle: string;
  signals: SignalFit[];
}

type Where = 'setup' | 'action' | 'result' | 'told' | 'after' | 'all' | 'any';

/** A signal is shown by the first sentence in `where` that matches `re` (and `and`, when given). */
interface PatternDetector {
  where: Where;
  re: RegExp;
  and?: RegExp;
}
type Builtin = 'boundary' | 'result-figure' | 'mechanism' | 'wider-effect';
type Detector = PatternDetector | { builtin: Builtin; where?: Where; re?: RegExp } | (PatternDetector | { builtin: Builtin; where?: Where; re?: RegExp })[];

const WHERE: Record<Where, SectionKind[]> = {
  setup: ['situation', 'task'],
  action: ['action'],
  result: ['result'],
  told: ['situation', 'task', 'action'],
  after: ['action', 'result'],
  all: ['situation', 'task', 'action', 'result'],
  any: ['situation', 'task', 'action', 'result', 'reflection'],
};

// Shared vocabulary.
const MECHANISM_RE =
  /\b(?:add(?:ed|ing)?|(?:re)?buil[dt]|(?:re-?)?wr[oi]te|set\s+up|creat(?:ed|ing)|introduc(?:ed|ing)|put\s+in\s+place|automat(?:ed|ing)|document(?:ed|ing)|establish(?:ed|ing)|institut(?:ed|ing)|propos(?:ed|ing)|made|wired|configur(?:ed|ing)|enabl(?:ed|ing)|schedul(?:ed|ing)|encod(?:ed|ing)|codif(?:ied|y)|implement(?:ed|ing)|design(?:ed|ing)|expand(?:ed|ing)|deploy(?:ed|ing))\b(?:\s+[\w'’/-]+){0,6}?\s+(?:alerts?|alarms?|alerting|monitor(?:s|ing)?|dashboards?|runbooks?|playbooks?|checks?|checklists?|tests?|test\s+suites?|linters?|lint\s+rules?|guards?|guardrails?|safeguards?|templates?|process(?:es)?|polic(?:y|ies)|standards?|pipelines?|gates?|mechanisms?|documentation|docs|guides?|wiki|reviews?|canar(?:y|ies)|validations?|rules?|sops?|procedures?|trainings?|rotations?|slos?|audits?)\b/i;
const CUSTOMER = /\b(?:customers?|clients?|users?|shoppers?|patients?|guests?|callers?|merchants?|sellers?|buyers?|subscribers?|readers?|passengers?|consumers?|advertisers?|tenants?|famil(?:y|ies)|end[- ]users?)\b/i;
const MEASURE_WORD = /\d|%|\b(?:zero|none|half|twice|double[ds]?|triple[ds]?|tenfold|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundreds?|thousands?|millions?)\b/i;

const P = (where: Where, re: RegExp, and?: RegExp): PatternDetector => ({ where, re, and });

/** Detectors by `principle/signal`; the first of each principle's list is its core signal. */
const DETECTORS: Record<string, Detector> = {
  'customer-obsession/named-customer': P('told', CUSTOMER),
  'customer-obsession/customer-pain': [
    P('all', /\b(?:complain(?:ed|ing|ts?)?|frustrat(?:ed|ing|ion)|churn(?:ed|ing)?|waited|wait\s+times?|abandon(?:ed|ing)?|drop[- ]?offs?|angry|upset|irate|unhappy|annoyed|refunds?|cancel(?:l?ed|l?ing|lations?)|lost\s+(?:orders|sales|revenue|customers|business)|negative\s+(?:feedback|reviews?)|bad\s+reviews?|escalations?)\b/i),
    P('all', /\b(?:couldn['’]t|could\s+not|unable\s+to|confus(?:ed|ing)|tickets?|cold|delayed|late|stuck|struggl(?:ed|ing)|suffer(?:ed|ing)?|pain|problems?|issues?|slow|miss(?:ed|ing)|wrong|errors?|failed|failing|broken|lost|locked\s+out|no\s+(?:reply|answer|response)|trying\s+to\s+resolve|for\s+weeks|kept\s+hanging\s+up)\b/i, CUSTOMER),
  ],
  'customer-obsession/listened': P(
    'told',
    /\b(?:talked|spoke|called|rang|interviewed|surveyed|listened|visited|shadowed|asked\s+(?:the|him|her|them|what|why|how|if|whether)|read\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:tickets|reviews|feedback|call\s+history|history|complaints|emails?|notes)|feedback|complain(?:ed|ing|ts?)|usage\s+data|support\s+tickets|analytics|noticed|saw\s+(?:that\s+)?(?:the|he|she|they)|got\s+the\s+details|identif(?:y|ied)\s+(?:their|the|his|her)\s+(?:needs?|requirements?|pain)|(?:their|his|her)\s+(?:needs|requirements)|reach(?:ed|ing)?\s+out|found\s+out|investigated\s+why|analy[sz](?:ed|ing)|understand|wrote\s+to\s+(?:us|support|the)|reported|contacted|emailed\s+(?:us|support)|tested\s+(?:the|it|our)\s+(?:\w+\s+){0,2}(?:with|as|on)|tried\s+it\s+(?:myself|as))\b/i,
  ),
  'customer-obsession/customer-measured': {
    builtin: 'result-figure',
    re: /\b(?:customers?|clients?|users?|shoppers?|patients?|guests?|callers?|merchants?|sellers?|buyers?|subscribers?|readers?|complaints?|tickets?|churn|conversion|nps|csat|satisfaction|retention|response\s+times?|wait(?:ing)?|orders?|reviews?|ratings?|sign-?ups?|renewals?|appointments?|bookings?|deliveries|visits?|calls?|purchases?|accounts?|clinics?|stores?|escalations?|refunds?|returns?|no-?shows?|open\s+rates?|click-?through)\b/i,
  },

  'ownership/outside-remit': { builtin: 'boundary' },
  // A measured Result shows the fix landed as well as any "I followed up".
  'ownership/saw-it-through': [{ builtin: 'result-figure' }, P(
    'after',
    /\b(?:follow(?:ed)?[- ]up|follow(?:ed)?\s+through|until\s+(?:it|the|they|we|every|all|each)|made\s+sure|ensur(?:ed|ing)|verif(?:ied|y)|confirm(?:ed|ing)|monitor(?:ed|ing)|watched|checked\s+(?:back|in|on|that|the|it)|end[- ]to[- ]end|rolled\s+(?:it\s+)?out|deployed|merged|shipped|released|launched|closed\s+(?:the|it)|to\s+completion|completed|finished|delivered|went\s+live|saw\s+it\s+through|got\s+it\s+(?:merged|approved|deployed|done)|coordinated\s+the\s+(?:rollout|release|deploy\w*)|fixed|resolved|(?:eventually|finally|ultimately)\s+(?:built|implemented|put\s+in\s+place))\b/i,
  )],
  'ownership/mechanism': { builtin: 'mechanism' },

  'invent-and-simplify/simpler': P(
    'told',
    /\b(?:simplif(?:y|ied|ying|ication)|simpler|streamlin(?:e|ed|ing)|automat(?:e|ed|ing|ion)|eliminat(?:e|ed|ing)|consolidat(?:e|ed|ing)|replac(?:e|ed|ing)|removed|got\s+rid\s+of|one[- ]click|self[- ]serv(?:e|ice)|reusable|(?:shared|common)\s+(?:librar(?:y|ies)|components?|modules?|services?)|inner[- ]?sourc\w*|from\s+scratch|invent(?:ed|ing)?|new\s+(?:approach|tool|way|process|design|system|format)|prototyp(?:e|ed|ing)|built\s+(?:a|an)\s+(?:\w+\s+)?(?:tool|script|library|service|generator|bot|plugin)|wrote\s+(?:a|an)\s+(?:\w+\s+)?(?:script|tool|generator|bot|plugin)|idea)\b/i,
  ),
  'invent-and-simplify/was-complicated': P(
    'told',
    /\b(?:manual(?:ly)?|complex(?:ity)?|complicated|tedious|error[- ]prone|duplicat(?:e|ed|ion)|repetitive|cumbersome|by\s+hand|redundant|fragmented|copy(?:-|\s+and\s+)paste|spreadsheets?|workarounds?|reinvent(?:ed|ing)?|slow(?:er|ed)?|took\s+(?:\w+\s+)?(?:hours|days|weeks|minutes)|every\s+time|each\s+time|over\s+and\s+over|boilerplate)\b/i,
  ),
  'invent-and-simplify/adopted': { builtin: 'wider-effect' },

  'are-right-a-lot/decision': P(
    'told',
    /\b(?:decided|decision|chose|choose|chosen|picked|recommend(?:ed|ation)?|made\s+the\s+call|went\s+with|opted|judg(?:ed|ment|ement)|concluded|bet\s+on|call\s+was)\b/i,
  ),
  'are-right-a-lot/uncertainty': P(
    'told',
    /\b(?:uncertain(?:ty)?|unclear|unknowns?|incomplete|ambiguous|ambiguity|not\s+sure|unsure|risks?|risky|assum(?:e|ed|ption|ptions)|hypothes[ie]s|trade-?offs?|options|alternatives|pros\s+and\s+cons|conflicting|either|or\s+not)\b/i,
  ),
  'are-right-a-lot/tested-view': P(
    'action',
    /\b(?:consulted|sought|asked\s+(?:for|the|my|a|an|other|two|three|several)|second\s+opinion|got\s+(?:input|feedback)|validat(?:ed|ing)|tested|prototyp(?:e|ed)|proof\s+of\s+concept|poc(?:ed)?|a\/b|experiment(?:ed)?|benchmark(?:ed|s)?|compared|data|measured|research(?:ed)?|pros\s+and\s+cons)\b/i,
  ),
  'are-right-a-lot/turned-out': { builtin: 'result-figure' },

  'learn-and-be-curious/gap': P(
    'told',
    /\b(?:didn['’]t\s+know|did\s+not\s+know|new\s+to\s+me|was\s+new\s+to|(?:i|I)\s+was\s+new|unfamiliar|never\s+(?:used|worked|done|seen|touched|written|learned|learnt)|no\s+(?:prior\s+)?(?:experience|background|knowledge)|knew\s+(?:nothing|little|very\s+little)|first\s+time|had\s+to\s+learn|couldn['’]t\s+answer|could\s+not\s+answer|stumped|gaps?\s+in\s+my|out\s+of\s+my\s+depth|curious|wondered|wanted\s+to\s+(?:understand|know|learn))\b/i,
  ),
  'learn-and-be-curious/how-learned': P(
    'action',
    /\b(?:learn(?:ed|t|ing)?|taught\s+myself|self[- ]taught|stud(?:y|ied|ying)|read\s+(?:the|up|about|through|docs|documentation|papers?|books?|source|code|articles?)|courses?|tutorials?|practi[cs](?:ed|ing)|researched|experimented|shadow(?:ed|ing)|classes|lectures?|certifications?|audit(?:ed)?\s+(?:the|a)\s+(?:class|course)|online\s+resources|mock\s+interviews?)\b/i,
  ),
  'learn-and-be-curious/applied': P(
    'result',
    /\b(?:applied|passed|was\s+able\s+to|am\s+able\s+to|could\s+(?:now|then)|can\s+now|now\s+(?:I|i)|used\s+(?:it|this|that|what)|answer(?:ed)?|solved|fixed|built|shipped|delivered|improved|understand|understood|confident)\b/i,
  ),

  'hire-and-develop-the-best/person': P(
    'told',
    /\b(?:(?:help(?:ed|ing)?|enabl(?:e|ed|ing)|support(?:ed|ing)?|coach(?:ed|ing)?|teach(?:ing)?|taught|train(?:ed|ing)?|guid(?:e|ed|ing)|mentor(?:ed|ing)?|upskill(?:ed|ing)?|onboard(?:ed|ing)?)\s+(?:(?:other|new|the|our|my|junior|two|three|several|many|more|\d+)\s+)?(?:engineers|developers|devs|teammates|colleagues|team\s+members|people|staff|nurses|crew|sailors|students|analysts|agents|members)|mentees?|interns?|juniors?|junior\s+(?:engineer|developer|dev|colleague|member)s?|new\s+(?:hires?|joiners?|engineers?|grads?|members?|starters?|employees?|nurses?)|direct\s+reports?|trainees?|apprentices?|students?|crew|new\s+to\s+the\s+team|career\s+switcher)\b/i,
  ),
  'hire-and-develop-the-best/how-developed': P(
    'action',
    /\b(?:mentor(?:ed|ing)?|coach(?:ed|ing)?|pair(?:ed|ing)?\s+(?:with|on)|taught|teach(?:ing)?|train(?:ed|ing)|guid(?:ed|ing)|1:1s?|one[- ]on[- ]ones?|one[- ]to[- ]ones?|stretch|delegat(?:ed|ing)|walked\s+(?:him|her|them)\s+through|explain(?:ed|ing)\s+(?:to|the|how|why)|onboard(?:ed|ing)|workshops?|gave\s+(?:him|her|them)\s+(?:feedback|ownership|the)|feedback|reviewed\s+(?:their|his|her))\b/i,
  ),
  'hire-and-develop-the-best/their-growth': P(
    'result',
    /\b(?:promot(?:ed|ion)|independen(?:t|tly)|on\s+(?:their|his|her)\s+own|now\s+(?:leads?|owns?|runs?|mentors?)|went\s+on\s+to|ramp(?:ed)?[- ]up|confident|confidence|grew|growth|their\s+first|his\s+first|her\s+first|took\s+over|led\s+(?:the|a|their)|shipped\s+(?:their|his|her)|passed|hired|retain(?:ed)?|stayed|became)\b/i,
  ),

  'insist-on-the-highest-standards/the-bar': P(
    'told',
    /\b(?:standards?|quality|the\s+bar|raise\s+the\s+bar|not\s+good\s+enough|wasn['’]t\s+good\s+enough|refused|unacceptable|wouldn['’]t\s+(?:ship|accept|sign)|would\s+not\s+(?:ship|accept|sign)|best\s+practices?|correctness|defects?|regressions?|test\s+coverage|code\s+reviews?|reviewers?|consistency|conventions?|properly|do\s+it\s+right|correct\s+(?:fix|solution|way))\b/i,
  ),
  'insist-on-the-highest-standards/made-it-hold': { builtin: 'mechanism' },
  'insist-on-the-highest-standards/quality-measured': { builtin: 'result-figure' },

  'think-big/vision': P(
    'told',
    /\b(?:vision|roadmaps?|long[- ]term|strateg(?:y|ic)|north\s+star|multi[- ]year|company[- ]wide|org[- ]wide|organi[sz]ation[- ]wide|across\s+(?:the\s+)?(?:company|org|organi[sz]ation|teams|business)|platform|at\s+scale|10x|tenfold|every\s+team|whole\s+(?:company|org|industry)|ambitious|bold|workstreams?|future)\b/i,
  ),
  'think-big/brought-along': P(
    'action',
    /\b(?:convinc(?:ed|ing)|pitch(?:ed|ing)?|proposals?|proposed|present(?:ed|ing)|rallied|align(?:ed|ing)|buy-?in|sponsors?|persuad(?:ed|ing)|wrote\s+(?:a|the|an)\s+(?:\w+\s+)?(?:doc|document|proposal|vision|narrative|plan|rfc)|six[- ]pager|talks?|roadshow|evangeli[sz](?:ed|ing))\b/i,
  ),
  'think-big/reach': { builtin: 'wider-effect' },

  'bias-for-action/unasked': [{ builtin: 'boundary' }, P('told', /(?:\b(?:without|w\/o)\s+(?:first\s+)?(?:seeking\s+|asking\s+for\s+|getting\s+|waiting\s+for\s+)?(?:approval|permission|sign-?off|being\s+asked|waiting|asking)|\bdidn['’]t\s+wait|did\s+not\s+wait|on\s+my\s+own\s+initiative|took\s+the\s+initiative|took\s+initiative|volunteered|stepped\s+(?:in|up)|took\s+the\s+opportunity|nobody\s+(?:else\s+)?(?:was|would)|came\s+up\s+with\s+the\s+idea|(?:this|my|my\s+own)\s+initiative|of\s+my\s+own\s+accord|unprompted)\b/i)],
  'bias-for-action/speed': P(
    'told',
    /\b(?:immediately|right\s+away|at\s+once|straight\s+away|on\s+the\s+spot|within\s+(?:an?|the|one|two|three|four|five|a\s+few|\d+)\s+(?:minutes?|hours?|days?)|same\s+(?:day|night|afternoon|evening)|that\s+(?:day|night|evening|afternoon|morning)|overnight|quickly|swiftly|fast|urgent(?:ly)?|asap|didn['’]t\s+wait|did\s+not\s+wait|without\s+waiting|in\s+\d+\s+(?:minutes|hours))\b/i,
  ),
  'bias-for-action/risk': P(
    'told',
    /\b(?:risks?|reversible|roll\s*back|rolled\s+back|revert(?:ed|ible)?|trade-?offs?|downside|mitigat(?:e|ed|ion)|temporary|stop-?gap|workaround|interim|feature\s+flags?|kill\s+switch|two[- ]way\s+door|halt(?:ed)?|contain(?:ed)?|cost\s+of\s+waiting|safe\s+enough)\b/i,
  ),

  'frugality/constraint': P(
    'setup',
    /\b(?:budgets?|costs?|costly|no\s+(?:budget|headcount|money|funding|extra|additional)|limited|constraints?|shoestring|without\s+(?:extra|more|additional|new|any)|hiring\s+freeze|freeze|small\s+team|short[- ]staffed|understaffed|expensive|spend(?:ing)?|bills?|licen[cs]es?|price)\b/i,
  ),
  'frugality/did-without': P(
    'action',
    /\b(?:instead\s+of\s+(?:buying|hiring|paying|adding|building|purchasing)|reus(?:ed|ing)|repurpos(?:ed|ing)|existing|open[- ]source|free\s+tier|in[- ]house|without\s+(?:buying|hiring|paying|adding|extra|new|any)|cheaper|cut\s+(?:the\s+)?costs?|negotiat(?:ed|ing)|spot\s+instances?|downsiz(?:ed|ing)|right[- ]siz(?:ed|ing)|turned\s+off|decommission(?:ed|ing)|myself|waste|idle|shut(?:ting)?\s+(?:down|off)|turn(?:ed|ing)?\s+off|on[- ]demand|scal(?:e|ed|ing)\s+(?:down|to\s+zero))\b/i,
  ),
  'frugality/saving': {
    builtin: 'result-figure',
    re: /\b(?:sav(?:e|ed|ing|ings)|costs?|budget|spend|cheaper|reduc(?:ed|tion)|per\s+(?:month|year|week)|a\s+(?:month|year)|monthly|annual(?:ly)?|yearly)\b|[$€£]/i,
  },

  'earn-trust/owned-or-sought': P(
    'any',
    /\b(?:my\s+(?:own\s+)?(?:mistake|fault|error|bad)|(?:i|I)\s+(?:made\s+(?:a|an|the)\s+(?:mistake|error)|caused|broke|messed\s+up|screwed\s+up|overlooked|misread|misheard|forgot|was\s+wrong|failed)|owned\s+(?:it|up|the)|took\s+(?:[\w-]+\s+){0,3}?(?:responsibility|blame|ownership)|(?:bug|error|regression|defect)\s+(?:that\s+)?(?:I|i)\s+(?:had\s+)?(?:introduced|shipped|caused|wrote)|(?:I|i)\s+(?:had\s+)?introduced\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:bug|error|regression|defect)|admitted|apologi[sz](?:ed|e)|asked\s+(?:for|them\s+for|him\s+for|her\s+for)\s+(?:honest\s+)?feedback|sought\s+feedback|critical\s+feedback|wrong\s+assumption|all\s+my\s+fault|totally\s+me|written\s+up|accidentally|inadvertently|by\s+mistake|my\s+(?:own\s+)?change|a\s+change\s+(?:I|i)\s+(?:did|made)|(?:I|i)\s+(?:had\s+)?(?:caused|made\s+an?\s+(?:\w+\s+)?(?:error|mistake))|(?:I|i)\s+(?:was|had\s+been)\s+(?:wrong|mistaken)|feedback\s+(?:from|on)\s+(?:my|me)|(?:biggest|worst|big)\s+mistake|had\s+(?:I|i)\s+(?:just\s+)?(?:considered|told|asked|checked|brought|listened|thought)|not\s+proud|(?:I|i)\s+(?:didn['’]t|did\s+not)\s+(?:bring|tell|consider|check|ask|realize|realise|think))\b/i,
  ),
  'earn-trust/candour': P(
    'told',
    /\b(?:told|informed|explained|was\s+(?:honest|transparent|upfront|open)|honestly|openly|transparent(?:ly)?|public(?:ly)?\s+channel|in\s+(?:a|the)\s+(?:public|team)\s+channel|post-?mortem|admitted|apologi[sz](?:ed|e)|disclosed|owned\s+up|came\s+clean|reported|let\s+(?:them|him|her|the\s+\w+)\s+know)\b/i,
  ),
  'earn-trust/listened': P(
    'action',
    /\b(?:listen(?:ed|ing)|asked\s+(?:him|her|them|why|what|how)|asked\s+(?:(?:a\s+lot\s+of|lots\s+of|many|some|open|clarifying|open-ended)\s+)?questions|heard\s+(?:him|her|them|their|his)|(?:their|his|her)\s+(?:side|view|perspective|concerns?|reasons?|point\s+of\s+view)|sat\s+down\s+with|met\s+(?:with\s+)?(?:him|her|them)|one[- ]on[- ]one|1:1|private(?:ly)?\s+(?:conversation|chat|talk)|talked\s+(?:to|with)\s+(?:him|her|them))\b/i,
  ),
  'earn-trust/repaired': P(
    'result',
    /\b(?:trust(?:ed|s)?|relationship|rapport|thanked|grateful|apologi[sz](?:ed|e)|forgave|worked\s+(?:well|closely)\s+together|respect(?:ed)?|closer|came\s+back|since\s+then|from\s+then\s+on|again)\b/i,
  ),

  'dive-deep/data': P(
    'action',
    /\b(?:logs?|metrics|traces?|tracing|dashboards?|data|quer(?:y|ies|ied)|sql|profil(?:ed|er|ing)|heap\s+dumps?|thread\s+dumps?|packet\s+captures?|tcpdump|graphs?|records|spreadsheets?|call\s+history|charts?|audit(?:ed)?|instrument(?:ed|ing)|debug(?:ged|ging|ger)?|stack\s+traces?|numbers|source\s+code|commits?|transactions?|documents?|documentation|specifications?|manuals?|call\s+notes|notes\s+on)\b/i,
  ),
  'dive-deep/root-cause': P(
    'told',
    /\b(?:root\s+cause|traced\s+(?:it|the|this|them)|turned\s+out|caused\s+by|because\s+of\s+(?:a|an|the)|the\s+(?:real|actual|underlying)\s+(?:cause|problem|issue|reason)|culprit|race\s+condition|memory\s+leak|leak(?:ed|ing)?|bug\s+in|misconfigur(?:ed|ation)|(?:found|discovered|realized|realised|noticed|identified)\s+(?:that|the|a|an)|the\s+reason|n\+1|deadlock|bottleneck|explanation|narrow(?:ed)?\s+down|had\s+been\s+superseded)\b/i,
  ),
  'dive-deep/proved': P(
    'action',
    /\b(?:reproduc(?:e|ed|ing|tion)|confirm(?:ed|ing)|verif(?:ied|y|ying)|validat(?:ed|ing)|tested|proved|ruled\s+out|checked\s+(?:that|whether|the|each|every)|benchmark(?:ed)?|a\/b|canary|compared|isolat(?:ed|ing)|bisect(?:ed|ing)?|narrow(?:ed)?\s+down|made\s+sure\s+that|cross-?check(?:ed)?)\b/i,
  ),

  'have-backbone-disagree-and-commit/whom': P(
    'told',
    /\b(?:disagree(?:d|ment|ments|ing)?|pushed\s+back|push\s+back|challeng(?:ed|ing)|object(?:ed|ion)|didn['’]t\s+agree|did\s+not\s+agree|opposed|overruled|spoke\s+up|stood\s+(?:my|our)\s+ground|went\s+against|argued|raised\s+(?:my\s+)?concerns?|concerns?\s+(?:with|about)|convinc(?:e|ed)\s+(?:him|her|them|the|my)|persuad(?:e|ed)|point(?:ed|ing)?\s+out\s+(?:the\s+)?(?:issues?|problems?|flaws?|inconsistenc\w*|risks?|mistakes?|gaps?)|inconsistent|(?:the\s+)?wrong\s+(?:call|choice|decision|approach|direction|tool)|didn['’]t\s+want\s+to\s+(?:just\s+)?argue|(?:explained|argued|showed)\s+why\s+(?:the\s+)?(?:current|their|his|her|this|that|the)\s+(?:\w+\s+)?(?:won['’]t|wouldn['’]t|will\s+not|would\s+not|doesn['’]t|does\s+not|didn['’]t)\s+work|pushing\s+(?:hard\s+)?for|insisted\s+on|(?:I|i)\s+(?:thought|felt|believed|was\s+(?:convinced|worried|concerned))\s+(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:put|was(?:n['’]t)?|were(?:n['’]t)?|would(?:n['’]t)?|risked|wrong|too|at\s+risk|a\s+mistake)|(?:still|nevertheless|anyway)\s+(?:chose|decided|went)|not\s+my\s+call|should\s+not\s+be\s+pursued|(?:told|telling)\s+(?:them|him|her)\s+(?:that\s+)?(?:their|his|her)\s+(?:plan|idea|approach|weakness\w*))\b/i,
  ),
  'have-backbone-disagree-and-commit/evidence': P(
    'told',
    /\b(?:data|prototyp(?:e|ed|es)|proof\s+of\s+concept|poc(?:ed)?|benchmarks?|research(?:ed)?|pros\s+and\s+cons|numbers|documents?|doc|analysis|analy[sz]ed|measured|experiments?|evidence|examples?|demo(?:ed)?|comparisons?|compared|metrics|figures|articles?|trade-?offs?)\b/i,
  ),
  'have-backbone-disagree-and-commit/committed': P(
    'after',
    /\b(?:commit(?:ted)?\s+to|committed|went\s+(?:ahead|along)\s+with|supported\s+(?:the|their|his|her)|disagree\s+and\s+commit|backed\s+(?:the|their|his|her)|fully\s+(?:supported|committed|behind)|accepted\s+(?:the|their|his|her)|once\s+(?:the|it\s+was)\s+decided|got\s+behind|agreed\s+to|compromise|migration\s+plan|implemented\s+(?:their|his|her|the\s+(?:chosen|agreed|final))|(?:reach(?:ed)?|came\s+to)\s+(?:an?\s+)?agreement|agreed|signed\s+off|changed\s+(?:his|her|their|my)\s+mind|(?:went|shipped|moved\s+forward|proceeded)\s+with|moved\s+(?:forward|on)|enforced)\b/i,
  ),

  'deliver-results/obstacle': P(
    'told',
    /\b(?:deadlines?|behind\s+schedule|blockers?|blocked|obstacles?|setbacks?|at\s+risk|slipp(?:ed|ing)|delay(?:s|ed)?|late|short[- ]?staffed|outages?|failed|failing|broke|challenges?|despite|constraints?|tight|pressure|in\s+(?:the\s+)?red|off\s+track|hours?\s+left|days?\s+left|crunch|(?:just|only)\s+(?:\d+|a\s+few|one|two|three|four|five)\s+(?:hours|days|weeks)|impossible|out\s+of\s+capacity|asap|urgent(?:ly)?|stopped|broken|went\s+down|no\s+longer|silently|by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+end\s+of|end\s+of|tomorrow|next\s+\w+))\b/i,
  ),
  'deliver-results/prioritised': P(
    'action',
    /\b(?:prioriti[sz](?:ed|ing|e)|priorities|cut\s+(?:the\s+)?scope|scope|descop(?:ed|ing)|deferr?(?:ed|ing)?|focus(?:ed|ing)?\s+on|mvp|trade-?offs?|critical\s+path|plan(?:ned)?|milestones?|broke\s+(?:it|the\s+\w+)\s+(?:down|into)|re-?planned|schedule[ds]?|timeline|allocat(?:ed|ing))\b/i,
  ),
  'deliver-results/met': P(
    'result',
    /\b(?:on\s+time|on\s+schedule|ahead\s+of|before\s+the\s+deadline|by\s+the\s+deadline|deliver(?:ed|y)|launch(?:ed)?|shipped|met\s+(?:the|our|its|every)|hit\s+(?:the|our)|completed|went\s+live|released|signed|finished|achiev(?:ed|ing)|able\s+to\s+deliver|deliver(?:ed)?\s+(?:it|the|a|an|on)|made\s+(?:it|the\s+deadline)|went\s+out|in\s+time|as\s+(?:planned|promised|committed)|by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+(?:deadline|end|date)|end\s+of))\b/i,
  ),

  'strive-to-be-earths-best-employer/people': P(
    'told',
    /\b(?:on-?call|burn(?:ed|t)?[- ]?out|morale|well-?being|workload|overtime|attrition|stress(?:ed|ful)?|after[- ]hours|weekends?|inclusi(?:ve|on)|belonging|onboarding|career\s+(?:growth|path)|psychological\s+safety|work[- ]life|exhaust(?:ed|ion)|quit|leaving\s+the\s+team|turnover)\b/i,
  ),
  'strive-to-be-earths-best-employer/listened': P(
    'action',
    /\b(?:asked\s+(?:the\s+team|them|everyone|each)|listened|surveys?|surveyed|one[- ]on[- ]ones?|one[- ]to[- ]ones?|1:1s?|retros?|retrospectives?|talked\s+to|spoke\s+(?:to|with)|feedback)\b/i,
  ),
  'strive-to-be-earths-best-employer/people-measured': {
    builtin: 'result-figure',
    re: /\b(?:pages?|paged|on-?call|overtime|attrition|surveys?|scores?|onboarding|hours|turnover|retention|weekends?|engagement|sick|stayed|left|quit|promot(?:ed|ions?))\b/i,
  },

  'success-and-scale-bring-broad-responsibility/wider-effect': P(
    'told',
    /\b(?:privacy|personal\s+data|pii|gdpr|hipaa|accessib(?:le|ility)|screen\s+readers?|a11y|security|safety|environment(?:al)?|carbon|energy|communit(?:y|ies)|public|society|societal|regulat(?:ion|ory|ors)|complian(?:ce|t)|ethic(?:s|al)|fairness|vulnerable|children|harm(?:ful)?|misuse|sustainab(?:le|ility))\b/i,
  ),
  'success-and-scale-bring-broad-responsibility/cost-accepted': P(
    'told',
    /\b(?:delay(?:ed)?\s+(?:the|our)|held\s+(?:back\s+)?(?:the\s+)?(?:launch|release)|blocked\s+(?:the\s+)?(?:launch|release)|slower|gave\s+up|trade-?offs?|even\s+though|despite|at\s+the\s+cost\s+of|cost\s+us|instead\s+of\s+shipping|pushed\s+back\s+the)\b/i,
  ),
  'success-and-scale-bring-broad-responsibility/safeguard': { builtin: 'mechanism' },
};

/** Where the principles' signals are searched: the story's spoken sections, or its preamble when it has none. */
function sentencesFor(facts: StoryFacts, where: Where): Sentence[] {
  if (facts.story.sections.every((s) => s.kind === null)) return facts.preambleSentences();
  const kinds = WHERE[where];
  const out: Sentence[] = where === 'setup' || where === 'told' || where === 'all' || where === 'any' ? [...facts.preambleSentences()] : [];
  for (const k of kinds) out.push(...(k === 'result' ? facts.resultSentences() : facts.sentencesOf(k)));
  return out;
}

function firstMatch(sentences: Sentence[], re: RegExp, and?: RegExp): Sentence | null {
  for (const s of sentences) if (re.test(s.voice) && (!and || and.test(s.voice))) return s;
  return null;
}

function runBuiltin(facts: StoryFacts, builtin: Builtin, re?: RegExp): Sentence | null {
  switch (builtin) {
    case 'boundary': {
      const hit = facts.scopeBoundary()[0];
      if (!hit) return null;
      const all = [...facts.preambleSentences(), ...facts.sentencesOf('situation'), ...facts.sentencesOf('task'), ...facts.sentencesOf('action')];
      return all.find((s) => hit.start >= s.start && hit.start < s.end) ?? null;
    }
    case 'result-figure': {
      const figures = facts.resultFigures();
      for (const s of facts.resultSentences()) {
        if (!figures.some((f) => f.start >= s.start && f.start < s.end)) continue;
        if (!re || re.test(s.voice)) return s;
      }
      return null;
    }
    case 'mechanism':
      return firstMatch(sentencesFor(facts, 'after'), MECHANISM_RE) ?? secondOrderSentence(facts);
    case 'wider-effect':
      return secondOrderSentence(facts) ?? firstMatch(sentencesFor(facts, 'result'), /\b(?:adopt(?:ed|ion)|reus(?:ed|ing)|leverag(?:ed|ing)|other\s+teams|teams\s+(?:now|across)|across\s+(?:the\s+)?(?:company|org|organi[sz]ation|teams)|company[- ]wide|org[- ]wide|became\s+(?:the\s+)?(?:default|standard|norm)|rolled\s+out\s+to)\b/i, MEASURE_WORD) ?? firstMatch(sentencesFor(facts, 'result'), /\b(?:adopt(?:ed|ion)|reused|other\s+teams|company[- ]wide|org[- ]wide|across\s+(?:the\s+)?(?:company|org|organi[sz]ation|teams))\b/i);
  }
}

/**
 * The real-writing second-order patterns ("no longer", "culture", "entire team", "long-term") tell
 * result-missing-second-order that a result reaches past the fix; they are too loose to show a
 * mechanism left behind, an adoption or a reach, so the signals only count the literal list (and a
 * workspace's own phrases). With them, 6 more principles were suggested on corpus-real, 1 named by
 * the label, and 3 hand-judged "not shown" claims turned into wrong "shown".
 */
let broadSecondOrder: Set<string> | null = null;
function isBroadSecondOrder(phrase: string): boolean {
  broadSecondOrder ??= new Set(LOOSE_SECOND_ORDER.map(normal));
  return broadSecondOrder.has(normal(phrase));
}
function normal(phrase: string): string {
  return phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

function secondOrderSentence(facts: StoryFacts): Sentence | null {
  const result = facts.resultSentences();
  return result.find((s) => facts.match('secondOrder', [s]).some((m) => !isBroadSecondOrder(m.phrase))) ?? result.find((s) => facts.lastingEffect(s)) ?? null;
}

function detect(facts: StoryFacts, d: Detector): Sentence | null {
  if (Array.isArray(d)) {
    for (const one of d) {
      const s = detect(facts, one);
      if (s) return s;
    }
    return null;
  }
  if ('builtin' in d) return runBuiltin(facts, d.builtin, d.re);
  return firstMatch(sentencesFor(facts, d.where), d.re, d.and);
}

/**
 * Signals that do not apply to a story about a disagreement, a mistake, trust, a conflict,
 * learning or mentoring: Ownership of a mistake is judged on what you did after, not on whose
 * system it was (the same reading as missing-scope-boundary).
 */
const NOT_FOR_KINDS = new Set(['ownership/outside-remit']);

type Signal = PrincipleProfile['signals'][number];

/** The signals of a principle that apply to this story (its core signal first). */
function signalsFor(facts: StoryFacts, profile: PrincipleProfile): Signal[] {
  // The story's kinds are read only for a principle that has such a signal (most have none).
  return profile.signals.filter((sig) => !NOT_FOR_KINDS.has(`${profile.id}/${sig.id}`) || storyKinds(facts).length === 0);
}

/** The sentence that shows a signal, or null. */
function shownBy(facts: StoryFacts, profile: PrincipleProfile, sig: Signal): Sentence | null {
  const d = DETECTORS[`${profile.id}/${sig.id}`];
  return d ? detect(facts, d) : null;
}

/** The signals of one principle in one story. */
export function fitOf(facts: StoryFacts, profile: PrincipleProfile): PrincipleFit {
  return {
    principle: profile.id,
    signals: signalsFor(facts, profile).map((sig) => {
      const s = shownBy(facts, profile, sig);
      return s ? { id: sig.id, label: sig.label, shown: true, start: s.start, end: trimEnd(facts.file.text, s.start, s.end) } : { id: sig.id, label: sig.label, shown: false };
    }),
  };
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

const judgedCache = new WeakMap<StoryFacts, Map<string, PrincipleFit[]>>();
/** principleFit(), computed once per story (the rule and the metrics both ask). */
export function judgedFit(facts: StoryFacts, principles: readonly string[]): PrincipleFit[] {
  let byKey = judgedCache.get(facts);
  if (!byKey) judgedCache.set(facts, (byKey = new Map()));
  const key = principles.join('|');
  let fit = byKey.get(key);
  if (!fit) byKey.set(key, (fit = principleFit(facts, principles)));
  return fit;
}

/** Every principle the story is filed under, judged. Unknown ids are skipped. */
export function principleFit(facts: StoryFacts, principles: readonly string[]): PrincipleFit[] {
  const out: PrincipleFit[] = [];
  for (const id of principles) {
    const profile = PRINCIPLE_PROFILES.find((p) => p.id === id);
    if (profile && !out.some((f) => f.principle === id)) out.push(fitOf(facts, profile));
  }
  return out;
}

/**
 * The 1–3 principles the story's text shows best, for a story that names none: a principle is a
 * candidate when its core signal (the first) is shown and more than half of its signals are (two
 * at least), ranked by the share shown, then by how many. Empty when nothing fits well enough.
 */
export function suggestPrinciples(facts: StoryFacts, limit = 3): string[] {
  const scored: { id: string; shown: number; share: number; order: number }[] = [];
  PRINCIPLE_PROFILES.forEach((profile, order) => {
    const signals = signalsFor(facts, profile);
    // No core signal, no candidate: the other signals are not read (most principles stop here).
    if (signals.length === 0 || !shownBy(facts, profile, signals[0])) return;
    let shown = 1;
    for (let i = 1; i < signals.length; i++) if (shownBy(facts, profile, signals[i])) shown++;
    if (shown < 2 || shown * 2 <= signals.length) return;
    scored.push({ id: profile.id, shown, share: shown / signals.length, order });
  });
  scored.sort((a, b) => b.share - a.share || b.shown - a.shown || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.id);
}

/** A story's fit with every offset moved by `delta` (an edit before the story). */
export function shiftFit(fit: readonly PrincipleFit[], delta: number): PrincipleFit[] {
  // A signal not shown has no offsets, nor a principle none of whose signals is shown: both are shared.
  return fit.map((p) =>
    p.signals.some((x) => x.shown)
      ? { principle: p.principle, signals: p.signals.map((x) => (x.shown ? { id: x.id, label: x.label, shown: true, start: x.start! + delta, end: x.end! + delta } : x)) }
      : p,
  );
}

/** Test hook: the detector ids, to prove every profile signal has one. */
export const DETECTOR_IDS: readonly string[] = Object.keys(DETECTORS);
