// Drives a webview from outside VS Code for the integration suite: a test inside the extension
// host logs a request line (DRIVE_REQUEST + JSON) naming a selector that identifies the webview's
// frame and a list of steps (press a key, click, wait, read text); the driver finds the frame
// in the Chromium page (VS Code nests it in an iframe inside an iframe), runs the steps with
// real key presses and writes what it read to `<id>.json` in the probe folder
// (STAR_WEBVIEW_PROBE_DIR, shared with webviewProbe.ts). test/integration/rehearse.test.ts uses it.
import * as fs from 'fs';
import * as path from 'path';
import type { Frame, Page } from 'playwright-core';

export const DRIVE_REQUEST = 'STAR_WEBVIEW_DRIVE ';
const FRAME_TIMEOUT_MS = 10_000;
const STEP_TIMEOUT_MS = 10_000;

export type DriveStep =
  /** A key as Playwright names it ('Space', 'Enter', '1', 'p'), pressed in the element `on` (default: the focused one). */
  | { press: string; on?: string }
  | { click: string }
  | { wait: number }
  | { waitFor: string }
  /** Reads the text of the first element matching, into `texts`. */
  | { text: string }
  /** Reads an attribute of the first element matching, into `texts`. */
  | { attr: string; name: string }
  /** Reads the text of every element of the workbench page (not the webview) matching, into `texts` joined by ' | '. */
  | { pageText: string };

export interface DriveRequest {
  id: string;
  /** A selector only the wanted webview's document matches. */
  frame: string;
  steps: DriveStep[];
}

export interface DriveResult {
  found: boolean;
  /** One entry per text/attr/pageText step, in order. */
  texts: string[];
  /** The frame's Content-Security-Policy meta tag. */
  csp: string | null;
  /** The element focused after the last step: tag, id, classes and label. */
  focused: string | null;
  error?: string;
}

async function findFrame(page: Page, selector: string): Promise<Frame | undefined> {
  const deadline = Date.now() + FRAME_TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const ok = await frame.evaluate((s) => document.querySelector(s) !== null, selector).catch(() => false);
      if (ok) return frame;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

export async function drive(page: Page, request: DriveRequest): Promise<DriveResult> {
  const frame = await findFrame(page, request.frame);
  const texts: string[] = [];
  if (!frame) return { found: false, texts, csp: null, focused: null, error: `no frame has ${request.frame} within ${FRAME_TIMEOUT_MS / 1000} s` };
  const csp = await frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null);
  const focused = () =>
    frame.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}"` : null;
    });
  try {
    for (const step of request.steps) {
      if ('press' in step) {
        if (step.on) await frame.locator(step.on).first().press(step.press, { timeout: STEP_TIMEOUT_MS });
        else {
          // Into whatever has the focus inside the webview, as a user's keyboard would.
          await frame.locator(':focus').first().press(step.press, { timeout: STEP_TIMEOUT_MS }).catch(() => frame.locator('body').press(step.press, { timeout: STEP_TIMEOUT_MS }));
        }
      } else if ('click' in step) await frame.locator(step.click).first().click({ timeout: STEP_TIMEOUT_MS });
      else if ('wait' in step) await new Promise((resolve) => setTimeout(resolve, step.wait));
      else if ('waitFor' in step) await frame.locator(step.waitFor).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
      else if ('text' in step) texts.push((await frame.locator(step.text).first().textContent({ timeout: STEP_TIMEOUT_MS })) ?? '');
      else if ('attr' in step) texts.push((await frame.locator(step.attr).first().getAttribute(step.name, { timeout: STEP_TIMEOUT_MS })) ?? '');
      else if ('pageText' in step) texts.push((await page.locator(step.pageText).allTextContents()).join(' | '));
    }
  } catch (err) {
    return { found: true, texts, csp, focused: await focused().catch(() => null), error: String(err).split('\n')[0] };
  }
  return { found: true, texts, csp, focused: await focused().catch(() => null) };
}

/** The driver's side: watches the log for drive requests and answers each with a file in `dir`. */
export class WebviewDriver {
  private page: Page | undefined;
  /** One request at a time: key presses of two requests must not interleave. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly dir: string) {}

  attach(page: Page): void {
    this.page = page;
  }

  wrap(next: (type: string, text: string) => void): (type: string, text: string) => void {
    return (type, text) => {
      const at = text.indexOf(DRIVE_REQUEST);
      if (at >= 0) {
        const json = text.slice(at + DRIVE_REQUEST.length);
        this.queue = this.queue.then(() => this.answer(json));
      }
      next(type, text);
    };
  }

  private async answer(json: string): Promise<void> {
    let request: DriveRequest;
    try {
      request = JSON.parse(json) as DriveRequest;
    } catch {
      return;
    }
    if (!/^[\w-]+$/.test(request.id)) return;
    let result: DriveResult;
    try {
      result = this.page ? await drive(this.page, request) : { found: false, texts: [], csp: null, focused: null, error: 'the driver has no page yet' };
    } catch (err) {
      result = { found: false, texts: [], csp: null, focused: null, error: String(err) };
    }
    const file = path.join(this.dir, `${request.id}.json`);
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(result));
    fs.renameSync(`${file}.tmp`, file);
  }
}
