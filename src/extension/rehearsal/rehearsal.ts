// Rehearsal, loaded from dist/due.js a moment after activation (or on its first command): the
// attempt store, the due-stories tracker and its status bar item, and what the three commands do.
// The rehearsal panel loads with dist/panel.js when first shown. register.ts (in the activation
// bundle) only forwards to it.
import * as vscode from 'vscode';
import { summaryOf, type StoredAttempt } from '../../core/rehearsal/attempts';
import { scheduleOf, type Schedule } from '../../core/rehearsal/schedule';
import { storyKeys } from '../../core/rehearsal/keys';
import { storyAt } from '../../core/storyAt';
import type { AnalysisStore } from '../analysis';
import type { ConfigService } from '../config';
import { AttemptStore } from './attemptStore';
import { DueTracker, type DueState } from './due';
import { exportAttempts, writeExport } from './exportAttempts';
import { loadPanel } from '../panelPackage';
import type { RehearsalPanel, RehearsalPanelState } from './rehearsePanel';

export interface RehearseArgs {
  /** A URI, or its string form from a code lens or the coach panel. */
  uri?: vscode.Uri | string;
  storyIndex?: number;
}

export interface RehearsalApi {
  /** The stored attempts of one story key, oldest first (every story's when no key is given). */
  attempts(key?: string): readonly StoredAttempt[] | ReadonlyMap<string, readonly StoredAttempt[]>;
  /** The key of a story of a document. */
  keyOf(document: vscode.TextDocument, storyIndex: number): string | undefined;
  due(): Promise<DueState>;
  /** The practice schedule of one story key. */
  schedule(key: string): Schedule;
  /** What the due-stories status bar item shows, or undefined when hidden. */
  statusBar(): { text: string; tooltip: string } | undefined;
  panel(): RehearsalPanelState | undefined;
  /** Forgets every attempt (tests). */
  clear(): Promise<void>;
  /** Writes the export to `uri` without asking (tests). */
  exportTo(uri: vscode.Uri): Promise<vscode.Uri | undefined>;
}

export class Rehearsal implements vscode.Disposable {
  private readonly attempts: AttemptStore;
  private readonly due: DueTracker;
  private panel: RehearsalPanel | undefined;
  readonly api: RehearsalApi;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly store: AnalysisStore,
    private readonly config: ConfigService,
  ) {
    this.attempts = new AttemptStore(context.workspaceState);
    this.due = new DueTracker(this.attempts, config, store);
    void this.due.rescan();
    const { attempts, due } = this;
    this.api = {
      attempts: (key) => (key === undefined ? attempts.all() : attempts.get(key)),
      keyOf: (document, storyIndex) => storyKeys(document.uri.toString(), store.get(document).file)[storyIndex],
      due: () => due.current(),
      schedule: (key) => scheduleOf(attempts.get(key).map(summaryOf), config.getConfig(vscode.Uri.parse(key.slice(0, Math.max(0, key.indexOf('#'))))).engine.timeTolerance),
      statusBar: () => due.view,
      panel: () => this.panel?.getState(),
      clear: () => attempts.clear(),
      exportTo: (uri) => writeExport(uri, attempts, config),
    };
  }

  dispose(): void {
    this.panel?.dispose();
    this.due.dispose();
    this.attempts.dispose();
  }

  revive(webviewPanel: vscode.WebviewPanel, state: unknown): Promise<void> {
    return this.ensurePanel().revive(webviewPanel, state);
  }

  exportAttempts(): Promise<vscode.Uri | undefined> {
    return exportAttempts(this.attempts, this.config);
  }

  private ensurePanel(): RehearsalPanel {
    return (this.panel ??= new (loadPanel().RehearsalPanel)({ extensionUri: this.context.extensionUri, store: this.store, config: this.config, attempts: this.attempts, due: this.due }));
  }

  /** Opens the rehearsal panel on the story given (a code lens, the coach panel), else the one at the cursor. */
  async rehearse(args?: RehearseArgs | vscode.Uri): Promise<void> {
    const given = args instanceof vscode.Uri ? args : typeof args?.uri === 'string' ? vscode.Uri.parse(args.uri, true) : args?.uri;
    // From the palette while a webview has the focus: the story editor on screen.
    const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => e.document.uri.path.toLowerCase().endsWith('.star.md'));
    const document = given ? await openOrSay(given) : editor?.document;
    if (!document) {
      if (given) return;
      void vscode.window.showInformationMessage('STAR: open a .star.md story to rehearse it.');
      return;
    }
    const file = this.store.get(document).file;
    const requested = args instanceof vscode.Uri ? undefined : args?.storyIndex;
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const index =
      typeof requested === 'number' && Number.isInteger(requested) && requested >= 0 && requested < file.stories.length
        ? requested
        : storyAt(file, shown ? document.offsetAt(shown.selection.active) : 0);
    if (index < 0 || file.binary) {
      void vscode.window.showInformationMessage('STAR: this file has no story to rehearse.');
      return;
    }
    this.ensurePanel().show(document, index);
  }

  /** Opens the first story due for practice, or says when the next one is. */
  async practiseDue(): Promise<void> {
    const state = await this.due.current();
    const first = state.due[0];
    if (!first) {
      const next = state.next?.schedule.nextDue;
      void vscode.window.showInformationMessage(
        state.stories === 0
          ? 'STAR: no *.star.md stories in this workspace to practise.'
          : `STAR: no story is due for practice.${next ? ` Next: "${state.next!.title}" on ${new Date(next).toLocaleDateString()}.` : ''}`,
      );
      return;
    }
    const document = await openOrSay(vscode.Uri.parse(first.uri, true));
    if (!document) return void this.due.rescan();
    const keys = storyKeys(document.uri.toString(), this.store.get(document).file);
    const index = keys.indexOf(first.key);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preserveFocus: true });
    await this.rehearse({ uri: document.uri, storyIndex: index >= 0 ? index : first.index });
    if (state.due.length > 1) {
      const label = first.schedule.lastAt === null ? 'never rehearsed' : `last ${new Date(first.schedule.lastAt).toLocaleDateString()}`;
      vscode.window.setStatusBarMessage(`STAR: rehearsing "${first.title}" (${label}); ${state.due.length - 1} more due`, 5000);
    }
  }
}

/** The document, or undefined after telling the user it could not be opened (deleted, unreadable). */
async function openOrSay(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  try {
    return await vscode.workspace.openTextDocument(uri);
  } catch (err) {
    void vscode.window.showWarningMessage(`STAR: could not open ${vscode.workspace.asRelativePath(uri)}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}
