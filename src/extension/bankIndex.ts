// The Story Bank's index: every `*.star.md` of the workspace summarised (readiness, principles)
// from the analysis the editor already has for open documents, and from one read and check per
// file for the others. An entry is keyed by the file's version (open) or mtime and size (closed)
// and the config it was checked under: a file that did not change is never read again. It follows
// typing (the shared analysis store), saves, creation, renames and deletion (a file watcher), and
// reads through workspace.fs, so virtual workspaces and the web build work the same.
import * as vscode from 'vscode';
import { summarizeStories, type BankStory } from '../core/bank';
import { resolveBankGoals, type BankGoals } from '../core/bankGoals';
import type { AnalysisStore, DocumentAnalysis } from './analysis';
import { readBankSettings } from './bankSettings';
import type { ConfigService } from './config';
import { CONFIG_SECTION, STARRC_NAME, STORY_GLOB } from './constants';
import type { Notice } from './notices';

/** Reading workspace files (workspaceFiles.ts), passed in by the main bundle: disk for `file:` URIs in Node, workspace.fs otherwise. */
export interface FileAccess {
  read(uri: vscode.Uri): Thenable<Uint8Array>;
  stat(uri: vscode.Uri): Promise<{ mtime: number; size: number }>;
}

interface Entry {
  uri: vscode.Uri;
  /** `v<version>` for an open document, `m<mtime>:<size>` for a file on disk, then the config key. */
  key: string;
  stories: BankStory[];
}

/** Files read and checked at once during a scan. */
const PARALLEL = 16;
/** Files larger than this are listed without being read (the editor's own limit is a setting). */
const MAX_BYTES = 5 * 1024 * 1024;
const EXCLUDE = '{**/node_modules/**,**/.git/**}';
const decoder = new TextDecoder();

export function isBankFile(uri: vscode.Uri): boolean {
  return uri.path.toLowerCase().endsWith('.star.md') && !!vscode.workspace.getWorkspaceFolder(uri);
}

