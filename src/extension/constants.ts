// Every command id, setting name and identifier the glue and package.json share.

export const LANGUAGE_ID = 'star';
export const MARKDOWN_LANGUAGE_ID = 'markdown';
export const STORY_GLOB = '**/*.star.md';
export const STARRC_NAME = '.starrc.yaml';
export const DIAGNOSTIC_SOURCE = 'STAR';
/** The coach panel's webview type (package.json activates on it, to revive the panel after a reload). */
export const COACH_VIEW_TYPE = 'starStory.coach';

export const COMMANDS = {
  checkStory: 'starStory.checkStory',
  openPanel: 'starStory.openPanel',
  newStory: 'starStory.newStory',
  checkWorkspace: 'starStory.checkWorkspace',
  /** Internal: applies a snippet quick fix through `editor.insertSnippet` (one undo step). */
  insertSnippetFix: 'starStory.insertSnippetFix',
} as const;

export const CONFIG_SECTION = 'starStory';

/** `starStory.*` setting names (without the section prefix). */
export const SETTINGS = {
  rules: 'rules',
  wordsPerMinute: 'wordsPerMinute',
  level: 'level',
  timeTolerance: 'timeTolerance',
  debounceMs: 'debounceMs',
  run: 'run',
  codeLens: 'codeLens.enabled',
  statusBar: 'statusBar.enabled',
  maxFileSize: 'maxFileSize',
  phrases: 'phrases',
  /** What to do with Markdown files that look like stories (glue only: not an engine setting). */
  markdown: 'markdown',
} as const;

const RULE_DOCS_BASE = 'https://github.com/star-story-coach/star-story-coach/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}
