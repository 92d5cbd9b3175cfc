// The engine skips a sentence without reading it with WE, PASSIVE, GUARD_ADDED, SCOPE's parts, ABSTRACT_LESSON or the story kinds when it lacks every
// literal those patterns need (a plain alternation scans several times faster). That is only
// right while each prefilter stays a necessary condition of its pattern: every match must hold
// one of its literals. Checked here on every story we have, so that a pattern widened with a new
// alternative fails this test instead of silently missing what the prefilter skips.
import * as assert from 'assert';
import { GUARD_ADDED, GUARD_NEEDS, SCOPE_PARTS, SCOPE_WORDS } from '../../src/core/facts';
import { mayHold } from '../../src/core/literals';
import { findAll } from '../../src/core/matches';
import { KIND_PREFILTERS, mayNameKind } from '../../src/core/storyKind';
import { tokenize, type Tokens } from '../../src/core/tokens';
import { ABSTRACT_LESSON_PREFILTER, MAXIM_PREFILTER } from '../../src/core/reflectionReading';
import { PASSIVE_PREFILTER } from '../../src/core/passiveReading';
import { WE_PREFILTER } from '../../src/core/weReading';
import { SOMEONE_GAVE_PREFILTER } from '../../src/core/rules/assignedNotInitiated';
import { INITIATIVE_PREFILTER } from '../../src/core/kindAware';
import { STEP_PATTERNS } from '../../src/core/stepReading';
import { markdownTexts } from './fixtureHarness';

const DIRS = ['test/corpus', 'test/holdout', 'test/holdout2', 'test/holdout3', 'test/fixtures', 'test/workspace', 'examples'];

const storyTexts = () => markdownTexts(DIRS);

/** Sentences that each alternative of the patterns matches, so that every alternative is exercised. */
const SAMPLES = [
  'My manager asked me to run it; our lead handed me the pager; my skip-level manager basically wanted me there; my head of platform had dumped it; our PM delegated the work.',
  'We shipped it. we’ve done it, WE\'LL see, we\'re there, we\'d go. Our team fixed it; our platform org agreed. My team and I built it.',
  'My colleague and I rebuilt it; my co-worker and I ran it; my classmate and I tested it; my lab partner and I checked it.',
  // A guard built so the problem would not come back (GUARD_ADDED).
  'I added a check that would make it so this would not happen again. I built an alarm so it could not recur in the future. I wrote a test so the bug would never happen again. I set up a gate so it wouldn’t occur again; I automated it so it couldn\'t repeat in the future.',
  'The team and I wrote it; me and my team ran it; I and the team did. It took us a week; this took us days; that allowed us to ship and helped us to win.',
  'The fix was deployed. The tests were then written. The flag got quickly removed. The code WAS merged.',
  'It belonged to the payments team. The service was owned by another team. It was not in my goals and wasn’t part of our roadmap.',
  'It was not his manager. It was not mine, wasn\'t mine, isn’t mine, none of my business. Nobody asked; no one owned it; no-one filed it; neither team noticed; none of us looked.',
  'There was no ticket, with no owner, and no alert. I wasn\'t asked and was not assigned; they weren’t expected. It was outside of my remit, beyond our scope.',
  'Another team (Billing) was supposed to send it; the data team were meant to; I could have just escalated. I didn’t wait for approval, did not wait for their sign-off.',
  'I did it on my own time, in my spare time, and asked my manager if I could. I checked with my lead whether I could. It was self-started, a side project; I volunteered.',
  // Story kinds, alternative by alternative.
  'I disagreed with the plan and pushed back on the design; he objected, I was overruled, they didn’t agree, we did not agree. I stood my ground and went against it.',
  'We had differing opinions, different opinions and opposing views. I had to persuade them, convince him, back myself up; their plan needs to change and should not be pursued. I stopped him from making it. He was condescending.',
  'It was my own mistake, my fault, my error, my bad. I made a small mistake, I messed up, i screwed up, I forgot, I misread, I misheard, I was wrong. The mistakes I made: a medication error, a wrong assumption.',
  'I failed; it was a failed project. I was written up and took the full blame; all my fault. My biggest mistake, a classroom mistake, my worst mistakes, a big mistake, med errors, a failed launch, the "failed" one.',
  'I earned their trust after trust was broken; I rebuilt trust when I lost her trust. The conflict, they clashed, some tension, not pulling his weight, a difficult colleague, always late.',
  'He refused to help, was not contributing, didn’t contribute, stopped contributing, blamed me; their personalities and different working styles; abrupt and brash, dropping the ball.',
  'I taught myself, teach myself, am self-taught, had to learn, learned how to code, took an online course, a certification, critical feedback, a mock interview, couldn’t answer, could not answer, stumped.',
  'I mentored two mentees, coached them, two interns, trainees, apprentices, new hires, onboarded the new team, junior engineers, taught them, helped my teammates grow, training materials, others to learn.',
  'Always over-communicate.\nNever assume.\nDon’t guess.\nDo not wait.\nI learned that you should always ask.\nRemember to write it down.\nMake sure to test.\nBe more curious.\nTrust your gut.\nPeople matter more than process.\nHonesty is the best policy.\nThe work is rewarding.\nIt was worth it.',
  // Step reading (stepReading.ts): its participles and pseudo-clefts.
  'While fixing it, I spent a night reading logs. By adding tests, before shipping and after testing it, I checked; it was me who revived it, It’s me who RESTARTED it.',
  'I was the one who drove it. I happened to be the one to answer. The nurse and myself carried him. For me, that meant teaching others.',
  'It took me a few minutes to regain my composure, get the code and write to him. It took  me an hour to find it. It took me two tries to land it; it took me all of May to learn it. it took me ages to see.',
  'The first thing I did was call them. The next step I took then was to pull the logs. What I did was rewrite it; my next move was to ask; My main action quickly was to ship.',
  'Communication is really important. Testing was key. Ownership matters. I saw the value of teamwork and the importance of planning. Trust is the key to it; it’s crucial to plan.',
];

