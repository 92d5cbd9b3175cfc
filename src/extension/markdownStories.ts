// Markdown files that look like STAR stories (front matter with `principle:`, or STAR section
// headings): a one-time, non-modal offer to coach them, as Markdown (diagnostics, panel, status
// bar; the Markdown preview stays) or by switching the file to the STAR Story language. The answer
// is remembered per file in the workspace; `starStory.markdown` can make it always or never.
// Part of dist/editor.js (editorChunk.ts), loaded with the first Markdown editor.
import * as vscode from 'vscode';
import { looksLikeStory } from '../core/storyLike';
import { CONFIG_SECTION, LANGUAGE_ID, MARKDOWN_LANGUAGE_ID, SETTINGS } from './constants';
import type { DiagnosticsManager } from './diagnostics';

export type MarkdownMode = 'ask' | 'always' | 'never';
/** What the user chose for one file: coach it as Markdown, switch it to `star`, or leave it. */
type Answer = 'coach' | 'star' | 'no';

/** Files the user works on (on disk, untitled, remote, a virtual workspace), not git or output views. */
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);
const ANSWERS_KEY = 'starStory.markdownAnswers';
const NEVER_ASK_KEY = 'starStory.markdownNeverAsk';
/** Kept answers: the newest this many files. */
const MAX_ANSWERS = 500;

export const OFFER = {
  coach: 'Coach It',
  star: 'Switch to STAR Story',
  never: "Don't Ask in This Workspace",
} as const;

export class MarkdownStories implements vscode.Disposable {
  /** Files offered (or acted on) in this session, whatever the answer. */
  private readonly seen = new Set<string>();
  /** The decision under way per file (an offer may be waiting for its answer). */
  private readonly pending = new Map<string, Promise<void>>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly state: vscode.Memento,
    private readonly diagnostics: DiagnosticsManager,
  ) {
    // extension.ts passes on each Markdown editor the user looks at.
    this.disposables = [vscode.workspace.onDidCloseTextDocument((document) => this.seen.delete(document.uri.toString()))];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** Acts on a Markdown document the user is looking at; resolves when any offer is answered. */
  consider(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    let running = this.pending.get(key);
    if (!running) {
      running = this.decide(document).finally(() => this.pending.delete(key));
      this.pending.set(key, running);
    }
    return running;
  }

  private async decide(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== MARKDOWN_LANGUAGE_ID || document.isClosed) return;
    if (!SCHEMES.has(document.uri.scheme)) return;
    const key = document.uri.toString();
    if (this.seen.has(key) || this.diagnostics.isTracked(document)) return;
    const mode = vscode.workspace.getConfiguration(CONFIG_SECTION, document.uri).get<MarkdownMode>(SETTINGS.markdown, 'ask');
    if (mode === 'never') return;
    const answer = this.answers()[key];
    if (answer === 'no' || (answer === undefined && mode === 'ask' && this.state.get<boolean>(NEVER_ASK_KEY))) return;
    this.seen.add(key);
    if (!looksLikeStory(document.getText())) return;
    if (answer) return this.apply(document, answer);
    if (mode === 'always') return this.apply(document, 'coach');
    const name = document.uri.path.split('/').pop() ?? 'This file';
    const choice = await vscode.window.showInformationMessage(
      `STAR: ${name} looks like a STAR interview story. Coach it here? (Setting: starStory.markdown)`,
      OFFER.coach,
      OFFER.star,
      OFFER.never,
    );
    if (choice === OFFER.never) {
      await this.state.update(NEVER_ASK_KEY, true);
      return;
    }
    // Closing the offer counts as "no" for this file: it is not asked again.
    const chosen: Answer = choice === OFFER.coach ? 'coach' : choice === OFFER.star ? 'star' : 'no';
    await this.remember(key, chosen);
    if (chosen !== 'no' && !document.isClosed) await this.apply(document, chosen);
  }

  private async apply(document: vscode.TextDocument, answer: Answer): Promise<void> {
    if (answer === 'coach') await this.diagnostics.checkNow(document);
    else if (answer === 'star') await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }

  private answers(): Record<string, Answer> {
    const saved = this.state.get<unknown>(ANSWERS_KEY);
    if (typeof saved !== 'object' || saved === null) return {};
    const answers: Record<string, Answer> = {};
    for (const [k, v] of Object.entries(saved)) if (v === 'coach' || v === 'star' || v === 'no') answers[k] = v;
    return answers;
  }

  private async remember(key: string, answer: Answer): Promise<void> {
    const answers = this.answers();
    delete answers[key];
    answers[key] = answer;
    const kept = Object.entries(answers).slice(-MAX_ANSWERS);
    await this.state.update(ANSWERS_KEY, Object.fromEntries(kept));
  }
}
