// generic-reflection on the forms fresh real writing used (session 6): a lesson announced but not
// named, a proverb, a truism, "the importance of <virtue>" in a longer sentence, "wasn't X — it was Y".
import * as assert from 'assert';
import { foundBy as found, storyOf, type StoryParts } from './fixtureHarness';

const story = (p: StoryParts) =>
  storyOf(p, {
    situation: 'The invoice job double-billed 40 customers after a retry; the job belonged to the billing team and nobody had a ticket.',
    task: 'Nobody asked me to; I decided to fix it.',
    action: 'I traced the double bills to a retry without an idempotency key. I added the key and a test. I refunded the 40 customers the same day.',
    result: 'Double bills went from 40 to none in the next quarter, and the billing team adopted the key for every job.',
    reflection: 'I now give every retried job an idempotency key before it ships.',
  });

describe('generic-reflection: lessons that could end any story', () => {
  it('finds a lesson announced but not named, a proverb and a truism', () => {
    for (const lesson of [
      'That week taught me a hard lesson, and it stayed with me.',
      'I learned that honest feedback, however hard to hear, is a gift.',
      'Mistakes are the best teacher.',
      'It reminded me of a simple truth about engineering.',
      "What counted wasn't only the patch — it was the mindset behind it.",
      'It taught me two key lessons: the importance of communication, and the need to stay calm across both old and new systems.',
      'It showed the significance of teamwork.',
    ]) {
      assert.strictEqual(found(story({ reflection: lesson }), 'generic-reflection').length, 1, lesson);
    }
  });

  it('leaves a lead-in alone when the next sentence is the specific habit it announces', () => {
    assert.deepStrictEqual(found(story({ reflection: 'Looking back, that week taught me a lot. Now, whenever I touch a retried billing job, I add an idempotency key and a duplicate-charge test first.' }), 'generic-reflection'), []);
    assert.strictEqual(found(story({ reflection: 'Looking back, that week taught me a lot. Now I try to be better.' }), 'generic-reflection').length, 1);
  });

  it('leaves a lesson that names this story’s own things alone, with the same openers', () => {
    for (const lesson of [
      'I learned the importance of idempotency keys on retried billing jobs, and I now add one before a job ships.',
      'The biggest lesson: a retry without an idempotency key double-bills, so every retried job gets one.',
      'Code review feedback on the retry path is what caught the second bug.',
    ]) {
      assert.deepStrictEqual(found(story({ reflection: lesson }), 'generic-reflection'), [], lesson);
    }
  });
});
