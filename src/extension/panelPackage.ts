import * as Chunk from './panelChunk';

// The coach panel and its coaching text (panelChunk.ts), bundled inline (web extension, tests).
// The Node extension build replaces this module with a lazy require of dist/panel.js, built
// beside the extension (esbuild.js), so that code is read from disk on first use only.

export type PanelChunk = typeof Chunk;

export function loadPanel(): PanelChunk {
  return Chunk;
}
