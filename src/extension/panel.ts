// The coach panel's registration, done at activation: the `starStory.openPanel` command's target
// and the serializer that brings a panel back after a reload. The panel itself (coachPanel.ts)
// is created on first use, from dist/panel.js in the Node extension (panelPackage.ts), so
// activation and the first check do not load it.
import * as vscode from 'vscode';
import type { CoachModel } from '../core/coachModel';
import type { AnalysisStore, TrackedPredicate } from './analysis';
import type { CoachPanel } from './coachPanel';
import { COACH_VIEW_TYPE, LANGUAGE_ID } from './constants';
import { loadPanel } from './panelPackage';

export { COACH_VIEW_TYPE } from './constants';

export interface CoachPanelState {
  visible: boolean;
  /** The story document the model was built from. */
  uri: string | undefined;
  /** The model last posted to the webview (null: the "open a story" state). */
  model: CoachModel | null;
  /** The tip last asked for with show({ tipId }). */
  focusedTip: string | undefined;
}

export interface PanelShowOptions {
  uri?: vscode.Uri;
  tipId?: string;
  preserveFocus?: boolean;
}

export interface CoachPanelApi {
  show(options?: PanelShowOptions): void;
  getState(): CoachPanelState | undefined;
  /** Handles a message as if the panel's webview had sent it (validated the same way); for tests. */
  receive(message: unknown): void;
}

function isStoryDocument(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID || document.uri.path.toLowerCase().endsWith('.star.md');
}

/**
 * `isTracked` widens what the panel follows beyond `.star.md` stories (e.g. a Markdown file the
 * user checked with the command); a document passed to show({ uri }) is always followed.
 */
export function registerCoachPanel(
  context: vscode.ExtensionContext,
  store: AnalysisStore,
  isTracked: TrackedPredicate = () => false,
): CoachPanelApi {
  // Until a panel is first shown or revived there is nothing to follow: the coach (and its
  // listeners) exists from then on.
  let coach: CoachPanel | undefined;
  const isStory = (document: vscode.TextDocument) => isStoryDocument(document) || isTracked(document);
  const ensure = () => (coach ??= new (loadPanel().CoachPanel)(context.extensionUri, store, isStory));
  context.subscriptions.push(
    { dispose: () => coach?.dispose() },
    vscode.window.registerWebviewPanelSerializer(COACH_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => ensure().attach(panel),
    }),
  );
  return { show: (options) => ensure().show(options), getState: () => coach?.getState(), receive: (message) => coach?.receive(message) };
}
