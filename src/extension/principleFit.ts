// Principle fit in the editor: the title hover's lines (which principles the story shows, or the
// ones it would fit when it names none) and the quick fix that files a story under a suggested
// principle. Loaded with the coach panel's chunk (dist/panel.js): only a hover or a light bulb on
// a story title needs it.
import * as vscode from 'vscode';
import { findPrinciple } from '../core/coaching/principleNames';
import { principleEdit } from '../core/principleEdit';
import type { StoryFile, StoryMetrics } from '../core/types';
import { escapeMarkdown as esc } from './format';

const nameOf = (id: string) => findPrinciple(id)?.name ?? id;

/** Markdown for a story title's hover: the fit per principle, or the suggested principles. */
export function fitHoverMarkdown(story: StoryMetrics): string {
  if (story.principleFit.length > 0) {
    return story.principleFit
      .map((fit) => {
        const shown = fit.signals.filter((s) => s.shown);
        const missing = fit.signals.filter((s) => !s.shown);
        const head = `**${esc(nameOf(fit.principle))}** ${shown.length} of ${fit.signals.length} signals shown`;
        return missing.length ? `${head} · not yet: ${esc(missing.map((s) => s.label.toLowerCase()).join('; '))}\n\n` : `${head}\n\n`;
      })
      .join('');
  }
  if (story.suggestedPrinciples.length === 0) return '';
  const names = story.suggestedPrinciples.map((id) => `**${esc(nameOf(id))}**`).join(', ');
  return `No principle set. The text shows best: ${names}. File it with the quick fix on this title (Ctrl+.).\n\n`;
}

/** "File under …" quick fixes for a story that names no principle, one per suggested principle. */
export function suggestionActions(document: vscode.TextDocument, file: StoryFile, story: StoryMetrics): vscode.CodeAction[] {
  return story.suggestedPrinciples.flatMap((id, i) => {
    const edit = principleEdit(file, story.index, id);
    if (!edit) return [];
    const where = file.stories.length > 1 ? 'this story' : 'this file';
    const action = new vscode.CodeAction(`File ${where} under ${nameOf(id)} (suggested)`, vscode.CodeActionKind.QuickFix);
    action.isPreferred = i === 0;
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
    action.edit = workspaceEdit;
    return [action];
  });
}
