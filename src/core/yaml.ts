import type * as YamlChunk from './yamlChunk';
import { loadYaml } from './yamlPackage';

// The `yaml` package is most of the extension's size, and most stories need none of it: simple
// front matter is read by frontMatterLite.ts. It is loaded the first time a file needs it (front
// matter beyond `key: value` lines and lists, or a .starrc.yaml). yamlPackage.ts bundles it
// inline; the Node extension build swaps that module for one that requires dist/yaml.js, built
// beside the extension (esbuild.js), so the package is read from disk only when needed.

/** The `yaml` package, with the front matter reader and the range finders that use it (yamlChunk.ts). */
export type Yaml = typeof YamlChunk;

let loaded: Yaml | null = null;

/** The `yaml` package, loaded on first use. */
export function yaml(): Yaml {
  loaded ??= loadYaml();
  return loaded;
}
