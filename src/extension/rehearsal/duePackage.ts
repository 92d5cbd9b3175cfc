import * as Chunk from './dueChunk';

// Rehearsal's host side (dueChunk.ts), bundled inline (web extension, tests). The Node extension
// build replaces this module with a lazy require of dist/due.js (esbuild.js).

export type DueChunk = typeof Chunk;

export function loadDue(): DueChunk {
  return Chunk;
}
