import type { StoryFile } from './types';

// Which story of a file the cursor is in: the status bar and the coach panel both ask.

/** The index of the story that contains `offset` (front matter counts as the first story), or -1 if the file has none. */
export function storyAt(file: StoryFile, offset: number): number {
  const stories = file.stories;
  if (stories.length === 0) return -1;
  let lo = 0;
  let hi = stories.length - 1;
  // The last story that starts at or before the offset.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (stories[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
