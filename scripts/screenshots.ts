// `npm run screenshots`: drives the real VS Code web workbench (the offline host of test/host,
// headless Chromium) through the extension's features and saves the README's pictures to
// docs/images/. Every step waits for what the user would see (a squiggle, a hover, the coach
// panel's content) and the run fails, naming the shot and the reason, if one does not appear.
// Two sets, each in its own workspace and workbench: `editor` (one story: diagnostics, hover, quick
// fix, coach panel) and `bank` (the examples and more: the Story Bank view and its overview);
// `npm run screenshots -- --only=bank` retakes one set and leaves the other's pictures alone;
// `npm run screenshots -- rehearse-cue.png …` retakes only the pictures named.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { REPO_ROOT, startHost, type Host } from '../test/host/host';

// STAR_SHOTS_ONLY=panel.png,light-panel.png takes only those (the others stay as they are);
// STAR_SHOTS_OUT=dir saves them elsewhere (e.g. to measure without touching docs/images).
const OUT_DIR = process.env.STAR_SHOTS_OUT ? path.resolve(process.env.STAR_SHOTS_OUT) : path.join(REPO_ROOT, 'docs', 'images');
// `npm run screenshots -- --only panel-fit.png` does the same as STAR_SHOTS_ONLY.
const ONLY_ARG = process.argv.indexOf('--only');
const ONLY = [process.env.STAR_SHOTS_ONLY ?? '', ONLY_ARG >= 0 ? (process.argv[ONLY_ARG + 1] ?? '') : ''].join(',').split(',').map((s) => s.trim()).filter(Boolean);
/** The story shown in every picture, written for them (the weak draft of an Ownership story). */
const STORY = path.join(REPO_ROOT, 'test', 'workspace', 'showcase', 'checkout-tests.star.md');
const STORY_NAME = path.basename(STORY);
/** The story the rehearsal pictures tell (a strong one with its own follow-up question). */
const REHEARSE_STORY = path.join(REPO_ROOT, 'test', 'workspace', 'rehearse', 'drill.star.md');
const REHEARSE_NAME = path.basename(REHEARSE_STORY);
/** A bank of three stories, for the Outline and the panel's step between stories. */
const BANK = path.join(REPO_ROOT, 'examples', 'bank.star.md');
const BANK_NAME = path.basename(BANK);
const VIEWPORT = { width: 1600, height: 1000 };
const MAX_BYTES = 400 * 1024;
const STEP_TIMEOUT_MS = 30_000;
const RUN_TIMEOUT_MS = Number(process.env.STAR_SHOTS_TIMEOUT_MS) || 600_000;

const DARK_THEME = 'Dark Modern';
/** The story of the principle-fit picture: filed under Ownership, two of its three signals shown. */
const FIT_NAME = 'search-reindex.star.md';
const FIT_STORY = `---
question: Tell me about a time you took on a problem nobody owned.
principle: Ownership
level: sde2
---
# Search results going stale overnight

## Situation
Product search showed yesterday's prices every morning until ten. The reindex job belonged to the catalogue team and nobody had filed a ticket.

## Task
Nobody asked me to look at it, but I decided to own it until it was fixed.

## Action
I compared the job's logs with the price feed and found the reindex started before the feed finished.
I moved the job behind the feed's completion event and ran it twice by hand to check the timing.

## Result
Stale prices after midnight fell from four hours a day to none, and support tickets about wrong prices dropped from 40 a week to 3.
`;
const LIGHT_THEME = 'Light Modern';

/** Workspace settings: a calm, readable editor with nothing in the way of the pictures. */
function workspaceSettings(theme: string): Record<string, unknown> {
  return {
    'workbench.colorTheme': theme,
    'window.autoDetectColorScheme': false,
    'editor.minimap.enabled': false,
    // Wrap at the editor's edge or a column, whichever comes first, so a crop of the editor's
    // left part cuts no line.
    'editor.wordWrap': 'bounded',
    'editor.wordWrapColumn': 110,
    'editor.fontSize': 14,
    'editor.renderWhitespace': 'none',
    'editor.stickyScroll.enabled': false,
    'editor.hover.delay': 200,
    'editor.cursorBlinking': 'solid',
    'editor.occurrencesHighlight': 'off',
    'breadcrumbs.enabled': false,
    'workbench.editor.enablePreview': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.layoutControl.enabled': false,
    'chat.commandCenter.enabled': false,
    'files.exclude': { '**/.vscode': true },
  };
}

