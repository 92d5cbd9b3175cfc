import type { PhraseLists } from './types';

// Built-in phrase lists. Literal, lower-case phrases with straight apostrophes: the engine escapes
// them, matches them on word boundaries, case-insensitively, with ’ and ' treated alike.
// A phrase is only a cue: each rule decides in which sections it counts and what cancels it
// (a vague outcome next to a figure, for instance; "kind of" after a determiner is a noun, not a hedge).

export const PHRASES: PhraseLists = {
  handOff: [
    'escalated it', 'escalated the issue', 'escalated the problem', 'escalated this', 'escalated to',
    'escalated up', 'raised it with', 'raised the issue with', 'raised it to the', 'raised it to their', 'sent them a slack message',
    'sent a slack message', 'sent them a slack', 'slacked them', 'sent them a message', 'sent them an email',
    'sent an email to', 'emailed them', 'dropped a note in', 'posted in their channel',
    'posted in their slack channel', 'pinged them', 'pinged the team', 'pinged the owning team', 'pinged the owners',
    'pinged the on-call', 'pinged someone', 'pinged my manager', 'looped in the', 'let them drive', 'raised a jira', 'raised a jira for', 'opened a jira', 'filed a jira',
    'passed it to l2', 'passed it to support',
    'filed a ticket', 'filed a bug with', 'opened a ticket with', 'opened a ticket for them', 'cut a ticket',
    'cut them a ticket', 'raised a ticket', 'logged a ticket', 'created a ticket for', 'they handled it', 'they handled the', 'they took over', 'they took it over',
    'they fixed it', 'they took care of it', 'they took it from there', 'they resolved it',
    'they looked into it', 'they sorted it out', 'they fixed the problem', 'they fixed the issue',
    'handed it off', 'handed it over', 'handed off', 'handed over to', 'passed it to', 'passed it on',
    'passed it along', 'left it to', 'left it with', 'left them to', 'waited for them', 'waited for their',
    'waited until they', 'waited for a response', 'waited for someone', 'let them know and', 'told my manager',
    'reported it to', 'informed my manager', 'notified them', 'notified the owning team', 'made them aware',
    'brought it to their attention', 'assumed they would', 'hoped they would', 'it was up to them',
    'forwarded it to', 'routed it to', 'reassigned it to', 'delegated it to', 'someone else fixed',
    'someone else handled',
  ],
  vagueOutcome: [
    'things got better', 'things improved', 'things were better', 'it got better', 'it went well', 'went well',
    'went smoothly', 'went really well', 'went great', 'the team was happy', 'team was happy',
    'the team was pleased', 'everyone was happy', 'everybody was happy', 'everyone was pleased',
    'the customer was happy', 'customers were happy', 'the client was happy', 'stakeholders were happy',
    'my manager was happy', 'my manager was pleased', 'leadership was happy', 'leadership was pleased',
    'was well received', 'well received', 'positive feedback', 'good feedback', 'great feedback',
    'got a lot of praise', 'it improved', 'improved a lot', 'improved greatly', 'greatly improved',
    'significantly improved', 'improved significantly', 'dramatically improved', 'much better', 'a lot better',
    'way better', 'a big improvement', 'a huge improvement', 'big impact', 'huge impact', 'a big success',
    'a huge success', 'was a success', 'was successful', 'it worked', 'worked out', 'worked well', 'it helped',
    'helped a lot', 'made a difference', 'made a big difference', 'made things easier', 'made life easier',
    "made everyone's life easier", 'more efficient', 'more reliable', 'more stable', 'faster than before',
    'better than before', 'the problem was solved', 'the issue was resolved', 'the problem went away',
    'the issue went away', 'is going well', 'going well', 'all is well', 'all good now', 'great experience', 'a lot of goodwill', 'goodwill', 'win-win', 'everyone benefited',
    'was a big win', 'a big win', 'a huge win', 'loved it', 'liked it', 'appreciated it',
    'the feedback was great', 'feedback was great', 'feedback was positive', 'saved a lot of time', 'saved a lot of money', 'a lot of time', 'a lot of money',
    'positive impact', 'good results', 'great results', 'everything was fine', 'went down a lot', 'went up a lot',
    'dropped a lot', 'a lot less', 'a lot fewer', 'a lot faster', 'way fewer', 'far fewer', 'much fewer', 'much less',
    'stopped complaining', 'fewer complaints', 'people were happier', 'everyone loved it', 'people loved it',
  ],
  hedges: [
    'i think', 'i guess', 'i believe', 'i feel like', 'i suppose', 'i assume', 'i assumed', 'i hope', 'i hoped',
    'hopefully', 'maybe', 'perhaps', 'probably', 'possibly', 'kinda', 'sort of', 'kind of', 'sorta', 'somewhat',
    'more or less', 'pretty much', 'i tried to', 'try to', "i'd say", 'i would say', "i'm not sure",
    'not sure if', "i don't know", "i don't remember", 'if i remember correctly', 'if i recall correctly',
    'i might have', 'might have', 'to some extent', 'to some degree', 'a little bit', 'fairly',
    "i'm pretty sure", 'pretty sure', 'seemed to help', 'seemed to work', 'seemed to fix', 'seemed to improve',
    'it seems like', 'tried my best', 'the best i could', 'as best i could', 'the best that i could', 'i was trying to',
    'i was just trying to', 'can only assume', 'pretty well', 'did my best', 'more than likely', 'i basically', 'in hope that', 'in the hope that', 'i must not have',
    'i was lucky', 'we were lucky', 'i got lucky', 'we got lucky', 'luckily for me', 'luckily for us', 'it seemed that', 'it seemed like', 'or at least i',
    'try my best', 'trying my best', 'despite my best efforts', 'as well as i could', 'as well as we could',
  ],
  scopeBoundary: [
    'not my team', "wasn't my team", "not my team's", 'not our team', 'outside my team', 'outside our team',
    'outside my scope', 'outside our scope', 'outside my remit', 'outside my role', 'outside my area',
    'outside my responsibilities', 'out of my scope', 'out of scope for my team', 'not my responsibility',
    "wasn't my responsibility", 'not my job', "wasn't my job", 'not part of my job', 'not part of my role',
    'not in my job description', 'beyond my job description', 'beyond my role', 'beyond my scope',
    'not my area', 'not my project', 'not my service', 'not my code', "wasn't my code", 'no ticket',
    'without a ticket', 'no jira', 'no one asked', 'nobody asked', 'no one had asked', 'nobody had asked',
    'without being asked', 'without anyone asking', 'unasked', 'not assigned', "wasn't assigned",
    'never assigned', 'nobody assigned', 'on my own initiative', 'on my own time', 'in my spare time',
    'in my own time', 'i volunteered', 'volunteered to', 'self-initiated', 'self-directed',
    'i took it upon myself', 'took the initiative', 'i decided to take ownership', 'i decided to take it on',
    'not on our roadmap', 'not on the roadmap', "wasn't on the roadmap", "not on anyone's roadmap",
    'not in my sprint', 'not in our sprint', 'owned by another team', 'belonged to another team',
    "another team's", 'another team owned', "a different team's", 'no owner', 'no clear owner', 'no one owned',
    'nobody owned', 'nobody was looking at', 'no one was looking at', 'nobody was working on',
    'no one was working on', 'unowned', 'fell between teams', 'fell through the cracks', "no one's job",
    "nobody's job", 'side project',
  ],
  assigned: [
    'my manager asked me', 'my manager told me', 'my manager suggested', 'my manager assigned',
    'my manager wanted me', 'my manager gave me', 'my manager had me', 'my manager put me on',
    'my lead asked me', 'my tech lead asked', 'my team lead asked', 'my boss asked', 'my boss told me',
    'my director asked', 'my skip asked', 'i was assigned', 'was assigned to me', 'got assigned',
    'i was asked to', 'i was asked by', 'i was tasked with', 'i was tasked to', 'i was told to',
    'i was given the task', 'i was given the ticket', 'was handed to me', 'the ticket was assigned',
    'it was my ticket', 'it was in my sprint', 'i had free time', 'i had some free time', 'i had spare cycles',
    'i had bandwidth', 'i had some bandwidth', 'since i had bandwidth', 'because i had bandwidth',
    'because i was bored', 'i was bored', 'nothing else to do', 'it was a slow week', 'i was between projects',
    'was given to me', 'were given to me', 'it was given to me', 'landed on my plate', 'landed on my desk', 'ended up on my plate', 'voluntold', 'i was voluntold', 'fell to me',
    'was given this', 'got handed', 'handed it to me', 'handed me', 'put me on', 'pulled me in', 'pulled me onto',
  ],
  genericReflection: [
    'communication is important', 'communication is key', 'i learned the importance of communication',
    'importance of communication', 'teamwork is important', 'teamwork makes', 'importance of teamwork',
    'collaboration is key', 'collaboration is important', 'i learned a lot', 'learned a lot', 'taught me a lot',
    'always test', 'test more', 'importance of testing', 'importance of planning',
    'importance of documentation', 'time management', 'manage my time better', 'i would communicate more',
    'communicate more', 'communicate better', 'over-communicate', 'overcommunicate',
    'keep everyone in the loop', 'keep stakeholders in the loop', 'plan better', 'plan ahead',
    'prioritize better', 'prioritise better', 'ask for help earlier', 'ask for help sooner',
    'be more proactive', 'be more careful', 'pay more attention', 'attention to detail', 'double-check my work',
    'double check my work', 'i grew a lot', 'it was a great learning experience', 'great learning experience',
    'a learning experience', 'made me a better engineer', 'made me a better developer', 'never give up',
    'hard work pays off', 'work harder', 'stay positive', 'be patient', 'out of my comfort zone',
    'think outside the box', 'go the extra mile', "wouldn't change anything", 'would not change anything',
    'nothing i would change', 'small changes can add up', 'small changes add up', 'small things add up',
    'little things matter', 'details matter', 'the little things', 'keeping everyone aligned', 'good planning',
    'question assumptions', 'never assume', 'trust but verify', 'lessons learned', 'team effort', 'trust my instincts',
    'trust my gut', 'follow my gut', 'go with my gut', 'matter more than process', 'people matter more', 'people over process',
    'speak up', 'ask more questions', 'stay humble', 'stay curious', 'keep learning', 'never stop learning', 'fail fast',
    'learn from my mistakes', 'learn from mistakes', 'everyone makes mistakes', 'okay to fail', 'ok to fail',
    'done is better than perfect', 'the customer is always right', 'customer is always right', 'best policy', 'the power of a good team', 'power of a good team',
    'even if it is not your job', "even if it's not your job", 'invest in people', 'enemy of good', 'listen more', 'listen to the customer', 'put the customer first',
  ],
  businessImpact: [
    'revenue', 'cost', 'costs', 'saved', 'saving', 'savings', 'spend', 'budget', 'dollars', 'per month',
    'per year', 'per week', 'per day', 'per quarter', 'monthly', 'annually', 'annual', 'yearly', 'customer',
    'customers', 'user', 'users', 'clients', 'merchants', 'sellers', 'subscribers', 'churn', 'conversion rate', 'conversions', 'conversion on', 'conversion by', 'lifted conversion', 'checkout conversion',
    'retention', 'signups', 'sign-ups', 'orders', 'sales', 'checkout', 'bookings', 'support tickets',
    'support volume', 'tickets', 'complaints', 'escalations', 'nps', 'csat', 'on-call', 'pages',
    'engineering hours', 'engineer hours', 'developer hours', 'hours per week', 'hours a week',
    'hours per month', 'hours saved', 'person-hours', 'time to market', 'lead time', 'downtime', 'outage',
    'outages', 'availability', 'uptime', 'sla', 'slas', 'risk', 'compliance', 'audit', 'security',
    'vulnerability', 'incident', 'incidents', 'data loss', 'breach', 'penalties', 'fines', 'unblocked',
    'freed up', 'headcount', 'contract', 'renewal', 'renewed', 'onboarding time', 'productivity',
    'paying', 'rating', 'app store', 'app-store', 'ahead of schedule', 'injuries', 'injury', 'safety',
    'unauthorised', 'unauthorized', 'fraud', 'chargebacks', 'deadline', 'launch date', 'engineer-hours', 'engineer-days', 'engineer-weeks', 'engineer-months', 'engineer-years', 'freeing',
    'product work', 'person-days', 'hours of waiting', 'hours of toil', 'toil', 'per engineer',
    'reader', 'readers', 'patients', 'guests', 'shoppers', 'buyers', 'passengers', 'negative feedback',
  ],
  secondOrder: [
    'adopted', 'adopted by', 'adopting', 'became the standard', 'became standard', 'became a standard',
    'became the default', 'is now the default', 'now the default', 'now the standard', 'made it the default',
    'now used by', 'now used across', 'reused', 'reused by', 'rolled out to', 'rolled it out to', 'other teams',
    'another team', 'across teams', 'across the org', 'across the organization', 'across the organisation',
    'across the company', 'org-wide', 'company-wide', 'team-wide', 'template', 'templates', 'playbook',
    'runbook', 'still in use', 'still used', 'since then', 'ever since', 'to this day', 'onboarded',
    'mechanism', 'standard practice', 'best practice', 'guideline', 'guidelines', 'checklist', 'lint rule',
    'linter', 'ci check', 'paved road', 'golden path', 'shared library', 'replicated', 'copied by',
    'extended to', 'expanded to', 'has not recurred', "hasn't recurred", 'did not recur', "didn't recur",
    'never recurred', 'no recurrence', 'design review', 'tech talk', 'brown bag', 'new hires', 'onboarding doc',
    'blueprint', 'now use', 'now uses', 'now run', 'now runs', 'now part of', 'is now part of', 'are now part of',
    'now a default', 'a default stage', 'copied', 'copied into', 'other repos', 'other services', 'sister sites',
    'site-wide', 'fleet-wide', 'every new', 'all teams', 'every team', 'two other', 'three other', 'four other',
    'checklists', 'runbooks', 'playbooks', 'mechanisms', 'linters', 'lint rules', 'ci checks', 'blueprints',
  ],
  systemic: [
    'root cause was', 'the root cause', 'real root cause', 'underlying cause', 'organizational',
    'organisational', 'organization', 'organisation', 'org structure', 'process gap', 'no process',
    'lack of process', 'no owner', 'no clear owner', 'unclear ownership', 'ownership gap', 'lack of ownership',
    'clear ownership', 'shared ownership', 'nobody owned', 'no one owned', 'incentive', 'incentives',
    'mechanism', 'mechanisms', 'across teams', 'cross-team', 'between teams', 'slo', 'slos', 'sla', 'slas',
    'error budget', 'standard', 'standards', 'visibility', 'accountability', 'systemic', 'system-level',
    'culture', 'cultural', 'structural', 'the real gap', 'the real problem', 'blind spot', 'blind spots',
    'feedback loop', 'guardrail', 'guardrails', 'silo', 'silos', 'siloed', 'single point of failure',
    'bus factor', 'handoffs', 'hand-offs', 'team boundaries', "conway's law", 'governance', 'prioritization',
    'prioritisation', 'planning process', 'review process', 'operational review', 'tooling gap', 'no alerting',
    'no monitoring', 'structural gap', 'team structure', 'reused the pattern', 'copied the pattern',
    'same pattern', 'design process', 'hiring process', 'accountable', 'budget', 'sponsor', 'metrics', 'team metric', 'team by team',
    'company policy', 'org policy', 'team policy', 'by default', 'no shared', 'nobody checking', 'nobody was checking', 'nobody checked', 'no one checked',
    'funding', 'owner', 'owning team', 'ownership', 'org-wide', 'company-wide', 'fell between', 'no one was responsible',
    'nobody was responsible', 'funded', 'paid for', 'policy decision', 'checklist', 'launch review',
    'shared path', 'shared infrastructure', 'split ownership', 'who gets paged', 'shared account', 'shared platform', 'per-team', 'per team', 'now requires',
    'made it policy', 'made policy', 'never saw', 'no one saw', 'nobody saw', 'charged to', 'incentivised', 'incentivized',
  ],
};

