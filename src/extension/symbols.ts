// The Outline, breadcrumbs and Go to Symbol for stories: stories → sections → follow-up
// questions. The engine's storySymbols reads the analysis every other feature shares (nothing is
// parsed again here), once per document version; this file only turns offsets into positions.
import * as vscode from 'vscode';
import { storySymbols, type StorySymbol, type StorySymbolKind } from '../core/symbols';
import type { StoryFile } from '../core/types';
import type { AnalysisStore } from './analysis';

const KINDS: Record<StorySymbolKind, vscode.SymbolKind> = {
  story: vscode.SymbolKind.Module,
  // Markdown's outline shows headings as strings; sections and sub-headings look the same here.
  section: vscode.SymbolKind.String,
  heading: vscode.SymbolKind.String,
  question: vscode.SymbolKind.Event,
};

export class StorySymbolProvider implements vscode.DocumentSymbolProvider {
  /** One symbol tree per parsed file: a file object belongs to one analysis of one version. */
  private readonly cache = new WeakMap<StoryFile, StorySymbol[]>();

  constructor(private readonly store: AnalysisStore) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const analysis = this.store.current(document);
    if (!analysis) return [];
    let symbols = this.cache.get(analysis.file);
    if (!symbols) {
      symbols = storySymbols(analysis.file);
      this.cache.set(analysis.file, symbols);
    }
    const at = (offset: number) => document.positionAt(offset);
    const convert = (s: StorySymbol): vscode.DocumentSymbol => {
      const range = new vscode.Range(at(s.start), at(s.end));
      const selection = new vscode.Range(at(s.selectionStart), at(s.selectionEnd));
      const symbol = new vscode.DocumentSymbol(s.name, s.detail, KINDS[s.kind], range, selection);
      symbol.children = s.children.map(convert);
      return symbol;
    };
    return symbols.map(convert);
  }
}
