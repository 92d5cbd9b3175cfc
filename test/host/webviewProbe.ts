// Looks inside the coach panel's webview from outside VS Code, for the integration suite: the
// extension host cannot see into a webview, the driver's Chromium page can. A test inside the
// host logs a request line (PROBE_REQUEST + JSON), the driver finds the webview frame (VS Code
// nests it in an iframe inside an iframe) and writes what it sees to a JSON file in a folder the
// test knows from STAR_WEBVIEW_PROBE_DIR. test/integration/xss.test.ts reads it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Frame, Page } from 'playwright-core';

export const PROBE_REQUEST = 'STAR_WEBVIEW_PROBE ';
export const PROBE_DIR_ENV = 'STAR_WEBVIEW_PROBE_DIR';
/** How long the driver looks for the panel's frame before it answers that it found none. */
export const PROBE_TIMEOUT_MS = 10_000;

export interface ProbeRequest {
  /** Names the result file: `<id>.json`. */
  id: string;
  /** Globals a payload would set if it ran, looked up in every frame of the page. */
  globals: string[];
  /** The element that says the wanted webview shows its content (default: the coach panel's story header). */
  selector?: string;
}

export interface ProbeResult {
  found: boolean;
  /** Frames of the page, the workbench's included. */
  frameCount: number;
  csp: string | null;
  h1: string | null;
  text: string;
  /** Every `<script>` of the panel's document. */
  scripts: { id: string; src: string | null; nonce: string; inline: boolean }[];
  /** `tag[attribute]` for every `on…` attribute in the panel's document. */
  handlers: string[];
  /** Attributes whose value is a `javascript:` URL. */
  javascriptUrls: string[];
  /** Elements the panel never renders itself (img, iframe, svg, style, …). */
  foreignElements: string[];
  /** `global=value` for every requested global set in any frame. */
  globalsSet: string[];
  dialogs: string[];
  error?: string;
}

/** What the panel's document holds; runs inside the webview frame. */
function inspect(): Omit<ProbeResult, 'found' | 'frameCount' | 'globalsSet' | 'dialogs'> {
  const all = Array.from(document.querySelectorAll('*'));
  const handlers: string[] = [];
  const javascriptUrls: string[] = [];
  for (const el of all) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) handlers.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
      if (/^\s*javascript:/i.test(attr.value)) javascriptUrls.push(`${el.tagName.toLowerCase()}[${attr.name}=${attr.value}]`);
    }
  }
  // VS Code adds its default styles (style#_defaultStyles) itself.
  const foreign = 'img, iframe, frame, object, embed, svg, math, style:not(#_defaultStyles), base, form, input, video, audio, a[href], meta[http-equiv="refresh"]';
  return {
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
    h1: document.querySelector('h1')?.textContent ?? null,
    text: document.body.innerText,
    scripts: Array.from(document.scripts).map((s) => ({ id: s.id, src: s.getAttribute('src'), nonce: s.nonce ?? '', inline: !s.src })),
    handlers,
    javascriptUrls,
    foreignElements: Array.from(document.querySelectorAll(foreign)).map((el) => el.outerHTML.slice(0, 120)),
  };
}

const COACH_SELECTOR = 'main#app header.story-header h1';

/** The webview's frame once `selector` is in it (the coach panel showing a story by default), or undefined after `timeoutMs`. */
async function panelFrame(page: Page, timeoutMs: number, selector = COACH_SELECTOR): Promise<Frame | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const shown = await frame.evaluate((sel) => document.querySelector(sel) !== null, selector).catch(() => false);
      if (shown) return frame;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

export async function probeWebview(page: Page, request: ProbeRequest, dialogs: string[]): Promise<ProbeResult> {
  const frame = await panelFrame(page, PROBE_TIMEOUT_MS, typeof request.selector === 'string' ? request.selector : undefined);
  const globalsSet: string[] = [];
  for (const f of page.frames()) {
    const set = await f
      .evaluate((names) => names.filter((n) => (window as unknown as Record<string, unknown>)[n] !== undefined).map((n) => `${n}=${String((window as unknown as Record<string, unknown>)[n])}`), request.globals)
      .catch(() => [] as string[]);
    globalsSet.push(...set.map((s) => `${f.url().slice(0, 80)}: ${s}`));
  }
  const base = { frameCount: page.frames().length, globalsSet, dialogs: [...dialogs] };
  if (!frame) {
    return { found: false, ...base, csp: null, h1: null, text: '', scripts: [], handlers: [], javascriptUrls: [], foreignElements: [], error: `no frame showed ${request.selector ?? 'the coach panel with a story'} within ${PROBE_TIMEOUT_MS / 1000} s` };
  }
  return { found: true, ...base, ...(await frame.evaluate(inspect)) };
}

/** The driver's side: watches the log for requests and answers each with a file. */
export class WebviewProbes {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'star-probe-'));
  private page: Page | undefined;
  private readonly dialogs: string[] = [];

  /** Extra environment for the server, so that the suite knows where answers go. */
  env(): Record<string, string> {
    return { [PROBE_DIR_ENV]: this.dir };
  }

  attach(page: Page): void {
    this.page = page;
    // Any alert(), confirm() or prompt() a payload manages to open, in any frame.
    page.on('dialog', (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
  }

  /** Passes every log line on to `next`, answering probe requests on the way. */
  wrap(next: (type: string, text: string) => void): (type: string, text: string) => void {
    return (type, text) => {
      const at = text.indexOf(PROBE_REQUEST);
      if (at >= 0) void this.answer(text.slice(at + PROBE_REQUEST.length));
      next(type, text);
    };
  }

  close(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private async answer(json: string): Promise<void> {
    let request: ProbeRequest;
    try {
      request = JSON.parse(json) as ProbeRequest;
    } catch {
      return;
    }
    if (!/^[\w-]+$/.test(request.id)) return;
    let result: ProbeResult | { found: false; error: string };
    try {
      result = this.page ? await probeWebview(this.page, request, this.dialogs) : { found: false, error: 'the driver has no page yet' };
    } catch (err) {
      result = { found: false, error: String(err) };
    }
    const file = path.join(this.dir, `${request.id}.json`);
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(result));
    fs.renameSync(`${file}.tmp`, file);
  }
}
