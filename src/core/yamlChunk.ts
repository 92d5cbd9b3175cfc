// What the Node extension's dist/yaml.js holds (esbuild.js): the `yaml` package and the code that
// only ever runs with it (the .starrc.yaml reader, front matter beyond simple lines). Elsewhere
// (CLI, web, tests) yamlPackage.ts bundles it inline.
export * from 'yaml';
export { parseShallow, readYamlFrontMatter } from './frontMatterYaml';
export { aliasProblem, rangeOfPath } from './yamlRange';
export { parseStarrcWith } from './starrcParse';
