import * as Yaml from 'yaml';

// The `yaml` package, bundled inline (CLI, web extension, tests). The Node extension build
// replaces this module with a lazy require of dist/yaml.js (see esbuild.js and yaml.ts).

export function loadYaml(): typeof Yaml {
  return Yaml;
}
