import * as vscode from 'vscode';

// Reads a workspace file. This is the web build's version (VS Code for the Web has no disk):
// the Node extension is built with workspaceFiles.node.ts in its place (see esbuild.js).
export function readWorkspaceFile(uri: vscode.Uri): Thenable<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

/** A workspace file's modification time (ms) and size (bytes). */
export async function statWorkspaceFile(uri: vscode.Uri): Promise<{ mtime: number; size: number }> {
  const stat = await vscode.workspace.fs.stat(uri);
  return { mtime: stat.mtime, size: stat.size };
}
