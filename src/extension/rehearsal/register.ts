// Rehearsal's registration at activation: its three commands and the serializer that brings a
// rehearsal panel back after a reload. The attempt store, the due-stories tracker and its status
// bar item are in dist/due.js (rehearsal.ts), loaded a moment after activation so that the due
// count appears without slowing activation down; the panel comes with dist/panel.js when opened.
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysis';
import type { ConfigService } from '../config';
import { REHEARSE_VIEW_TYPE, type REHEARSAL_COMMANDS } from '../constants';
import { loadDue } from './duePackage';
import type { Rehearsal, RehearsalApi } from './rehearsal';

export type { RehearsalApi } from './rehearsal';

const COMMAND_NAMES: (keyof typeof REHEARSAL_COMMANDS)[] = ['rehearse', 'practiseDue', 'exportAttempts'];

export function registerRehearsal(context: vscode.ExtensionContext, store: AnalysisStore, config: ConfigService): () => RehearsalApi {
  let rehearsal: Rehearsal | undefined;
  const ensure = () => (rehearsal ??= new (loadDue().Rehearsal)(context, store, config));
  const timer = setTimeout(ensure, 1500);
  context.subscriptions.push(
    { dispose: () => (clearTimeout(timer), rehearsal?.dispose()) },
    vscode.window.registerWebviewPanelSerializer(REHEARSE_VIEW_TYPE, { deserializeWebviewPanel: (panel, state) => ensure().revive(panel, state) }),
    // By name (see REHEARSAL_COMMANDS): the activation bundle has no byte to spare.
    ...COMMAND_NAMES.map((name) => vscode.commands.registerCommand(`starStory.${name}`, (args?: never) => ensure()[name](args))),
  );
  return () => ensure().api;
}
