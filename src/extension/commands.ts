// The palette commands: check the active story, open the coach panel, start a new story, and
// check every story in the workspace.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/types';
import type { AnalysisStore } from './analysis';
import type { SnippetFixArgs } from './codeActions';
import type { ConfigService } from './config';
import { COMMANDS, LANGUAGE_ID, MARKDOWN_LANGUAGE_ID } from './constants';
import type { DiagnosticsManager } from './diagnostics';
import { summarize } from './format';
import type { CoachPanelApi } from './panel';
import { loadPanel } from './panelPackage';

export interface Services {
  store: AnalysisStore;
  config: ConfigService;
  diagnostics: DiagnosticsManager;
  panel: CoachPanelApi;
}

export interface OpenPanelArgs {
  tipId?: string;
  /** A URI, or its string form when the call comes from a `command:` link. */
  uri?: vscode.Uri | string;
}

export function registerCommands(services: Services): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.checkStory, (uri?: vscode.Uri) => checkStory(services, uri)),
    vscode.commands.registerCommand(COMMANDS.openPanel, (args?: OpenPanelArgs | vscode.Uri) => openPanel(services.panel, args)),
    // Rare commands load with the coach panel's chunk (dist/panel.js), with the coaching text they show.
    vscode.commands.registerCommand(COMMANDS.newStory, () => loadPanel().newStory()),
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => loadPanel().checkWorkspace(services)),
    vscode.commands.registerCommand(COMMANDS.insertSnippetFix, (args: SnippetFixArgs) => loadPanel().insertSnippetFix(args)),
  ];
}

/** Checks the active document (or the one given from the explorer), shows the panel and a summary. */
export async function checkStory({ diagnostics, panel }: Services, uri?: vscode.Uri): Promise<CheckResult | undefined> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('STAR: open a .star.md story (or a Markdown file) to check it.');
    return undefined;
  }
  if (document.languageId !== LANGUAGE_ID && document.languageId !== MARKDOWN_LANGUAGE_ID) {
    void vscode.window.showInformationMessage('STAR: "Check STAR Story" works on .star.md stories and Markdown files.');
    return undefined;
  }
  if (uri) await vscode.window.showTextDocument(document);
  const analysis = await diagnostics.checkNow(document);
  if (!analysis) return undefined;
  panel.show({ uri: document.uri, preserveFocus: true });
  void vscode.window.showInformationMessage(summarize(analysis.result));
  return analysis.result;
}

/** From a hover link, a quick fix or a code lens ({ tipId?, uri? }), or an editor title button (the Uri). */
function openPanel(panel: CoachPanelApi, args: OpenPanelArgs | vscode.Uri = {}): void {
  if (args instanceof vscode.Uri) return panel.show({ uri: args, preserveFocus: true });
  const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri, true) : args.uri;
  panel.show({ uri, tipId: typeof args.tipId === 'string' ? args.tipId : undefined, preserveFocus: true });
}
