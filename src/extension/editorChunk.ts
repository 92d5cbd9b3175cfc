// What the Node extension loads on first use rather than at activation (dist/editor.js, see
// esbuild.js and editorPackage.ts): the Outline's symbols, the offer to coach a Markdown file that
// looks like a story, hovers, code lenses, folding ranges and quick fixes (each built on the provider's first
// call; a hover's Markdown then comes from the panel chunk).
// Checking a story needs none of it.
export { documentSymbols } from './symbols';
export { MarkdownStories } from './markdownStories';
export { StoryCodeActionProvider } from './codeActions';
export { StoryFoldingProvider } from './folding';
export { StoryHoverProvider } from './hover';
export { StoryCodeLensProvider } from './codeLens';
