// Every command id, setting name and identifier the glue and package.json share.

export const LANGUAGE_ID = 'star';
export const MARKDOWN_LANGUAGE_ID = 'markdown';
export const STORY_GLOB = '**/*.star.md';
export const STARRC_NAME = '.starrc.yaml';
export const DIAGNOSTIC_SOURCE = 'STAR';
/** The coach panel's webview type (package.json activates on it, to revive the panel after a reload). */
export const COACH_VIEW_TYPE = 'starStory.coach';
/** The rehearsal panel's webview type (revived after a reload like the coach panel). */
export const REHEARSE_VIEW_TYPE = 'starStory.rehearse';

export const COMMANDS = {
  checkStory: 'starStory.checkStory',
  openPanel: 'starStory.openPanel',
  newStory: 'starStory.newStory',
  checkWorkspace: 'starStory.checkWorkspace',
  /** Internal: applies a snippet quick fix through `editor.insertSnippet` (one undo step). */
  insertSnippetFix: 'starStory.insertSnippetFix',
  openStoryBank: 'starStory.openStoryBank',
} as const;

/**
 * The Story Bank's own commands, run by StoryBank.run (panel chunk). The activation bundle
 * registers them from package.json's list (every `starStory.bank.*` command), so that their ids
 * ship only with the bank; test/unit/extension/manifest.test.ts keeps the two lists equal.
 */
export const BANK_COMMANDS = {
  refresh: 'starStory.bank.refresh',
  groupByFile: 'starStory.bank.groupByFile',
  groupByPrinciple: 'starStory.bank.groupByPrinciple',
  showGapsOnly: 'starStory.bank.showGapsOnly',
  showAll: 'starStory.bank.showAll',
  openOverview: 'starStory.bank.openOverview',
  exportCheatSheet: 'starStory.bank.exportCheatSheet',
  /** Internal: a Story Bank item's click, opens the story at its title. */
  openStory: 'starStory.bank.openStory',
} as const;

/** The Story Bank's tree view, its activity-bar container and the overview's webview type. */
export const BANK_VIEW_ID = 'starStory.bank';
export const BANK_CONTAINER_ID = 'starStoryBank';
export const BANK_OVERVIEW_VIEW_TYPE = 'starStory.bankOverview';
/** Context keys the view's toolbar reads. */
export const BANK_CONTEXT = { groupBy: 'starStory.bank.groupBy', gapsOnly: 'starStory.bank.gapsOnly' } as const;

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
  bankStoriesPerPrinciple: 'bank.storiesPerPrinciple',
  bankPrinciples: 'bank.principles',
  bankMaxPrinciplesPerStory: 'bank.maxPrinciplesPerStory',
  /** What to do with Markdown files that look like stories (glue only: not an engine setting). */
  markdown: 'markdown',
} as const;

/**
 * Rehearsal's commands: each id is `starStory.` + the name of the method of the rehearsal chunk
 * (rehearsal/rehearsal.ts) that runs it, so the activation bundle registers them by name.
 */
export const REHEARSAL_COMMANDS = {
  rehearse: 'starStory.rehearse',
  practiseDue: 'starStory.practiseDue',
  exportAttempts: 'starStory.exportAttempts',
} as const;

/** Rehearsal's settings, read only by the rehearsal chunk (dist/panel.js). */
export const REHEARSAL_SETTINGS = {
  showDueInStatusBar: 'rehearsal.showDueInStatusBar',
} as const;

const RULE_DOCS_BASE = 'https://github.com/star-story-coach/star-story-coach/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}