/** A failure that names the shot it stopped. */
class ShotError extends Error {}

function message(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0] : String(err);
}

async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw new ShotError(`${what}: ${message(err)}`);
  }
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The workspace the workbench opens: a copy of the showcase story and its settings. */
function makeWorkspace(): { root: string; folder: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'star-shots-'));
  const folder = path.join(root, 'interview-stories');
  fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  fs.copyFileSync(STORY, path.join(folder, STORY_NAME));
  fs.copyFileSync(REHEARSE_STORY, path.join(folder, REHEARSE_NAME));
  fs.writeFileSync(path.join(folder, FIT_NAME), FIT_STORY);
  fs.copyFileSync(BANK, path.join(folder, BANK_NAME));
  setTheme(folder, DARK_THEME);
  return { root, folder };
}

function setTheme(folder: string, theme: string): void {
  fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify(workspaceSettings(theme), null, 2));
}

class Workbench {
  /** Pictures go here first and reach docs/images/ only when every one was taken. */
  constructor(
    readonly page: Page,
    private readonly outDir: string,
  ) {}

  get editor(): Locator {
    return this.page.locator('.editor-group-container .monaco-editor').filter({ hasText: 'Flaky checkout tests' }).first();
  }

  /** Runs a command through the palette (F1), choosing the entry whose label is exactly `label`. */
  async command(label: string): Promise<void> {
    await this.quickOpen(`>${label}`, label);
  }

  /** Opens a workspace file through Quick Open. */
  async open(file: string): Promise<void> {
    await this.quickOpen(file, file);
  }

  private async quickOpen(text: string, label: string): Promise<void> {
    const { page } = this;
    const widget = page.locator('.quick-input-widget');
    if (!(await widget.isVisible())) await page.keyboard.press('F1');
    const input = widget.locator('input.input');
    await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await input.fill(text);
    const row = widget
      .locator('.monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }) })
      .first();
    try {
      await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    } catch {
      await page.keyboard.press('Escape');
      throw new Error(`Quick Open has no entry "${label}" for "${text}"`);
    }
    await row.click();
    await widget.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  }

  /** Screen box of `word`'s first occurrence on the first view line matching `line`, or null. */
  private async wordBox(line: RegExp, word: string | null): Promise<{ x: number; y: number; width: number; height: number; squiggled: boolean }> {
    const editor = await this.editor.elementHandle({ timeout: STEP_TIMEOUT_MS });
    if (!editor) throw new Error('no editor shows the story');
    const found = await editor.evaluate(
      (root, { source, flags, word }) => {
        const pattern = new RegExp(source, flags);
        const lines = Array.from(root.querySelectorAll<HTMLElement>('.view-lines .view-line'));
        const view = lines.find((l) => pattern.test((l.textContent ?? '').replace(/\u00a0/g, ' ')));
        if (!view) return null;
        const text = (view.textContent ?? '').replace(/\u00a0/g, ' ');
        const at = word === null ? text.length : text.indexOf(word);
        if (at < 0) return null;
        // Walk the line's text nodes to the word and measure it.
        const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
        let seen = 0;
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (at <= seen + length) {
            range.setStart(node, at - seen);
            range.setEnd(node, Math.min(length, at - seen + (word?.length ?? 0)));
            break;
          }
          seen += length;
        }
        const r = range.getBoundingClientRect();
        const squiggled = Array.from(root.querySelectorAll('.squiggly-warning, .squiggly-info, .squiggly-error')).some((s) => {
          const b = s.getBoundingClientRect();
          return b.left <= r.left + 1 && b.right >= r.right - 1 && Math.abs(b.top + b.height / 2 - (r.top + r.height / 2)) < r.height;
        });
        return { x: r.left, y: r.top, width: r.width, height: r.height, squiggled };
      },
      { source: line.source, flags: line.flags, word },
    );
    if (!found) throw new Error(`no line matching ${line} ${word === null ? '' : `with "${word}" `}is on screen`);
    return found;
  }

