// The Story Bank's registration at activation: the tree view in its own activity-bar container,
// its toolbar commands, the overview's serializer and the cheat-sheet command. The bank itself
// (storyBank.ts: the index of every story, the tree's content, the overview, the export) is
// created when the view is first shown or a command is first run; the Node extension loads it
// then, from dist/panel.js, so activation and checking a story never pay for it.
import * as vscode from 'vscode';
import type { BankStory, Coverage } from '../core/bank';
import type { BankGoals } from '../core/bankGoals';
import { ENGINE } from '../core/check';
import type { AnalysisStore } from './analysis';
import type { ConfigService } from './config';
import { BANK_CONTAINER_ID, BANK_OVERVIEW_VIEW_TYPE, BANK_VIEW_ID, COMMANDS } from './constants';
import { notify } from './notices';
import { loadPanel } from './panelPackage';
import type { StoryBank } from './storyBank';
import * as workspaceFiles from './workspaceFiles';

export type BankNode =
  | { kind: 'principle'; id: string }
  | { kind: 'unfiled' }
  | { kind: 'overused' }
  | { kind: 'file'; uri: string }
  | { kind: 'story'; parent: string; path: string; story: number };

export interface ExportArgs {
  principles?: string[];
  format?: 'markdown' | 'html';
  target?: vscode.Uri | string;
}

export interface TreeSnapshot {
  label: string;
  description: string;
  accessibilityLabel: string;
  tooltip: string;
  icon: string;
  command?: { command: string; arguments: unknown[] };
  children: TreeSnapshot[];
}

export interface StoryBankState {
  groupBy: 'principle' | 'file';
  gapsOnly: boolean;
  goals: BankGoals;
  coverage: Coverage;
  stories: BankStory[];
  /** Files read from disk and checked since the bank was made. */
  reads: number;
  lastScanMs: number;
}

export interface BankScanTimings {
  stories: number;
  files: number;
  /** A scan of an empty index: every file found, read and checked. */
  coldMs: number;
  reads: number;
  /** The same index scanned again, nothing changed. */
  warmMs: number;
  warmReads: number;
}

/** The Story Bank for the tests and the bench, created on first call. */
export type StoryBankApi = () => StoryBank;

export function registerStoryBank(context: vscode.ExtensionContext, store: AnalysisStore, config: ConfigService): StoryBankApi {
  let bank: StoryBank | undefined;
  const changed = new vscode.EventEmitter<BankNode | undefined>();
  const provider: vscode.TreeDataProvider<BankNode> = {
    onDidChangeTreeData: changed.event,
    getChildren: (node) => ensure().getChildren(node),
    getTreeItem: (node) => ensure().getTreeItem(node),
    getParent: (node) => ensure().getParent(node),
  };
  const view = vscode.window.createTreeView(BANK_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const ensure = () => (bank ??= new (loadPanel().StoryBank)(context.extensionUri, store, config, notify, changed, view, { read: workspaceFiles.readWorkspaceFile, stat: workspaceFiles.statWorkspaceFile, facts: ENGINE.facts }));
  context.subscriptions.push(
    changed,
    view,
    { dispose: () => bank?.dispose() },
    vscode.commands.registerCommand(COMMANDS.openStoryBank, () => vscode.commands.executeCommand(`workbench.view.extension.${BANK_CONTAINER_ID}`)),
    // Each starStory.bank.* command of package.json runs on the bank, created on first use
    // (StoryBank.run); their ids (BANK_COMMANDS) ship with the bank only.
    ...(context.extension.packageJSON.contributes.commands as { command: string }[])
      .map((c) => c.command)
      .filter((id) => id.startsWith('starStory.bank.'))
      .map((id) => vscode.commands.registerCommand(id, (...args: unknown[]) => ensure().run(id, args))),
    vscode.window.registerWebviewPanelSerializer(BANK_OVERVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => ensure().attachOverview(panel),
    }),
  );
  return () => ensure();
}
