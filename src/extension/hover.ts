// Hover coaching: on a flagged phrase, the rule's tip; on a section heading, its estimated vs
// target time and checklist; on a story title, the story's total against the level target. The
// Markdown is built with the tips' text in the coach panel's chunk (hoverContent.ts), loaded on
// the first hover over any of these.
import * as vscode from 'vscode';
import type { AnalysisStore, TrackedPredicate } from './analysis';
import type { HoverPart } from './hoverContent';
import { loadPanel } from './panelPackage';

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
    const parts: HoverPart[] = [];
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
      parts.push({ finding });
      cover(finding.start, finding.end);
    }
    for (const story of analysis.result.stories) {
      if (offset < story.start || offset > story.end) continue;
      const title = analysis.file.stories[story.index];
      if (title?.titleStart != null && title.titleEnd != null && offset >= title.titleStart && offset <= title.titleEnd) {
        // A story that names no principle: its suggestions, computed on this first request.
        this.store.suggestions(analysis, story);
        parts.push({ story });
        cover(title.titleStart, title.titleEnd);
      }
      for (const section of story.sections) {
        if (offset < section.headingStart || offset > section.headingEnd) continue;
        parts.push({ section });
        cover(section.headingStart, section.headingEnd);
      }
    }
    if (start > end) return undefined;
    return new vscode.Hover(loadPanel().hoverMarkdown(parts, document.uri), new vscode.Range(document.positionAt(start), document.positionAt(end)));
  }
}
