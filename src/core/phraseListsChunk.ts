// What the Node extension's dist/phrases.js holds (esbuild.js): the built-in phrase lists and the
// patterns tuned on real writing, ~17 KB of words read once, when the first check builds the
// phrase index (phrases.ts). Elsewhere (CLI, web, tests) phraseListsPackage.ts bundles it inline.
export { PHRASES, PHRASE_PATTERNS } from './coaching/phrases';
