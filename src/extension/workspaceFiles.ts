import * as vscode from 'vscode';

// Reads a workspace file. This is the web build's version (VS Code for the Web has no disk):
// the Node extension is built with workspaceFiles.node.ts in its place (see esbuild.js).
export function readWorkspaceFile(uri: vscode.Uri): Thenable<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}
