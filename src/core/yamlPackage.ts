import * as Chunk from './yamlChunk';

// The `yaml` package and the code that runs with it (yamlChunk.ts), bundled inline (CLI, web
// extension, tests). The Node extension build replaces this module with a lazy require of
// dist/yaml.js (see esbuild.js and yaml.ts).

export function loadYaml(): typeof Chunk {
  return Chunk;
}
