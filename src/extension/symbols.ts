// The Outline, breadcrumbs and Go to Symbol for stories: stories → sections → follow-up
// questions. The engine's storySymbols reads the analysis every other feature shares (nothing is
// parsed again here), once per parsed file; this only turns offsets into positions. Part of
// dist/editor.js (editorChunk.ts): extension.ts registers the provider and calls this.
import * as vscode from 'vscode';
import { storySymbols, type StorySymbol, type StorySymbolKind } from '../core/symbols';
import type { StoryFile } from '../core/types';

const KINDS: Record<StorySymbolKind, vscode.SymbolKind> = {
  story: vscode.SymbolKind.Module,
  // Markdown's outline shows headings as strings; sections and sub-headings look the same here.
  section: vscode.SymbolKind.String,
  heading: vscode.SymbolKind.String,
  question: vscode.SymbolKind.Event,
};

/** One symbol tree per parsed file: a file object belongs to one analysis of one version. */
const cache = new WeakMap<StoryFile, StorySymbol[]>();

export function documentSymbols(document: vscode.TextDocument, file: StoryFile): vscode.DocumentSymbol[] {
  let symbols = cache.get(file);
  if (!symbols) {
    symbols = storySymbols(file);
    cache.set(file, symbols);
  }
  const at = (offset: number) => document.positionAt(offset);
  const convert = (s: StorySymbol): vscode.DocumentSymbol => {
    const symbol = new vscode.DocumentSymbol(s.name, s.detail, KINDS[s.kind], new vscode.Range(at(s.start), at(s.end)), new vscode.Range(at(s.selectionStart), at(s.selectionEnd)));
    symbol.children = s.children.map(convert);
    return symbol;
  };
  return symbols.map(convert);
}
