// Folding for stories: stories, sections, front matter, fenced code, comments and regions,
// computed by the engine's pure `foldingRanges`.
import * as vscode from 'vscode';
import { foldingRanges } from '../core/folding';

const KINDS = {
  comment: vscode.FoldingRangeKind.Comment,
  region: vscode.FoldingRangeKind.Region,
} as const;

export class StoryFoldingProvider implements vscode.FoldingRangeProvider {
  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    return foldingRanges(document.getText()).map(
      (r) => new vscode.FoldingRange(r.startLine, r.endLine, r.kind ? KINDS[r.kind] : undefined),
    );
  }
}
