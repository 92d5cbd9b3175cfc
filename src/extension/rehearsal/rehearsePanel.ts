// The rehearsal panel: one webview per window where the user tells a story against the clock
// from a cue card, then drills its follow-up questions. It keeps no time itself: the webview
// measures and reports each attempt (times and grades only), and this side stores it against the
// story it loaded. Loaded with the coach panel's chunk (dist/panel.js) on first use.
import * as vscode from 'vscode';
import { historyView, attemptFromReport } from '../../core/rehearsal/history';
import { storyKeys } from '../../core/rehearsal/keys';
import { parseRehearsalWebviewMessage, type AttemptReport, type RehearsalExtensionMessage, type RehearsalModel } from '../../core/rehearsal/messages';
import { buildRehearsalModel } from '../../core/rehearsal/model';
import { attemptOutcome } from '../../core/rehearsal/schedule';
import { summaryOf } from '../../core/rehearsal/attempts';
import type { AnalysisStore, DocumentAnalysis } from '../analysis';
import type { ConfigService } from '../config';
import { CONFIG_SECTION, REHEARSAL_COMMANDS, REHEARSE_VIEW_TYPE, SETTINGS } from '../constants';
import type { AttemptStore } from './attemptStore';
import type { DueTracker } from './due';
import { webviewHtml } from '../webviewHtml';

const TITLE = 'Rehearse';

export interface RehearsalServices {
  extensionUri: vscode.Uri;
  store: AnalysisStore;
  config: ConfigService;
  attempts: AttemptStore;
  due: DueTracker;
}

/** What the webview keeps with setState and VS Code hands back on revival (only the story's key is read). */
interface SavedState {
  model?: { key?: unknown };
}

export interface RehearsalPanelState {
  visible: boolean;
  uri: string | undefined;
  key: string | undefined;
  model: RehearsalModel | null;
  /** Messages the webview sent that passed validation, by type (for tests). */
  received: Record<string, number>;
}

