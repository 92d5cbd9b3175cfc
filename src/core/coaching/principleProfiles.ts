// What an interviewer listens for under each of Amazon's 16 Leadership Principles: 3–5 signals
// per principle, each one something a story's text either shows or does not. The detectors that
// find them are in ../principleFit.ts (keyed by the same ids); the words here are ours.

export interface SignalProfile {
  /** Stable id within the principle (JSON output, panel, tests). */
  id: string;
  /** Short name, shown as a ✓/✗ line and in the finding's message. */
  label: string;
  /** What the interviewer does not hear when the story leaves it out. */
  message: string;
  /** How to show it, in one or two sentences. */
  tip: string;
}

export interface PrincipleProfile {
  /** The principle's id (principleNames.ts). */
  id: string;
  /** Whether the interviewer expects the work to have been outside the writer's remit or unasked. */
  boundary: boolean;
  /** The one thing to get right for this principle, shown with the principle-fit finding. */
  tip: string;
  signals: SignalProfile[];
}

export const PRINCIPLE_PROFILES: readonly PrincipleProfile[] = [
  {
    id: 'customer-obsession',
    boundary: false,
    tip: 'Put a real customer at the centre: who they were, what the problem cost them, and the change they saw.',
    signals: [
      { id: 'named-customer', label: 'A customer in the story', message: 'No customer appears: the story is about the system, not the person it serves.', tip: 'Name the customer or the group of them ("a clinic with 40 staff", "first-time sellers") early in the Situation.' },
      { id: 'customer-pain', label: 'What it cost them', message: 'The customer\'s pain is never stated, so the urgency is yours, not theirs.', tip: 'Say what the customer lived through: waiting, complaints, money lost, a task they could not finish.' },
      { id: 'listened', label: 'How you learned what they needed', message: 'Nothing says how you knew what the customer needed: it reads as a guess.', tip: 'Say where the insight came from: a call, tickets, usage data, a review you read.' },
      { id: 'customer-measured', label: 'The change on their side, measured', message: 'The Result never measures what changed for the customer.', tip: 'Give a figure from the customer\'s side: wait time, complaints, conversion, retention, satisfaction.' },
    ],
  },
  {
    id: 'ownership',
    boundary: true,
    tip: 'Show the work was not yours to do, that you carried it to the end, and what you left so it stays fixed.',
    signals: [
      { id: 'outside-remit', label: 'Outside your remit or unasked', message: 'Nothing says the work was outside your job or unasked, so the interviewer assumes it was assigned.', tip: 'One sentence is enough: whose system it was, that there was no ticket, that nobody asked you.' },
      { id: 'saw-it-through', label: 'Saw it through', message: 'The story stops before the end: nothing shows you followed up until it was done.', tip: 'Say how you made sure it landed: you verified it in production, followed up until it merged, checked the numbers a week later.' },
      { id: 'mechanism', label: 'Left a mechanism', message: 'Nothing stops the problem coming back: no alert, test, check or process you left behind.', tip: 'Name what you put in place so it cannot quietly happen again: an alarm, a test, a runbook, a review step.' },
    ],
  },
  {
    id: 'invent-and-simplify',
    boundary: false,
    tip: 'Show what was complicated before, what you invented or removed, and who picked it up.',
    signals: [
      { id: 'was-complicated', label: 'What was complicated before', message: 'The story never says what was slow, manual or tangled before your change.', tip: 'Describe the before in concrete terms: the manual steps, the hours, the copies of the same thing.' },
      { id: 'simpler', label: 'What you made simpler or new', message: 'No new idea or simplification is named: it reads as ordinary delivery.', tip: 'Say what you built, automated, merged or removed, and why it was simpler than the alternatives.' },
      { id: 'adopted', label: 'Adopted or reused by others', message: 'Nothing shows anyone else took up what you made.', tip: 'Say who adopted it without being made to: other teams, new projects, the default template.' },
    ],
  },
  {
    id: 'are-right-a-lot',
    boundary: false,
    tip: 'Show the call you made while things were uncertain, how you tested your own view, and how it turned out.',
    signals: [
      { id: 'decision', label: 'The call you made', message: 'No decision of yours is named: there is nothing to judge your judgement on.', tip: 'State the decision in one sentence: "I chose X over Y".' },
      { id: 'uncertainty', label: 'What was uncertain', message: 'The story does not say what was unknown or risky when you decided.', tip: 'Name the options, the missing information or the assumption you had to make.' },
      { id: 'tested-view', label: 'How you tested your view', message: 'Nothing shows you checked your instinct against data or other people.', tip: 'Say whose opinion you sought, or the prototype, benchmark or data that could have proved you wrong.' },
      { id: 'turned-out', label: 'How the call turned out, measured', message: 'The Result has no figure to show the call was right.', tip: 'Measure the outcome of the decision: the number it moved, or what the other option would have cost.' },
    ],
  },
  {
    id: 'learn-and-be-curious',
    boundary: false,
    tip: 'Show what you did not know, how you set out to learn it, and what the knowledge let you do.',
    signals: [
      { id: 'gap', label: 'What you did not know', message: 'The story never names the gap in your knowledge.', tip: 'Say plainly what was new to you: the system, the language, the domain, the question you could not answer.' },
      { id: 'how-learned', label: 'How you learned it', message: 'Nothing shows how you learned: the learning is asserted, not told.', tip: 'Name the steps: the docs or code you read, the course, the expert you asked, the experiment you ran.' },
      { id: 'applied', label: 'What the knowledge let you do', message: 'The Result does not show the learning being used.', tip: 'Close with what you could do afterwards that you could not before, ideally with a figure.' },
    ],
  },
  {
    id: 'hire-and-develop-the-best',
    boundary: false,
    tip: 'Show the person you developed, what you did to grow them, and the evidence that they grew.',
    signals: [
      { id: 'person', label: 'The person you developed', message: 'No one is named as the person you were developing.', tip: 'Introduce them: a new hire, an intern, a junior engineer, a teammate moving into a new role.' },
      { id: 'how-developed', label: 'What you did to grow them', message: 'Nothing shows what you did for their growth.', tip: 'Name the coaching: pairing sessions, reviews with reasons, a stretch task, regular one-to-ones.' },
      { id: 'their-growth', label: 'How they grew, shown', message: 'The Result says nothing about how the person grew.', tip: 'Show it in what they then did: led a feature, took on-call alone, got promoted, onboarded the next person.' },
    ],
  },
  {
    id: 'insist-on-the-highest-standards',
    boundary: false,
    tip: 'Show the bar you held when it would have been easier not to, what you changed so it holds, and the measured quality.',
    signals: [
      { id: 'the-bar', label: 'The standard you held', message: 'No standard is named that you held or raised.', tip: 'Say what "good enough" was and why you would not accept it: the defect rate, the review you insisted on, the test you required.' },
      { id: 'made-it-hold', label: 'What you changed so it holds', message: 'Nothing you put in place keeps the standard after you.', tip: 'Name the check, test, template or review step that now enforces the bar.' },
      { id: 'quality-measured', label: 'Quality measured', message: 'The Result does not measure the quality you got.', tip: 'Give a before and after: defects, incidents, review comments, failure rate.' },
    ],
  },
  {
    id: 'think-big',
    boundary: false,
    tip: 'Show the bigger picture you set out, how you brought people behind it, and the reach of the result.',
    signals: [
      { id: 'vision', label: 'The bigger picture', message: 'The story stays at the size of one task: no vision or long-term direction is named.', tip: 'Say what you set out to change beyond the immediate fix: the direction, the roadmap, the scale.' },
      { id: 'brought-along', label: 'How you brought people along', message: 'Nothing shows how others came to share the vision.', tip: 'Name the proposal, the pitch or the document, and who you won over with it.' },
      { id: 'reach', label: 'The reach of the result', message: 'The Result does not go beyond your own team.', tip: 'Say how far it reached: other teams, the company, customers at scale, years later.' },
    ],
  },
  {
    id: 'bias-for-action',
    boundary: true,
    tip: 'Show that you moved without waiting to be asked, fast, and that you weighed the risk of acting.',
    signals: [
      { id: 'unasked', label: 'Acted without waiting to be asked', message: 'Nothing says you acted on your own initiative: it could have been an assignment.', tip: 'Say that nobody asked, or that you went ahead before anyone told you to.' },
      { id: 'speed', label: 'How fast you moved', message: 'The story gives no sense of speed: nothing says how quickly you acted.', tip: 'Put a time on it: within the hour, the same day, before the next release.' },
      { id: 'risk', label: 'The risk you weighed', message: 'Nothing shows you weighed the risk of acting quickly.', tip: 'Say why acting was safe enough: it could be rolled back, it was behind a flag, the cost of waiting was higher.' },
    ],
  },
  {
    id: 'frugality',
    boundary: false,
    tip: 'Show the constraint, what you did without, and what it saved.',
    signals: [
      { id: 'constraint', label: 'The constraint', message: 'No constraint is named: no budget, headcount or time limit to work within.', tip: 'State the limit up front: no budget, no extra people, a cost that had to come down.' },
      { id: 'did-without', label: 'What you did without', message: 'Nothing shows what you avoided buying, hiring or building.', tip: 'Say what you reused, repurposed or did yourself instead of spending.' },
      { id: 'saving', label: 'The saving, in figures', message: 'The Result does not put a figure on what was saved.', tip: 'Give the saving: money per month, hours, machines turned off.' },
    ],
  },
  {
    id: 'earn-trust',
    boundary: false,
    tip: 'Show a mistake owned or feedback sought, that you told people plainly, and how the relationship came back.',
    signals: [
      { id: 'owned-or-sought', label: 'A mistake owned or feedback sought', message: 'No mistake is owned and no feedback is sought: nothing puts your credibility at stake.', tip: 'Say it in the first person: "it was my mistake", "I asked her what I had got wrong".' },
      { id: 'candour', label: 'Told people plainly', message: 'Nothing shows you were open with the people affected.', tip: 'Say whom you told, when, and what: the apology, the explanation, the plan.' },
      { id: 'listened', label: 'Listened to the other side', message: 'Nothing shows you listened to the other person\'s view.', tip: 'Say what you asked and what you heard, before what you did.' },
      { id: 'repaired', label: 'The relationship repaired', message: 'The story does not say how trust was rebuilt.', tip: 'Close with the relationship afterwards: what they now rely on you for, what changed between you.' },
    ],
  },
  {
    id: 'dive-deep',
    boundary: false,
    tip: 'Show the data you went to, the root cause you named, and how you proved it.',
    signals: [
      { id: 'data', label: 'The data you went to', message: 'No data, logs or measurements are named: the investigation is invisible.', tip: 'Say what you looked at yourself: the logs, the traces, the query, the records.' },
      { id: 'root-cause', label: 'The root cause, named', message: 'The root cause is never named.', tip: 'Name it in one plain sentence: "the retry loop dropped messages when…".' },
      { id: 'proved', label: 'How you proved it', message: 'Nothing shows you confirmed the cause before fixing it.', tip: 'Say how you proved it: you reproduced it, ruled out the alternatives, or measured before and after.' },
    ],
  },
  {
    id: 'have-backbone-disagree-and-commit',
    boundary: false,
    tip: 'Show whom you disagreed with and about what, the evidence you brought, and that you committed once it was decided.',
    signals: [
      { id: 'whom', label: 'Whom you disagreed with', message: 'No disagreement is stated: whom you challenged and about what.', tip: 'Say it directly: "I disagreed with my tech lead about…".' },
      { id: 'evidence', label: 'The evidence you brought', message: 'Nothing shows the data, prototype or analysis behind your position.', tip: 'Name what you brought to the discussion: numbers, a prototype, a written comparison.' },
      { id: 'committed', label: 'Committed once decided', message: 'The story does not say what you did once the decision was made.', tip: 'Say how you backed the final decision, especially if it went against you.' },
    ],
  },
  {
    id: 'deliver-results',
    boundary: false,
    tip: 'Show the obstacle, what you prioritised to get past it, and the commitment met.',
    signals: [
      { id: 'obstacle', label: 'The obstacle', message: 'No obstacle or setback is named: delivery looks like it was never in doubt.', tip: 'Name what stood in the way: the deadline, the outage, the missing people, the dependency.' },
      { id: 'prioritised', label: 'What you prioritised or cut', message: 'Nothing shows how you decided what mattered most.', tip: 'Say what you put first and what you cut or deferred to hold the date.' },
      { id: 'met', label: 'The commitment met', message: 'The Result does not say the commitment was met.', tip: 'Close with the date held or the target hit, with the figure.' },
    ],
  },
  {
    id: 'strive-to-be-earths-best-employer',
    boundary: false,
    tip: 'Show whose working life you improved, how you found out what they needed, and the measured change.',
    signals: [
      { id: 'people', label: 'The people affected', message: 'The story is not about the people you work with.', tip: 'Name the team or group whose working life was hard: on-call load, onboarding, workload.' },
      { id: 'listened', label: 'How you found out what they needed', message: 'Nothing shows you asked the people affected.', tip: 'Say how you found out: one-to-ones, a survey, a retro, paging data per person.' },
      { id: 'people-measured', label: 'The change for people, measured', message: 'The Result does not measure the change for people.', tip: 'Give a people figure: pages per week, overtime, attrition, onboarding time, survey score.' },
    ],
  },
  {
    id: 'success-and-scale-bring-broad-responsibility',
    boundary: false,
    tip: 'Show the wider effect you weighed beyond your users, what doing right cost, and the safeguard that keeps holding.',
    signals: [
      { id: 'wider-effect', label: 'The wider effect you weighed', message: 'Nothing looks beyond the immediate users: privacy, safety, accessibility, environment or community.', tip: 'Name who else could be affected and how you found out.' },
      { id: 'cost-accepted', label: 'What doing right cost', message: 'Nothing shows the choice cost anything.', tip: 'Say what you gave up or delayed to do the right thing, and how you justified it.' },
      { id: 'safeguard', label: 'The safeguard that keeps holding', message: 'No lasting safeguard is named.', tip: 'Name the check, audit or metric that keeps the protection working as usage grows.' },
    ],
  },
];

export function principleProfile(id: string): PrincipleProfile | undefined {
  return PRINCIPLE_PROFILES.find((p) => p.id === id);
}
