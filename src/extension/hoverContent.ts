// The Markdown of a hover, built in the coach panel's chunk (dist/panel.js) with the tips'
// text: on a flagged phrase, the rule's tip; on a section heading, its estimated vs target time
// and checklist; on a story title, the story's total against the level target. hover.ts decides
// what is under the cursor and loads this only when something is.
import * as vscode from 'vscode';
import { LEVEL_TARGETS } from '../core/coaching/levelTargets';
import { SECTION_GUIDES } from '../core/coaching/sections';
import { getTip } from '../core/coaching/tips';
import type { Finding, SectionMetrics, StoryMetrics } from '../core/types';
import { COMMANDS } from './constants';
import { formatSeconds } from '../core/timing';
import { escapeMarkdown as esc } from './format';
import { fitHoverMarkdown } from './principleFit';

/** What is under the cursor, in the order it is shown. */
export type HoverPart = { finding: Finding } | { section: SectionMetrics } | { story: StoryMetrics };

/** A `command:` link that opens the coach panel at a tip; the only command our Markdown may run. */
export function openPanelLink(tipId: string, uri: vscode.Uri): string {
  const args = encodeURIComponent(JSON.stringify([{ tipId, uri: uri.toString() }]));
  return `command:${COMMANDS.openPanel}?${args}`;
}

function markdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [COMMANDS.openPanel] };
  return md;
}

function tipMarkdown(md: vscode.MarkdownString, finding: Finding, uri: vscode.Uri): void {
  const tip = getTip(finding.tipId);
  if (!tip) return;
  // Backslash escapes are literal inside a code span: the rule id goes in as is, minus any backtick.
  md.appendMarkdown(`**$(lightbulb) ${esc(tip.title)}** \`${finding.ruleId.replace(/`/g, '')}\`\n\n`);
  md.appendMarkdown(`*What the interviewer hears:* ${esc(tip.hears)}\n\n`);
  md.appendMarkdown(`*Instead:* ${esc(tip.instead)}\n\n`);
  md.appendMarkdown(`*Strong:* ${esc(tip.strong)}\n\n`);
  md.appendMarkdown(`[Open in coach panel](${openPanelLink(tip.id, uri)})\n\n`);
}

function sectionMarkdown(md: vscode.MarkdownString, section: SectionMetrics): void {
  const guide = SECTION_GUIDES[section.kind];
  const time =
    section.targetSeconds > 0
      ? `est. ${formatSeconds(section.seconds)} / target ${formatSeconds(section.targetSeconds)}`
      : `est. ${formatSeconds(section.seconds)}`;
  md.appendMarkdown(`**$(mic) ${esc(guide.label)}** ${esc(`${time} · ${section.words} words`)}\n\n`);
  for (const item of guide.checklist) md.appendMarkdown(`- ${esc(item)}\n`);
  md.appendMarkdown('\n');
}

function storyMarkdown(md: vscode.MarkdownString, story: StoryMetrics): void {
  const level = LEVEL_TARGETS[story.level];
  const time = `est. ${formatSeconds(story.seconds)} / target ${formatSeconds(story.targetSeconds)} for ${level.label}`;
  md.appendMarkdown(`**$(mic) ${esc(story.title ?? 'Story')}** ${esc(`${time} · ${story.words} words`)}\n\n`);
  md.appendMarkdown(fitHoverMarkdown(story));
}

/** The hover's Markdown for what is under the cursor. */
export function hoverMarkdown(parts: readonly HoverPart[], uri: vscode.Uri): vscode.MarkdownString {
  const md = markdown();
  for (const part of parts) {
    if ('finding' in part) tipMarkdown(md, part.finding, uri);
    else if ('section' in part) sectionMarkdown(md, part.section);
    else storyMarkdown(md, part.story);
  }
  return md;
}
