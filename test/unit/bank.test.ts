import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_PRINCIPLE_IDS, BANK_DEFAULTS, BANK_LIMITS, buildCoverage, readinessText, resolveBankGoals, summarizeStories, weakestStories, type BankStory } from '../../src/core/bank';
import { buildOverviewModel, OVERVIEW_LIMITS, overviewModelSchema, parseOverviewWebviewMessage } from '../../src/core/bankMessages';
import { cheatSections, cheatStories, renderCheatSheet } from '../../src/core/cheatSheet';
import { analyze, ENGINE } from '../../src/core/check';
import { defaultEngineConfig } from '../../src/core/config';
import { parseStarrc } from '../../src/core/starrc';
import { readBankSettings } from '../../src/extension/bankSettings';

// The story bank's coverage model and the cheat sheet, on stories the engine really checks.

const ROOT = path.join(__dirname, '..', '..', '..');
const examples = (name: string) => fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');

/** A story that passes every check: scope boundary, I-steps, a measured and translated result, a lasting effect, a specific lesson. */
function strongStory(title: string, principles: string, level = 'sde2'): string {
  return `# ${title}
<!-- star: principle=${principles} level=${level} -->

## Situation
Our checkout page timed out for about one in fifty shoppers during the evening peak. The payment service belonged to another team and nobody had filed a ticket.

## Task
It was not my team's service, but I decided to find the cause and fix it before the holiday sale.

## Action
I traced the slow requests to a connection pool that was sized for half the traffic.
I load-tested three pool sizes against a copy of peak traffic and picked the smallest that held.
I wrote the change with the payments team, rolled it out behind a flag and watched the error rate for a week.

## Result
Checkout timeouts fell from 2% to 0.1%, which kept about $40K of weekly orders. The payments team now sizes every pool with the same load test.

## Reflection
I learned to load-test pool sizes against real peak traffic before launch, so I now add that test to every service I change.
`;
}

function weakStory(title: string, principles: string): string {
  return `# ${title}
<!-- star: principle=${principles} -->

## Situation
There was a problem.

## Task
We had to fix it.

## Action
We looked at it and we fixed it.

## Result
It went well.

## Reflection
Communication is important.
`;
}

function bank(files: Record<string, string>): BankStory[] {
  const cfg = defaultEngineConfig();
  return Object.entries(files).flatMap(([p, text]) => summarizeStories(p, analyze(text, cfg), cfg.timeTolerance));
}

describe('story bank: readiness of a story', () => {
  it('a story with no errors or warnings, within time, is ready; a weak one is not, and says why', () => {
    const [strong] = bank({ 'a.star.md': strongStory('Pool sizing', 'Ownership') });
    const [weak] = bank({ 'b.star.md': weakStory('Vague fix', 'Ownership') });
    assert.strictEqual(strong.readiness.ready, true, readinessText(strong.readiness));
    assert.strictEqual(strong.readiness.checklist, 7);
    assert.strictEqual(strong.firstWarning, null);
    assert.strictEqual(weak.readiness.ready, false);
    assert.ok(weak.readiness.warnings > 0);
    assert.ok(weak.firstWarning && weak.firstWarning.message.length > 0);
    assert.ok(weak.readiness.checklist < 3, String(weak.readiness.checklist));
    assert.match(readinessText(weak.readiness), /^not ready · checklist \d\/7 · \d:\d\d \/ 2:00 .*warning/);
  });

  it('a story over its time target is not ready even without findings', () => {
    const cfg = defaultEngineConfig();
    const text = strongStory('Pool sizing', 'Ownership');
    const analysis = analyze(text, { ...cfg, rules: { 'section-over-time': 'off' }, wordsPerMinute: 60 });
    const [s] = summarizeStories('a', analysis, cfg.timeTolerance);
    assert.strictEqual(s.readiness.warnings + s.readiness.errors, 0);
    assert.strictEqual(s.readiness.withinTime, false);
    assert.strictEqual(s.readiness.ready, false);
  });

  it('opens at the title: the offset is the title line\'s', () => {
    const text = `intro\n\n${strongStory('Second title', 'Dive Deep')}`;
    const [s] = bank({ x: text });
    assert.strictEqual(text.slice(s.offset, s.offset + 14), '# Second title');
  });
});