export class BankIndex implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** Per file, the latest refresh: an older one that finishes later is dropped. */
  private readonly turns = new Map<string, number>();
  private readonly running = new Map<string, Promise<void>>();
  /** How many refreshes of each file were asked for: of those waiting, only the latest goes on. */
  private readonly asked = new Map<string, number>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (batched) when a story, a file or the goals change. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private scanning: Promise<void> | undefined;
  private rescan = false;
  private warned = new Set<string>();
  /** Files read from disk and checked since the index was made (for the tests and the bench). */
  reads = 0;
  /** Milliseconds the last full scan took. */
  lastScanMs = 0;
  goals: BankGoals = resolveBankGoals();

  constructor(
    private readonly store: AnalysisStore,
    private readonly config: ConfigService,
    /** notices.ts's notify, passed in: this module loads in its own chunk. */
    private readonly notify: (kind: Notice['kind'], message: string) => void,
    private readonly files: FileAccess,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(STORY_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.update(uri)),
      watcher.onDidChange((uri) => this.update(uri)),
      watcher.onDidDelete((uri) => this.remove(uri)),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) {
          this.remove(oldUri);
          // A renamed folder: its stories are found by a scan.
          if (isBankFile(newUri)) void this.update(newUri);
          else void this.scan();
        }
      }),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.remove(uri))),
      vscode.workspace.onDidCreateFiles((e) => e.files.forEach((uri) => (isBankFile(uri) ? void this.update(uri) : undefined))),
      // Typing: the analysis the editor just made, no read.
      store.onDidAnalyze((analysis) => {
        if (!isBankFile(analysis.uri)) return;
        // Only the text the editor holds now: a late check of an older version, or of a document
        // just closed (its edits discarded), must not replace what is on disk.
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === analysis.uri.toString());
        if (!open || open.isClosed || open.version !== analysis.version) return;
        this.turn(analysis.uri);
        this.put(analysis.uri, `v${analysis.version}|${analysis.configKey}`, analysis);
      }),
      // Closed: saved (or never edited), its entry already is the file's content, keyed anew by
      // the file's mtime without a read; closed with its edits discarded, read back from disk.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (isBankFile(document.uri)) void (document.isDirty ? this.update(document.uri) : this.rekey(document));
      }),
      config.onDidChange(() => void this.scan()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scan()),
    );
  }

  /** Every story, files in path order, stories in file order. */
  stories(): BankStory[] {
    return [...this.entries.values()].sort((a, b) => (a.uri.toString() < b.uri.toString() ? -1 : 1)).flatMap((e) => e.stories);
  }

  fileUris(): vscode.Uri[] {
    return [...this.entries.values()].map((e) => e.uri).sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
  }

  /** Finds every story file and brings each entry up to date; resolves when done. */
  scan(): Promise<void> {
    if (this.scanning) {
      this.rescan = true;
      return this.scanning;
    }
    this.scanning = (async () => {
      do {
        this.rescan = false;
        const started = Date.now();
        this.goals = await this.readGoals();
        const found = vscode.workspace.workspaceFolders?.length ? await vscode.workspace.findFiles(STORY_GLOB, EXCLUDE) : [];
        const keep = new Set(found.map((u) => u.toString()));
        for (const key of [...this.entries.keys()]) if (!keep.has(key)) this.entries.delete(key);
        for (let i = 0; i < found.length; i += PARALLEL) await Promise.all(found.slice(i, i + PARALLEL).map((uri) => this.refresh(uri)));
        this.lastScanMs = Date.now() - started;
        this.fire();
      } while (this.rescan);
    })().finally(() => (this.scanning = undefined));
    return this.scanning;
  }

  /** Whether a scan is running (the tests wait for it). */
  get busy(): boolean {
    return this.scanning !== undefined || this.timer !== undefined;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  private async update(uri: vscode.Uri): Promise<void> {
    if (!isBankFile(uri)) return;
    await this.refresh(uri);
    this.fire();
  }

  private remove(uri: vscode.Uri): void {
    this.turn(uri);
    const key = uri.toString();
    let removed = this.entries.delete(key);
    // A deleted folder takes its stories with it.
    const prefix = key.endsWith('/') ? key : `${key}/`;
    for (const k of [...this.entries.keys()]) if (k.startsWith(prefix)) removed = this.entries.delete(k) || removed;
    if (removed) this.fire();
  }

  /**
   * A closed document that matched its file (not dirty) and whose last analysis is the entry:
   * the entry stays, keyed by the file's mtime from now on. Anything else is read back from disk.
   */
  private async rekey(document: vscode.TextDocument): Promise<void> {
    const { uri } = document;
    const key0 = uri.toString();
    const entry = this.entries.get(key0);
    const configKey = this.config.getConfig(uri).key;
    if (entry?.key !== `v${document.version}|${configKey}`) return this.update(uri);
    const mine = this.turn(uri);
    try {
      const stat = await this.files.stat(uri);
      if (this.turns.get(key0) === mine && this.entries.get(key0) === entry) entry.key = `m${stat.mtime}:${stat.size}|${configKey}`;
    } catch {
      await this.update(uri);
    }
  }

  /** A new turn for the file: whatever an earlier, slower refresh of it finds is dropped. */
  private turn(uri: vscode.Uri): number {
    const n = (this.turns.get(uri.toString()) ?? 0) + 1;
    this.turns.set(uri.toString(), n);
    return n;
  }

  /**
   * Brings one file's entry up to date, one refresh of a file at a time: a refresh asked for while
   * another runs waits for it, and only the latest of those that waited goes on (it then finds the
   * entry up to date, or reads what changed since). Events for one file often come in twos (the
   * watcher's and the workspace's), and each would otherwise read the file.
   */
  private async refresh(uri: vscode.Uri): Promise<void> {
    const key0 = uri.toString();
    const ask = (this.asked.get(key0) ?? 0) + 1;
    this.asked.set(key0, ask);
    for (let running = this.running.get(key0); running; running = this.running.get(key0)) {
      await running;
      if (this.asked.get(key0) !== ask) return;
    }
    // Its turn is taken only now: a refresh never drops what the one before it read (only a
    // deletion or the editor's newer analysis does).
    const run = this.refreshNow(uri, this.turn(uri));
    this.running.set(key0, run);
    try {
      await run;
    } finally {
      if (this.running.get(key0) === run) this.running.delete(key0);
    }
  }

  /** From the open document's analysis, else from disk if it changed. */
  private async refreshNow(uri: vscode.Uri, mine: number): Promise<void> {
    const key0 = uri.toString();
    const current = () => this.turns.get(key0) === mine;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key0 && !d.isClosed);
    if (open) {
      const config = this.config.getConfig(uri);
      const key = `v${open.version}|${config.key}`;
      if (this.entries.get(uri.toString())?.key === key) return;
      const analysis = this.store.current(open);
      if (analysis) return this.put(uri, key, analysis);
    }
    let stat: { mtime: number; size: number };
    try {
      stat = await this.files.stat(uri);
    } catch {
      if (current()) this.entries.delete(key0);
      return;
    }
    await this.config.ready(uri);
    const config = this.config.getConfig(uri);
    const key = `m${stat.mtime}:${stat.size}|${config.key}`;
    if (!current() || this.entries.get(key0)?.key === key) return;
    if (stat.size > MAX_BYTES) {
      this.entries.set(key0, { uri, key, stories: [] });
      return;
    }
    try {
      const text = decoder.decode(await this.files.read(uri));
      this.reads++;
      if (current()) this.put(uri, key, this.store.analyzeText(uri, text));
    } catch {
      if (current()) this.entries.delete(key0);
    }
  }

  private put(uri: vscode.Uri, key: string, analysis: Pick<DocumentAnalysis, 'file' | 'result'>): void {
    const tolerance = this.config.getEngineConfig(uri).timeTolerance;
    this.entries.set(uri.toString(), { uri, key, stories: summarizeStories(uri.toString(), analysis, tolerance) });
    this.fire();
  }

  /** The goals: `starStory.bank.*` of the first folder, with its root `.starrc.yaml`'s `bank:` over them. */
  private async readGoals(): Promise<BankGoals> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const section = vscode.workspace.getConfiguration(CONFIG_SECTION, folder);
    const { bank, invalid } = readBankSettings((name) => section.get(name));
    for (const problem of invalid) {
      if (this.warned.has(problem.message)) continue;
      this.warned.add(problem.message);
      this.notify('warning', problem.message);
    }
    if (!folder) return resolveBankGoals(bank);
    const anchor = vscode.Uri.joinPath(folder, STARRC_NAME);
    await this.config.ready(anchor);
    return resolveBankGoals(bank, this.config.getConfig(anchor).starrcBank);
  }

  /** Batches bursts of changes (a scan, a rename, typing) into one event. */
  private fire(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.changed.fire();
    }, 60);
  }
}
