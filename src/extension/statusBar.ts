// Status bar on a story: `$(mic) 2:10 · 5` (estimated time of the story at the cursor and its
// issue count); a click opens the coach panel. Hidden elsewhere or when turned off.
import * as vscode from 'vscode';
import type { AnalysisStore, TrackedPredicate } from './analysis';
import type { ConfigService } from './config';
import { COMMANDS } from './constants';
import { statusFor, type StatusBarView } from './format';

export class StoryStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('starStory.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private shown: StatusBarView | undefined;

  constructor(
    private readonly store: AnalysisStore,
    private readonly config: ConfigService,
    private readonly tracked: TrackedPredicate,
  ) {
    this.item.name = 'STAR Story';
    this.item.command = COMMANDS.openPanel;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) this.update();
      }),
      store.onDidAnalyze((a) => {
        if (a.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      config.onDidChange(() => this.update()),
    );
    this.update();
  }

  /** What is on screen now, for tests: undefined when hidden. */
  get view(): StatusBarView | undefined {
    return this.shown;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private update(): void {
    this.shown = this.compute();
    if (!this.shown) {
      this.item.hide();
      return;
    }
    this.item.text = this.shown.text;
    this.item.tooltip = this.shown.tooltip;
    this.item.show();
  }

  private compute(): StatusBarView | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.tracked(editor.document) || !this.config.getConfig(editor.document.uri).statusBar) return undefined;
    // The last analysis of the file: times barely move while a newer one is pending.
    const analysis = this.store.peek(editor.document.uri);
    return analysis && statusFor(analysis, editor.document.offsetAt(editor.selection.active));
  }
}
