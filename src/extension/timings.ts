// How long activation takes, measured inside the real extension host: activate() itself, and
// from activation (or from the first story opened, if none was open yet) to the first STAR
// diagnostics, both when this extension hands them to VS Code (DiagnosticCollection.set sends
// them to the window in the same call) and when another extension's onDidChangeDiagnostics
// hears of them (VS Code debounces that event by 50 ms). The integration suite records it for
// `npm run bench`.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, LANGUAGE_ID } from './constants';

export interface ActivationTimings {
  /** activate() from its first line to its return, in ms. */
  activateMs?: number;
  /** From activate being called (or from the first story opened after it) to the first STAR diagnostics handed to VS Code, in ms. */
  firstPublishedMs?: number;
  /** The same, until onDidChangeDiagnostics reported them (VS Code fires that event after a 50 ms debounce), in ms. */
  firstDiagnosticsMs?: number;
  /** Of firstDiagnosticsMs, until the first analysis was made (settings and .starrc.yaml read, engine run). */
  firstAnalysisMs?: number;
  /** A story was open when activate was called, so firstDiagnosticsMs starts at activation. */
  storyOpenAtActivation: boolean;
}

export class ActivationClock implements vscode.Disposable {
  private readonly started = performance.now();
  private activated?: number;
  private storyOpened?: number;
  private diagnosed?: number;
  private published?: number;
  private analyzed?: number;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly storyOpenAtActivation = vscode.workspace.textDocuments.some((d) => d.languageId === LANGUAGE_ID);

  constructor() {
    if (this.storyOpenAtActivation) this.storyOpened = this.started;
    else {
      this.subscriptions.push(
        vscode.workspace.onDidOpenTextDocument((d) => {
          if (d.languageId === LANGUAGE_ID) this.storyOpened ??= performance.now();
        }),
      );
    }
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        // Only a story's: the Story Bank may read a .starrc.yaml (and report on it) before any story is open.
        if (this.diagnosed !== undefined || this.storyOpened === undefined) return;
        if (e.uris.some((uri) => vscode.languages.getDiagnostics(uri).some((d) => d.source === DIAGNOSTIC_SOURCE))) {
          this.diagnosed = performance.now();
          this.dispose();
        }
      }),
    );
  }

  /** Notes when the first analysis is made (the store's onDidAnalyze). */
  watch(onDidAnalyze: vscode.Event<unknown>): void {
    const once = onDidAnalyze(() => {
      this.analyzed ??= performance.now();
      once.dispose();
    });
    this.subscriptions.push(once);
  }

  /** Notes when a story's diagnostics are first handed to VS Code (DiagnosticsManager.onDidPublish). */
  watchPublished(onDidPublish: vscode.Event<unknown>): void {
    const once = onDidPublish(() => {
      if (this.storyOpened === undefined) return;
      this.published ??= performance.now();
      once.dispose();
    });
    this.subscriptions.push(once);
  }

  /** Call as activate() returns. */
  markActivated(): void {
    this.activated = performance.now();
  }

  get timings(): ActivationTimings {
    return {
      activateMs: this.activated === undefined ? undefined : this.activated - this.started,
      firstPublishedMs: this.published === undefined || this.storyOpened === undefined ? undefined : this.published - this.storyOpened,
      firstDiagnosticsMs: this.diagnosed === undefined || this.storyOpened === undefined ? undefined : this.diagnosed - this.storyOpened,
      firstAnalysisMs: this.analyzed === undefined || this.storyOpened === undefined ? undefined : this.analyzed - this.storyOpened,
      storyOpenAtActivation: this.storyOpenAtActivation,
    };
  }

  dispose(): void {
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }
}