/**
 * Second-order wording of real writing ("no longer", "culture", "entire team"): enough to tell
 * result-missing-second-order the result reaches past the fix, too loose for principle fit to
 * count as a mechanism, an adoption or a reach (principleFit.ts leaves these out).
 */
export const LOOSE_SECOND_ORDER: readonly string[] = [
  'no longer', 'anymore', 'any more', 'culture', 'entire team', 'entire crew', 'entire org', 'entire organization', 'entire company', 'whole team',
  'long-term', 'longer-term', 'lasting', 'eliminated all', 'from then on', 'shared component', 'future projects',
  'all my team', 'stopped the', 'the next project', 'later projects', 'other stores', 'other sites',
  // The work went on to serve others' decisions: "the analysis was used to inform the team's positions".
  'used to inform', 'used to shape', 'used to guide', 'used as the basis', 'used as a basis', 'used as a template', 'used as the template', 'used as a model',
  // It did not recur: "that class of outage has not come back", "the same bug never happened again".
  'has not come back', "hasn't come back", 'have not come back', "haven't come back", 'never came back', 'not happened again', "hasn't happened again",
  "haven't happened again", 'never happened again', 'did not happen again', "didn't happen again", 'no similar incident', 'no similar incidents',
  'without a repeat', 'no repeat incidents', 'the fix held', 'fix has held', 'the change held',
  // A whole kind of failure gone, not one instance: "eliminated a whole class of bugs".
  'whole class of', 'entire class of', 'class of bugs', 'class of errors', 'class of issues', 'class of incidents', 'class of outages',
  // It lasted or spread: "the practice stuck", "kept using it after I left", "later applied to the payments service".
  'process stuck', 'practice stuck', 'habit stuck', 'change stuck', 'ritual stuck', 'after i left', 'after i moved on', 'kept using', 'still using',
  'later applied to', 'since applied to', 'also applied to', 'lasting change',
  // Left for the people who come after, or spread to a whole office: "a cheat sheet for future interns".
  'future interns', 'future hires', 'future new hires', 'future students', 'future cohorts', 'future employees', 'future volunteers', 'future team members',
  'whole office', 'entire office', 'whole department', 'entire department', 'whole company', 'whole school', 'entire school',
  // It lasts, or the business came back for more: "permanently improved release quality", "led to further business".
  'permanently', 'further business', 'repeat business', 'follow-on work', 'follow-on contract', 'follow-on project', 'renewed the contract', 'renewed their contract', 'expanded the contract',
];