  /**
   * Puts the cursor on the empty line below the first view line matching `line` (no word
   * highlight there, and still inside the story, so the status bar and panel follow it).
   */
  async cursorBelow(line: RegExp): Promise<void> {
    const box = await this.wordBox(line, null);
    await this.page.mouse.click(box.x + 40, box.y + box.height / 2);
    await this.page.keyboard.press('ArrowDown');
    await this.page.mouse.move(5, VIEWPORT.height / 2);
  }

  /** The editor group and the story's last line, for crops of the editor alone. */
  async editorRegion(): Promise<{ x: number; y: number; right: number; bottom: number }> {
    const group = await this.page.locator('.editor-group-container').first().boundingBox();
    const last = await this.editor.locator('.view-lines .view-line').evaluateAll((lines) =>
      Math.max(...lines.map((l) => l.getBoundingClientRect().bottom)),
    );
    if (!group) throw new Error('no editor group on screen');
    return { x: group.x, y: group.y, right: group.x + group.width, bottom: last };
  }

  /** The box of a squiggled word, waiting until the squiggle is drawn under it. */
  async squiggleAt(line: RegExp, word: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (;;) {
      const box = await this.wordBox(line, word);
      if (box.squiggled) return box;
      if (Date.now() > deadline) throw new Error(`"${word}" has no squiggle under it`);
      await settle(200);
    }
  }

  async clearNotifications(): Promise<void> {
    const toasts = this.page.locator('.notification-toast');
    if ((await toasts.count()) > 0) {
      await this.command('Notifications: Clear All Notifications');
      await toasts.first().waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS }).catch(() => undefined);
    }
  }

  /** The coach panel's document: the webview's outer iframe holds the content frame. */
  coach(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  }

  /**
   * Saves the page (without the title bar) or `clip` of it; fails if the file is too big. With
   * `widgetOpen` (a hover or menu the mouse or keyboard opened) nothing is touched, so the caller
   * clears notifications before opening it.
   */
  async shot(name: string, options: { widgetOpen?: boolean; clip?: Box } = {}): Promise<string> {
    if (options.widgetOpen) {
      if (await this.page.locator('.notification-toast').count()) console.warn(`${name}: a notification is showing`);
    } else {
      await this.clearNotifications();
      await this.page.mouse.move(5, VIEWPORT.height / 2);
    }
    // Let fades settle; the title bar (it says "Extension Development Host") is left out.
    await settle(500);
    const title = await this.page.locator('.part.titlebar').boundingBox();
    const top = title ? Math.round(title.y + title.height) : 0;
    const clip = options.clip ?? { x: 0, y: top, width: VIEWPORT.width, height: VIEWPORT.height - top };
    const file = path.join(this.outDir, name);
    await this.page.screenshot({ path: file, clip, caret: 'hide' });
    const bytes = fs.statSync(file).size;
    if (bytes > MAX_BYTES) throw new ShotError(`the picture is ${Math.round(bytes / 1024)} KB, over the ${MAX_BYTES / 1024} KB limit`);
    console.log(`${name}: ${clip.width}×${clip.height}, ${Math.round(bytes / 1024)} KB`);
    return file;
  }
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The editor's left part down to the story's last line, grown to hold `widget` with a margin. */
async function editorCrop(wb: Workbench, widget: Locator): Promise<Box> {
  const region = await wb.editorRegion();
  const box = await widget.boundingBox();
  if (!box) throw new ShotError('the widget to crop around is not on screen');
  const margin = 16;
  const right = Math.min(VIEWPORT.width, Math.max(region.x + 1040, box.x + box.width + margin));
  const bottom = Math.min(VIEWPORT.height, Math.max(region.bottom, box.y + box.height) + margin);
  const y = Math.max(0, Math.min(region.y, box.y - margin));
  return { x: Math.round(region.x), y: Math.round(y), width: Math.round(right - region.x), height: Math.round(bottom - y) };
}