describe('story bank: coverage of the principles', () => {
  const stories = bank({
    'one.star.md': strongStory('Pool sizing', 'Ownership; Dive Deep') + '\n' + weakStory('Vague fix', 'Ownership'),
    'two.star.md': weakStory('Everything story', 'Ownership; Dive Deep; Earn Trust; Bias for Action') + '\n' + weakStory('No principle at all', 'not-a-principle'),
    'three.star.md': strongStory('pool  SIZING', 'Frugality'),
  });
  const coverage = buildCoverage(stories, resolveBankGoals());

  it('lists all 16 principles in Amazon\'s order, each story under each of its principles', () => {
    assert.deepStrictEqual(coverage.principles.map((p) => p.id), ALL_PRINCIPLE_IDS);
    const own = coverage.principles.find((p) => p.id === 'ownership')!;
    assert.deepStrictEqual(own.stories.map((s) => s.title), ['Pool sizing', 'Vague fix', 'Everything story']);
    assert.strictEqual(own.ready, 1);
    assert.strictEqual(own.gap, false);
    const dive = coverage.principles.find((p) => p.id === 'dive-deep')!;
    assert.deepStrictEqual(dive.stories.map((s) => `${s.path}#${s.story}`), ['one.star.md#0', 'two.star.md#0']);
  });

  it('marks gaps (fewer than the goal) and principles with none', () => {
    const frugal = coverage.principles.find((p) => p.id === 'frugality')!;
    assert.strictEqual(frugal.gap, true);
    assert.strictEqual(frugal.missing, 1);
    assert.ok(coverage.uncovered.includes('think-big'));
    assert.ok(!coverage.uncovered.includes('frugality'));
    assert.ok(coverage.gaps.includes('frugality') && coverage.gaps.includes('think-big') && !coverage.gaps.includes('ownership'));
  });

  it('flags a story filed under more principles than the maximum, lists unfiled stories and duplicate titles', () => {
    assert.deepStrictEqual(coverage.overused.map((s) => [s.title, s.principles.length]), [['Everything story', 4]]);
    assert.deepStrictEqual(coverage.unfiled.map((s) => s.title), ['No principle at all']);
    assert.deepStrictEqual(coverage.duplicates.map((d) => d.stories.map((s) => s.path)), [['one.star.md', 'three.star.md']]);
  });

  it('counts the level mix and the ready stories', () => {
    assert.strictEqual(coverage.stories, 5);
    assert.strictEqual(coverage.readyStories, 2);
    assert.strictEqual(Object.values(coverage.levels).reduce((a, b) => a + b, 0), 5);
  });

  it('follows the goals: principles outside the loop are not needed and never gaps', () => {
    const goals = resolveBankGoals({ principles: ['Ownership', 'frugality', 'dive deep'], storiesPerPrinciple: 1, maxPrinciplesPerStory: 4 });
    assert.deepStrictEqual(goals.principles, ['ownership', 'frugality', 'dive-deep']);
    const c = buildCoverage(stories, goals);
    assert.deepStrictEqual(c.gaps, []);
    assert.strictEqual(c.principles.find((p) => p.id === 'think-big')!.needed, false);
    assert.strictEqual(c.principles.find((p) => p.id === 'think-big')!.gap, false);
    assert.deepStrictEqual(c.overused, []);
  });

  it('defaults: two stories a principle, all 16 needed, three principles a story; an empty or unknown list means all', () => {
    const goals = resolveBankGoals();
    assert.strictEqual(goals.storiesPerPrinciple, BANK_DEFAULTS.storiesPerPrinciple);
    assert.strictEqual(goals.storiesPerPrinciple, 2);
    assert.strictEqual(goals.maxPrinciplesPerStory, 3);
    assert.strictEqual(goals.principles.length, 16);
    assert.strictEqual(resolveBankGoals({ principles: [] }).principles.length, 16);
    assert.strictEqual(resolveBankGoals({ principles: ['nonsense'] }).principles.length, 16);
    // Later layers win key by key.
    const layered = resolveBankGoals({ storiesPerPrinciple: 4, maxPrinciplesPerStory: 2 }, { storiesPerPrinciple: 1 });
    assert.deepStrictEqual([layered.storiesPerPrinciple, layered.maxPrinciplesPerStory], [1, 2]);
  });

  it('the weakest stories: not-ready ones, most findings first', () => {
    const weakest = weakestStories(stories);
    assert.strictEqual(weakest.length, 3);
    assert.ok(weakest.every((s) => !s.readiness.ready));
    for (let i = 1; i < weakest.length; i++) {
      const a = weakest[i - 1].readiness;
      const b = weakest[i].readiness;
      assert.ok(a.errors > b.errors || (a.errors === b.errors && a.warnings >= b.warnings), JSON.stringify([a, b]));
    }
  });
});

