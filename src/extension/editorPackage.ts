import * as Chunk from './editorChunk';

// The editor features of editorChunk.ts, bundled inline (web extension, tests). The Node
// extension build replaces this module with a lazy require of dist/editor.js (esbuild.js).

export type EditorChunk = typeof Chunk;

export function loadEditor(): EditorChunk {
  return Chunk;
}
