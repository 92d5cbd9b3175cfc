import * as Fit from './fitChunk';

// Principle fit, bundled inline (CLI, web extension, tests). The Node extension build replaces
// this module with a lazy require of dist/fit.js (see esbuild.js), loaded by the first check.

export function loadFit(): typeof Fit {
  return Fit;
}
