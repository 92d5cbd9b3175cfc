// Hover coaching: on a flagged phrase, the rule's tip; on a section heading, its estimated vs
// target time and checklist; on a story title, the story's total against the level target.
import * as vscode from 'vscode';
import { LEVEL_TARGETS } from '../core/coaching/levelTargets';
import { SECTION_GUIDES } from '../core/coaching/sections';
import type { Finding, SectionMetrics, StoryMetrics } from '../core/types';
import type { AnalysisStore, TrackedPredicate } from './analysis';
import { COMMANDS } from './constants';
import { escapeMarkdown as esc, formatSeconds } from './format';
import { loadPanel } from './panelPackage';

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
  // The tips' text comes with the coach panel (dist/panel.js), loaded on the first hover over a finding.
  const tip = loadPanel().getTip(finding.tipId);
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
  md.appendMarkdown(loadPanel().fitHoverMarkdown(story));
}

export class StoryHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: AnalysisStore,
    private readonly tracked: TrackedPredicate,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.tracked(document)) return undefined;
    const analysis = this.store.current(document);
    if (!analysis) return undefined;
    const offset = document.offsetAt(position);
    const md = markdown();
    let start = Infinity;
    let end = -Infinity;
    const cover = (s: number, e: number) => {
      start = Math.min(start, s);
      end = Math.max(end, e);
    };

    const shown = new Set<string>();
    for (const finding of analysis.result.findings) {
      if (finding.start > offset) break;
      if (offset > finding.end || shown.has(finding.tipId)) continue;
      shown.add(finding.tipId);
      tipMarkdown(md, finding, document.uri);
      cover(finding.start, finding.end);
    }
    for (const story of analysis.result.stories) {
      if (offset < story.start || offset > story.end) continue;
      const title = analysis.file.stories[story.index];
      if (title?.titleStart != null && title.titleEnd != null && offset >= title.titleStart && offset <= title.titleEnd) {
        this.store.suggestions(analysis, story);
        storyMarkdown(md, story);
        cover(title.titleStart, title.titleEnd);
      }
      for (const section of story.sections) {
        if (offset < section.headingStart || offset > section.headingEnd) continue;
        sectionMarkdown(md, section);
        cover(section.headingStart, section.headingEnd);
      }
    }
    if (start > end) return undefined;
    return new vscode.Hover(md, new vscode.Range(document.positionAt(start), document.positionAt(end)));
  }
}
