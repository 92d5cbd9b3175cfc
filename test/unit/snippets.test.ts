import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/check';
import { TEMPLATE_HOLE_SOURCE, parse } from '../../src/core/parse';
import { ROOT, lineScopes, tokenize } from './textmate';

// The snippets file: valid JSON, well-formed snippet syntax, the right choices, and text that the
// engine and the grammar read the way the snippet means it.

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const PRINCIPLES = [
  'Customer Obsession',
  'Ownership',
  'Invent and Simplify',
  'Are Right, A Lot',
  'Learn and Be Curious',
  'Hire and Develop the Best',
  'Insist on the Highest Standards',
  'Think Big',
  'Bias for Action',
  'Frugality',
  'Earn Trust',
  'Dive Deep',
  'Have Backbone; Disagree and Commit',
  'Deliver Results',
  "Strive to be Earth's Best Employer",
  'Success and Scale Bring Broad Responsibility',
];
const LEVELS = ['sde1', 'sde2', 'senior', 'principal'];
const TARGETS: [string, number][] = [
  ['Situation', 30],
  ['Task', 20],
  ['Action', 90],
  ['Result', 15],
  ['Reflection', 15],
];

interface Expansion {
  text: string;
  /** Tab stop numbers in order of appearance ($0 included). */
  stops: number[];
  /** Choices per tab stop. */
  choices: Map<number, string[]>;
  /** The default text of each `${n:text}` placeholder, in order of appearance. */
  defaults: string[];
}

/**
 * Expands VS Code snippet syntax: tab stops, placeholders (nested), choices and escapes.
 * `pick` chooses a choice's value; the default is the first, as VS Code inserts it.
 * Throws on anything else (variables, a stray `$`, an unclosed `${`).
 */
function expand(body: string, pick: (stop: number, options: string[]) => string = (_s, o) => o[0]): Expansion {
  const stops: number[] = [];
  const choices = new Map<number, string[]>();
  const defaults: string[] = [];
  let i = 0;
  const readText = (inPlaceholder: boolean): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
      } else if (c === '}' && inPlaceholder) {
        return out;
      } else if (c === '$') {
        out += readStop();
      } else {
        out += c;
        i++;
      }
    }
    if (inPlaceholder) throw new Error('unclosed ${ in snippet body');
    return out;
  };
  const readStop = (): string => {
    const simple = /^\$(\d+)/.exec(body.slice(i));
    if (simple) {
      stops.push(Number(simple[1]));
      i += simple[0].length;
      return '';
    }
    const open = /^\$\{(\d+)([:|}])/.exec(body.slice(i));
    if (!open) throw new Error(`unexpected "$" at ${i}: ${body.slice(i, i + 20)}`);
    const stop = Number(open[1]);
    stops.push(stop);
    i += open[0].length;
    if (open[2] === '}') return '';
    if (open[2] === ':') {
      const text = readText(true);
      i++; // the closing brace
      defaults.push(text);
      return text;
    }
    const options: string[] = [];
    let current = '';
    while (i < body.length && !(body[i] === '|' && body[i + 1] === '}')) {
      if (body[i] === '\\' && ',|\\$}'.includes(body[i + 1])) {
        current += body[i + 1];
        i += 2;
      } else if (body[i] === ',') {
        options.push(current);
        current = '';
        i++;
      } else {
        current += body[i++];
      }
    }
    if (i >= body.length) throw new Error('unclosed choice in snippet body');
    options.push(current);
    i += 2;
    choices.set(stop, options);
    return pick(stop, options);
  };
  const text = readText(false);
  return { text, stops, choices, defaults };
}

const bodyOf = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const prefixesOf = (s: Snippet) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);

