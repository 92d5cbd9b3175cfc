// Folding for stories: stories, sections, front matter, fenced code, comments and regions,
// computed by the engine's pure `foldingRanges`. Part of dist/editor.js: extension.ts registers
// the provider and the Node extension loads this when VS Code first asks for a story's ranges.
import * as vscode from 'vscode';
import { foldingRanges } from '../core/folding';

const KINDS = {
  comment: vscode.FoldingRangeKind.Comment,
  region: vscode.FoldingRangeKind.Region,
} as const;

export function storyFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
  return foldingRanges(document.getText()).map((r) => new vscode.FoldingRange(r.startLine, r.endLine, r.kind ? KINDS[r.kind] : undefined));
}
