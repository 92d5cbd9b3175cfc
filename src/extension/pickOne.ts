// A single-choice quick pick that opens on a default item, for "New STAR Story" (which loads it
// with the coach panel's chunk, dist/panel.js).
import * as vscode from 'vscode';

/**
 * One item from a list that opens with `active` highlighted, so Enter takes the default; typing
 * matches labels and descriptions. Resolves undefined when dismissed.
 */
export function pickOne<T extends vscode.QuickPickItem>(items: T[], active: T | undefined, options: { title: string; placeholder: string }): Promise<T | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<T>();
    pick.title = options.title;
    pick.placeholder = options.placeholder;
    pick.matchOnDescription = true;
    pick.items = items;
    if (active) pick.activeItems = [active];
    let chosen: T | undefined;
    pick.onDidAccept(() => {
      chosen = pick.selectedItems[0] ?? pick.activeItems[0];
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
  });
}

