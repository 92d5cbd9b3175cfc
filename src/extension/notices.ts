// What the extension tells the user about their setup (a setting it cannot use, a file too large
// to check as you type) goes through here, so the last few notices can be read back: the
// integration tests assert on them through the extension's API.
import * as vscode from 'vscode';

export interface Notice {
  kind: 'info' | 'warning';
  message: string;
}

const KEPT = 50;
const recent: Notice[] = [];

export function notify(kind: Notice['kind'], message: string): void {
  recent.push({ kind, message });
  if (recent.length > KEPT) recent.shift();
  void (kind === 'warning' ? vscode.window.showWarningMessage(message) : vscode.window.showInformationMessage(message));
}

/** The last notices shown, oldest first. */
export function recentNotices(): Notice[] {
  return recent.slice();
}
