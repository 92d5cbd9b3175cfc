import { partitionPoint } from './search';
import type { StoryFile } from './types';

// Which story of a file the cursor is in: the status bar and the coach panel both ask.

/** The index of the story that contains `offset` (front matter counts as the first story), or -1 if the file has none. */
export function storyAt(file: StoryFile, offset: number): number {
  const stories = file.stories;
  if (stories.length === 0) return -1;
  // The last story that starts at or before the offset (the first one, for the front matter).
  return Math.max(0, partitionPoint(stories.length, (i) => stories[i].start <= offset) - 1);
}
