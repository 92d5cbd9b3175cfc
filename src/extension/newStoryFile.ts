// Where "New STAR Story" puts a story in a workspace: it asks for the name and gives back
// `<folder>/<name>.star.md`, so that saving keeps the `.star.md` (and the coaching). Part of
// dist/editor.js (editorChunk.ts).
import * as vscode from 'vscode';
import { storyFileName } from './storyFileName';

/**
 * The file for a new story: in the active file's folder (or the first workspace folder), named by
 * the user. Null when no folder is open (the story stays untitled), undefined when cancelled.
 */
export async function chooseStoryFile(principleId: string): Promise<vscode.Uri | null | undefined> {
  const folder = targetFolder();
  if (!folder) return null;
  const name = await askFileName(folder, principleId);
  return name ? vscode.Uri.joinPath(folder, name) : undefined;
}

/** The folder of the active file when it is in the workspace, else the first workspace folder. */
function targetFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && active.scheme !== 'untitled' && vscode.workspace.getWorkspaceFolder(active)) return vscode.Uri.joinPath(active, '..');
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** Asks for the file name, suggesting one that is free; returns `name.star.md`, or undefined if cancelled. */
async function askFileName(folder: vscode.Uri, principleId: string): Promise<string | undefined> {
  const exists = async (name: string) => {
    try {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, name));
      return true;
    } catch {
      return false;
    }
  };
  const base = principleId || 'story';
  let suggested = `${base}-story`;
  for (let n = 2; n < 100 && (await exists(storyFileName(suggested)!)); n++) suggested = `${base}-story-${n}`;
  const where = vscode.workspace.asRelativePath(folder, true);
  const value = await vscode.window.showInputBox({
    title: 'New STAR story (3/3)',
    prompt: `File name: saved as <name>.star.md in ${where}`,
    value: suggested,
    valueSelection: [0, suggested.length],
    validateInput: async (input) => {
      const name = storyFileName(input);
      if (!name) return 'A name of letters, digits, spaces, dots, dashes or underscores, without folders.';
      return (await exists(name)) ? `${name} already exists in ${where}.` : undefined;
    },
  });
  return value === undefined ? undefined : storyFileName(value);
}