describe('story bank: goals in .starrc.yaml and settings', () => {
  it('.starrc.yaml bank: keys are read; a bad value or unknown principle is reported on its own key', () => {
    const text = 'bank:\n  storiesPerPrinciple: 3\n  principles: [Ownership, Dive Depp]\n  maxPrinciplesPerStory: 99\n  colour: red\n';
    const { settings, problems } = parseStarrc(text);
    assert.deepStrictEqual(settings.bank, { storiesPerPrinciple: 3, principles: ['Ownership', 'Dive Depp'] });
    const messages = problems.map((p) => `${p.severity}: ${p.message} @${text.slice(p.start, p.end)}`);
    assert.ok(messages.some((m) => /^warning: bank\.principles: "Dive Depp" .*did you mean "Dive Deep".*@Dive Depp$/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /^error: bank\.maxPrinciplesPerStory: 99 is not allowed: use a whole number from 1 to 16\. The default is used\. @99$/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /^warning: Unknown key "bank\.colour"/.test(m)), messages.join('\n'));
    assert.deepStrictEqual(resolveBankGoals(settings.bank).principles, ['ownership']);
  });

  it('starStory.bank.* settings are read key by key', () => {
    const values: Record<string, unknown> = { 'bank.storiesPerPrinciple': 0, 'bank.principles': ['Earn Trust', 'Tea'], 'bank.maxPrinciplesPerStory': 2 };
    const { bank, invalid } = readBankSettings((name) => values[name]);
    assert.deepStrictEqual(bank, { principles: ['Earn Trust', 'Tea'], maxPrinciplesPerStory: 2 });
    assert.deepStrictEqual(invalid.map((i) => i.setting), ['starStory.bank.storiesPerPrinciple', 'starStory.bank.principles']);
    assert.match(invalid[1].message, /"Tea" is not one of Amazon's Leadership Principles/);
  });

  it('package.json declares the bank settings with the same defaults and bounds', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const props = Object.assign({}, ...pkg.contributes.configuration.map((c: { properties: object }) => c.properties));
    const per = props['starStory.bank.storiesPerPrinciple'];
    const max = props['starStory.bank.maxPrinciplesPerStory'];
    const list = props['starStory.bank.principles'];
    assert.deepStrictEqual([per.default, per.minimum, per.maximum], [BANK_DEFAULTS.storiesPerPrinciple, BANK_LIMITS.storiesPerPrinciple.min, BANK_LIMITS.storiesPerPrinciple.max]);
    assert.deepStrictEqual([max.default, max.minimum, max.maximum], [BANK_DEFAULTS.maxPrinciplesPerStory, BANK_LIMITS.maxPrinciplesPerStory.min, BANK_LIMITS.maxPrinciplesPerStory.max]);
    assert.deepStrictEqual(list.default, ALL_PRINCIPLE_IDS);
    assert.deepStrictEqual(list.items.enum, ALL_PRINCIPLE_IDS);
  });
});