describe('snippets', () => {
  const file = path.join(ROOT, 'snippets', 'star.code-snippets');
  const snippets: Record<string, Snippet> = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byPrefix = (prefix: string): Snippet => {
    const found = Object.values(snippets).find((s) => prefixesOf(s).includes(prefix));
    if (!found) throw new Error(`no snippet with prefix ${prefix}`);
    return found;
  };

  it('gives every snippet a star- prefix, a body and a description, with no prefix used twice', () => {
    const seen = new Set<string>();
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(prefixesOf(s).length > 0, name);
      for (const p of prefixesOf(s)) {
        assert.match(p, /^star-[a-z-]+$/, name);
        assert.ok(!seen.has(p), `prefix ${p} used twice`);
        seen.add(p);
      }
      assert.ok(bodyOf(s).trim().length > 0, `${name} body`);
      assert.ok(typeof s.description === 'string' && s.description.length > 10, `${name} description`);
    }
  });

  it('has the story, each section, and the sentence templates', () => {
    for (const p of ['star-story', 'star-situation', 'star-task', 'star-action', 'star-result', 'star-reflection', 'star-followups', 'star-qa', 'star-scope', 'star-measured-result', 'star-override']) {
      byPrefix(p);
    }
  });

  it('uses well-formed snippet syntax: tab stops numbered 1..n, then $0', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const { stops } = expand(bodyOf(s));
      const numbered = [...new Set(stops.filter((n) => n > 0))].sort((a, b) => a - b);
      assert.deepStrictEqual(numbered, numbered.map((_, k) => k + 1), `${name}: ${stops.join(',')}`);
      assert.strictEqual(stops[stops.length - 1], 0, `${name} ends at $0`);
    }
  });

  it('offers exactly the 16 Leadership Principles and the 4 levels as choices', () => {
    for (const prefix of ['star-story', 'star-override']) {
      const { choices } = expand(bodyOf(byPrefix(prefix)));
      const lists = [...choices.values()];
      assert.deepStrictEqual(lists.find((c) => c.includes('Ownership')), PRINCIPLES, prefix);
      assert.deepStrictEqual(lists.find((c) => c.includes('senior')), LEVELS, prefix);
    }
  });

  it('states each section’s speaking-time target in its prompt, in the story and alone', () => {
    const story = bodyOf(byPrefix('star-story'));
    for (const [section, seconds] of TARGETS) {
      const alone = bodyOf(byPrefix(`star-${section.toLowerCase()}`));
      for (const body of [story, alone]) {
        const prompt = new RegExp(`## ${section}\\n\\$\\{\\d+:\\[Write \\(about ${seconds} s\\): [^}\\]]{40,}\\]\\}`);
        assert.match(body, prompt, `${section} in ${body === story ? 'star-story' : 'its own snippet'}`);
      }
    }
  });

  it('expands the story into text the engine reads as one story with every section, for every principle and level', () => {
    const body = bodyOf(byPrefix('star-story'));
    for (const principle of PRINCIPLES) {
      for (const level of LEVELS) {
        const { text } = expand(body, (_s, options) => (options.includes(principle) ? principle : options.includes(level) ? level : options[0]));
        const file = parse(text, { level: 'sde1' });
        assert.deepStrictEqual(file.problems, [], `${principle} / ${level}`);
        assert.strictEqual(file.stories.length, 1);
        const [story] = file.stories;
        assert.deepStrictEqual(story.sections.map((s) => s.kind), ['situation', 'task', 'action', 'result', 'reflection', 'followups']);
        assert.strictEqual(story.meta.principles.length, 1, principle);
        assert.strictEqual(story.meta.level, level);
      }
    }
  });

  it('expands the override into a comment the engine applies to the story, for every principle', () => {
    const body = bodyOf(byPrefix('star-override'));
    for (const principle of PRINCIPLES) {
      const { text } = expand(body, (_s, options) => (options.includes(principle) ? principle : 'principal'));
      const file = parse(`# A story\n${text}\n## Situation\nText.\n`, { level: 'sde1' });
      assert.deepStrictEqual(file.problems, [], principle);
      assert.strictEqual(file.stories[0].meta.principles.length, 1, principle);
      assert.strictEqual(file.stories[0].meta.level, 'principal');
    }
  });

  it('expands the story into text the grammar scopes section by section', async () => {
    const lines = await tokenize(expand(bodyOf(byPrefix('star-story'))).text);
    const headingScopes = lines.filter((l) => l.line.startsWith('#')).map((l) => [...lineScopes(l)].find((s) => s.startsWith('markup.heading.')));
    assert.deepStrictEqual(headingScopes, [
      'markup.heading.story.star',
      'markup.heading.section.situation.star',
      'markup.heading.section.task.star',
      'markup.heading.section.action.star',
      'markup.heading.section.result.star',
      'markup.heading.section.reflection.star',
      'markup.heading.section.followups.star',
      'markup.heading.question.star',
    ]);
    assert.ok(lineScopes(lines[2]).has('meta.embedded.block.frontmatter'));
  });

  it('writes the scope-boundary and measured-result templates with their key parts', () => {
    const scope = expand(bodyOf(byPrefix('star-scope'))).text;
    assert.match(scope, /not to my team/);
    assert.match(scope, /no ticket/);
    assert.match(scope, /nobody had asked me/);
    const measured = expand(bodyOf(byPrefix('star-measured-result'))).text;
    assert.match(measured, /went from \[e\.g\. [^\]]+\] to \[e\.g\. [^\]]+\]/);
    assert.match(measured, /which /);
    assert.ok(expand(bodyOf(byPrefix('star-measured-result'))).stops.length >= 7, 'metric, from, to, when, business value, who, what they adopted');
  });

  describe('template text left as inserted', () => {
    const HOLE = new RegExp(`^${TEMPLATE_HOLE_SOURCE}$`);
    const BASE = {
      situation: 'Our checkout page timed out for three percent of shoppers every evening and cost sales.',
      task: 'I set myself the goal of ending the timeouts before the holiday peak.',
      action: 'I traced the slow query to a missing index. I added the index. I rolled it out behind a flag.',
      result: 'The timeouts stopped.',
      reflection: 'I now read query plans before every launch.',
    };
    const story = (parts: Partial<Record<keyof typeof BASE, string>>) =>
      `# Checkout timeouts\n\n${Object.entries({ ...BASE, ...parts })
        .map(([k, v]) => `## ${k[0].toUpperCase()}${k.slice(1)}\n${v}\n`)
        .join('\n')}`;
    /** The snippet as the writer would have it after typing the same words over each placeholder. */
    const filledIn = (text: string) => text.replace(/\[(?:e\.g\.|Write) ([^\]]*)\]/g, '$1');
    const rules = (text: string) => analyze(text).result.findings.map((f) => f.ruleId);

    it('makes every default text outside the front matter a placeholder the engine knows', () => {
      for (const [name, s] of Object.entries(snippets)) {
        const { text, defaults } = expand(bodyOf(s));
        for (const d of defaults) {
          const line = text.split('\n').find((l) => l.includes(d)) ?? '';
          if (/^question: /.test(line)) continue; // YAML would read "[…]" as a list; front matter is not prose
          assert.match(d, HOLE, `${name}: "${d}"`);
        }
      }
    });

    it('flags each placeholder of every snippet and counts none of it as words or time', () => {
      for (const [name, s] of Object.entries(snippets)) {
        if (prefixesOf(s).includes('star-override') || prefixesOf(s).includes('star-story')) continue;
        const { text, defaults } = expand(bodyOf(s));
        // A section snippet replaces that section; a sentence snippet goes at the end of the Task.
        const kind = /^## (\w+)/.exec(text)?.[1].toLowerCase();
        const doc = kind && kind in BASE ? story({ [kind]: text.replace(/^## \w+\n/, '') }) : kind ? `${story({})}\n${text}\n` : story({ task: `${BASE.task} ${text}` });
        const a = analyze(doc);
        const flagged = a.result.findings.filter((f) => f.ruleId === 'unfilled-placeholder').map((f) => doc.slice(f.start, f.end));
        const inProse = defaults.filter((d) => !/^### /m.test(doc.split('\n').find((l) => l.includes(d)) ?? ''));
        assert.deepStrictEqual(flagged, inProse, name);
        const bare = analyze(doc.split('\n').map((l) => inProse.reduce((acc, d) => acc.replace(d, ''), l)).join('\n'));
        assert.strictEqual(a.result.stories[0].words, bare.result.stories[0].words, `${name}: words`);
        assert.strictEqual(a.result.stories[0].seconds, bare.result.stories[0].seconds, `${name}: time`);
        assert.ok(!rules(doc).includes('empty-section'), `${name}: a section holding template text is reported once, as a placeholder`);
      }
    });

    it('the whole-story snippet counts 0 words and is reported by its placeholders alone', () => {
      const { text, defaults } = expand(bodyOf(byPrefix('star-story')));
      const a = analyze(text);
      assert.strictEqual(a.result.stories[0].words, 0);
      assert.strictEqual(a.result.stories[0].seconds, 0);
      assert.deepStrictEqual([...new Set(rules(text))], ['unfilled-placeholder']);
      // The section prompts and the follow-up answer: the question and the headings are not prose.
      assert.strictEqual(a.result.findings.length, defaults.filter((d) => HOLE.test(d) && !text.includes(`# ${d}`)).length);
    });

    it('star-metric: the example figures clear nothing until replaced', () => {
      const metric = expand(bodyOf(byPrefix('star-metric'))).text;
      const left = analyze(story({ result: metric })).result;
      const leftRules = left.findings.map((f) => f.ruleId);
      assert.ok(leftRules.includes('unquantified-result'), leftRules.join());
      assert.ok(leftRules.includes('result-missing-second-order'), leftRules.join());
      assert.deepStrictEqual([left.stories[0].checklist.measuredResult, left.stories[0].checklist.businessImpact, left.stories[0].checklist.widerEffect], [false, false, false]);
      // The same words typed in by the writer are evidence: the brackets are what makes the difference.
      const filled = analyze(story({ result: filledIn(metric) })).result;
      assert.ok(!filled.findings.some((f) => f.ruleId === 'unquantified-result' || f.ruleId === 'result-missing-second-order' || f.ruleId === 'unfilled-placeholder'));
      assert.deepStrictEqual([filled.stories[0].checklist.measuredResult, filled.stories[0].checklist.businessImpact, filled.stories[0].checklist.widerEffect], [true, true, true]);
    });

    it('star-scope: the example boundary proves no scope until replaced', () => {
      const scope = expand(bodyOf(byPrefix('star-scope'))).text;
      assert.ok(rules(story({ task: `${BASE.task} ${scope}` })).includes('missing-scope-boundary'));
      assert.ok(!rules(story({ task: `${BASE.task} ${filledIn(scope)}` })).includes('missing-scope-boundary'));
    });
  });
});
