// What the Node extension loads on first use rather than at activation (dist/editor.js, see
// esbuild.js and editorPackage.ts): the Outline's symbols, the offer to coach a Markdown file that
// looks like a story, folding ranges and the quick fixes. Checking a story needs none of it.
export { documentSymbols } from './symbols';
export { MarkdownStories } from './markdownStories';
export { storyFoldingRanges } from './folding';
export { quickFixes } from './quickFixes';
