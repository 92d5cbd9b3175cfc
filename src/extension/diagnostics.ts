// Publishes findings as diagnostics: on open and save at once, while typing after a
// per-document debounce (or only on save, per setting). Markdown files are checked only when
// the user asks; files over `starStory.maxFileSize` only on save or on demand.
import * as vscode from 'vscode';
import { documentLength, type AnalysisStore, type DocumentAnalysis } from './analysis';
import type { ConfigService, ResolvedConfig } from './config';
import { CONFIG_SECTION, DIAGNOSTIC_SOURCE, LANGUAGE_ID, SETTINGS } from './constants';
import { formatBytes } from './format';
import { logError } from './log';
import { notify } from './notices';
import { findingDiagnostics, positionsIn } from './problems';

/** Snapshots and views of a story that are not the story itself. */
const IGNORED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'review']);

export class DiagnosticsManager implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('star');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Markdown documents the user checked with the command: followed until closed. */
  private readonly explicit = new Set<string>();
  private readonly toldTooLarge = new Set<string>();
  private readonly published = new vscode.EventEmitter<vscode.Uri>();
  /** A story's diagnostics were handed to VS Code (which shows them at once). */
  readonly onDidPublish = this.published.event;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.published];

  constructor(
    private readonly store: AnalysisStore,
    private readonly config: ConfigService,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.onOpen(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.isTracked(e.document)) this.schedule(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.isTracked(doc)) void this.check(doc, { force: true });
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      config.onDidChange(() => this.recheckAll()),
    );
    for (const doc of vscode.workspace.textDocuments) this.onOpen(doc);
  }

  /** Stories always; Markdown once the user has checked it. */
  isTracked(document: vscode.TextDocument): boolean {
    if (IGNORED_SCHEMES.has(document.uri.scheme)) return false;
    return document.languageId === LANGUAGE_ID || this.explicit.has(document.uri.toString());
  }

  /** The check command: any document, any size, now. Markdown is followed from then on. */
  checkNow(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    if (document.languageId !== LANGUAGE_ID) this.explicit.add(document.uri.toString());
    return this.check(document, { force: true });
  }

  /** Publishes the analysis of a file that is not open (workspace check). */
  publishText(uri: vscode.Uri, text: string, analysis: DocumentAnalysis): void {
    this.collection.set(uri, findingDiagnostics(analysis.result.findings, positionsIn(text)));
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }

  private onOpen(document: vscode.TextDocument): void {
    if (this.isTracked(document)) void this.check(document, { force: false });
  }

  private schedule(document: vscode.TextDocument): void {
    const config = this.config.getConfig(document.uri);
    if (config.run === 'onSave') return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => void this.check(document, { force: false }), config.debounceMs),
    );
  }

  /**
   * Checks and publishes; never rejects (callers `void` it). Should anything fail, the file's
   * diagnostics are replaced by one that says so, never left stale, and the error is logged.
   */
  private async check(document: vscode.TextDocument, options: { force: boolean }): Promise<DocumentAnalysis | undefined> {
    try {
      return await this.checkOrThrow(document, options);
    } catch (err) {
      logError(`Checking ${vscode.workspace.asRelativePath(document.uri)} failed`, err);
      const message = 'STAR Story Coach could not check this file (a bug, not your fault): see Output › STAR Story Coach.';
      const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = 'rule-error';
      if (!document.isClosed) this.collection.set(document.uri, [diagnostic]);
      return undefined;
    }
  }

  private async checkOrThrow(document: vscode.TextDocument, { force }: { force: boolean }): Promise<DocumentAnalysis | undefined> {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    await this.config.ready(document.uri);
    if (document.isClosed) return undefined;
    const config = this.config.getConfig(document.uri);
    if (!force && this.tooLarge(document, config)) return undefined;
    const analysis = this.store.get(document);
    // Typing may have moved on while the config loaded: a stale result is never published.
    if (analysis.version !== document.version || document.isClosed) return undefined;
    this.collection.set(document.uri, findingDiagnostics(analysis.result.findings, (o) => document.positionAt(o)));
    this.published.fire(document.uri);
    return analysis;
  }

  private tooLarge(document: vscode.TextDocument, config: ResolvedConfig): boolean {
    if (documentLength(document) <= config.maxFileSize) return false;
    const key = document.uri.toString();
    if (!this.toldTooLarge.has(key)) {
      this.toldTooLarge.add(key);
      const name = document.uri.path.split('/').pop();
      const limit = `${CONFIG_SECTION}.${SETTINGS.maxFileSize}`;
      notify(
        'info',
        `STAR: ${name} is larger than ${limit} (${formatBytes(config.maxFileSize)}), so it is checked on save and with "STAR: Check STAR Story" only.`,
      );
    }
    return true;
  }

  private recheckAll(): void {
    this.store.invalidate();
    for (const doc of vscode.workspace.textDocuments) {
      if (this.isTracked(doc) && !doc.isClosed) void this.check(doc, { force: false });
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.explicit.delete(key);
    this.toldTooLarge.delete(key);
    this.collection.delete(uri);
    this.store.invalidate(uri);
  }
}
