// Which stories are due for practice: every story of the workspace's `*.star.md` files, by key,
// with the schedule its stored attempts give (core/rehearsal/schedule.ts). Shown as a status bar
// item ("3 due"; `starStory.rehearsal.showDueInStatusBar` hides it) that runs "Practise Due
// Stories". The index is built after activation, then kept up to date by a file watcher, saves,
// renames and new attempts; the count is recomputed when a due day begins.
import * as vscode from 'vscode';
import { summaryOf } from '../../core/rehearsal/attempts';
import { storyKeys, storyTitle } from '../../core/rehearsal/keys';
import { dueOrder, nextDueAfter, scheduleOf, type Schedule } from '../../core/rehearsal/schedule';
import type { AnalysisStore } from '../analysis';
import type { ConfigService } from '../config';
import { CONFIG_SECTION, REHEARSAL_COMMANDS, REHEARSAL_SETTINGS, STORY_GLOB } from '../constants';
import type { AttemptStore } from './attemptStore';

/** One story of the workspace. */
export interface IndexedStory {
  key: string;
  uri: string;
  index: number;
  title: string;
}

export interface DueStory extends IndexedStory {
  schedule: Schedule;
}

export interface DueState {
  /** Due now, in practice order (most overdue first, then never rehearsed). */
  due: DueStory[];
  /** The story due soonest among the others, if any. */
  next: DueStory | null;
  stories: number;
}

/** Files the index reads at most (a workspace of more stories counts these). */
const MAX_FILES = 2000;
const decoder = new TextDecoder();
const DAY_MS = 86_400_000;