/**
 * Patterns tuned on real writing (../shared/corpus-real), matched over a sentence's words by stem
 * with adverbs, intensifiers and determiners allowed in between (src/core/tokens.ts): `{a|b}` is
 * either word, `*` any one word, `=word` that very word rather than its stem. The lists a rule
 * reads by stem (hand-off, vague outcome, assigned) take them so; second-order ones are literal.
 */
export const PHRASE_PATTERNS: Partial<Record<keyof PhraseLists, readonly string[]>> = {
  // The worth of sales, marketing and hiring work ("75 leads", "a 32% activation lift", "time-to-hire").
  businessImpact: [
    'leads', 'sales pipeline', 'arr', 'mrr', 'deals closed', 'closed deals', 'activation', 'activations', 'renewals', 'time-to-hire',
    'time to hire', 'offer acceptance', 'staff turnover', 'employee turnover', 'attrition', 'qualified leads', 'win rate',
  ],
  handOff: [
    'to my chain of command', 'suggested an escalation', 'passed them to', 'passed him on to', 'passed her on to', 'passed them on to',
    // Asking someone else to do the fix itself (not to review, approve or help): "asked the vendor to fix it".
    '{ask|asked} {them|him|her|someone|support|ops|owners|vendor|vendors|engineers|developers|admins} to {fix|handle|resolve|investigate|debug|solve}',
    '{ask|asked} {them|him|her|someone|support|ops|owners|vendor|vendors|engineers|developers|admins} to look into',
    '{ask|asked} the * team to {fix|handle|resolve|investigate|debug|solve}', '{ask|asked} the * team to look into', '{ask|asked} {them|him|her|someone} to take care of',
  ],
  vagueOutcome: [
    '{improve|enhance|boost|increase|strengthen|accelerate|streamline|simplify|optimize|optimise} {reliability|performance|velocity|efficiency|productivity|experience|quality|security|scalability|stability|collaboration|communication|morale|process|workflow|visibility|lifecycle|operations|management|posture|satisfaction|engagement|confidence|cycle|cycles|dialogue|delivery|speed|maintainability|usability}',
    '{improve|enhance|boost|increase|strengthen|accelerate|streamline|simplify|optimize|optimise} * {reliability|performance|velocity|efficiency|productivity|experience|quality|security|scalability|stability|collaboration|communication|morale|process|workflow|visibility|lifecycle|operations|management|posture|satisfaction|engagement|confidence|cycle|cycles|dialogue|delivery|speed|maintainability|usability}',
    '{reduce|lower|decrease|mitigate|prevent|minimize|minimise|cut} {cost|costs|risk|risks|issues|problems|losses|failures|errors|delays|time|toil|friction|incidents|bugs|complaints|problem|effort|efforts|frustration|confusion}',
    '{reduce|lower|decrease|mitigate|prevent|minimize|minimise|cut} * {cost|costs|risk|risks|issues|problems|losses|failures|errors|delays|time|toil|friction|incidents|bugs|complaints|problem|effort|efforts|frustration|confusion}',
    '{build|gain|earn|re-earn|win|regain|rebuild} trust', '{build|gain|earn|re-earn|win|regain|rebuild} * trust', 'trust was gained', 'trust between',
    'a success', 'great success', 'went downhill', 'went great', 'turned out well', 'complete the project', 'complete * project', 'complete * projects', 'completed successfully',
    '{gain|receive|earn|get} appreciation', 'appreciated my', 'better feedback', 'good grades', 'testament to', 'contributed to the success',
    'high quality', 'high-quality', 'with confidence', 'more {secure|collaborative|efficient|productive|robust|scalable|confident|engaged|organized|organised|accurate|predictable|consistent}',
    'smoother', 'benefited the', 'benefited everyone', '{manage|handle} the situation well', 'achieved the goals', 'achieve * goals', 'address * pain points',
    'made an impact', 'had an impact', 'a positive impact', 'everyone supported', 'significant difference',
    'empower', 'empowered', 'scaled well', 'scale well', 'a robust', 'faster {development|delivery|onboarding|releases|iteration|cycles}',
    'better {documentation|communication|visibility|understanding|avenue|dialogue|collaboration|experience|process|tooling|quality|outcomes|results|alignment}',
    'returned to normal', 'back to normal', 'the benefits were', 'healthy culture',
    // With two words of the writer's own between verb and noun: "prevented common production issues".
    '{reduce|lower|decrease|mitigate|prevent|minimize|minimise} * * {issues|problems|failures|errors|delays|toil|friction|incidents|bugs|complaints}',
    '{lead|result} {to|in} {improvements|benefits|gains}', '{lead|result} {to|in} * {improvements|benefits|gains}', '{lead|result} {to|in} * * {improvements|benefits|gains}',
    'help * {understand|prepare|learn|grow|succeed}', 'benefits were {immediate|huge|significant|clear|obvious|enormous|tremendous|substantial}',
    '{expand|grow|broaden|widen} {user|customer|client} base',
    'appreciate * {effort|efforts|work|help|initiative|support}', '{receive|get|earn|gain|win} {recognition|praise|kudos|accolades}',
    '{improve|drop|fall|rise|grow|reduce|decrease|increase|shrink|decline} {dramatically|considerably|substantially|drastically|noticeably|significantly|markedly|greatly|massively|hugely|tremendously|vastly}',
    'a {clear|noticeable|marked|major|significant} improvement', 'in record time', '{savings|gains|improvements} were {substantial|significant|huge|enormous|considerable|tremendous}',
    '{perform|performed} well', '{successful|positive} outcome', '{recognized|recognised} by {management|leadership|my|our|the|senior}',
    'save * {time|effort}', 'appreciated by', '{loved|liked} {my|our} {work|idea|approach|solution|design|proposal|demo}', 'win back * trust',
    '{everyone|everybody} wins', 'became {maintainable|scalable|robust}', 'made * {scalable|maintainable}',
    // A change told with no size (a figure in its clause or the next measures it: outcomeReading.ts).
    'a {significant|substantial|considerable|huge|big|dramatic|massive|noticeable|sizable} {increase|decrease|reduction|boost|drop|rise|jump|decline|uptick}',
    '{make|made} {big|huge|great|major|significant|massive|real|tremendous} improvements', '{return|returned|came|come|got|get|back} close to normal',
    '{improve|increase|strengthen|boost|deepen|improved|increased|strengthened|boosted|deepened} trust', '{improve|increase|strengthen|boost|deepen|improved|increased|strengthened|boosted|deepened} * trust',
    '{morale|latency|throughput|productivity|satisfaction|engagement|retention|velocity|uptime|accuracy|efficiency|collaboration|communication} {improved|rose|increased|grew|improve|rise|increase|grow}',
    // Done "successfully", and nothing to weigh it by: "implemented the new flow successfully".
    '{implement|deliver|launch|deploy|complete|roll} * successfully', '{implement|deliver|launch|deploy|complete} * * successfully', '{implement|deliver|launch|deploy|complete} successfully',
    '{defects|errors|complaints|churn|downtime|incidents|toil|latency|escalations} {dropped|fell|decreased|declined|drop|fall|decrease|decline}',
    'became {fast|stable|faster|reliable|seamless} and {fast|stable|faster|reliable|seamless}',
    '{increase|increased|improve|improved} {discovery|discoverability|adoption|awareness|alignment}', '{increase|increased|improve|improved} * {discovery|discoverability|awareness|alignment}',
    // The passive of the same claim: "client satisfaction and loyalty was increased".
    '{satisfaction|loyalty|morale|engagement|retention|productivity|efficiency|collaboration|communication} {was|were} {increased|improved|boosted|enhanced|strengthened|raised}',
    'resonated {better|well|strongly} with', '{move|moved} forward {smoothly|well}', '=went {faster|quicker|smoother}', '=ran {faster|quicker|smoother}',
    'more {durable|resilient|maintainable|usable|user-friendly|cohesive|united}', '{greater|bigger|larger} impact', 'turned out {ok|okay|fine|great|good}',
    // Soft business outcomes with nothing to weigh them by: "restored their confidence", "changed for the better".
    'changed for the better', '{restore|regain|rebuild} * confidence', '{preserve|protect} * reputation', 'crisis was averted', 'crisis averted', '{avert|averted} * crisis', 'made me a better',
    '{significantly|considerably|noticeably|dramatically|far|much} {faster|quicker|smoother|cheaper}',
    // Recovery and praise with nothing to weigh them by: "got the project back on track", "did a great job", "made me so happy".
    'back on track', 'back on course', '{do|did} a {great|good|fantastic|amazing|wonderful} job', '{make|made} strides', 'a changed person',
    '{make|made} {me|us|him|her|them|everyone} {happy|proud|glad}', '=went fine', 'fine in the end',
    // Less of a burden, more of a quality, told with nothing to weigh it by: "reduced rework", "improved observability", "release confidence increased".
    '{reduce|lower|decrease|minimize|minimise|cut} {rework|overhead|workload|noise|downtime|stress|churn}', '{reduce|lower|decrease|minimize|minimise|cut} * {rework|overhead|workload|noise|downtime|stress}',
    '{improve|enhance|boost|increase|strengthen} {observability|clarity|resilience|coverage|maintainability|alignment}', '{improve|enhance|boost|increase|strengthen} * {observability|clarity|resilience|coverage}',
    '{confidence|coverage|reliability|stability|trust} {improved|rose|increased|grew}',
    'better {resilience|observability|clarity|reliability|stability|performance}', '{smooth|seamless|flawless} {transition|rollout|launch|handover|migration|cutover}',
    '{uplift|boost|lift} in * morale', '{boost|lift|raise|raised|boosted|lifted} * morale', 'morale remained {positive|high|good}',
    // Praise of the work or of oneself, with nothing to weigh it by: "a stellar final product", "made me the person I am today".
    'a {stellar|excellent|outstanding|fantastic|great} {final|end} {product|result|deliverable}', 'made me the person i am today', 'worth the effort',
    '{contribute|contributed} to a more',
    // Loyalty, goodwill and feelings told as the outcome, a problem "was resolved", a mission "accomplished", with nothing to weigh them by.
    '{build|create|foster|maintain|strengthen} * loyalty', '{build|create|foster|maintain} * goodwill', 'turn * negative * into * positive', 'had a {direct|real|major|significant|huge|big|lasting} impact',
    '{left|leave|leaving|felt|feel|feeling} {valued|appreciated|accomplished|heard|respected}', '{issue|issues|problem|problems} =was {resolved|solved|fixed}', '{issue|issues|problem|problems} =were {resolved|solved|fixed}',
    '{mission|goal|goals|task|objective|objectives} =was {accomplished|achieved|met}', '{mission|goal|goals|task|objective|objectives} =were {accomplished|achieved|met}', '{downtime|disruption|impact} was minimal',
  ],
  assigned: [
    'i was told i would', "i was told i'd", 'i was brought on to', 'i was brought in to', 'i was brought on as', 'i was hired to', 'i was hired as',
    'i was granted the opportunity', 'i was given the opportunity', 'i was chosen to', 'i was selected to', 'i was picked to', 'i was put in charge',
    'i was handed', 'i was responsible for', 'tasks i was responsible for', 'my task was to', 'my job was to', 'it was my job to',
    'my responsibility was to', 'my assignment was', 'we were =tasked', 'our team was =tasked', 'my team was =tasked', '{my|our} team {was|were} =assigned', '{my|our} team {was|were} =asked to', 'we were =asked to', 'we were =assigned',
    'i was asked', '{boss|bosses|manager|client|customer|lead|director} {requested|demanded}', 'it was decided that i', 'i received a sev',
    // An adjective inside: "my immediate responsibility was to", "my main task was to"; a role for one day or shift.
    'my * {responsibility|task|job|duty} was to', '{the|another|our} task was to', '=being tasked with', 'my work {is|was} to', 'my role {that|this} {day|night|shift|week|morning|evening|afternoon} was to',
    // Someone else's ask: "the dept head asked me to prepare…", "they asked me to step in".
    '{he|she|they|head|lead|manager|boss|director|supervisor|teacher|professor|client|customer|owner|chef|captain|sergeant|coach|principal|colleague|coworker|chair|dean} asked me to',
    // Told what to be: "I was told I was to lead". ("My role was to…" is left alone: as often a job's description as the brief.)
    'i was told i was to', 'i was told that i would', 'i was told that i was to',
    // Chosen for the role by others; the subject left out after "and": "…approached me and was asked to build…".
    'i was {appointed|nominated|elected} {to|as}', 'i was {selected|chosen|picked} as', 'and was {asked|told} to', 'and was tasked with',
    // The duty in other orders: "it was my responsibility to", "one of my main assignments is to", "I was told we had to".
    'it was my {responsibility|duty} to', 'one of my * {assignments|tasks|responsibilities|duties} {is|was} to', 'one of my {assignments|tasks|responsibilities|duties} {is|was} to',
    '{member|staff|colleague|coworker|customer|client|manager|boss|lead|supervisor|director|teacher} asking me to',
    // Sent, trusted with it, or the whole firm asked: "I was sent to investigate", "my boss trusted me to", "our company was asked to assist".
    'i was sent to', 'i was sent back to', '{boss|manager|lead|supervisor|director} trusted me {to|with}', '{company|firm|department|unit} was =asked to',
    'gave me {assignment|assignments}', 'i was {parachuted|dropped|drafted} into',
    'i was told {i|we} {had|needed|were|was} to', 'i was told that {i|we} {had|needed|were|was} to', 'i was given * {week|weeks|day|days|month|months|hour|hours} to',
    // Work taken from a queue or handed over by name: "I picked up a ticket on my board", "she assigned me the task of…", "I was summoned".
    'i picked up {a|the} {ticket|task|story|bug|issue}', '{he|she|they|manager|boss|lead|supervisor|director} assigned me', '{we|i} have been =assigned', 'i was summoned',
    // Handed over by others' plan: "what I was supposed to do was…", "I was given new responsibilities", "I was called in to help"
    // (not "we were given the group assignment": corpus-real's b006 reads a class's task as the setting).
    'what i was supposed to do', 'i was given * {program|project|task|tasks|responsibilities|duties|orders}', 'i was called in to',
  ],
  secondOrder: LOOSE_SECOND_ORDER,
};

/**
 * Abstract virtues: "<virtue> is important", "the importance of <virtue>" reads as a lesson that
 * could end any story.
 */
export const ABSTRACT_VIRTUES: readonly string[] = [
  'communication', 'teamwork', 'collaboration', 'planning', 'accountability', 'ownership', 'alignment',
  'documentation', 'testing', 'transparency', 'trust', 'feedback', 'patience', 'prioritization', 'prioritisation',
  'focus', 'empathy', 'balance', 'work life balance', 'work-life balance', 'preparation', 'persistence',
  'flexibility', 'adaptability', 'leadership', 'process', 'quality', 'listening', 'honesty', 'hard work',
  'attention to detail', 'time management', 'organization', 'organisation', 'follow-up', 'follow up',
  'customer focus', 'curiosity', 'learning', 'asking questions', 'good planning', 'clear communication',
  'being proactive', 'proactivity', 'initiative', 'discipline', 'consistency', 'simplicity', 'speed', 'honesty',
  'disagree and commit', 'respect', 'kindness', 'empowerment', 'mentoring', 'mentorship', 'people',
];