async function waitForStory(wb: Workbench): Promise<void> {
  const { page } = wb;
  await step('the story did not open in an editor', async () => {
    await wb.open(STORY_NAME);
    await wb.editor.locator('.view-lines').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
  await step('no warning squiggles appeared in the story', () =>
    wb.editor.locator('.squiggly-warning').first().waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS }),
  );
  await step('no code lenses appeared over the section headings', async () => {
    await wb.editor.locator('.codelens-decoration').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await page.waitForFunction(() => document.querySelectorAll('.codelens-decoration').length >= 6, undefined, { timeout: STEP_TIMEOUT_MS });
  });
  await step('the STAR status bar item did not appear', () =>
    page.locator('.statusbar-item').filter({ hasText: /\d:\d\d · \d+/ }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }),
  );
}

async function diagnosticsShot(wb: Workbench): Promise<void> {
  const { page } = wb;
  await step('the Problems panel did not list STAR findings', async () => {
    await wb.command('View: Focus Problems (Errors, Warnings, Infos)');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'we-instead-of-i' }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
  // The cursor on an empty line of the Action: no word highlight, the status bar shows the story.
  await wb.cursorBelow(/^I raised a ticket/);
  await wb.shot('diagnostics.png');
}

async function hoverShot(wb: Workbench): Promise<void> {
  const { page } = wb;
  await wb.command('View: Hide Panel');
  await wb.clearNotifications();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'What the interviewer hears' }).first();
  const box = await step('no squiggle under "We" in the Action', () => wb.squiggleAt(/^We went through/, 'We'));
  await step('no hover opened over the squiggle', async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await hover.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
  await wb.shot('hover.png', { widgetOpen: true, clip: await editorCrop(wb, hover) });
  await page.mouse.move(5, VIEWPORT.height / 2);
}

