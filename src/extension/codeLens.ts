// Code lens over each story title and section heading: estimated vs target speaking time, and a
// Rehearse lens beside the story's time.
// Reads the shared analysis; while a newer one is pending, VS Code keeps the previous lenses.
// Part of dist/editor.js: extension.ts registers a provider with the change event and makes
// this on VS Code's first request (no lens is shown before it, so none needs refreshing).
import * as vscode from 'vscode';
import type { AnalysisStore, DocumentAnalysis, TrackedPredicate } from './analysis';
import type { ConfigService } from './config';
import { COMMANDS, REHEARSAL_COMMANDS } from './constants';
import { formatTiming } from './format';
import { documentLength } from './text';

export class StoryCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  readonly onDidChangeCodeLenses: vscode.Event<void>;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: AnalysisStore,
    private readonly config: ConfigService,
    private readonly tracked: TrackedPredicate,
    changed: vscode.EventEmitter<void>,
  ) {
    this.onDidChangeCodeLenses = changed.event;
    this.disposables = [store.onDidAnalyze(() => changed.fire()), config.onDidChange(() => changed.fire())];
  }

  provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.CodeLens[] | Promise<vscode.CodeLens[]> {
    const config = this.config.getConfig(document.uri);
    if (!this.tracked(document) || !config.codeLens) return [];
    const analysis = this.store.peek(document.uri);
    if (analysis && analysis.version === document.version) return this.lenses(document, analysis);
    // No check is coming before the next save: the last lenses are the best there is.
    if (config.run === 'onSave' || documentLength(document) > config.maxFileSize) return analysis ? this.lenses(document, analysis) : [];
    return this.nextAnalysis(document, token).then((next) => (next ? this.lenses(document, next) : []));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** Waits for the diagnostics' check of this version (after its debounce), or for cancellation. */
  private nextAnalysis(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<DocumentAnalysis | undefined> {
    return new Promise((resolve) => {
      const done = (value: DocumentAnalysis | undefined) => {
        listener.dispose();
        cancel.dispose();
        resolve(value);
      };
      const listener = this.store.onDidAnalyze((a) => {
        if (a.uri.toString() === document.uri.toString() && a.version === document.version) done(a);
      });
      const cancel = token.onCancellationRequested(() => done(undefined));
    });
  }

  private lenses(document: vscode.TextDocument, analysis: DocumentAnalysis): vscode.CodeLens[] {
    const lenses: vscode.CodeLens[] = [];
    const lens = (offset: number, title: string, tooltip: string, command: string = COMMANDS.openPanel, args: object = { uri: document.uri.toString() }) => {
      const position = document.positionAt(offset);
      lenses.push(new vscode.CodeLens(new vscode.Range(position, position), { title, tooltip, command, arguments: [args] }));
    };
    for (const story of analysis.result.stories) {
      const titleStart = analysis.file.stories[story.index]?.titleStart;
      if (titleStart != null) {
        lens(titleStart, `$(mic) ${formatTiming(story.seconds, story.targetSeconds)}`, 'Estimated speaking time of the story / target for its level');
        // Beside the time: tell the story aloud against the clock.
        lens(titleStart, '$(play) Rehearse', 'Rehearse this story aloud against the clock (STAR: Rehearse Story)', REHEARSAL_COMMANDS.rehearse, { uri: document.uri.toString(), storyIndex: story.index });
      }
      for (const section of story.sections) {
        lens(section.headingStart, formatTiming(section.seconds, section.targetSeconds), `Estimated speaking time / target (${section.words} words)`);
      }
    }
    return lenses;
  }
}
