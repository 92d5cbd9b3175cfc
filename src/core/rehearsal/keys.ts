import type { StoryFile } from '../types';

// Rehearsal attempts are kept per story under a key made of the file's URI and the story's
// title: stable while the story is edited, moved along when the file is renamed in VS Code
// (the glue rewrites the URI part), and detached when the title changes (the attempts stay in
// storage and in exports, under the old title). Two stories of one file with the same title
// are told apart by their order: the second is "title ~2".

const UNTITLED = 'Untitled story';

/** The key of every story of `file`, by story index. */
export function storyKeys(uri: string, file: StoryFile): string[] {
  const seen = new Map<string, number>();
  return file.stories.map((story) => {
    const title = storyTitle(story.title);
    const n = (seen.get(title) ?? 0) + 1;
    seen.set(title, n);
    return storyKey(uri, n === 1 ? title : `${title} ~${n}`);
  });
}

export function storyTitle(title: string | null): string {
  const t = (title ?? '').trim();
  return t || UNTITLED;
}

export function storyKey(uri: string, title: string): string {
  return `${uri}#${title}`;
}

/** A key or URI after its file, or a folder above it, moved from `from` to `to`; null when the move does not touch it. */
export function movedKey(key: string, from: string, to: string): string | null {
  const base = from.endsWith('/') ? from.slice(0, -1) : from;
  const next = key.charAt(base.length);
  if (!key.startsWith(base) || (next !== '#' && next !== '/' && next !== '')) return null;
  return `${to.endsWith('/') ? to.slice(0, -1) : to}${key.slice(base.length)}`;
}