describe('prefilters: each is a necessary condition of its pattern', () => {
  const texts = [...SAMPLES, ...storyTexts()];
  const kinds = Object.fromEntries(KIND_PREFILTERS.map(({ kind, pattern, needs }) => [`story kind ${kind}`, { pattern, needs }]));
  const steps = {
    STEP_PARTICIPLE: { pattern: STEP_PATTERNS.STEP_PARTICIPLE, needs: STEP_PATTERNS.PARTICIPLE_NEEDS },
    PSEUDO_CLEFT: { pattern: STEP_PATTERNS.PSEUDO_CLEFT, needs: STEP_PATTERNS.PSEUDO_CLEFT_NEEDS },
    OWN_PART: { pattern: STEP_PATTERNS.OWN_PART, needs: STEP_PATTERNS.OWN_PART_NEEDS },
    TOOK_ME: { pattern: STEP_PATTERNS.TOOK_ME, needs: STEP_PATTERNS.TOOK_ME_NEEDS },
  };
  for (const [name, { pattern, needs }] of Object.entries({ WE: WE_PREFILTER, PASSIVE: PASSIVE_PREFILTER, ABSTRACT_LESSON: ABSTRACT_LESSON_PREFILTER, GUARD: { pattern: GUARD_ADDED, needs: GUARD_NEEDS }, ...kinds, ...steps })) {
    it(`every ${name} match holds a literal of its prefilter`, () => {
      const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
      let matches = 0;
      for (const text of texts) {
        for (const m of findAll(re, text)) {
          matches++;
          assert.ok(needs.test(m.phrase), `${name} matched ${JSON.stringify(m.phrase)}, which its prefilter ${needs} would skip`);
        }
      }
      // The samples alone match each pattern several times: the check above is not vacuous.
      assert.ok(matches >= 5, `${name} matched only ${matches} times`);
    });
  }

  // Patterns split into parts, each read only where the text holds its literals (mayHold): every
  // match of a part holds them.
  const parts = [
    ...SCOPE_PARTS.map(([needs, pattern], i) => ({ name: `SCOPE part ${i}`, needs, source: pattern.source, flags: 'gi' })),
    // MAXIM reads a sentence from its start: read over every line of every story.
    { name: 'MAXIM', needs: MAXIM_PREFILTER.needs, source: MAXIM_PREFILTER.pattern.source, flags: 'gim' },
    { name: 'SOMEONE_GAVE', needs: SOMEONE_GAVE_PREFILTER.needs, source: SOMEONE_GAVE_PREFILTER.pattern.source, flags: 'gi' },
  ];
  for (const { name, needs, source, flags } of parts) {
    it(`every ${name} match holds the literals ${needs}`, () => {
      const re = new RegExp(source, flags);
      let matches = 0;
      for (const text of texts) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text))) {
          matches++;
          assert.ok(mayHold(needs, m[0].toLowerCase()), `${name} matched ${JSON.stringify(m[0])}, which its literals ${needs} would skip`);
        }
      }
      // The samples match every part: the check above is not vacuous.
      assert.ok(matches >= 1, `${name} never matched`);
    });
  }

  // Literals read from a sentence's words (wordLiterals, literalPrefilter: literals.ts): wherever a pattern matches
  // in a sentence, that sentence's words hold its literals, however the sentence is spelt.
  const gates: { name: string; pattern: RegExp; holds: (t: Tokens, line: string) => boolean }[] = [
    ...SCOPE_PARTS.map(([, pattern], k) => ({ name: `SCOPE part ${k}`, pattern, holds: (t: Tokens, line: string) => SCOPE_WORDS.holds(SCOPE_WORDS.mask(t, line), k) })),
    ...Object.entries({ MAXIM: MAXIM_PREFILTER, SOMEONE_GAVE: SOMEONE_GAVE_PREFILTER }).map(([name, { pattern, words }]) => ({ name, pattern, holds: (t: Tokens, line: string) => words.holds(words.mask(t, line)) })),
    { name: 'INITIATIVE', ...INITIATIVE_PREFILTER },
  ];
  // Each alternative on a line of its own, spelt every way the tokenizer reads differently.
  const hostile = [
    'It BELONGED to the İdentity team.', 'Owned by *another* team.', 'It wasn’t part of our roadmap.', "It isn't in my goals.", 'It was never my job.',
    "It wasn't his manager.", 'It was n’t her lead.', 'It wasn’t mine.', "It isn't mine.", 'It was not *mine*.', 'None of my business.',
    'Nobody asked.', 'No-one owned it.', 'NO ONE filed it.', 'Neither team noticed.', 'None of us looked.', 'There was no ticket.', 'And no one assigned.',
    'I wasn’t asked.', "They weren't on-call.", 'It was outside my remit.', 'It was Ωbeyond our scope.', 'On my own initiative.', 'In my spare time.',
    'I asked my lead whether I could.', 'I checked with him if I could.', 'It was self-started.', 'A side project.', 'I volunteered.',
    'I COULD easily have left it.', 'It would have been easy to ignore.', 'I could’ve ignored it, but I could have looked away.', 'I could have just ESCALATED.',
    'Another team (Platform) was supposed to send it.', 'The İdentity team was meant to own it.', 'The other team were EXPECTED to reply.',
    "I didn't wait for approval.", 'I didn’t wait for their sign-off.', 'WITHOUT waiting for the green light.', 'I did not wait for Finance permission.',
    // MAXIM reads a sentence from its start; SOMEONE_GAVE.
    'I learned that you should ALWAYS ask.', '“Never assume.”', "Don't guess.", 'Don’t wait.', 'Do not wait.', '*Remember to* write it down.', 'Make sure to test.',
    'Be more curious.', 'Trust your gut.', 'Café culture matters more than process.', 'Honesty is the best policy.', 'The work is rewarding.', 'It was worth it.',
    'Ωmega is powerful.', 'My lead’s boss — my manager asked me.', "Our PM's lead handed me it.", 'My skip-level manager basically wanted me there.', 'My head of İT had dumped it.',
    // INITIATIVE.
    ' Proposed a fix.', 'PITCHED the idea.', 'Initiated a review.', 'I took full ownership.', 'On her own initiative.', 'I went above and beyond.', 'I came up with a plan.',
    'I offered to help.', 'I took the lead.', 'I took charge.', 'I took it on.', 'I set myself a goal.', 'I stepped up.', 'I stepped in.', 'Ωe took ownership.',
  ];
  for (const { name, pattern, holds: gate } of gates) {
    it(`${name} is read only where the sentence's words hold its literals`, () => {
      const re = new RegExp(pattern.source, pattern.flags.replace('g', ''));
      let matched = 0;
      let skipped = 0;
      for (const line of [...SAMPLES, ...hostile, ...storyTexts().flatMap((t) => t.split(/(?<=[.!?])\s+|\n/))]) {
        const holds = gate(tokenize(line), line);
        if (re.test(line)) {
          matched++;
          assert.ok(holds, `${name} matches ${JSON.stringify(line)}, which its words' literals would skip`);
        } else if (!holds) skipped++;
      }
      assert.ok(matched >= 2 && skipped > 1000, `${name}: ${matched} lines matched, ${skipped} skipped`);
    });
  }

  it('the story kinds read their literals from the tokens exactly as the pattern reads the text (literals.ts)', () => {
    const needs = KIND_PREFILTERS[0].needs;
    const hostile = ['A differing OPINION’t', "differing opinion't changed", 'İnterns and MENTORS', 'self-taught; re*learn; pl_an', 'e.g.the plan', 'x-disagree', 'a "failed" launch', 'Ωmentor', 'Ωagree\u0301'];
    const lines = [...SAMPLES, ...hostile, ...storyTexts().flatMap((t) => t.split(/(?<=[.!?])\s+|\n/))];
    // The same tokens as another bundle's tokenizer could give them: indexes into a vocabulary of
    // its own, here ours with each pair of neighbours swapped (every index names another word).
    const foreignTokens = (t: Tokens): Tokens => ({ ...t, ids: t.ids.map((id) => (id < 0 ? -1 : id ^ 1)) });
    let named = 0;
    for (const line of lines) {
      const expected = needs.test(line);
      if (expected) named++;
      const t = tokenize(line);
      assert.strictEqual(mayNameKind(t, line), expected, JSON.stringify(line));
      assert.strictEqual(mayNameKind(foreignTokens(t), line), expected, `${JSON.stringify(line)}, another vocabulary`);
    }
    assert.ok(named > 100 && named < lines.length, `${named} of ${lines.length} lines name a kind's literal`);
  });
});