async function quickFixShot(wb: Workbench): Promise<void> {
  const { page } = wb;
  const menu = page.locator('.action-widget').first();
  await wb.clearNotifications();
  const box = await step('no squiggle under "We" in the Action', () => wb.squiggleAt(/^We went through/, 'We'));
  await step('the quick-fix menu did not open', async () => {
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await page.mouse.move(5, VIEWPORT.height / 2);
    await page.keyboard.press('Control+Period');
    await menu.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
  await wb.shot('quickfix.png', { widgetOpen: true, clip: await editorCrop(wb, menu) });
  await page.keyboard.press('Escape');
}

async function panelShot(wb: Workbench): Promise<void> {
  await wb.command('View: Close Primary Side Bar');
  await wb.cursorBelow(/^I raised a ticket/);
  await step('the coach panel did not show the story', async () => {
    await wb.command('STAR: Open Coach Panel');
    await wb.coach().locator('.coach h1', { hasText: 'Flaky checkout tests' }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
  await wb.shot('panel.png');
  await measurePanel(wb);
}

/**
 * Logs how tall the coach panel's content is (the scroll a user faces), at the panel's width in
 * the pictures and in a narrow window, then puts the window back.
 */
async function measurePanel(wb: Workbench): Promise<void> {
  const height = async () => {
    await settle(800);
    return wb.coach().locator('body').evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
  };
  const wide = await height();
  const narrow: { width: number; height: number }[] = [];
  for (const width of [1000, 760]) {
    await wb.page.setViewportSize({ width, height: VIEWPORT.height });
    narrow.push(await height());
  }
  await wb.page.setViewportSize(VIEWPORT);
  await settle(500);
  console.log(`coach panel height: ${[wide, ...narrow].map((m) => `${m.height} px at ${m.width} px wide`).join(', ')}`);
}

/** Scrolls the coach panel so that `selector` is at its top. */
async function scrollPanelTo(wb: Workbench, selector: string): Promise<void> {
  const target = wb.coach().locator(selector).first();
  await target.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await target.evaluate((node) => {
    node.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -12);
  });
}

/** The editor group that holds the coach panel, tab included. */
async function panelCrop(wb: Workbench): Promise<Box> {
  const group = wb.page.locator('.editor-group-container').filter({ has: wb.page.locator('.tab', { hasText: 'STAR Coach' }) });
  const box = await group.boundingBox();
  if (!box) throw new ShotError('the coach panel\'s editor group is not on screen');
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
}

async function sectionsShot(wb: Workbench): Promise<void> {
  await step('the coach panel has no section timings and checklists', () => scrollPanelTo(wb, '#sections-heading'));
  await wb.shot('panel-sections.png', { clip: await panelCrop(wb) });
}

async function followUpsShot(wb: Workbench): Promise<void> {
  await step('the coach panel has no follow-up question to open', async () => {
    await wb.coach().locator('details.followup summary').first().click();
    await wb.coach().locator('details.followup[open]').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await scrollPanelTo(wb, '#principle-heading');
  });
  // Back to the editor, as a user would after reading (the status bar shows the story again).
  await wb.cursorBelow(/^I raised a ticket/);
  await wb.shot('panel-followups.png', { clip: await panelCrop(wb) });
}

async function lightPanelShot(wb: Workbench, folder: string): Promise<void> {
  await step(`the workbench did not switch to ${LIGHT_THEME}`, async () => {
    setTheme(folder, LIGHT_THEME);
    await wb.page.locator('.monaco-workbench.vs:not(.vs-dark)').waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
    await wb.coach().locator('body.vscode-light').waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
  });
  await step('the coach panel has no coaching tip to open', async () => {
    await wb.coach().locator('details.tip summary').first().click();
    await wb.coach().locator('details.tip[open]').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await scrollPanelTo(wb, '#tips-heading');
  });
  await wb.cursorBelow(/^I raised a ticket/);
  await wb.shot('light-panel.png');
}

/** The frame of the rehearsal panel's document, once it shows `selector`. */
async function rehearsalFrame(page: Page, selector: string): Promise<Frame> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.evaluate((s) => document.querySelector(s) !== null, selector).catch(() => false)) return frame;
    }
    await settle(100);
  }
  throw new Error(`no rehearsal panel showing ${selector}`);
}

/** The editor group that holds the rehearsal panel, tab included. */
async function rehearsalCrop(wb: Workbench): Promise<Box> {
  const group = wb.page.locator('.editor-group-container').filter({ has: wb.page.locator('.tab', { hasText: 'Rehearse' }) });
  const box = await group.boundingBox();
  if (!box) throw new ShotError('the rehearsal panel\'s editor group is not on screen');
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
}

/**
 * Seconds spent on each section of the rehearsal story: real waits, so the results are a real
 * telling's (about 120 words a minute, the Result a little over its target).
 */
const TELLING_SECONDS = [15, 14, 33, 19, 10];

async function rehearseCueShot(wb: Workbench): Promise<void> {
  const { page } = wb;
  await wb.command('View: Close All Editor Groups');
  await step('the rehearsal story did not open', async () => {
    await wb.open(REHEARSE_NAME);
    await page.locator('.editor-group-container .monaco-editor').filter({ hasText: 'Retries that hid lost payments' }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
  await wb.command('STAR: Rehearse Story');
  const frame = await step('the rehearsal panel did not show its cue card', () => rehearsalFrame(page, 'main#rehearse .cue-card'));
  // Tell the Situation and the Task, and be a few seconds into the Action.
  await frame.locator('button[data-primary]').press('Space');
  await settle(TELLING_SECONDS[0] * 1000);
  await frame.locator('button[data-primary]').press('Space');
  await settle(TELLING_SECONDS[1] * 1000);
  await frame.locator('button[data-primary]').press('Space');
  await settle(9000);
  await step('the stopwatch is not on the Action', () => frame.locator('.cue-section.current', { hasText: 'Action' }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }));
  await wb.shot('rehearse-cue.png', { clip: await rehearsalCrop(wb) });
}

async function rehearseResultsShot(wb: Workbench): Promise<void> {
  const frame = await step('the rehearsal panel is gone', () => rehearsalFrame(wb.page, 'main#rehearse .stopwatch'));
  await settle((TELLING_SECONDS[2] - 9) * 1000 - 600);
  await frame.locator('button[data-primary]').press('Space');
  await settle(TELLING_SECONDS[3] * 1000);
  await frame.locator('button[data-primary]').press('Space');
  await settle(TELLING_SECONDS[4] * 1000);
  await frame.locator('button[data-primary]').press('Space');
  await step('the results did not appear', () => frame.locator('table.results').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }));
  await wb.shot('rehearse-results.png', { clip: await rehearsalCrop(wb) });
}