describe('cheat sheet', () => {
  const cfg = defaultEngineConfig();
  const text = strongStory('Pool sizing', 'Ownership; Dive Deep') + '\n' + weakStory('Vague <b>fix</b>', 'Ownership');
  const stories = cheatStories('one.star.md', analyze(text, cfg).file, cfg, ENGINE.facts);

  it('per story: title, first measured figure of the Result in its sentence, first three Action verbs, lesson', () => {
    const [strong, weak] = stories.map((s) => s.entry);
    assert.strictEqual(strong.title, 'Pool sizing');
    assert.strictEqual(strong.figure, '2%');
    assert.match(strong.figureSentence!, /^Checkout timeouts fell from 2% to 0\.1%/);
    assert.deepStrictEqual(strong.verbs, ['traced', 'load-tested', 'picked']);
    assert.match(strong.lesson!, /^I learned to load-test pool sizes/);
    assert.strictEqual(weak.figure, null);
    assert.deepStrictEqual(weak.verbs, []);
  });

  it('groups by the chosen principles only, in Amazon\'s order, and says when a principle has no story', () => {
    const sections = cheatSections(stories, ['dive-deep', 'ownership', 'think-big']);
    assert.deepStrictEqual(sections.map((s) => [s.id, s.stories.length]), [['ownership', 2], ['think-big', 0], ['dive-deep', 1]]);
    const markdown = renderCheatSheet(sections, 'markdown');
    assert.match(markdown, /^# STAR cheat sheet\n\n## Ownership\n\n- \*\*Pool sizing\*\*\n {2}- Figure: \*\*2%\*\* — Checkout timeouts/);
    assert.match(markdown, /## Think Big\n\n_No story filed under this principle yet\._/);
    assert.match(markdown, /Actions: traced → load-tested → picked/);
    // Story text cannot inject markup.
    assert.ok(markdown.includes('Vague \\<b\\>fix\\</b\\>'), markdown);
  });

  it('HTML: one standalone page, story text escaped, no scripts or external resources', () => {
    const page = renderCheatSheet(cheatSections(stories, ['ownership']), 'html');
    assert.match(page, /^<!DOCTYPE html>/);
    assert.ok(page.includes('Vague &lt;b&gt;fix&lt;/b&gt;'));
    assert.ok(!/<script|src=|href=/i.test(page));
    assert.match(page, /<dt>Actions<\/dt><dd>traced → load-tested → picked<\/dd>/);
  });

  it('works on the shipped examples: every story has a title and the strong example a figure and three verbs', () => {
    const file = analyze(examples('strong.star.md'), cfg).file;
    const [s] = cheatStories('strong.star.md', file, cfg, ENGINE.facts);
    assert.ok(s.entry.figure, JSON.stringify(s.entry));
    assert.strictEqual(s.entry.verbs.length, 3);
    assert.ok(s.entry.lesson);
  });
});

describe('story bank overview model', () => {
  const stories = bank({
    'one.star.md': strongStory('Pool sizing', 'Ownership; Dive Deep') + '\n' + weakStory('Vague <script>x</script>', 'Ownership; Think Big; Earn Trust; Frugality'),
    'two.star.md': weakStory('Nothing filed', 'nope'),
  });
  const model = buildOverviewModel(stories, resolveBankGoals(), (p) => `shown/${p}`);

  it('validates against its own schema, with every story, the 16 principles, the weakest and the level mix', () => {
    assert.ok(overviewModelSchema.safeParse(model).success);
    assert.deepStrictEqual(model.stories.map((s) => [s.id, s.title, s.file, s.ready, s.overused]), [
      [0, 'Pool sizing', 'shown/one.star.md', true, false],
      [1, 'Vague <script>x</script>', 'shown/one.star.md', false, true],
      [2, 'Nothing filed', 'shown/two.star.md', false, false],
    ]);
    assert.strictEqual(model.principles.length, 16);
    assert.deepStrictEqual(model.weakest.map((w) => w.id).sort(), [1, 2]);
    assert.ok(model.weakest.every((w) => w.message && w.ruleId));
    assert.strictEqual(model.levels.reduce((n, l) => n + l.stories, 0), 3);
    assert.deepStrictEqual(model.totals, { stories: 3, ready: 1, gaps: model.principles.filter((p) => p.gap).length, uncovered: 11, needed: 16 });
  });

  it('caps the stories it lists and counts the rest; the webview messages are validated', () => {
    const many = Array.from({ length: OVERVIEW_LIMITS.stories + 7 }, (_, i) => ({ ...stories[0], story: i }));
    const capped = buildOverviewModel(many, resolveBankGoals(), (p) => p);
    assert.strictEqual(capped.stories.length, OVERVIEW_LIMITS.stories);
    assert.strictEqual(capped.hidden, 7);
    assert.ok(overviewModelSchema.safeParse(capped).success);
    assert.deepStrictEqual(parseOverviewWebviewMessage({ type: 'open', id: 3 }), { type: 'open', id: 3 });
    for (const bad of [{ type: 'open', id: -1 }, { type: 'open', id: 1.5 }, { type: 'open', id: 1, extra: true }, { type: 'run', command: 'x' }, null, 'ready']) {
      assert.strictEqual(parseOverviewWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});

describe('Getting Started walkthrough media', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const steps = pkg.contributes.walkthroughs[0].steps as { id: string; media: { svg: string } }[];

  it('each step\'s SVG takes the theme\'s colours without a <style> element (the walkthrough webview\'s CSP blocks one)', () => {
    for (const step of steps) {
      const svg = fs.readFileSync(path.join(ROOT, step.media.svg), 'utf8');
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+" role="img" aria-label="[^"]+">/, step.id);
      assert.ok(!/<style|\sclass=|\sstyle=|<script|\son\w+=|href=/i.test(svg), `${step.media.svg} has styles, classes, scripts or links`);
      assert.match(svg, /fill="var\(--vscode-foreground, #[0-9a-f]+\)"/, step.id);
    }
  });
});
