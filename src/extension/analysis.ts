// The one analysis per document version that every reader shares: diagnostics, hover, code
// actions, code lens, status bar and the coach panel. Nothing else runs the engine.
import * as vscode from 'vscode';
import { analyze, suggestFor } from '../core/check';
import type { StoryMetrics } from '../core/types';
import { IncrementalChecker } from '../core/incremental';
import type { CheckResult, StoryFile } from '../core/types';
import type { ConfigService } from './config';
import { logEngineErrors } from './log';
import { documentLength } from './text';

export interface DocumentAnalysis {
  uri: vscode.Uri;
  version: number;
  configKey: string;
  file: StoryFile;
  result: CheckResult;
}

/** Whether the glue follows a document: stories, and Markdown files the user has checked. */
export type TrackedPredicate = (document: vscode.TextDocument) => boolean;

export { documentLength } from './text';

export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, DocumentAnalysis>();
  /** Per open document: re-checks only the story an edit touched (same result as analyze). */
  private readonly checkers = new Map<string, IncrementalChecker>();
  private readonly analyzed = new vscode.EventEmitter<DocumentAnalysis>();
  readonly onDidAnalyze: vscode.Event<DocumentAnalysis> = this.analyzed.event;

  constructor(private readonly config: ConfigService) {}

  /** The analysis of this version of the document under its current config, run now if missing. */
  get(document: vscode.TextDocument): DocumentAnalysis {
    const config = this.config.getConfig(document.uri);
    const cached = this.entries.get(document.uri.toString());
    if (cached && cached.version === document.version && cached.configKey === config.key) return cached;
    let checker = this.checkers.get(document.uri.toString());
    if (!checker) {
      checker = new IncrementalChecker();
      this.checkers.set(document.uri.toString(), checker);
    }
    const { file, result } = checker.update(document.getText(), config.engine);
    const analysis: DocumentAnalysis = { uri: document.uri, version: document.version, configKey: config.key, file, result };
    logEngineErrors(document.uri, result);
    this.entries.set(document.uri.toString(), analysis);
    this.analyzed.fire(analysis);
    return analysis;
  }

  /** The latest analysis of the URI, whatever its version. */
  peek(uri: vscode.Uri): DocumentAnalysis | undefined {
    return this.entries.get(uri.toString());
  }

  /**
   * For readers answering on the current text (hover, code lens, status bar): the analysis of
   * this version, running it only when the file is small enough to check as you type.
   */
  current(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const cached = this.entries.get(document.uri.toString());
    const config = this.config.getConfig(document.uri);
    if (cached && cached.version === document.version && cached.configKey === config.key) return cached;
    return documentLength(document) <= config.maxFileSize ? this.get(document) : undefined;
  }

  /** Checks text that has no open document (workspace check); not cached, no event. */
  /** Fills and returns the suggested principles of one story of an analysis (see suggestFor). */
  suggestions(analysis: DocumentAnalysis, story: StoryMetrics): string[] {
    return suggestFor(analysis.file, story, this.config.getConfig(analysis.uri).engine);
  }

  analyzeText(uri: vscode.Uri, text: string): DocumentAnalysis {
    const config = this.config.getConfig(uri);
    const { file, result } = analyze(text, config.engine);
    logEngineErrors(uri, result);
    return { uri, version: 0, configKey: config.key, file, result };
  }

  invalidate(uri?: vscode.Uri): void {
    if (uri) {
      this.entries.delete(uri.toString());
      this.checkers.delete(uri.toString());
    } else {
      this.entries.clear();
      this.checkers.clear();
    }
  }

  dispose(): void {
    this.analyzed.dispose();
    this.entries.clear();
    this.checkers.clear();
  }
}