async function rehearseDrillShot(wb: Workbench): Promise<void> {
  const frame = await step('the rehearsal panel is gone', () => rehearsalFrame(wb.page, 'main#rehearse table.results'));
  await frame.locator('button[data-primary]').press('Space');
  await settle(4000);
  await frame.locator('button[data-primary]').press('Space');
  await step('the drill did not show its guide', () => frame.locator('.strong-shows').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }));
  await wb.shot('rehearse-drill.png', { clip: await rehearsalCrop(wb) });
}

async function fitShot(wb: Workbench, folder: string): Promise<void> {
  await step(`the workbench did not switch back to ${DARK_THEME}`, async () => {
    setTheme(folder, DARK_THEME);
    await wb.page.locator('.monaco-workbench.vs-dark').waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
  });
  await step('the coach panel did not show the principle fit of the second story', async () => {
    await wb.open(FIT_NAME);
    await wb.coach().locator('.coach h1', { hasText: 'Search results going stale overnight' }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await wb.coach().locator('body.vscode-dark').waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
    await scrollPanelTo(wb, '.story-header');
  });
  await wb.shot('panel-fit.png', { clip: await panelCrop(wb) });
}

/** A bank in the editor, its Outline in the side bar, and the panel stepped to the second story. */
async function outlineShot(wb: Workbench, folder: string): Promise<void> {
  const { page } = wb;
  await step(`the workbench did not switch back to ${DARK_THEME}`, async () => {
    setTheme(folder, DARK_THEME);
    await page.locator('.monaco-workbench.vs-dark').waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
  });
  await step('the bank did not open', async () => {
    await wb.open(BANK_NAME);
    await page.locator('.editor-group-container .monaco-editor').filter({ hasText: 'Screen reader users' }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
  await step('the Outline did not list the bank\'s stories', async () => {
    await wb.command('Explorer: Focus on Outline View');
    // The folder's file list folded away, so that the Outline has the side bar's height.
    const folderHeader = page.locator('.pane-header.expanded', { hasText: 'interview-stories' }).first();
    if (await folderHeader.count()) await folderHeader.click();
    await page.locator('.outline-pane .monaco-list-row', { hasText: 'Pushing back on a rewrite' }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
  await step('the coach panel did not step to the next story', async () => {
    await wb.command('STAR: Open Coach Panel');
    await wb.coach().locator('.coach h1', { hasText: 'Screen reader users' }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await wb.coach().locator('button.step-button', { hasText: 'Next story' }).click();
    await wb.coach().locator('.coach h1', { hasText: 'Pushing back on a rewrite' }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
  // Back in the editor (the Outline shows the active editor's symbols), on the story shown.
  await step('the Outline did not come back with the editor', async () => {
    await page.locator('.editor-group-container .monaco-editor .view-line', { hasText: 'Two months before the holiday freeze' }).first().click();
    await page.locator('.outline-pane .monaco-list-row', { hasText: 'Pushing back on a rewrite' }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
  await wb.shot('outline.png');
}

/** The Settings editor on the extension's Timing and Level section: plain titles, named levels. */
async function settingsShot(wb: Workbench): Promise<void> {
  const { page } = wb;
  const toc = (text: string) => page.locator('.settings-toc-container .monaco-list-row', { hasText: text }).first();
  await step('the Settings editor did not open', async () => {
    // The whole window for it: its table of contents only shows when it is wide.
    await wb.command('View: Close All Editors');
    await wb.command('View: Close Primary Side Bar');
    await wb.command('Preferences: Open Settings (UI)');
    await page.locator('.settings-editor').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
  await step('the Settings editor has no STAR Story Coach section', async () => {
    await toc('Extensions').click();
    await toc('STAR Story Coach').click();
    await toc('Timing and Level').click();
    await page.locator('.settings-editor .setting-item-label', { hasText: /^Level$/ }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
  // The settings themselves, below the search box and the User / Remote / Workspace tabs.
  const box = await page.locator('.settings-editor .settings-body').boundingBox();
  if (!box) throw new ShotError('the Settings editor is not on screen');
  await wb.shot('settings.png', { clip: { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.min(470, Math.round(box.height)) } });
  await page.keyboard.press('Control+W');
}

/** The pictures in the order they are taken; each step leaves the workbench ready for the next. */
const SHOTS: [string, (wb: Workbench, folder: string) => Promise<void>][] = [
  ['diagnostics.png', diagnosticsShot],
  ['hover.png', hoverShot],
  ['quickfix.png', quickFixShot],
  ['panel.png', panelShot],
  ['panel-sections.png', sectionsShot],
  ['panel-followups.png', followUpsShot],
  ['light-panel.png', lightPanelShot],
  ['panel-fit.png', fitShot],
  ['outline.png', outlineShot],
  ['settings.png', settingsShot],
  ['rehearse-cue.png', rehearseCueShot],
  ['rehearse-results.png', rehearseResultsShot],
  ['rehearse-drill.png', rehearseDrillShot],
];

// ---- the Story Bank: its own workspace of several stories -------------------------------------

/** The stories the Story Bank pictures show: the shipped examples, the bank fixtures and the showcase story. */
const BANK_SOURCES = [
  path.join(REPO_ROOT, 'examples'),
  path.join(REPO_ROOT, 'test', 'workspace', 'bank'),
];

function makeBankWorkspace(): { root: string; folder: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'star-shots-bank-'));
  const folder = path.join(root, 'interview-stories');
  fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  for (const dir of BANK_SOURCES) {
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.star.md'))) fs.copyFileSync(path.join(dir, name), path.join(folder, name));
  }
  fs.copyFileSync(STORY, path.join(folder, STORY_NAME));
  setTheme(folder, DARK_THEME);
  return { root, folder };
}

async function bankReady(wb: Workbench): Promise<void> {
  const { page } = wb;
  await step('the example story did not open', async () => {
    await wb.open('bank.star.md');
    await page.locator('.editor-group-container .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
  await step('the Story Bank view did not list the principles', async () => {
    await wb.command('STAR: Open Story Bank');
    await page.locator('.pane-body .monaco-list-row', { hasText: 'Customer Obsession' }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await page.locator('.pane-body .monaco-list-row', { hasText: 'Screen reader users could not finish checkout' }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
}

async function bankViewShot(wb: Workbench): Promise<void> {
  // A wider side bar, so each story's readiness fits beside its title.
  const sash = wb.page.locator('.part.sidebar + .monaco-sash, .monaco-sash.vertical').first();
  const box = await wb.page.locator('.part.sidebar').boundingBox();
  if (box && (await sash.count())) {
    await wb.page.mouse.move(box.x + box.width, box.y + 300);
    await wb.page.mouse.down();
    await wb.page.mouse.move(620, box.y + 300, { steps: 5 });
    await wb.page.mouse.up();
  }
  await wb.shot('story-bank.png');
}

async function bankOverviewShot(wb: Workbench): Promise<void> {
  await step('the overview did not show the matrix', async () => {
    await wb.command('STAR: Open Story Bank Overview');
    await wb.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('table.matrix').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
  await wb.command('View: Close Primary Side Bar');
  await wb.shot('story-bank-overview.png');
}

const BANK_SHOTS: [string, (wb: Workbench, folder: string) => Promise<void>][] = [
  ['story-bank.png', bankViewShot],
  ['story-bank-overview.png', bankOverviewShot],
];

interface ShotSet {
  name: string;
  workspace: () => { root: string; folder: string };
  ready: (wb: Workbench) => Promise<void>;
  shots: [string, (wb: Workbench, folder: string) => Promise<void>][];
  /** The pictures to keep (all when empty). */
  chosen: string[];
}

const SETS: ShotSet[] = [
  { name: 'editor', workspace: makeWorkspace, ready: waitForStory, shots: SHOTS, chosen: [] },
  { name: 'bank', workspace: makeBankWorkspace, ready: bankReady, shots: BANK_SHOTS, chosen: [] },
];

/**
 * The pictures of a set to take. `npm run screenshots -- rehearse-cue.png …` takes only the
 * pictures named (and any of their group they build on: the rehearsal's are one telling);
 * nothing named takes them all.
 */
function selectedShots(set: ShotSet, names: string[]): ShotSet['shots'] {
  if (names.length === 0) return set.shots;
  const indexes = names.map((n) => set.shots.findIndex(([name]) => name === n)).filter((i) => i >= 0);
  if (indexes.length === 0) return [];
  const first = Math.min(...indexes);
  const start = set.shots[first][0].startsWith('rehearse-') ? set.shots.findIndex(([name]) => name.startsWith('rehearse-')) : 0;
  return set.shots.slice(start, Math.max(...indexes) + 1);
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'extension.js'))) throw new ShotError('dist/extension.js is missing: run npm run build first');
  // `npm run screenshots -- --only=bank` takes one set; every set by default.
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const sets = SETS.filter((s) => !only || s.name === only);
  if (sets.length === 0) throw new ShotError(`--only takes ${SETS.map((s) => s.name).join(' or ')}`);
  const names = [...process.argv.slice(2).filter((a) => a.endsWith('.png')), ...ONLY];
  const unknown = names.filter((n) => !sets.some((set) => set.shots.some(([name]) => name === n)));
  if (unknown.length) throw new ShotError(`no such picture: ${unknown.join(', ')}`);
  for (const set of sets) {
    const shots = selectedShots(set, names);
    if (shots.length) await runSet({ ...set, shots, chosen: names.filter((n) => shots.some(([name]) => name === n)) });
  }
}

async function runSet(set: ShotSet): Promise<void> {
  const workspace = set.workspace();
  const staging = path.join(workspace.root, 'images');
  fs.mkdirSync(staging);
  let host: Host | undefined;
  const timer = setTimeout(() => {
    console.error(`screenshots failed: gave up after ${RUN_TIMEOUT_MS / 1000} s`);
    void (host?.close() ?? Promise.resolve()).finally(() => process.exit(1));
  }, RUN_TIMEOUT_MS);
  try {
    const started = await step('the VS Code host did not start', () => startHost({ workspace: workspace.folder, viewport: VIEWPORT }));
    host = started;
    const wb = new Workbench(started.page, staging);
    const run = async () => {
      await step('the workbench did not load', () => started.page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: 60_000 }));
      await set.ready(wb);
      // A shot's setup may need the ones before it: they are taken, only the chosen ones kept.
      for (const [name, take] of set.shots) await step(name, () => take(wb, workspace.folder));
    };
    await Promise.race([run(), started.failure]);
    fs.mkdirSync(OUT_DIR, { recursive: true });
    const kept = set.shots.map(([name]) => name).filter((name) => set.chosen.length === 0 || set.chosen.includes(name));
    for (const name of kept) fs.copyFileSync(path.join(staging, name), path.join(OUT_DIR, name));
    console.log(`${kept.length} screenshots saved to ${path.relative(process.cwd(), OUT_DIR) || '.'}`);
  } finally {
    clearTimeout(timer);
    await host?.close();
    fs.rmSync(workspace.root, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`screenshots failed: ${err instanceof ShotError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    console.error('docs/images/ was left as it was.');
    process.exit(1);
  },
);
