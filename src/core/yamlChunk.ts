// The `yaml` package and the code that only a YAML file needs (the .starrc.yaml reader, front
// matter beyond simple lines): one chunk, loaded on first use (yaml.ts; in the Node extension,
// dist/yaml.js, see esbuild.js).
export * from 'yaml';
export { parseStarrcWith } from './starrcParse';
export { readFrontMatterYaml } from './frontMatterYaml';
