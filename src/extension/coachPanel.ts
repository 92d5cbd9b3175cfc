// The coach panel itself: one webview beside the editor that follows the story under the cursor
// and shows the model built from the shared analysis. webview-sample's lifecycle: createOrShow,
// revive through a serializer after a reload, state kept in the webview with setState.
// panel.ts creates it on first use; the Node extension loads it then, from dist/panel.js.
import * as vscode from 'vscode';
import { buildCoachModel, type CoachModel } from '../core/coachModel';
import { getTip } from '../core/coaching/tips';
import { parseWebviewMessage, type ExtensionMessage, type WebviewMessage } from '../core/panelMessages';
import { storyAt } from '../core/storyAt';
import type { AnalysisStore, DocumentAnalysis } from './analysis';
import { COACH_VIEW_TYPE, REHEARSAL_COMMANDS, ruleDocsUrl } from './constants';
import type { CoachPanelState, PanelShowOptions } from './panel';
import { webviewHtml } from './webviewHtml';

const TITLE = 'STAR Coach';
/** Cursor moves and keystrokes arrive in bursts: rebuild the model once per burst. */
const UPDATE_DELAY_MS = 40;

export class CoachPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[];
  /** The story the panel follows, the cursor offset in it, and a story picked by show({ tipId }). */
  private document: vscode.TextDocument | undefined;
  private cursor = 0;
  private pinnedStory: number | undefined;
  private ready = false;
  private posted: { uri: string | undefined; json: string; model: CoachModel | null } | undefined;
  private focusedTip: string | undefined;
  private pendingTip: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: AnalysisStore,
    private readonly isStory: (document: vscode.TextDocument) => boolean,
  ) {
    this.disposables = [
      store.onDidAnalyze((analysis) => {
        if (this.panel && analysis.uri.toString() === this.document?.uri.toString()) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // No editor: the panel itself (or another view) took focus; keep the story we had.
        if (this.panel && editor && this.isStory(editor.document)) this.follow(editor);
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (this.panel && event.textEditor.document === this.document) this.follow(event.textEditor);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.panel && document === this.document) {
          this.document = undefined;
          this.followVisible();
        }
      }),
    ];
  }

  show(options: PanelShowOptions = {}): void {
    const preserveFocus = options.preserveFocus ?? true;
    if (this.panel) this.panel.reveal(undefined, preserveFocus);
    else {
      const panel = vscode.window.createWebviewPanel(COACH_VIEW_TYPE, TITLE, { viewColumn: vscode.ViewColumn.Beside, preserveFocus }, this.options());
      this.attach(panel);
    }
    if (options.tipId && getTip(options.tipId)) {
      this.focusedTip = options.tipId;
      this.pendingTip = options.tipId;
    }
    const uri = options.uri;
    if (uri) {
      void vscode.workspace.openTextDocument(uri).then(
        (document) => this.track(document),
        () => this.update(),
      );
    } else {
      this.followVisible(true);
    }
  }

  /** Takes over a new panel, or one VS Code restored after a reload. */
  attach(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    this.ready = false;
    this.posted = undefined;
    panel.webview.options = this.options();
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((data: unknown) => this.receive(data)),
      panel.onDidChangeViewState(() => {
        // A hidden webview is torn down (no retainContextWhenHidden); it says 'ready' when back.
        if (!panel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => this.detach(panel)),
    ];
    this.followVisible();
  }

  getState(): CoachPanelState | undefined {
    if (!this.panel) return undefined;
    return { visible: this.panel.visible, uri: this.posted?.uri, model: this.posted?.model ?? null, focusedTip: this.focusedTip };
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')],
      retainContextWhenHidden: false,
      enableFindWidget: true,
    };
  }

  private detach(panel: vscode.WebviewPanel): void {
    if (this.panel !== panel) return;
    for (const d of this.panelDisposables) d.dispose();
    this.panelDisposables = [];
    this.panel = undefined;
    this.ready = false;
    this.posted = undefined;
    this.document = undefined;
    this.pinnedStory = undefined;
    this.pendingTip = undefined;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Follows the document now (asked for by show()), whatever its language. */
  private track(document: vscode.TextDocument | undefined): void {
    if (document) {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
      if (document !== this.document) this.cursor = editor ? document.offsetAt(editor.selection.active) : 0;
      this.document = document;
    }
    this.pinnedStory = undefined;
    this.update();
  }

  private follow(editor: vscode.TextEditor, now = false): void {
    this.document = editor.document;
    this.cursor = editor.document.offsetAt(editor.selection.active);
    this.pinnedStory = undefined;
    if (now) this.update();
    else this.schedule();
  }

  /** The active story editor, else the story already followed if still open, else any visible story. */
  private followVisible(now = false): void {
    const active = vscode.window.activeTextEditor;
    if (active && this.isStory(active.document)) return this.follow(active, now);
    if (this.document && !this.document.isClosed) return this.track(this.document);
    const visible = vscode.window.visibleTextEditors.find((e) => this.isStory(e.document));
    if (visible) return this.follow(visible, now);
    this.document = undefined;
    if (now) this.update();
    else this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), UPDATE_DELAY_MS);
  }

  /** Builds the model for the followed story and posts it if it changed. */
  private update(force = false): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.panel || !this.ready) return;
    const document = this.document && !this.document.isClosed ? this.document : undefined;
    const analysis = document ? (this.store.peek(document.uri) ?? this.store.get(document)) : undefined;
    const model = analysis ? this.modelFor(analysis) : null;
    const json = JSON.stringify(model);
    const uri = document?.uri.toString();
    if (!force && this.posted && this.posted.json === json && this.posted.uri === uri) return this.flushTip();
    this.posted = { uri, json, model };
    this.post({ type: 'update', model });
    this.flushTip();
  }

  private modelFor(analysis: DocumentAnalysis): CoachModel {
    const here = Math.max(0, storyAt(analysis.file, this.cursor));
    if (this.pendingTip) {
      // Opened at a tip: show the story that has it, the one nearest the cursor.
      const tip = this.pendingTip;
      const hits = analysis.result.findings.filter((f) => f.tipId === tip);
      if (hits.length > 0 && !hits.some((f) => f.storyIndex === here)) {
        const nearest = hits.reduce((a, b) => (Math.abs(b.start - this.cursor) < Math.abs(a.start - this.cursor) ? b : a));
        this.pinnedStory = nearest.storyIndex;
      }
    }
    const index = this.pinnedStory ?? here;
    const story = analysis.result.stories.find((s) => s.index === index);
    if (story) this.store.suggestions(analysis, story);
    return buildCoachModel(analysis, index);
  }

  private flushTip(): void {
    if (!this.pendingTip || !this.ready) return;
    this.post({ type: 'focusTip', tipId: this.pendingTip });
    this.pendingTip = undefined;
  }

  private post(message: ExtensionMessage): void {
    void this.panel?.webview.postMessage(message);
  }

  /** Acts on a message from the webview, validated first (the tests send theirs through here too). */
  receive(data: unknown): void {
    const message = parseWebviewMessage(data);
    if (!message) return;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.update(true);
        return;
      case 'reveal':
        void this.reveal(message);
        return;
      case 'openDocs':
        void this.openDocs(message.ruleId);
        return;
      case 'rehearse':
        // The story the panel shows, wherever the cursor has gone since.
        if (this.posted?.uri && this.posted.model) {
          void vscode.commands.executeCommand(REHEARSAL_COMMANDS.rehearse, { uri: this.posted.uri, storyIndex: this.posted.model.storyIndex });
        }
        return;
      case 'showStory':
        void this.showStory(message.storyIndex);
        return;
    }
  }

  /**
   * The header's Previous / Next story: shows that story in the panel at once and puts the
   * editor's cursor on its title (scrolled to the top), the focus staying in the panel so the
   * keyboard can step on. The editor's selection event then keeps the two in step.
   */
  private async showStory(index: number): Promise<void> {
    const uri = this.posted?.uri;
    const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : undefined;
    if (!document || document.isClosed) return;
    const analysis = this.store.peek(document.uri) ?? this.store.get(document);
    const story = analysis.file.stories[index];
    if (!story) return;
    this.pinnedStory = index;
    this.update();
    const at = document.positionAt(story.titleStart ?? story.start);
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const column = shown?.viewColumn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection: new vscode.Range(at, at), preserveFocus: true });
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
  }

  /** Selects and reveals a range of the story the panel shows, in the editor that shows it. */
  private async reveal({ start, end }: Extract<WebviewMessage, { type: 'reveal' }>): Promise<void> {
    const uri = this.posted?.uri;
    const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : undefined;
    if (!document || document.isClosed) return;
    const last = document.lineAt(document.lineCount - 1).range.end;
    const length = document.offsetAt(last);
    const from = document.positionAt(Math.min(start, length));
    const range = new vscode.Range(from, document.positionAt(Math.min(Math.max(start, end), length)));
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const column = shown?.viewColumn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /**
   * The rule's page: the copy shipped with the extension, as a Markdown preview in the group to
   * the panel's right (never over the panel), focus left where it was; else the repository's.
   */
  private async openDocs(ruleId: string): Promise<void> {
    if (!getTip(ruleId)) return;
    const local = vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', `${ruleId}.md`);
    try {
      await vscode.workspace.fs.stat(local);
    } catch {
      await vscode.env.openExternal(vscode.Uri.parse(ruleDocsUrl(ruleId)));
      return;
    }
    const beside = Math.min(9, (this.panel?.viewColumn ?? vscode.ViewColumn.One) + 1) as vscode.ViewColumn;
    const options: vscode.TextDocumentShowOptions = { viewColumn: beside, preserveFocus: true, preview: true };
    try {
      await vscode.commands.executeCommand('vscode.openWith', local, 'vscode.markdown.preview.editor', options);
    } catch {
      // No Markdown preview (it can be disabled): the page as text, still beside the panel.
      await vscode.window.showTextDocument(local, options);
    }
  }

  private html(webview: vscode.Webview): string {
    return webviewHtml(webview, this.extensionUri, { title: TITLE, style: 'webview.css', script: 'webview.js', mainId: 'app', mainLabel: 'STAR story coaching' });
  }
}
