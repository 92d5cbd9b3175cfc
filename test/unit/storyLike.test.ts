import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { looksLikeStory } from '../../src/core/storyLike';
import { ROOT } from './fixtureHarness';

// Whether a plain .md file gets the one-time "coach this as a STAR story?" offer. A false offer
// on an ordinary README costs more than a missed story.

const doc = (...lines: string[]) => lines.join('\n');

describe('looksLikeStory', () => {
  it('offers a file whose front matter names a principle', () => {
    assert.ok(looksLikeStory(doc('---', 'question: Tell me about a time…', 'principle: Ownership', '---', 'Some text.')));
    assert.ok(looksLikeStory(doc('---', 'principles: [Ownership, Dive Deep]', '---')));
  });

  it('offers a file with two STAR parts headed in STAR words, in any of the parser\'s wordings', () => {
    assert.ok(looksLikeStory(doc('# Fixing the exporter', '## Situation', 'x', '## Action', 'y')));
    assert.ok(looksLikeStory(doc('### S — Situation', 'x', '### A: what I did', 'y')));
    assert.ok(looksLikeStory(doc('## 1. Situation / Task', 'x')));
    assert.ok(looksLikeStory(doc('## Results', 'x', '## Tasks', 'y')));
    // Four parts in other words: Context, Goal, Approach, Outcome.
    assert.ok(looksLikeStory(doc('## Context', 'a', '## Goal', 'b', '## Approach', 'c', '## Outcome', 'd')));
  });

  it('leaves ordinary Markdown alone: READMEs, design docs, API references, code samples', () => {
    assert.ok(!looksLikeStory(doc('# Project', '## Background', 'x', '## Goals', 'y', '## Install', 'z')));
    assert.ok(!looksLikeStory(doc('## API', '### `s(selector)`', '### `Result`', 'x')));
    assert.ok(!looksLikeStory(doc('## Usage', '```md', '## Situation', '## Action', '```')));
    assert.ok(!looksLikeStory(doc('## Situation', 'only one part')));
    assert.ok(!looksLikeStory(doc('---', 'title: Notes', '---', '# Notes', 'principle: not front matter')));
    assert.ok(!looksLikeStory(''));
  });

  it('reads only the start of a huge file, and fast', () => {
    assert.ok(!looksLikeStory('#'.repeat(1_000_000)));
    assert.ok(!looksLikeStory(`${'x\n'.repeat(200_000)}## Situation\n## Action\n`));
    assert.ok(looksLikeStory(`## Situation\n## Action\n${'x\n'.repeat(200_000)}`));
  });

  it('offers every story of the real-story corpus and of the repository\'s own corpora, and no README in node_modules', function () {
    // ../shared beside the checkout (the worktree's real parent): read at run time, never copied.
    const real = path.resolve(fs.realpathSync(ROOT), '..', 'shared', 'corpus-real', 'stories');
    const read = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f)) : []);
    const stories = [real, 'test/holdout', 'test/holdout2', 'test/holdout3'].flatMap((d) => read(path.resolve(ROOT, d)));
    assert.ok(stories.length >= 40, `${stories.length} stories`);
    if (!fs.existsSync(real)) console.warn(`      (no ${real}: the real-story corpus was not read)`);
    const missed = stories.filter((f) => !looksLikeStory(fs.readFileSync(f, 'utf8')));
    assert.deepStrictEqual(missed, []);
    const readmes = ['mocha', 'zod', 'yaml', 'esbuild', 'typescript', 'fast-check', 'eslint', 'playwright-core']
      .map((name) => path.join(ROOT, 'node_modules', name, 'README.md'))
      .filter((f) => fs.existsSync(f));
    assert.ok(readmes.length >= 5);
    assert.deepStrictEqual(readmes.filter((f) => looksLikeStory(fs.readFileSync(f, 'utf8'))), []);
  });
});
