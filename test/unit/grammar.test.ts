import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SECTION_ALIASES, SECTION_LETTERS, sectionKindsOf } from '../../src/core/sections';
import type { SectionKind } from '../../src/core/types';
import { GRAMMAR_FIXTURES, ROOT, STAR_SCOPE, lineScopes, scopesAt, tokenize, type TokenizedLine } from './textmate';

// Each fixture `X.star.md` is tokenised and compared with `X.scopes.json`.
// UPDATE_GRAMMAR_SNAPSHOTS=1 rewrites the expectations; the explicit checks below still apply.

const UPDATE = process.env.UPDATE_GRAMMAR_SNAPSHOTS === '1';
const FIXTURES = fs.readdirSync(GRAMMAR_FIXTURES).filter((f) => f.endsWith('.star.md')).sort();

/** One line per token, so a changed scope shows up as a one-line diff. */
function serialize(lines: TokenizedLine[]): string {
  const blocks = lines.map((l) => {
    const tokens = l.tokens.map((t) => `      [${JSON.stringify(t.text)}, ${JSON.stringify(t.scopes.join(' '))}]`).join(',\n');
    return `  {\n    "line": ${JSON.stringify(l.line)},\n    "tokens": [\n${tokens}\n    ]\n  }`;
  });
  return `[\n${blocks.join(',\n')}\n]\n`;
}

async function fixture(name: string): Promise<TokenizedLine[]> {
  return tokenize(fs.readFileSync(path.join(GRAMMAR_FIXTURES, name), 'utf8'));
}

function lineOf(lines: TokenizedLine[], text: string, from = 0): TokenizedLine {
  const found = lines.slice(from).find((l) => l.line === text);
  if (!found) throw new Error(`no line "${text}"`);
  return found;
}

const sectionKindOf = (line: TokenizedLine): string | null => {
  for (const scope of lineScopes(line)) {
    const m = /^markup\.heading\.section\.(\w+)\.star$/.exec(scope);
    if (m) return m[1];
  }
  return null;
};

