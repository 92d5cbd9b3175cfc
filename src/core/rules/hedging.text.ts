import type { RuleDocs, RuleTips } from './types';

// The words of `hedging`: its tip (hovers, the coach panel) and the prose of its page in
// docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'hedging': {
    title: 'Hedges make you sound unsure of your own story',
    hears: 'If you are not sure what you did or what happened, I cannot be either. Either you were far from the work or the result is shaky.',
    instead: 'Say what you did and what happened, plainly. When a number is an estimate, say so once and give its basis: "about $2K a month, from the billing report".',
    weak: 'I think I sort of cleaned up the alerts, and it probably helped on-call.',
    strong: 'I deleted 23 alerts that never led to action; pages per week fell from 41 to 12.',
  },
};

export const docs: RuleDocs = {
  'hedging': {
    description: 'Hedges in the Action or Result: I think, I guess, sort of, kind of, maybe, hopefully.',
    flags: [
      'Hedges in the Action and the Result: "I think", "I guess", "sort of", "kind of", "maybe", "hopefully", "probably".',
      'Left alone: "sort of" and "kind of" used as nouns ("what kind of index"), lessons folded into the Result, and honest narration the story owns in the same or the next sentence ("I assumed the cache was warm; that was my mistake").',
      'Also counted: playing a step down ("I tried my best", "I did my best", "the best I could", "I was trying to…", "I can only assume"), crediting luck ("I was lucky that…", "luckily for me"), "or at least I…", and "it seemed that…" about the outcome in the Result.',
      'Also left alone, as narration rather than doubt about your own claim: a hindsight counterfactual ("Had I told him sooner, things might have gone differently"), words said to someone ("I think you made a serious mistake"), a past belief the story then corrects ("I assumed she had pressed the wrong button, but when I asked…") or that the Action tells and acts on ("I assumed the cache was stale, so I traced the purge path"), a value held ("I believe in testing early"), a question asked ("I asked whether it was maybe DNS"), a skill described ("I read Portuguese fairly well"), a rough figure that sets the scene in the Action ("Maybe 5 minutes on the floor"), a thought told as it was ("searched, thinking maybe it had fallen"), what someone else did or tries ("I don\'t know if anyone told him", "vendors often try to bundle support"), a degree told of another person ("Dana seemed to struggle a little bit more"), a cause the writer blamed at the time ("I put it down to maybe the new schema"), a purpose ("I read every log to try to find it") and a wish for someone ("I hope she keeps it up", "I hope the guests are not still upset"). In the Result a hedged figure is still flagged: there the figure is the claim.',
    ],
    why: 'Hedges make a candidate sound unsure of their own story. Interviewers then wonder how close you were to the work, or whether the result is real.',
    examples: [
      { weak: 'I guess the migration maybe saved some money.', strong: 'The migration cut the storage bill by $4,200 a month, from the billing console\'s before and after.' },
    ],
    phraseList: 'hedges',
  },
};
