import { findPrinciple } from './coaching/principleNames';
import type { StoryFile, TextEdit } from './types';

// The edit that files a story under a principle, as the quick fix on a suggested principle makes
// it: `principle:` in the front matter of a single-story file (added to the block, or a block
// created), or the `<!-- star: principle=… -->` comment under the story's title in a bank
// (added to an existing star comment, or a new line under the title). One edit, one undo step.

const OVERRIDE = /<!--\s*star:([^]*?)-->/;
const PRINCIPLE_KEY = /^principles?[ \t]*:.*$/m;

export function principleEdit(file: StoryFile, storyIndex: number, principleId: string): TextEdit | null {
  const name = findPrinciple(principleId)?.name;
  const story = file.stories[storyIndex];
  if (!name || !story) return null;
  const { text } = file;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (file.stories.length <= 1) {
    const fm = file.frontMatter;
    if (!fm) return { start: 0, end: 0, text: `---${eol}principle: ${name}${eol}---${eol}` };
    const block = text.slice(fm.start, fm.end);
    const key = PRINCIPLE_KEY.exec(block);
    if (key) return { start: fm.start + key.index, end: fm.start + key.index + key[0].replace(/\r$/, '').length, text: `principle: ${name}` };
    // Before the closing fence: the start of the block's last line.
    const close = block.replace(/\r?\n?$/, '').lastIndexOf('\n') + 1;
    return { start: fm.start + close, end: fm.start + close, text: `principle: ${name}${eol}` };
  }
  if (story.titleEnd === null) return null;
  const preamble = text.slice(story.preambleStart, story.preambleEnd);
  const comment = OVERRIDE.exec(preamble);
  if (comment) {
    const at = story.preambleStart + comment.index + comment[0].length - 3;
    const body = comment[1];
    // A quoted value, or the words up to the next `key=`: whitespace-separated, so linear.
    const existing = /principles?\s*=\s*(?:"[^"]*"|'[^']*'|(?![A-Za-z]+\s*=)\S+(?:\s+(?![A-Za-z]+\s*=)\S+)*)/.exec(body);
    if (existing) {
      const s = story.preambleStart + comment.index + comment[0].indexOf(body) + existing.index;
      return { start: s, end: s + existing[0].trimEnd().length, text: `principle=${name}` };
    }
    const pad = /\s$/.test(body) ? '' : ' ';
    return { start: at, end: at, text: `${pad}principle=${name} ` };
  }
  return { start: story.titleEnd, end: story.titleEnd, text: `${eol}<!-- star: principle=${name} -->` };
}