describe('STAR grammar', () => {
  describe('snapshots', () => {
    it('has fixtures to compare', () => {
      assert.ok(FIXTURES.length >= 3, `fixtures found: ${FIXTURES.join(', ')}`);
    });
    for (const name of FIXTURES) {
      it(`tokenises ${name} as stored`, async () => {
        const actual = serialize(await fixture(name));
        const file = path.join(GRAMMAR_FIXTURES, name.replace(/\.star\.md$/, '.scopes.json'));
        if (UPDATE) fs.writeFileSync(file, actual);
        assert.ok(fs.existsSync(file), `missing ${path.relative(ROOT, file)}: run with UPDATE_GRAMMAR_SNAPSHOTS=1`);
        assert.strictEqual(actual, fs.readFileSync(file, 'utf8'), `${name} tokens changed; if intended, rerun with UPDATE_GRAMMAR_SNAPSHOTS=1`);
      });
    }
  });

  describe('section headings', () => {
    // [heading text after "## ", kind or null]: common aliases, decorated forms, near misses.
    const CASES: [string, SectionKind | null][] = [
      ['S', 'situation'], ['S — Situation', 'situation'], ['S - Situation', 'situation'], ['S – Situation', 'situation'],
      ['Situation', 'situation'], ['Situation:', 'situation'], ['SITUATION', 'situation'], ['Context', 'situation'],
      ['T', 'task'], ['Task', 'task'], ['task', 'task'], ['Goal', 'task'], ['Target', 'task'], ['T: Task', 'task'],
      ['A', 'action'], ['Action', 'action'], ['Actions', 'action'], ['What I did', 'action'], ['what i did', 'action'], ['A - Action', 'action'],
      ['R', 'result'], ['Result', 'result'], ['Results', 'result'], ['Outcome', 'result'], ['Impact', 'result'], ['R — Result', 'result'],
      ['Reflection', 'reflection'], ['Learning', 'reflection'], ['Learnings', 'reflection'], ['Lessons learned', 'reflection'],
      ['What I learned', 'reflection'], ['LESSONS LEARNED', 'reflection'], ['What I’d do differently', 'reflection'],
      ['Follow-ups', 'followups'], ['Followups', 'followups'], ['Follow up questions', 'followups'], ['Follow-Up Questions', 'followups'],
      ['Probes', 'followups'], ['Q&A', 'followups'],
      ['1. Situation', 'situation'], ['**Action**', 'action'], ['Result (about 15 s)', 'result'], ['🎯 Task', 'task'],
      ['Step 2: Action', 'action'], ['Situation ##', 'situation'],
      ['Notes', null], ['Situational awareness', null], ['Actionable items', null], ['Resultant', null], ['Timeline', null],
      ['STAR', null], ['Star notes', null], ['Sa', null], ['', null],
    ];
    let lines: TokenizedLine[];
    before(async () => {
      lines = await tokenize(CASES.map(([heading]) => `## ${heading}\nBody line.`).join('\n'));
    });

    CASES.forEach(([heading, kind], i) => {
      it(`"## ${heading}" is ${kind ?? 'not a section'}`, () => {
        const line = lines[2 * i];
        const body = lines[2 * i + 1];
        assert.strictEqual(sectionKindOf(line), kind, JSON.stringify(line.tokens));
        if (kind) {
          assert.ok(scopesAt(line, '##').includes('punctuation.definition.heading.markdown'));
          if (heading) assert.ok(scopesAt(line, heading.trim()[0]).includes('entity.name.section.markdown'));
          assert.ok(lineScopes(body).has(`meta.section.${kind}.star`), 'the body belongs to the section');
        } else {
          assert.ok(lineScopes(line).has('markup.heading.markdown'), 'left to the Markdown grammar');
          assert.ok(![...lineScopes(body)].some((s) => s.startsWith('meta.section.')), 'the body belongs to no section');
        }
      });
    });

    it('agrees with the parser on every case', () => {
      const disagreements = CASES.filter(([heading], i) => (sectionKindsOf(heading.replace(/\s*#+$/, ''))[0] ?? null) !== sectionKindOf(lines[2 * i]));
      assert.deepStrictEqual(disagreements, []);
    });

    it('agrees with the parser on every alias the parser knows, as written and decorated', async () => {
      const aliases = [
        ...Object.values(SECTION_ALIASES).flat(),
        ...Object.keys(SECTION_LETTERS),
      ];
      assert.ok(aliases.length > 80, `only ${aliases.length} aliases`);
      const title = (a: string) => a.replace(/\b\w/g, (c) => c.toUpperCase());
      const letters = Object.keys(SECTION_LETTERS).flatMap((l) => {
        const L = l.toUpperCase();
        const own = SECTION_ALIASES[SECTION_LETTERS[l]][0];
        // A lone letter is a section alone, before a separator or before its own name; not as the first word of a phrase.
        return [`${L} — x`, `${L}: x`, `${L} / T`, `${L}) x`, `${L} ${title(own)}`, `${L} ${own} and more`, `${L} note on tooling`, `${L} is for later`, `${L}${L}`, `${L} (30 s) x`, `${L} 2`, `**${L}**`];
      });
      const headings = [
        ...aliases.flatMap((a) => [a, title(a), a.toUpperCase(), `1. ${title(a)}`, `**${title(a)}**`, `${title(a)}:`, `${title(a)} (30 s)`, `🎯 ${title(a)}`]),
        ...letters,
      ];
      const tokenized = await tokenize(headings.map((h) => `## ${h}\nBody line.`).join('\n'));
      const disagreements = headings
        .map((h, i) => ({ heading: h, parser: sectionKindsOf(h)[0] ?? null, grammar: sectionKindOf(tokenized[2 * i]) }))
        .filter((d) => d.parser !== d.grammar);
      assert.deepStrictEqual(disagreements, []);
      for (const kind of Object.keys(SECTION_ALIASES)) assert.ok(headings.some((h) => sectionKindsOf(h)[0] === kind), kind);
    });

    it('only reads ## headings as sections', async () => {
      const [h3, h4, h1] = await tokenize('### Situation\n#### Task\n# Result');
      assert.strictEqual(sectionKindOf(h3), null);
      assert.strictEqual(sectionKindOf(h4), null);
      assert.strictEqual(sectionKindOf(h1), null);
      assert.ok(lineScopes(h1).has('markup.heading.story.star'));
    });

    it('scopes every alias in the aliases fixture', async () => {
      const all = await fixture('aliases.star.md');
      const kinds = all.filter((l) => l.line).map((l) => `${l.line} => ${sectionKindOf(l)}`);
      assert.ok(kinds.includes('## S — Situation => situation'));
      assert.ok(kinds.includes('## Q&A => followups'));
      assert.ok(kinds.includes('## Situational awareness => null'));
      assert.ok(kinds.includes('### Situation => null'));
    });
  });

  describe('stories', () => {
    it('scopes a # title as a story heading, its text for themes, and the story body', async () => {
      const lines = await fixture('story.star.md');
      const title = lineOf(lines, '# Ending the **Monday** image-cache stampede');
      assert.deepStrictEqual(scopesAt(title, '#'), ['meta.story.star', 'markup.heading.story.star', 'punctuation.definition.heading.markdown']);
      assert.ok(scopesAt(title, 'Ending').includes('entity.name.section.markdown'));
      assert.ok(scopesAt(title, 'Ending').includes('markup.heading.story.star'));
      assert.ok(scopesAt(title, 'Monday').includes('markup.bold.markdown'), 'inline Markdown in the title');
      const situation = lineOf(lines, '## Situation');
      assert.deepStrictEqual(scopesAt(situation, '##').slice(0, 3), ['meta.story.star', 'meta.section.situation.star', 'markup.heading.section.situation.star']);
      const second = lineOf(lines, '# A second story');
      assert.ok(lineScopes(second).has('markup.heading.story.star'));
      assert.ok(!lineScopes(second).has('meta.section.followups.star'), 'a new story closes the last section');
    });
  });

  describe('front matter', () => {
    it('embeds YAML between the leading --- pair and closes it', async () => {
      const lines = await fixture('story.star.md');
      assert.ok(scopesAt(lines[0], '---').includes('punctuation.definition.frontmatter.begin.star'));
      const key = scopesAt(lines[1], 'question');
      assert.ok(key.includes('meta.embedded.block.frontmatter') && key.includes('entity.name.tag.yaml'), key.join(' '));
      const yamlComment = lineOf(lines, '# a YAML comment that looks like a story title');
      assert.ok(lineScopes(yamlComment).has('comment.line.number-sign.yaml'));
      assert.ok(!lineScopes(yamlComment).has('markup.heading.story.star'));
      const close = lines.findIndex((l, i) => i > 0 && l.line === '---');
      assert.ok(scopesAt(lines[close], '---').includes('punctuation.definition.frontmatter.end.star'));
      assert.ok(!lineScopes(lines[close + 1]).has('meta.frontmatter.star'));
      assert.ok(lineScopes(lines[close + 1]).has('markup.heading.story.star'));
    });

    it('is front matter only on the very first line', async () => {
      const lines = await fixture('edges.star.md');
      assert.ok(lines.every((l) => !lineScopes(l).has('meta.frontmatter.star')));
      assert.ok(lines.every((l) => !lineScopes(l).has('meta.embedded.block.frontmatter')));
    });
  });

  describe('directive comments', () => {
    const FORMS: [string, string][] = [
      ['<!-- star: principle=Ownership level=senior -->', 'star'],
      ['<!-- star-disable we-instead-of-i hedging -->', 'star-disable'],
      ['<!-- star-enable -->', 'star-enable'],
      ['<!-- star-disable-next-line passive-action -->', 'star-disable-next-line'],
      ['<!-- star-disable-file section-over-time -->', 'star-disable-file'],
    ];
    for (const [comment, keyword] of FORMS) {
      it(`scopes ${comment}`, async () => {
        const [line] = await tokenize(comment);
        assert.ok(scopesAt(line, '<!--').includes('comment.block.star-directive.star'));
        assert.deepStrictEqual(scopesAt(line, keyword).slice(-2), ['comment.block.star-directive.star', 'keyword.control.star']);
        assert.ok(scopesAt(line, '-->').includes('comment.block.star-directive.star'));
      });
    }

    it('scopes override keys and values, and rule ids', async () => {
      const [override, disable] = await tokenize('<!-- star: principle="Bias for Action" level=senior -->\nText <!-- star-disable hedging, passive-action --> more.');
      assert.ok(scopesAt(override, 'principle').includes('entity.other.attribute-name.star'));
      assert.ok(scopesAt(override, 'Bias').includes('string.quoted.double.star'));
      assert.ok(scopesAt(override, 'senior').includes('string.unquoted.star'));
      assert.ok(scopesAt(disable, 'hedging').includes('constant.other.rule.star'));
      assert.ok(scopesAt(disable, 'passive-action').includes('constant.other.rule.star'));
      assert.ok(!scopesAt(disable, 'more').includes('comment.block.star-directive.star'));
    });

    it('leaves look-alikes, code and ordinary comments alone', async () => {
      const lines = await fixture('edges.star.md');
      for (const text of [
        '<!-- star-disabled hedging --> is not a directive',
        '<!-- starship --> is not one either',
        'Inline `<!-- star-enable -->` is code, not a directive.',
        '<!-- a one-line note --> with text after it',
      ]) {
        assert.ok(!lineScopes(lineOf(lines, text)).has('comment.block.star-directive.star'), text);
      }
      const story = await fixture('story.star.md');
      for (const l of story) {
        if (lineScopes(l).has('markup.fenced_code.block.markdown')) assert.ok(!lineScopes(l).has('comment.block.star-directive.star'), l.line);
      }
    });
  });

  describe('code and comments hide headings', () => {
    it('does not read headings inside fenced code as sections or stories', async () => {
      const lines = await fixture('story.star.md');
      for (const text of ['## Result', '# not a story either', '## Reflection']) {
        const inFence = lineOf(lines, text);
        assert.ok(lineScopes(inFence).has('markup.fenced_code.block.markdown'), text);
        assert.strictEqual(sectionKindOf(inFence), null, text);
        assert.ok(!lineScopes(inFence).has('markup.heading.story.star'), text);
      }
      // The same headings after the fences are real sections.
      const afterFences = lines.findIndex((l) => l.line.startsWith('<!-- star-disable-next-line'));
      assert.strictEqual(sectionKindOf(lineOf(lines, '## Result', afterFences)), 'result');
      assert.strictEqual(sectionKindOf(lineOf(lines, '## Reflection', afterFences)), 'reflection');
    });

    it('does not read headings inside a multi-line comment, an unclosed fence or indented code', async () => {
      const lines = await fixture('edges.star.md');
      const hidden = lineOf(lines, '## Result hidden inside a comment');
      assert.ok(lineScopes(hidden).has('comment.block.html'));
      assert.strictEqual(sectionKindOf(hidden), null);
      assert.strictEqual(sectionKindOf(lineOf(lines, '## Result inside an unclosed fence')), null);
      assert.strictEqual(sectionKindOf(lineOf(lines, '    ## Task indented four spaces is not a heading')), null);
      const closed = lineOf(lines, '## Situation ##');
      assert.strictEqual(sectionKindOf(closed), 'situation');
      assert.ok(!scopesAt(closed, ' ##').includes('entity.name.section.markdown'), 'the closing ## is not part of the name');
      assert.strictEqual(sectionKindOf(lineOf(lines, '## Action')), 'action');
    });
  });

  describe('follow-up questions', () => {
    it('scopes ### headings inside the follow-ups section as questions, and nowhere else', async () => {
      const lines = await fixture('story.star.md');
      const question = lineOf(lines, '### How did you know the cron job was the cause?');
      assert.ok(scopesAt(question, '###').includes('markup.heading.question.star'));
      assert.ok(scopesAt(question, '###').includes('punctuation.definition.heading.markdown'));
      assert.ok(scopesAt(question, 'How').includes('entity.name.section.markdown'));
      assert.ok(lineScopes(lineOf(lines, '### What did the Discovery team say?')).has('markup.heading.question.star'));
      const notQuestion = lineOf(lines, '### A heading that is not a question');
      assert.ok(!lineScopes(notQuestion).has('markup.heading.question.star'));
      assert.ok(lineScopes(notQuestion).has('markup.heading.markdown'));
      const edges = await fixture('edges.star.md');
      assert.ok(!lineScopes(lineOf(edges, '### A question-looking heading outside the follow-ups')).has('markup.heading.question.star'));
    });
  });

  describe('package.json contributions', () => {
    // Read at run time: package.json is shared and changes while others work.
    const manifest = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const grammarJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'star.tmLanguage.json'), 'utf8'));

    it('registers the language for *.star.md with the language configuration', () => {
      const lang = manifest().contributes.languages.find((l: { id: string }) => l.id === 'star');
      assert.ok(lang, 'language star');
      assert.ok(lang.extensions.includes('.star.md'));
      assert.ok(lang.filenamePatterns.includes('*.star.md'));
      assert.ok(fs.existsSync(path.join(ROOT, lang.configuration)), lang.configuration);
    });

    it('registers the grammar with the YAML front matter mapped to yaml', () => {
      const entry = manifest().contributes.grammars.find((g: { language?: string }) => g.language === 'star');
      assert.strictEqual(entry.scopeName, STAR_SCOPE);
      assert.strictEqual(grammarJson.scopeName, STAR_SCOPE);
      assert.ok(fs.existsSync(path.join(ROOT, entry.path)), entry.path);
      const frontMatterScope = grammarJson.repository.frontMatter.patterns[0].contentName;
      assert.strictEqual(entry.embeddedLanguages[frontMatterScope], 'yaml');
    });

    it('registers the snippets for the star language', () => {
      const entry = manifest().contributes.snippets.find((s: { language: string }) => s.language === 'star');
      assert.ok(entry && fs.existsSync(path.join(ROOT, entry.path)));
    });
  });
});
