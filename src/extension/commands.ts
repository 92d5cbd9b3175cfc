// The palette commands: check the active story, open the coach panel, start a new story, and
// check every story in the workspace.
import * as vscode from 'vscode';
import type { AnalysisStore } from './analysis';
import type { SnippetFixArgs } from './codeActions';
import type { ConfigService } from './config';
import { COMMANDS } from './constants';
import type { DiagnosticsManager } from './diagnostics';
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
    vscode.commands.registerCommand(COMMANDS.openPanel, (args?: OpenPanelArgs | vscode.Uri) => openPanel(services.panel, args)),
    // Rare commands load with the coach panel's chunk (dist/panel.js), with the coaching text they
    // show; Check STAR Story opens the panel anyway.
    vscode.commands.registerCommand(COMMANDS.checkStory, (uri?: vscode.Uri) => loadPanel().checkStory(services, uri)),
    vscode.commands.registerCommand(COMMANDS.newStory, () => loadPanel().newStory()),
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => loadPanel().checkWorkspace(services)),
    vscode.commands.registerCommand(COMMANDS.insertSnippetFix, (args: SnippetFixArgs) => loadPanel().insertSnippetFix(args)),
  ];
}

/** From a hover link, a quick fix or a code lens ({ tipId?, uri? }), or an editor title button (the Uri). */
function openPanel(panel: CoachPanelApi, args: OpenPanelArgs | vscode.Uri = {}): void {
  if (args instanceof vscode.Uri) return panel.show({ uri: args, preserveFocus: true });
  const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri, true) : args.uri;
  panel.show({ uri, tipId: typeof args.tipId === 'string' ? args.tipId : undefined, preserveFocus: true });
}
