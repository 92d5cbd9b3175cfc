// "STAR: Open Story Bank Overview": one webview with the principle × story matrix, the level mix,
// the weakest stories and the gaps. The same lifecycle and safety as the coach panel: a strict
// CSP with a nonce, every message validated (core/bankMessages.ts), state kept by the webview and
// revived by a serializer after a reload (registered in bankView.ts).
import * as vscode from 'vscode';
import type { BankStory } from '../core/bank';
import type { BankGoals } from '../core/bankGoals';
import { buildOverviewModel, parseOverviewWebviewMessage, type OverviewExtensionMessage, type OverviewModel } from '../core/bankMessages';
import { BANK_OVERVIEW_VIEW_TYPE } from './constants';
import { webviewHtml } from './webviewHtml';

const TITLE = 'Story Bank Overview';

export class BankOverview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private ready = false;
  private posted: { json: string; model: OverviewModel; stories: BankStory[] } | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly stories: () => BankStory[],
    private readonly goals: () => BankGoals,
    private readonly open: (story: BankStory) => Promise<void>,
  ) {}

  show(): void {
    if (this.panel) this.panel.reveal(undefined, false);
    else this.attach(vscode.window.createWebviewPanel(BANK_OVERVIEW_VIEW_TYPE, TITLE, { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, this.options()));
    this.update();
  }

  attach(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    this.ready = false;
    this.posted = undefined;
    panel.title = TITLE;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'story-bank.svg');
    panel.webview.options = this.options();
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((data: unknown) => this.receive(data)),
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => this.detach(panel)),
    ];
  }

  getState(): { visible: boolean; model: OverviewModel | null } | undefined {
    if (!this.panel) return undefined;
    return { visible: this.panel.visible, model: this.posted?.model ?? null };
  }

  /** Posts the bank's current model if the webview is listening and it changed. */
  update(force = false): void {
    if (!this.panel || !this.ready) return;
    const stories = this.stories();
    const model = buildOverviewModel(stories, this.goals(), (path) => vscode.workspace.asRelativePath(vscode.Uri.parse(path)));
    const json = JSON.stringify(model);
    if (!force && this.posted?.json === json) return;
    this.posted = { json, model, stories: stories.slice(0, model.stories.length) };
    this.post({ type: 'update', model });
  }

  dispose(): void {
    this.panel?.dispose();
  }

  private detach(panel: vscode.WebviewPanel): void {
    if (this.panel !== panel) return;
    for (const d of this.panelDisposables) d.dispose();
    this.panelDisposables = [];
    this.panel = undefined;
    this.ready = false;
    this.posted = undefined;
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

  private receive(data: unknown): void {
    const message = parseOverviewWebviewMessage(data);
    if (!message) return;
    if (message.type === 'ready') {
      this.ready = true;
      this.update(true);
      return;
    }
    const story = this.posted?.stories[message.id];
    if (story) void this.open(story);
  }

  private post(message: OverviewExtensionMessage): void {
    void this.panel?.webview.postMessage(message);
  }

  private html(webview: vscode.Webview): string {
    return webviewHtml(webview, this.extensionUri, { title: TITLE, style: 'bank.css', script: 'bank.js', mainId: 'bank', mainLabel: 'Story bank overview' });
  }
}