export class RehearsalPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private uri: vscode.Uri | undefined;
  private model: RehearsalModel | null = null;
  private ready = false;
  private received: Record<string, number> = {};
  private refresh: ReturnType<typeof setTimeout> | undefined;
  /** The models posted lately, by revision: an attempt is stored against the one it was measured on. */
  private readonly posted = new Map<number, RehearsalModel>();
  private revision = 0;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly services: RehearsalServices) {
    // The story edited while the panel is open: the cue card follows (the webview keeps a
    // telling under way as it is).
    this.disposables = [
      services.store.onDidAnalyze((analysis) => {
        if (!this.panel || !this.model || analysis.uri.toString() !== this.uri?.toString()) return;
        if (this.refresh) clearTimeout(this.refresh);
        this.refresh = setTimeout(() => this.follow(analysis), 300);
      }),
    ];
  }

  /** Opens the panel on a story (by index in the document) and loads it. */
  show(document: vscode.TextDocument, storyIndex: number): void {
    this.load(document, storyIndex);
    if (this.panel) this.panel.reveal(undefined, false);
    else this.attachNew(vscode.window.createWebviewPanel(REHEARSE_VIEW_TYPE, TITLE, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, this.options()));
    this.setTitle();
    void this.postLoad();
  }

  /** Takes over a panel VS Code restored after a reload, on the story the webview had. */
  async revive(panel: vscode.WebviewPanel, saved: unknown): Promise<void> {
    this.attachNew(panel);
    const key = (typeof saved === 'object' && saved !== null ? (saved as SavedState).model?.key : undefined);
    // A key is the file's URI string (which never holds a raw '#'), '#', the title.
    const hash = typeof key === 'string' ? key.indexOf('#') : -1;
    if (typeof key === 'string' && hash > 0) {
      try {
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(key.slice(0, hash), true));
        const keys = storyKeys(document.uri.toString(), this.services.store.get(document).file);
        const index = keys.indexOf(key);
        if (index >= 0) this.load(document, index);
        else this.uri = document.uri;
      } catch {
        // The file is gone: the panel says so.
      }
    }
    this.setTitle();
    void this.postLoad();
  }

  getState(): RehearsalPanelState | undefined {
    if (!this.panel) return undefined;
    return { visible: this.panel.visible, uri: this.uri?.toString(), key: this.model?.key, model: this.model, received: { ...this.received } };
  }

  dispose(): void {
    if (this.refresh) clearTimeout(this.refresh);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  /** Rebuilds the model from a newer analysis of the story's file, found again by its key. */
  private follow(analysis: DocumentAnalysis): void {
    const key = this.model?.key;
    if (!key || !this.uri) return;
    const index = storyKeys(this.uri.toString(), analysis.file).indexOf(key);
    // A changed title detaches the story: keep what the panel shows.
    if (index < 0) return;
    const engine = this.services.config.getConfig(this.uri).engine;
    const model = buildRehearsalModel(analysis, index, { uri: this.uri.toString(), wordsPerMinute: engine.wordsPerMinute, timeTolerance: engine.timeTolerance });
    if (!model || JSON.stringify({ ...model, revision: 0 }) === JSON.stringify({ ...this.model, revision: 0 })) return;
    this.model = this.numbered(model);
    void this.postLoad();
  }

  private load(document: vscode.TextDocument, storyIndex: number): void {
    const { store, config } = this.services;
    const engine = config.getConfig(document.uri).engine;
    this.uri = document.uri;
    const model = buildRehearsalModel(store.get(document), storyIndex, {
      uri: document.uri.toString(),
      wordsPerMinute: engine.wordsPerMinute,
      timeTolerance: engine.timeTolerance,
    });
    this.model = model && this.numbered(model);
  }

  private numbered(model: RehearsalModel): RehearsalModel {
    const numbered = { ...model, revision: ++this.revision };
    this.posted.set(numbered.revision, numbered);
    for (const old of this.posted.keys()) if (this.posted.size > 20) this.posted.delete(old);
    return numbered;
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.services.extensionUri, 'dist')],
      // The stopwatch keeps running while the tab is in the background.
      retainContextWhenHidden: true,
      enableFindWidget: false,
    };
  }

  private attachNew(panel: vscode.WebviewPanel): void {
    if (this.panel && this.panel !== panel) this.panel.dispose();
    this.panel = panel;
    this.ready = false;
    this.received = {};
    panel.webview.options = this.options();
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((data: unknown) => void this.receive(data)),
      panel.onDidDispose(() => {
        if (this.panel !== panel) return;
        for (const d of this.panelDisposables) d.dispose();
        this.panel = undefined;
        this.model = null;
        this.uri = undefined;
      }),
    ];
  }

  private setTitle(): void {
    if (this.panel) this.panel.title = this.model ? `${TITLE}: ${this.model.title}` : TITLE;
  }

  private post(message: RehearsalExtensionMessage): void {
    if (this.ready) void this.panel?.webview.postMessage(message);
  }

  private async postLoad(): Promise<void> {
    if (!this.ready) return;
    const key = this.model?.key;
    const history = historyView(key ? this.services.attempts.get(key) : [], this.tolerance());
    const due = (await this.services.due.current()).due.length;
    this.post({ type: 'load', model: this.model, history, due });
  }

  private tolerance(): number {
    return this.uri ? this.services.config.getConfig(this.uri).engine.timeTolerance : 20;
  }

  private async receive(data: unknown): Promise<void> {
    const message = parseRehearsalWebviewMessage(data);
    if (!message) return;
    this.received[message.type] = (this.received[message.type] ?? 0) + 1;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        return this.postLoad();
      case 'attempt':
        return this.saveAttempt(message);
      case 'setPace':
        return this.setPace(message.wordsPerMinute);
      case 'practiseNext':
        await vscode.commands.executeCommand(REHEARSAL_COMMANDS.practiseDue);
        return;
      case 'exportAttempts':
        await vscode.commands.executeCommand(REHEARSAL_COMMANDS.exportAttempts);
        return;
      case 'openStory':
        return this.openStory();
    }
  }

  private async saveAttempt(report: AttemptReport): Promise<void> {
    const model = this.posted.get(report.revision);
    const uri = this.uri;
    // A report for a model this panel never posted, or for another story, is dropped.
    if (!model || !uri || report.key !== model.key || report.sections.length > model.sections.length) return;
    const attempt = attemptFromReport(model, report, uri.toString());
    await this.services.attempts.save(model.key, attempt);
    const tolerance = this.tolerance();
    const due = (await this.services.due.current()).due.length;
    this.post({ type: 'saved', attemptId: attempt.id, outcome: attemptOutcome(summaryOf(attempt), tolerance), history: historyView(this.services.attempts.get(model.key), tolerance), due });
  }

  /** Writes the measured pace where it takes effect: the workspace setting if one is set there, else the user's. */
  private async setPace(wordsPerMinute: number): Promise<void> {
    const section = vscode.workspace.getConfiguration(CONFIG_SECTION, this.uri);
    const inspect = section.inspect<number>(SETTINGS.wordsPerMinute);
    const target =
      inspect?.workspaceFolderValue !== undefined
        ? vscode.ConfigurationTarget.WorkspaceFolder
        : inspect?.workspaceValue !== undefined
          ? vscode.ConfigurationTarget.Workspace
          : vscode.ConfigurationTarget.Global;
    let note: string | null = null;
    try {
      await section.update(SETTINGS.wordsPerMinute, wordsPerMinute, target);
      const effective = this.uri ? this.services.config.getConfig(this.uri).engine.wordsPerMinute : wordsPerMinute;
      if (effective !== wordsPerMinute) note = `A .starrc.yaml sets wordsPerMinute: ${effective} for this story, and it wins over the setting.`;
    } catch (err) {
      note = `The setting could not be changed: ${err instanceof Error ? err.message : String(err)}`;
    }
    this.post({ type: 'paceSet', wordsPerMinute, note });
  }

  private async openStory(): Promise<void> {
    if (!this.uri) return;
    const document = await Promise.resolve(vscode.workspace.openTextDocument(this.uri)).catch(() => undefined);
    if (!document) return void vscode.window.showWarningMessage(`STAR: ${vscode.workspace.asRelativePath(this.uri)} can no longer be opened.`);
    const keys = storyKeys(document.uri.toString(), this.services.store.get(document).file);
    const story = this.services.store.get(document).file.stories[Math.max(0, keys.indexOf(this.model?.key ?? ''))];
    const at = document.positionAt(story?.titleStart ?? story?.start ?? 0);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(at, at) });
  }

  private html(webview: vscode.Webview): string {
    return webviewHtml(webview, this.services.extensionUri, { title: TITLE, style: 'rehearse.css', script: 'rehearse.js', mainId: 'rehearse', mainLabel: 'Rehearse a STAR story' });
  }
}
