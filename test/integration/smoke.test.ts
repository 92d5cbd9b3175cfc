// The host itself: the extension under development is loaded and owns `*.star.md` documents.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'star-story-coach.star-story-coach';

describe('extension host smoke', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('has the STAR Story Coach extension installed', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in the host`);
  });

  it('opens a .star.md story as language "star" and activates the extension', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the host opened no workspace folder');
    const uri = vscode.Uri.joinPath(folder.uri, 'smoke.star.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);

    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();

    assert.strictEqual(document.languageId, 'star');
    assert.ok(extension.isActive, 'the extension did not activate');
  });
});