export class DueTracker implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('starStory.due', vscode.StatusBarAlignment.Right, 99);
  private readonly files = new Map<string, IndexedStory[]>();
  private readonly disposables: vscode.Disposable[] = [this.item];
  private scanning: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private shown: { text: string; tooltip: string } | undefined;
  private state: DueState = { due: [], next: null, stories: 0 };

  constructor(
    private readonly attempts: AttemptStore,
    private readonly config: ConfigService,
    private readonly store: AnalysisStore,
  ) {
    this.item.name = 'STAR Stories Due';
    this.item.command = REHEARSAL_COMMANDS.practiseDue;
    const watcher = vscode.workspace.createFileSystemWatcher(STORY_GLOB);
    const reread = (uri: vscode.Uri) => void this.readFile(uri).then(() => this.update());
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reread),
      watcher.onDidChange(reread),
      watcher.onDidDelete((uri) => {
        this.dropUnder(uri);
        this.update();
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (d.uri.path.toLowerCase().endsWith('.star.md')) void this.readFile(d.uri).then(() => this.update());
      }),
      vscode.workspace.onDidRenameFiles((e) => void this.renamed(e.files)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()),
      attempts.onDidChange(() => this.update()),
      config.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${CONFIG_SECTION}.${REHEARSAL_SETTINGS.showDueInStatusBar}`)) this.update();
      }),
    );
  }

  /** Reads every story file of the workspace (again), then updates the count. */
  rescan(): Promise<void> {
    this.scanning ??= this.scan().finally(() => {
      this.scanning = undefined;
    });
    return this.scanning;
  }

  /** The due stories now; reads the workspace first if it never has. */
  async current(): Promise<DueState> {
    if (this.files.size === 0) await this.rescan();
    this.update();
    return this.state;
  }

  /** The stories of one file as indexed (reading it when it is not yet). */
  async storiesOf(uri: vscode.Uri): Promise<IndexedStory[]> {
    if (!this.files.has(uri.toString())) await this.readFile(uri);
    return this.files.get(uri.toString()) ?? [];
  }

  /** What the status bar item shows, or undefined when hidden. */
  get view(): { text: string; tooltip: string } | undefined {
    return this.shown;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  private async scan(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) return this.update();
    const uris = await vscode.workspace.findFiles(STORY_GLOB, '**/node_modules/**', MAX_FILES);
    const read = await Promise.all(uris.map(async (uri) => [uri.toString(), await this.index(uri)] as const));
    this.files.clear();
    for (const [uri, stories] of read) if (stories) this.files.set(uri, stories);
    this.update();
  }

  private async readFile(uri: vscode.Uri): Promise<void> {
    const stories = await this.index(uri);
    if (stories) this.files.set(uri.toString(), stories);
    else this.files.delete(uri.toString());
  }

  /** The stories of a file, or null when it cannot be read, is too big or is not text. */
  private async index(uri: vscode.Uri): Promise<IndexedStory[] | null> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let text: string;
    try {
      if (open) text = open.getText();
      else {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.byteLength > this.config.getConfig(uri).maxFileSize) return null;
        text = decoder.decode(bytes);
      }
    } catch {
      return null;
    }
    // The activation bundle's engine (this chunk carries no copy of the parser).
    const file = this.store.analyzeText(uri, text).file;
    if (file.binary) return null;
    const keys = storyKeys(uri.toString(), file);
    return file.stories.map((s, index) => ({ key: keys[index], uri: uri.toString(), index, title: storyTitle(s.title) }));
  }

  private dropUnder(uri: vscode.Uri): void {
    const base = uri.toString();
    for (const key of [...this.files.keys()]) if (key === base || key.startsWith(`${base}/`)) this.files.delete(key);
  }

  private async renamed(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      await this.attempts.move(oldUri, newUri);
      this.dropUnder(oldUri);
    }
    await this.rescan();
  }

  private update(): void {
    const now = Date.now();
    const entries: DueStory[] = [];
    for (const stories of this.files.values()) {
      for (const story of stories) {
        const tolerance = this.config.getConfig(vscode.Uri.parse(story.uri)).engine.timeTolerance;
        entries.push({ ...story, schedule: scheduleOf(this.attempts.get(story.key).map(summaryOf), tolerance) });
      }
    }
    const due = dueOrder(entries.map((e) => ({ key: e, schedule: e.schedule })), now).map((e) => e.key);
    const next = nextDueAfter(entries.map((e) => ({ key: e, schedule: e.schedule })), now)?.key ?? null;
    this.state = { due, next, stories: entries.length };
    this.render();
    // Recount when the next story falls due (at most a day ahead; timers drift over longer).
    if (this.timer) clearTimeout(this.timer);
    const wait = next?.schedule.nextDue ? Math.min(Math.max(1000, next.schedule.nextDue - now + 1000), DAY_MS) : DAY_MS;
    this.timer = setTimeout(() => this.update(), wait);
  }

  private render(): void {
    const enabled = vscode.workspace.getConfiguration(CONFIG_SECTION).get<boolean>(REHEARSAL_SETTINGS.showDueInStatusBar, true);
    if (!enabled || this.state.stories === 0) {
      this.shown = undefined;
      this.item.hide();
      return;
    }
    const { due, next } = this.state;
    const fresh = due.filter((d) => d.schedule.nextDue === null).length;
    const lines = [
      due.length === 0
        ? 'No story is due for practice.'
        : `${due.length} ${due.length === 1 ? 'story is' : 'stories are'} due for practice${fresh ? ` (${fresh} never rehearsed)` : ''}:`,
      ...due.slice(0, 5).map((d) => `• ${d.title}`),
      due.length > 5 ? `• and ${due.length - 5} more` : '',
      next?.schedule.nextDue ? `Next: ${next.title}, ${new Date(next.schedule.nextDue).toLocaleDateString()}` : '',
      due.length ? 'Click to rehearse the first.' : '',
    ].filter(Boolean);
    this.shown = { text: `$(history) ${due.length} due`, tooltip: lines.join('\n') };
    this.item.text = this.shown.text;
    this.item.tooltip = this.shown.tooltip;
    this.item.accessibilityInformation = { label: `${due.length} STAR ${due.length === 1 ? 'story' : 'stories'} due for practice`, role: 'button' };
    this.item.show();
  }
}
