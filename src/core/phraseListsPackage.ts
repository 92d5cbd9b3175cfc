import * as Chunk from './phraseListsChunk';

// The built-in phrase lists (phraseListsChunk.ts), bundled inline (CLI, web extension, tests). The
// Node extension build replaces this module with a lazy require of dist/phrases.js (see
// esbuild.js), loaded when the first check builds the phrase index: activation does not parse them.

export function loadPhraseLists(): typeof Chunk {
  return Chunk;
}
