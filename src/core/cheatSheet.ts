import { PRINCIPLE_NAMES } from './coaching/principleNames';
import type { EngineConfig } from './config';
import type { StoryFacts } from './facts';
import { phraseMatchers } from './phrases';
import type { StoryFile } from './types';

// The cheat sheet: what a candidate rereads in the last ten minutes before the loop. For each
// chosen principle, each story filed under it in one block: its title, its headline figure (the
// first measured figure of its Result, in its sentence), its first three Action verbs and its
// lesson in one line. Markdown or a standalone HTML page; the stories are only read.

export interface CheatStory {
  title: string;
  /** The first measured figure of the Result, e.g. "40%", or null. */
  figure: string | null;
  /** The Result sentence that holds the figure (one line, clipped), or null. */
  figureSentence: string | null;
  /** The first three distinct "I + verb" steps of the Action. */
  verbs: string[];
  /** The first sentence of the reflection (one line, clipped), or null. */
  lesson: string | null;
  /** Where the story comes from, as the caller names it. */
  source: string;
}

export interface CheatSection {
  id: string;
  name: string;
  stories: CheatStory[];
}

export type CheatFormat = 'markdown' | 'html';

const LINE = 220;

function oneLine(s: string, max = LINE): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** Makes a story's facts: the engine's (ENGINE.facts in check.ts). */
export type FactsFactory = (...args: ConstructorParameters<typeof StoryFacts>) => StoryFacts;

/**
 * The cheat-sheet facts of every story of an analysed file. `makeFacts` is the engine's
 * (ENGINE.facts): passed in, so that the Story Bank's chunk (dist/panel.js) holds no second copy
 * of the parser and the YAML package the facts would import.
 */
export function cheatStories(source: string, file: StoryFile, config: EngineConfig, makeFacts: FactsFactory): { principles: string[]; entry: CheatStory }[] {
  if (file.binary) return [];
  const matchers = phraseMatchers(config);
  return file.stories.map((story) => {
    const facts = makeFacts(file, story, matchers, config, story.meta.level);
    const figure = facts.resultFigures()[0];
    const sentence = figure ? facts.resultSentences().find((s) => figure.start >= s.start && figure.start < s.end) : undefined;
    const lesson = facts.reflectionSentences()[0];
    return {
      principles: [...new Set(story.meta.principles)],
      entry: {
        title: oneLine(story.title ?? '', 200) || 'Untitled story',
        figure: figure ? oneLine(file.text.slice(figure.start, figure.end), 60) : null,
        figureSentence: sentence ? oneLine(file.text.slice(sentence.start, sentence.end)) : null,
        verbs: facts.actionSteps().slice(0, 3).map((s) => s.verb),
        lesson: lesson ? oneLine(file.text.slice(lesson.start, lesson.end)) : null,
        source,
      },
    };
  });
}

/** Sections for the chosen principles (in Amazon's order), each with the stories filed under it. */
export function cheatSections(stories: readonly { principles: string[]; entry: CheatStory }[], principleIds: readonly string[]): CheatSection[] {
  const chosen = new Set(principleIds);
  return PRINCIPLE_NAMES.filter((p) => chosen.has(p.id)).map((p) => ({
    id: p.id,
    name: p.name,
    stories: stories.filter((s) => s.principles.includes(p.id)).map((s) => s.entry),
  }));
}

/** Markdown text: no HTML passes through, and Markdown's own characters in the stories are escaped. */
function md(s: string): string {
  return s.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

function html(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function renderCheatSheet(sections: readonly CheatSection[], format: CheatFormat, title = 'STAR cheat sheet'): string {
  return format === 'html' ? renderHtml(sections, title) : renderMarkdown(sections, title);
}

function renderMarkdown(sections: readonly CheatSection[], title: string): string {
  const out: string[] = [`# ${md(title)}`, ''];
  for (const section of sections) {
    out.push(`## ${md(section.name)}`, '');
    if (section.stories.length === 0) {
      out.push('_No story filed under this principle yet._', '');
      continue;
    }
    for (const s of section.stories) {
      out.push(`- **${md(s.title)}**`);
      out.push(`  - Figure: ${s.figure ? `**${md(s.figure)}**${s.figureSentence ? ` — ${md(s.figureSentence)}` : ''}` : '_none measured_'}`);
      out.push(`  - Actions: ${s.verbs.length ? s.verbs.map(md).join(' → ') : '_no "I + verb" steps found_'}`);
      out.push(`  - Lesson: ${s.lesson ? md(s.lesson) : '_none written_'}`);
    }
    out.push('');
  }
  return out.join('\n');
}

function renderHtml(sections: readonly CheatSection[], title: string): string {
  const body: string[] = [];
  for (const section of sections) {
    body.push(`<section><h2>${html(section.name)}</h2>`);
    if (section.stories.length === 0) body.push('<p class="none">No story filed under this principle yet.</p>');
    else {
      body.push('<ul>');
      for (const s of section.stories) {
        body.push(
          `<li><strong>${html(s.title)}</strong><dl>` +
            `<dt>Figure</dt><dd>${s.figure ? `<b>${html(s.figure)}</b>${s.figureSentence ? ` — ${html(s.figureSentence)}` : ''}` : '<em>none measured</em>'}</dd>` +
            `<dt>Actions</dt><dd>${s.verbs.length ? s.verbs.map(html).join(' → ') : '<em>no "I + verb" steps found</em>'}</dd>` +
            `<dt>Lesson</dt><dd>${s.lesson ? html(s.lesson) : '<em>none written</em>'}</dd></dl></li>`,
        );
      }
      body.push('</ul>');
    }
    body.push('</section>');
  }
  // One printed page: small type, two columns on wide paper, no external resources.
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${html(title)}</title>
<style>
body { font: 11pt/1.35 system-ui, sans-serif; margin: 1.5em; color: #111; background: #fff; }
h1 { font-size: 1.4em; margin: 0 0 .5em; }
h2 { font-size: 1.1em; margin: .8em 0 .3em; border-bottom: 1px solid #999; }
ul { margin: 0; padding-left: 1.1em; }
li { margin-bottom: .4em; break-inside: avoid; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 .6em; margin: .1em 0 0; }
dt { font-weight: 600; color: #444; }
dd { margin: 0; }
.none { color: #555; font-style: italic; }
@media (min-width: 900px) { main { columns: 2; column-gap: 2em; } section { break-inside: avoid-column; } }
@media print { body { margin: 0; font-size: 9.5pt; } }
</style>
</head>
<body>
<h1>${html(title)}</h1>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
