// The page every webview of ours loads (coach panel, bank overview, rehearsal): a strict CSP (no
// default source, images and styles from the extension only, one script by nonce), the theme's
// stylesheet and script from dist/, a live region for screen readers and a labelled main element
// the script fills.
import * as vscode from 'vscode';

export interface WebviewPage {
  /** The document title (what a screen reader announces for the frame). */
  title: string;
  /** The stylesheet and the script in dist/, by file name. */
  style: string;
  script: string;
  /** The main element's id (the script looks it up) and its accessible name. */
  mainId: string;
  mainLabel: string;
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', name)).toString();
  const nonce = makeNonce();
  const csp = ["default-src 'none'", `img-src ${webview.cspSource} data:`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset(page.style)}">
<title>${page.title}</title>
</head>
<body>
<div id="status" class="sr-only" role="status" aria-live="polite"></div>
<main id="${page.mainId}" aria-label="${page.mainLabel}"></main>
<script nonce="${nonce}" src="${asset(page.script)}"></script>
</body>
</html>`;
}

/** 128 random bits from Web Crypto, present in Node 20 and in web workers alike. */
function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
