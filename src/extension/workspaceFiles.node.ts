import { promises as fs } from 'fs';
import * as vscode from 'vscode';

// The Node extension's version of workspaceFiles.ts (swapped in by esbuild.js). `file:` URIs are
// read from disk directly: the `.starrc.yaml` lookup reads one usually-missing file per folder
// level before a story's first check, and each workspace.fs round trip through the file service
// cost 15–490 ms in the test host. Other schemes still go through workspace.fs.
export function readWorkspaceFile(uri: vscode.Uri): Thenable<Uint8Array> {
  return uri.scheme === 'file' ? fs.readFile(uri.fsPath) : vscode.workspace.fs.readFile(uri);
}

/** A workspace file's modification time (ms) and size (bytes); `file:` URIs from disk directly (the Story Bank stats every story). */
export async function statWorkspaceFile(uri: vscode.Uri): Promise<{ mtime: number; size: number }> {
  const stat = uri.scheme === 'file' ? await fs.stat(uri.fsPath) : await vscode.workspace.fs.stat(uri);
  // A Date from disk, milliseconds from workspace.fs.
  return { mtime: +stat.mtime, size: stat.size };
}
