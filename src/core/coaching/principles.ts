import type { PrincipleGuidance, PrincipleGuide } from './types';
import { PRINCIPLE_NAMES } from './principleNames';

// Amazon's 16 Leadership Principles: how to angle a story for each, and the follow-up questions
// an interviewer probes with. Names are Amazon's (principleNames.ts); every other line is
// coaching in our own words.

const GUIDANCE: Record<string, PrincipleGuidance> = {
  'customer-obsession': {
    summary: 'Start from the customer and work backwards; their trust is earned and kept, not assumed.',
    leadWith: 'Open with the customer and what the problem cost them: who was affected, how you knew, and how much.',
    emphasize: [
      'How you learned about the customer\'s pain: usage data, tickets, a conversation, not a guess',
      'A decision where the customer\'s interest beat convenience or a deadline',
      'The measured change in what the customer experienced',
    ],
    downplay: ['Internal tooling details the customer never saw', 'Who was supposed to own the problem internally'],
    followUps: [
      {
        question: 'How did you know this mattered to customers and not just to your team?',
        probes: 'Whether the customer insight rests on evidence.',
        strongShows: 'Specific signals (ticket volume, usage numbers, a call with the customer) and how they changed the plan.',
        weakSigns: 'A belief about what customers "always want", with no source.',
      },
      {
        question: 'Tell me about a point where the customer\'s interest and your team\'s interest pulled apart.',
        probes: 'Working backwards from the customer when it is inconvenient.',
        strongShows: 'A real trade-off, what was given up for the customer, and how the cost was justified.',
        weakSigns: 'No tension at all, or the customer quietly lost and the story moved on.',
      },
      {
        question: 'What did you do after the change shipped to confirm customers were better off?',
        probes: 'Closing the loop with the customer.',
        strongShows: 'Going back to the data or the customer, checking the outcome, and acting on what came back.',
        weakSigns: '"They stopped complaining, so I assumed it worked."',
      },
    ],
  },
  'ownership': {
    summary: 'Act for the whole company and the long term, past the edge of your own team; "not my job" is never the answer.',
    leadWith: 'Open with the boundary (whose problem it was, that nobody asked), then what taking it on got the business.',
    emphasize: [
      'The scope boundary: another team\'s system, no ticket, no request',
      'Every step in the first person, through to verification',
      'The durable fix chosen over the quick patch',
      'Follow-through after the hand-over: you watched it land',
    ],
    downplay: ['Group-effort language that blurs your part', 'Anything suggesting you were told to do it'],
    followUps: [
      {
        question: 'Why did you take this on when it was not yours?',
        probes: 'Where the initiative came from.',
        strongShows: 'A cost to customers or the business that nobody was addressing, and a deliberate choice to act.',
        weakSigns: 'Spare time, a manager\'s suggestion, or curiosity with no stake.',
      },
      {
        question: 'What happened when the owning team was slow to respond or pushed back?',
        probes: 'Ownership beyond the code: persuasion and follow-through.',
        strongShows: 'A ready-to-review fix that made yes easy, and follow-up until it was in production.',
        weakSigns: 'A message sent, then waiting for them to act.',
      },
      {
        question: 'What did you put in place so it would not happen again?',
        probes: 'Long-term thinking over the one-off fix.',
        strongShows: 'An alarm, a test, a runbook or a mechanism that catches the whole class of problem.',
        weakSigns: '"Everyone was more careful after that."',
      },
      {
        question: 'What did you deprioritise to make room for this, and who knew?',
        probes: 'Judgement about your own commitments.',
        strongShows: 'A conscious trade-off, communicated to the people who depended on the other work.',
        weakSigns: 'Own commitments slipped silently, or nothing was given up at all.',
      },
    ],
  },
  'invent-and-simplify': {
    summary: 'Look for new ideas anywhere and make things simpler, even if people misread the idea for a while.',
    leadWith: 'Open with the before and after: what was complicated, and what your simpler approach replaced.',
    emphasize: [
      'Where the idea came from and why the existing approach fell short',
      'What you removed, not only what you added',
      'Adoption by people who had no obligation to use it',
    ],
    downplay: ['Implementation minutiae', 'Novelty for its own sake'],
    followUps: [
      {
        question: 'What alternatives did you consider, and what made yours simpler?',
        probes: 'Whether the simplification was reasoned or accidental.',
        strongShows: 'Two or three options compared on a clear criterion, with the chosen one removing moving parts.',
        weakSigns: 'The first idea, adopted because it was the first.',
      },
      {
        question: 'Who resisted the new approach, and how did you win them over?',
        probes: 'Willingness to be misunderstood and to persuade with evidence.',
        strongShows: 'A prototype or data that changed minds, and patience with early scepticism.',
        weakSigns: 'Nobody resisted, or the idea was imposed.',
      },
      {
        question: 'What did people stop doing because of what you built?',
        probes: 'Real simplification versus added complexity.',
        strongShows: 'A manual step, a service or a meeting that went away, with the time saved.',
        weakSigns: 'A new tool layered on top of everything that already existed.',
      },
    ],
  },
  'are-right-a-lot': {
    summary: 'Good judgement and instincts, tested against different views and against your own assumptions.',
    leadWith: 'Open with the decision, what was uncertain at the time, and how the call turned out.',
    emphasize: [
      'What you knew and what you did not when you decided',
      'How you tried to prove yourself wrong',
      'Perspectives you sought that differed from yours',
      'How the decision held up, measured',
    ],
    downplay: ['Luck presented as judgement', 'Consensus offered as the reason for the call'],
    followUps: [
      {
        question: 'What information were you missing, and how did you decide anyway?',
        probes: 'Deciding under uncertainty.',
        strongShows: 'The gap named, the risk bounded, and a signal chosen in advance to revisit the call.',
        weakSigns: 'Certainty in hindsight, or waiting until there was no uncertainty left.',
      },
      {
        question: 'Tell me about a time your judgement was wrong. What changed afterwards?',
        probes: 'Self-criticism and calibration.',
        strongShows: 'A real miss, owned plainly, and a specific change in how they decide now.',
        weakSigns: 'A miss that turns out to be someone else\'s fault, or a strength in disguise.',
      },
      {
        question: 'Whose view differed from yours, and what did you do with it?',
        probes: 'Seeking diverse perspectives.',
        strongShows: 'Deliberately asking a dissenter, and a plan that changed because of their point.',
        weakSigns: 'Only agreeing voices consulted.',
      },
    ],
  },
  'learn-and-be-curious': {
    summary: 'Keep learning and improving; chase new possibilities and act on what you find.',
    leadWith: 'Open with what you did not know, why you set out to learn it, and what the knowledge let you do.',
    emphasize: [
      'Learning you chose, not a course you were sent on',
      'How you learned: sources, experiments, people',
      'Turning the learning into a real result',
      'Passing it on so others learned too',
    ],
    downplay: ['A list of courses or certificates', 'Curiosity that never produced anything'],
    followUps: [
      {
        question: 'What made you start learning this before you needed it?',
        probes: 'Intrinsic curiosity versus obligation.',
        strongShows: 'A signal they noticed and followed on their own, tied to a problem worth solving.',
        weakSigns: 'It was on a training plan, or someone suggested it.',
      },
      {
        question: 'How did you get up to speed, and how did you know you really understood it?',
        probes: 'Learning method and depth.',
        strongShows: 'Reading the code or papers, small experiments, and a test of understanding such as reproducing a result.',
        weakSigns: 'Watched some videos and felt comfortable.',
      },
      {
        question: 'What have you done with it since?',
        probes: 'Whether learning turns into impact.',
        strongShows: 'A later project, a design decision or a teammate taught, with an outcome.',
        weakSigns: 'Nothing since; it was interesting at the time.',
      },
    ],
  },
  'hire-and-develop-the-best': {
    summary: 'Raise the bar with every hire and promotion, and treat growing other people as part of the job.',
    leadWith: 'Open with the person or team, where they started, and where they ended up because of what you did.',
    emphasize: [
      'Specific coaching moves: feedback, stretch work, reviews',
      'The other person\'s growth, shown by what they went on to do',
      'How you judged talent or held the hiring bar',
    ],
    downplay: ['Your own technical heroics', 'Mentoring described only as being available'],
    followUps: [
      {
        question: 'Tell me about a piece of hard feedback you gave. How did it land?',
        probes: 'Candour in service of someone\'s growth.',
        strongShows: 'Specific, timely feedback delivered with care, and the behaviour change that followed.',
        weakSigns: 'Feedback avoided, or delivered only through the manager.',
      },
      {
        question: 'How did you work out what this person needed to grow?',
        probes: 'Tailored development rather than generic advice.',
        strongShows: 'Observation of their work, a conversation about their goals, and a plan matched to both.',
        weakSigns: 'The same advice given to everyone.',
      },
      {
        question: 'How do you know your coaching made the difference?',
        probes: 'Measuring development honestly.',
        strongShows: 'Evidence such as independent ownership, fewer escalations or a promotion, with credit given to the person.',
        weakSigns: 'They said they appreciated it.',
      },
    ],
  },
  'insist-on-the-highest-standards': {
    summary: 'Keep raising the bar, stop defects from travelling downstream, and fix problems so they stay fixed.',
    leadWith: 'Open with the bar you held and what would have shipped if you had not held it.',
    emphasize: [
      'The defect or gap you refused to let through, and its cost',
      'A fix that stays fixed: a test, a check, a mechanism',
      'How you brought others up to the standard',
    ],
    downplay: ['Perfectionism that delayed value for no reason', 'Criticising others\' work without offering a fix'],
    followUps: [
      {
        question: 'What did holding the bar cost, and was it worth it?',
        probes: 'Judgement about where quality matters.',
        strongShows: 'A named cost (time, scope, friction) weighed against a concrete risk avoided.',
        weakSigns: 'High standards everywhere, with no sense of the price.',
      },
      {
        question: 'How did you get others to meet the standard without doing the work for them?',
        probes: 'Raising the team\'s bar, not only your own.',
        strongShows: 'Clear criteria, review feedback or tooling that let others meet the bar themselves.',
        weakSigns: 'Quietly rewriting other people\'s work.',
      },
      {
        question: 'How does the standard hold when you are not in the room?',
        probes: 'Mechanisms over vigilance.',
        strongShows: 'An automated check, a template or a review step that enforces it.',
        weakSigns: 'It holds as long as they personally review everything.',
      },
    ],
  },
  'think-big': {
    summary: 'Set out a bold direction, communicate it so people follow it, and look for unexpected ways to serve customers.',
    leadWith: 'Open with the larger direction you set and how far its effect reached.',
    emphasize: [
      'The vision in plain words, and why the small plan was not enough',
      'How you got people to sign up for it',
      'The concrete milestones that turned it into results',
    ],
    downplay: ['Grand plans with nothing delivered', 'Incremental work dressed up as a vision'],
    followUps: [
      {
        question: 'How did you persuade people who thought the smaller plan was enough?',
        probes: 'Communicating a bold direction.',
        strongShows: 'A written narrative or prototype that made the bigger outcome concrete and changed minds.',
        weakSigns: 'Authority, or nobody needed persuading.',
      },
      {
        question: 'What was the first milestone, and how did you know the bet was working?',
        probes: 'Turning vision into execution.',
        strongShows: 'An early, measurable milestone and a willingness to adjust on what it showed.',
        weakSigns: 'Success measured only at the very end, if at all.',
      },
      {
        question: 'What did you choose not to do in order to make the bigger bet?',
        probes: 'Focus and trade-offs.',
        strongShows: 'Explicitly dropped work, and the reasoning behind it.',
        weakSigns: 'Everything was done at once.',
      },
    ],
  },
  'bias-for-action': {
    summary: 'Move quickly: most decisions can be undone, so take calculated risks instead of waiting for certainty.',
    leadWith: 'Open with the moment you acted, how quickly, and what waiting would have cost.',
    emphasize: [
      'Time from noticing the problem to acting on it',
      'Why the decision was reversible or the risk bounded',
      'The smallest step that stopped the damage, then the full fix',
    ],
    downplay: ['Long analysis phases', 'Waiting for approval or for someone else to notice'],
    followUps: [
      {
        question: 'What would have happened if you had waited a week?',
        probes: 'Whether speed mattered here.',
        strongShows: 'A concrete cost of delay (customers, money, risk) that justified moving.',
        weakSigns: 'Nothing much, which makes the urgency look invented.',
      },
      {
        question: 'How did you limit the risk of acting on incomplete information?',
        probes: 'Calculated, not reckless, risk.',
        strongShows: 'A feature flag, a canary, a rollback plan, or a decision that was cheap to reverse.',
        weakSigns: 'Shipped to everyone at once and hoped.',
      },
      {
        question: 'Tell me about a time you moved fast and got it wrong.',
        probes: 'Owning the downside of speed.',
        strongShows: 'A contained mistake, fast recovery, and a changed habit.',
        weakSigns: 'It has never happened.',
      },
    ],
  },
  'frugality': {
    summary: 'Achieve more with less; constraints push resourcefulness, and bigger budgets or teams earn no extra credit.',
    leadWith: 'Open with the constraint and what you achieved inside it, with the amount saved.',
    emphasize: [
      'The constraint (budget, people, time) and how you worked within it',
      'The money or effort saved, measured',
      'Reusing what existed instead of building new',
    ],
    downplay: ['Savings that hurt customers or quality', 'More headcount as the answer'],
    followUps: [
      {
        question: 'How did you find out where the money or time was actually going?',
        probes: 'Diving into cost drivers.',
        strongShows: 'A breakdown from billing or profiling data that pointed at the biggest item.',
        weakSigns: 'A cut across the board with no analysis.',
      },
      {
        question: 'What did you decide not to spend on, and what risk did that carry?',
        probes: 'Judgement in trade-offs.',
        strongShows: 'A named risk, a mitigation, and a trigger for revisiting the choice.',
        weakSigns: 'No risk considered.',
      },
      {
        question: 'How did you make sure the savings did not hurt customers?',
        probes: 'Frugality balanced against quality.',
        strongShows: 'Customer-facing metrics watched before and after the change.',
        weakSigns: 'Nobody complained.',
      },
    ],
  },
  'earn-trust': {
    summary: 'Listen closely, speak candidly, treat people with respect, and be openly self-critical.',
    leadWith: 'Open with the relationship or credibility that was at stake and how it changed.',
    emphasize: [
      'Owning your mistake in the open',
      'Candid disagreement delivered with respect',
      'Commitments kept, in a way others could see',
    ],
    downplay: ['Blaming other teams', 'Being liked as the goal'],
    followUps: [
      {
        question: 'Tell me about a mistake you made here and how you told people.',
        probes: 'Self-criticism in the open.',
        strongShows: 'Early, plain disclosure to the people affected, with a plan attached.',
        weakSigns: 'The mistake surfaced only when someone else found it.',
      },
      {
        question: 'How did you rebuild trust with the team that was affected?',
        probes: 'Repairing a relationship with actions.',
        strongShows: 'Listening first, then visible commitments kept over several weeks.',
        weakSigns: 'One apology and moving on.',
      },
      {
        question: 'What feedback was hard to hear, and what did you do with it?',
        probes: 'Receptiveness.',
        strongShows: 'Specific feedback, a change in behaviour, and checking back with the person.',
        weakSigns: 'Feedback explained away.',
      },
    ],
  },
  'dive-deep': {
    summary: 'Work at every level, stay close to the details, and dig in when the numbers and the anecdotes disagree.',
    leadWith: 'Open with the anomaly that did not add up, then how you worked down to the root cause.',
    emphasize: [
      'How you found the signal: logs, traces, queries, a reproduction',
      'How you proved the root cause and ruled out the symptoms',
      'Where the metrics and the anecdotes disagreed, and what you trusted',
    ],
    downplay: ['Business framing beyond a sentence', 'High-level summaries without the steps'],
    followUps: [
      {
        question: 'What proved to you that this was the cause, rather than something downstream of it?',
        probes: 'Rigour in diagnosis.',
        strongShows: 'A reproduction, a controlled change, and the problem disappearing for the predicted reason.',
        weakSigns: 'A plausible guess that seemed to help.',
      },
      {
        question: 'What data did you look at that others had missed?',
        probes: 'Going below the dashboard.',
        strongShows: 'Raw logs, a specific query or trace, and what it revealed.',
        weakSigns: 'The same summary graph everyone had seen.',
      },
      {
        question: 'Walk me through exactly what was failing, and why.',
        probes: 'Genuine command of the details.',
        strongShows: 'A precise mechanism explained without notes, down to the line or config value.',
        weakSigns: 'Vague terms, or deferring to the person who "really knew".',
      },
    ],
  },
  'have-backbone-disagree-and-commit': {
    summary: 'Challenge decisions you disagree with, respectfully and even when uncomfortable; once decided, commit fully.',
    leadWith: 'Open with the decision you disagreed with, what was at stake, and where it ended up.',
    emphasize: [
      'The disagreement grounded in data and raised with the right person',
      'Arguing the point without making it personal',
      'Full commitment once the call was made, including when you lost',
    ],
    downplay: ['Winning the argument as the goal', 'Relitigating after the decision'],
    followUps: [
      {
        question: 'What evidence did you bring to the disagreement?',
        probes: 'Conviction backed by data.',
        strongShows: 'Numbers, a prototype or a precedent that made the concern concrete.',
        weakSigns: 'A strong feeling, stated loudly.',
      },
      {
        question: 'What did you do after the decision went against you?',
        probes: 'Committing for real.',
        strongShows: 'Executing the chosen plan wholeheartedly and helping it succeed.',
        weakSigns: 'Half-hearted delivery, or "I told you so" later.',
      },
      {
        question: 'How did you decide when to stop arguing and commit?',
        probes: 'Knowing when backbone turns into obstruction.',
        strongShows: 'A clear moment: the concern was heard, the risk was acknowledged, the owner decided.',
        weakSigns: 'Never stopped, or gave in at the first pushback.',
      },
    ],
  },
  'deliver-results': {
    summary: 'Focus on the inputs that matter and deliver them on time and at the right quality; setbacks do not stop you.',
    leadWith: 'Open with the result against the goal: what was delivered, by when, and what it measured.',
    emphasize: [
      'The goal and the deadline, concretely',
      'The main obstacle and how you got around it',
      'The measured outcome and its value to the business',
    ],
    downplay: ['Effort and long hours as the story', 'Process detail that does not explain the outcome'],
    followUps: [
      {
        question: 'What was the biggest obstacle, and what did you do about it?',
        probes: 'Resilience in the face of setbacks.',
        strongShows: 'A specific blocker and a concrete move around it, made by the candidate.',
        weakSigns: 'The obstacle resolved itself, or someone else removed it.',
      },
      {
        question: 'What did you cut or re-scope to hit the date?',
        probes: 'Focusing on the inputs that matter.',
        strongShows: 'An explicit scope decision agreed with stakeholders, and why it did not hurt the outcome.',
        weakSigns: 'Nothing was cut, and everyone worked weekends.',
      },
      {
        question: 'How did you know that what you delivered was what was needed?',
        probes: 'Results versus output.',
        strongShows: 'A success metric defined up front and checked after launch.',
        weakSigns: 'It shipped on time, so it was a success.',
      },
    ],
  },
  'strive-to-be-earths-best-employer': {
    summary: 'Make work safer, fairer, more productive and more inclusive; lead with empathy and help people grow.',
    leadWith: 'Open with the people affected and how their working lives changed.',
    emphasize: [
      'Empathy turned into a concrete change for people',
      'Who was being left out and how you brought them in',
      'A measured change: attrition, on-call load, onboarding time, survey scores',
    ],
    downplay: ['Perks and morale events', 'Your own heroics over the team\'s wellbeing'],
    followUps: [
      {
        question: 'How did you find out what the team actually needed?',
        probes: 'Listening before acting.',
        strongShows: 'One-to-ones, a survey or data such as pages per person, and a surprise it revealed.',
        weakSigns: 'Assumed what people wanted.',
      },
      {
        question: 'How did you make sure the change helped everyone and not only the loudest voices?',
        probes: 'Inclusion and fairness.',
        strongShows: 'Deliberately seeking out quieter or newer people, and adjusting for them.',
        weakSigns: 'The people who asked got what they asked for.',
      },
      {
        question: 'How did you know it worked?',
        probes: 'Measuring wellbeing, not just intent.',
        strongShows: 'A before and after on a people metric, followed over months.',
        weakSigns: 'People seemed happier.',
      },
    ],
  },
  'success-and-scale-bring-broad-responsibility': {
    summary: 'Be humble and careful about the wider effects of your work on customers, communities and the world, and leave things better.',
    leadWith: 'Open with the wider impact you weighed, beyond the immediate users, and what you did about it.',
    emphasize: [
      'Second-order effects you anticipated: privacy, accessibility, security, environment',
      'A decision that cost something in the short term',
      'How the safeguard keeps working as usage grows',
    ],
    downplay: ['Impact only on your own team\'s metrics', 'Compliance box-ticking presented as responsibility'],
    followUps: [
      {
        question: 'Who outside your direct users could this affect, and how did you find out?',
        probes: 'Thinking about second-order impact.',
        strongShows: 'A deliberate look at affected groups, such as users of assistive technology or people whose data is processed.',
        weakSigns: 'Only the direct users were ever considered.',
      },
      {
        question: 'What did doing the right thing cost, and how did you justify it?',
        probes: 'Responsibility when it is not free.',
        strongShows: 'A concrete cost accepted, with the reasoning that convinced others.',
        weakSigns: 'It cost nothing, so there was no decision.',
      },
      {
        question: 'How do you know the safeguard still holds as usage grows?',
        probes: 'Responsibility that scales.',
        strongShows: 'An automated check, an audit or a metric reviewed regularly.',
        weakSigns: 'It was checked once at launch.',
      },
    ],
  },
};

export const PRINCIPLES: PrincipleGuide[] = PRINCIPLE_NAMES.map((p) => ({ ...p, ...GUIDANCE[p.id] }));
