// Resolves what the engine and the glue need for a document: `starStory.*` settings (validated
// key by key) with the nearest workspace `.starrc.yaml` layered on top, as the CLI reads it.
import * as vscode from 'vscode';
import { readWorkspaceFile } from './workspaceFiles';
import { DEFAULTS, configKey, resolveEngineConfig, type EngineConfig, type Settings } from '../core/config';
import { parseStarrc } from '../core/starrc';
import { CONFIG_SECTION, STARRC_NAME } from './constants';
import { notify } from './notices';
import { publishProblems } from './problems';
import { readSettings } from './settings';

export interface ResolvedConfig {
  engine: EngineConfig;
  /** configKey(engine): part of the analysis cache key. */
  key: string;
  debounceMs: number;
  run: 'onType' | 'onSave';
  codeLens: boolean;
  statusBar: boolean;
  maxFileSize: number;
  /** The `bank:` goals of the nearest `.starrc.yaml` (the Story Bank layers them over its settings). */
  starrcBank: Settings['bank'];
}

interface Starrc {
  uri: vscode.Uri;
  settings: Settings;
}

const decoder = new TextDecoder();

export class ConfigService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when settings, a `.starrc.yaml` or workspace trust change. */
  readonly onDidChange = this.changed.event;

  private readonly diagnostics = vscode.languages.createDiagnosticCollection('star-config');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  /** `.starrc.yaml` files read so far, by URI (null: no such file). */
  private readonly files = new Map<string, Promise<Starrc | null>>();
  /** The nearest `.starrc.yaml` of each directory looked up, once known. */
  private readonly nearest = new Map<string, Starrc | null>();
  private readonly pending = new Map<string, Promise<void>>();
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly warned = new Set<string>();
  /** Bumped when a `.starrc.yaml` appears, changes or goes: older look-ups are not stored. */
  private generation = 0;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${STARRC_NAME}`);
    const reload = (uri: vscode.Uri) => this.reloadStarrc(uri);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(CONFIG_SECTION)) this.fireChanged();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.fireChanged()),
      vscode.workspace.onDidOpenTextDocument((doc) => this.loadIfStarrc(doc.uri)),
    );
    for (const doc of vscode.workspace.textDocuments) this.loadIfStarrc(doc.uri);
    // Once activation is done: VS Code's first getConfiguration for a folder costs 1.5-8 ms in the
    // host, paid here while nothing waits instead of by the first story's check (from when it is
    // opened to its first diagnostics). Every story of a folder without a .starrc.yaml shares this
    // config; the engine itself is not loaded.
    const warm = setTimeout(() => {
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const root = vscode.Uri.joinPath(folder.uri, STARRC_NAME);
        // A failure here is met again, and reported, by the first check.
        this.ready(root).then(() => this.getConfig(root)).catch(() => undefined);
      }
    }, 0);
    this.disposables.push({ dispose: () => clearTimeout(warm) });
  }

  /** Loads the `.starrc.yaml` files that apply to `resource`; getConfig is complete once it settles. */
  ready(resource: vscode.Uri): Promise<void> {
    const dir = directoryOf(resource);
    if (!dir || this.nearest.has(dir.toString())) return Promise.resolve();
    const key = dir.toString();
    let pending = this.pending.get(key);
    if (!pending) {
      const generation = this.generation;
      pending = this.findNearest(dir).then((found) => {
        if (generation !== this.generation) return this.ready(resource);
        this.pending.delete(key);
        this.nearest.set(key, found);
      });
      this.pending.set(key, pending);
    }
    return pending;
  }

  getEngineConfig(resource?: vscode.Uri): EngineConfig {
    return this.getConfig(resource).engine;
  }

  getConfig(resource?: vscode.Uri): ResolvedConfig {
    const dir = resource && directoryOf(resource);
    const starrc = dir ? this.nearest.get(dir.toString()) ?? null : null;
    const folder = resource && vscode.workspace.getWorkspaceFolder(resource);
    const cacheKey = `${folder?.uri.toString() ?? ''}|${starrc?.uri.toString() ?? ''}`;
    let config = this.resolved.get(cacheKey);
    if (!config) {
      config = this.resolve(resource, starrc);
      this.resolved.set(cacheKey, config);
    }
    return config;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private resolve(resource: vscode.Uri | undefined, starrc: Starrc | null): ResolvedConfig {
    const section = vscode.workspace.getConfiguration(CONFIG_SECTION, resource);
    const { settings, invalid } = readSettings((name) => section.get(name));
    for (const problem of invalid) {
      const once = `${problem.setting}\u0000${problem.message}`;
      if (this.warned.has(once)) continue;
      this.warned.add(once);
      notify('warning', problem.message);
    }
    const fromFile: Settings = { ...starrc?.settings };
    // A repository nobody vetted may not raise the size of what is checked as you type.
    if (!vscode.workspace.isTrusted) delete fromFile.maxFileSize;
    const merged: Settings = { ...settings, ...fromFile };
    const engine = resolveEngineConfig(settings, fromFile);
    return {
      engine,
      key: configKey(engine),
      debounceMs: merged.debounceMs ?? DEFAULTS.debounceMs,
      run: merged.run ?? DEFAULTS.run,
      codeLens: merged.codeLens ?? DEFAULTS.codeLens,
      statusBar: merged.statusBar ?? DEFAULTS.statusBar,
      maxFileSize: merged.maxFileSize ?? DEFAULTS.maxFileSize,
      starrcBank: fromFile.bank,
    };
  }

  private async findNearest(dir: vscode.Uri): Promise<Starrc | null> {
    const folder = vscode.workspace.getWorkspaceFolder(dir);
    if (!folder) return null;
    for (let current: vscode.Uri | undefined = dir; current; current = parentWithin(current, folder.uri)) {
      const found = await this.readStarrc(vscode.Uri.joinPath(current, STARRC_NAME));
      if (found) return found;
    }
    return null;
  }

  private readStarrc(uri: vscode.Uri): Promise<Starrc | null> {
    const key = uri.toString();
    let file = this.files.get(key);
    if (!file) {
      file = Promise.resolve(readWorkspaceFile(uri)).then(
        (bytes) => {
          const text = decoder.decode(bytes);
          const { settings, problems } = parseStarrc(text);
          publishProblems(this.diagnostics, uri, text, problems);
          return { uri, settings };
        },
        () => {
          this.diagnostics.delete(uri);
          return null;
        },
      );
      this.files.set(key, file);
    }
    return file;
  }

  private loadIfStarrc(uri: vscode.Uri): void {
    if (uri.path.endsWith(`/${STARRC_NAME}`) && vscode.workspace.getWorkspaceFolder(uri)) void this.readStarrc(uri);
  }

  private reloadStarrc(uri: vscode.Uri): void {
    this.generation++;
    this.files.delete(uri.toString());
    // A file appearing or vanishing can change the nearest one of any directory.
    this.nearest.clear();
    this.pending.clear();
    void this.readStarrc(uri).then(() => this.fireChanged());
  }

  private fireChanged(): void {
    this.resolved.clear();
    this.changed.fire();
  }
}

function directoryOf(resource: vscode.Uri): vscode.Uri | undefined {
  if (resource.scheme === 'untitled') return undefined;
  return vscode.Uri.joinPath(resource, '..');
}

function parentWithin(dir: vscode.Uri, root: vscode.Uri): vscode.Uri | undefined {
  if (dir.path === root.path || dir.path.length <= root.path.length) return undefined;
  return vscode.Uri.joinPath(dir, '..');
}
