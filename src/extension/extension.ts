// Wires the STAR Story Coach into VS Code. Each concern lives in its own module; this file only
// creates them, registers them and returns a small API the integration tests drive.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/types';
import { AnalysisStore, type DocumentAnalysis } from './analysis';
import { registerStoryBank, type StoryBankApi } from './bankView';
import { registerCommands } from './commands';
import { ConfigService } from './config';
import { LANGUAGE_ID, MARKDOWN_LANGUAGE_ID } from './constants';
import { DiagnosticsManager } from './diagnostics';
import { loadEditor } from './editorPackage';
import type { StatusBarView } from './format';
import { disposeLog } from './log';
import { recentNotices, type Notice } from './notices';
import { registerCoachPanel, type CoachPanelApi } from './panel';
import { findingOf } from './problems';
import { registerRehearsal, type RehearsalApi } from './rehearsal/register';
import { StoryStatusBar } from './statusBar';
import { ActivationClock, type ActivationTimings } from './timings';

export interface StarStoryApi {
  /** Checks the document now, publishes its diagnostics and returns the result. */
  checkDocument(document: vscode.TextDocument): CheckResult;
  getAnalysis(uri: vscode.Uri): DocumentAnalysis | undefined;
  panel: CoachPanelApi;
  /** The Story Bank view, its overview and the cheat sheet (created on first use). */
  bank: StoryBankApi;
  /** Rehearsal attempts, the due stories and the rehearsal panel (loads the rehearsal chunk). */
  rehearsal: () => RehearsalApi;
  /** What the status bar item shows now, or undefined when it is hidden. */
  statusBar(): StatusBarView | undefined;
  /** How long activation took (for `npm run bench`). */
  activationTimings(): ActivationTimings;
  /** The last warnings and information messages about settings and file sizes, oldest first. */
  notices(): Notice[];
  /** Runs the "looks like a STAR story" offer on a Markdown document now; resolves once it is settled. */
  offerMarkdown(document: vscode.TextDocument): Promise<void>;
}

/** Stories, and Markdown files once the user checks them with the command. */
const SELECTOR: vscode.DocumentSelector = [{ language: LANGUAGE_ID }, { language: MARKDOWN_LANGUAGE_ID }];

export function activate(context: vscode.ExtensionContext): StarStoryApi {
  const clock = new ActivationClock();
  const config = new ConfigService();
  const store = new AnalysisStore(config);
  clock.watch(store.onDidAnalyze);
  const diagnostics = new DiagnosticsManager(store, config);
  clock.watchPublished(diagnostics.onDidPublish);
  const tracked = (document: vscode.TextDocument) => diagnostics.isTracked(document);
  const panel = registerCoachPanel(context, store, tracked);
  const statusBar = new StoryStatusBar(store, config, tracked);
  // Code lenses come from dist/editor.js on VS Code's first request; their change event lives here.
  const lensesChanged = new vscode.EventEmitter<void>();
  let lenses: import('./codeLens').StoryCodeLensProvider | undefined;
  const codeLens: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: lensesChanged.event,
    provideCodeLenses: (document, token) => (lenses ??= new (loadEditor().StoryCodeLensProvider)(store, config, tracked, lensesChanged)).provideCodeLenses(document, token),
  };
  // The offer to coach Markdown stories (dist/editor.js) starts with the first Markdown editor.
  let markdown: import('./markdownStories').MarkdownStories | undefined;
  const offer = (document: vscode.TextDocument) => {
    if (document.languageId !== MARKDOWN_LANGUAGE_ID) return Promise.resolve();
    markdown ??= new (loadEditor().MarkdownStories)(context.workspaceState, diagnostics);
    return markdown.consider(document);
  };
  for (const editor of vscode.window.visibleTextEditors) void offer(editor.document);
  let codeActions: import('./codeActions').StoryCodeActionProvider | undefined;
  let folding: import('./folding').StoryFoldingProvider | undefined;
  let hover: import('./hover').StoryHoverProvider | undefined;
  const bank = registerStoryBank(context, store, config);
  const rehearsal = registerRehearsal(context, store, config);

  context.subscriptions.push(
    { dispose: disposeLog },
    clock,
    config,
    store,
    diagnostics,
    statusBar,
    lensesChanged,
    { dispose: () => lenses?.dispose() },
    // Hovers, quick fixes and folding come from dist/editor.js, loaded on the providers' first call.
    vscode.languages.registerHoverProvider(SELECTOR, { provideHover: (document, position) => (hover ??= new (loadEditor().StoryHoverProvider)(store, tracked)).provideHover(document, position) }),
    vscode.languages.registerCodeActionsProvider(
      SELECTOR,
      { provideCodeActions: (document, range, ctx) => (codeActions ??= new (loadEditor().StoryCodeActionProvider)(store, tracked, findingOf)).provideCodeActions(document, range, ctx) },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
    vscode.languages.registerCodeLensProvider(SELECTOR, codeLens),
    vscode.languages.registerFoldingRangeProvider({ language: LANGUAGE_ID }, { provideFoldingRanges: (document) => (folding ??= new (loadEditor().StoryFoldingProvider)()).provideFoldingRanges(document) }),
    vscode.languages.registerDocumentSymbolProvider(
      { language: LANGUAGE_ID },
      {
        provideDocumentSymbols(document) {
          const analysis = store.current(document);
          return analysis ? loadEditor().documentSymbols(document, analysis.file) : [];
        },
      },
      { label: 'STAR stories' },
    ),
    ...registerCommands({ store, config, diagnostics, panel }),
    vscode.window.onDidChangeActiveTextEditor((editor) => editor && void offer(editor.document)),
    { dispose: () => markdown?.dispose() },
  );

  clock.markActivated();
  return {
    checkDocument(document) {
      const result = store.get(document).result;
      void diagnostics.checkNow(document);
      return result;
    },
    getAnalysis: (uri) => store.peek(uri),
    panel,
    bank,
    rehearsal,
    statusBar: () => statusBar.view,
    activationTimings: () => clock.timings,
    notices: recentNotices,
    offerMarkdown: offer,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
