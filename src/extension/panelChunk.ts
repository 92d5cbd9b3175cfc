// What the Node extension loads on first use rather than at activation (dist/panel.js, see
// esbuild.js and panelPackage.ts): the coach panel with its model and message schemas, and the
// coaching text and story template that only the panel, hovers and "New STAR Story" show.
// Checking a story needs none of it.
export { CoachPanel } from './coachPanel';
export { getTip } from '../core/coaching/tips';
export { PRINCIPLES } from '../core/coaching/principles';
export { LEVEL_GUIDES } from '../core/coaching/levels';
export { fitHoverMarkdown, suggestionActions } from './principleFit';
export { newStory } from './newStory';
export { hoverMarkdown } from './hoverContent';
export { insertSnippetFix } from './snippetFix';
export { checkWorkspace } from './checkWorkspace';
export { checkStory } from './checkStory';
export { StoryBank } from './storyBank';
export { RehearsalPanel } from './rehearsal/rehearsePanel';
