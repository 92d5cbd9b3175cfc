// What the Node extension loads on first use rather than at activation (dist/editor.js, see
// esbuild.js and editorPackage.ts): the Outline's symbols, the offer to coach a Markdown file that
// looks like a story, folding ranges and quick fixes (each built on the provider's first call).
// Checking a story needs none of it.
export { documentSymbols } from './symbols';
export { MarkdownStories } from './markdownStories';
export { StoryCodeActionProvider } from './codeActions';
export { StoryFoldingProvider } from './folding';
