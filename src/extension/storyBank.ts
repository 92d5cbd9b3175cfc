// The Story Bank: the tree view of the principles and the stories filed under each (or of the
// files), its toolbar, the overview webview and the cheat-sheet export. bankView.ts registers
// the view and the commands at activation; this module is created on first use (in the Node
// extension it loads from dist/panel.js with the coach panel).
import * as vscode from 'vscode';
import { buildCoverage, principleName, readinessText, timeAgainstTarget, type BankStory, type Coverage, type PrincipleCoverage } from '../core/bank';
import { ALL_PRINCIPLE_IDS } from '../core/bankGoals';
import { cheatSections, cheatStories, renderCheatSheet, type CheatFormat, type FactsFactory } from '../core/cheatSheet';
import { LEVEL_TARGETS } from '../core/coaching/levelTargets';
import type { AnalysisStore } from './analysis';
import { BankIndex, type FileAccess } from './bankIndex';
import { BankOverview } from './bankOverview';
import type { BankNode, BankScanTimings, ExportArgs, StoryBankState, TreeSnapshot } from './bankView';
import type { ConfigService } from './config';
import { BANK_COMMANDS, BANK_CONTEXT } from './constants';
import type { Notice } from './notices';

const decoder = new TextDecoder();

export class StoryBank implements vscode.Disposable {
  readonly index: BankIndex;
  private coverage: Coverage;
  private stories: BankStory[] = [];
  private groupBy: 'principle' | 'file' = 'principle';
  private gapsOnly = false;
  private readonly overviewPanel: BankOverview;
  private readonly disposables: vscode.Disposable[] = [];
  private firstScan: Promise<void>;
  private scanned = false;

  constructor(
    extensionUri: vscode.Uri,
    private readonly store: AnalysisStore,
    private readonly config: ConfigService,
    notify: (kind: Notice['kind'], message: string) => void,
    private readonly treeChanged: vscode.EventEmitter<BankNode | undefined>,
    private readonly view: vscode.TreeView<BankNode> | undefined,
    private readonly files: FileAccess & { facts: FactsFactory },
  ) {
    this.index = new BankIndex(store, config, notify, files);
    this.coverage = buildCoverage([], this.index.goals);
    this.overviewPanel = new BankOverview(extensionUri, () => this.stories, () => this.index.goals, (story: BankStory) => this.openStory(story.path, story.offset));
    this.disposables.push(this.index, this.overviewPanel, this.index.onDidChange(() => this.rebuild()));
    void vscode.commands.executeCommand('setContext', BANK_CONTEXT.groupBy, this.groupBy);
    void vscode.commands.executeCommand('setContext', BANK_CONTEXT.gapsOnly, this.gapsOnly);
    this.firstScan = this.index.scan().finally(() => (this.scanned = true));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** Resolves once the index is built and the tree shows it. */
  async settled(): Promise<void> {
    await this.firstScan;
    while (this.index.busy) await new Promise((resolve) => setTimeout(resolve, 20));
    this.rebuild();
  }

  /**
   * Builds a second, empty index of the workspace and times it (for `npm run bench`, through the
   * integration suite): a cold scan, then a scan with nothing changed.
   */
  async measureScan(): Promise<BankScanTimings> {
    const index = new BankIndex(this.store, this.config, () => undefined, this.files);
    try {
      let started = Date.now();
      await index.scan();
      const coldMs = Date.now() - started;
      const cold = { stories: index.stories().length, files: index.fileUris().length, reads: index.reads };
      started = Date.now();
      await index.scan();
      return { ...cold, coldMs, warmMs: Date.now() - started, warmReads: index.reads - cold.reads };
    } finally {
      index.dispose();
    }
  }

  async refresh(): Promise<void> {
    await this.index.scan();
    this.rebuild();
  }

  setGroupBy(groupBy: 'principle' | 'file'): void {
    this.groupBy = groupBy;
    void vscode.commands.executeCommand('setContext', BANK_CONTEXT.groupBy, groupBy);
    this.treeChanged.fire(undefined);
  }

  setGapsOnly(gapsOnly: boolean): void {
    this.gapsOnly = gapsOnly;
    void vscode.commands.executeCommand('setContext', BANK_CONTEXT.gapsOnly, gapsOnly);
    this.treeChanged.fire(undefined);
  }

  /** The tree as plain data (for the tests): see snapshot(). */
  tree(): TreeSnapshot[] {
    return this.snapshot();
  }

  state(): StoryBankState {
    return { groupBy: this.groupBy, gapsOnly: this.gapsOnly, goals: this.index.goals, coverage: this.coverage, stories: this.stories, reads: this.index.reads, lastScanMs: this.index.lastScanMs };
  }

  private rebuild(): void {
    this.stories = this.index.stories();
    this.coverage = buildCoverage(this.stories, this.index.goals);
    if (this.view) {
      const c = this.coverage;
      const needed = c.principles.filter((p) => p.needed).length;
      this.view.message = c.stories === 0 ? undefined : `${c.stories} ${c.stories === 1 ? 'story' : 'stories'}, ${c.readyStories} ready · ${needed - c.gaps.length} of ${needed} principles meet the goal`;
      this.view.badge = c.stories > 0 && c.gaps.length > 0 ? { value: c.gaps.length, tooltip: `${c.gaps.length} principle${c.gaps.length === 1 ? '' : 's'} with fewer than ${c.storiesPerPrinciple} stories` } : undefined;
    }
    this.treeChanged.fire(undefined);
    this.overviewPanel.update();
  }

  // ---- tree ----

  /** The tree's children; until the first scan is done the view shows its progress bar, not the empty-workspace welcome. */
  getChildren(node?: BankNode): BankNode[] | Thenable<BankNode[]> {
    if (!this.scanned) return this.firstScan.then(() => this.rebuild()).then(() => this.children(node));
    return this.children(node);
  }

  private children(node?: BankNode): BankNode[] {
    if (!node) {
      if (this.stories.length === 0) return [];
      if (this.groupBy === 'file') return this.index.fileUris().filter((uri) => this.storiesOf(uri.toString()).length > 0).map((uri) => ({ kind: 'file', uri: uri.toString() }));
      const principles = this.coverage.principles.filter((p) => !this.gapsOnly || p.gap).map((p): BankNode => ({ kind: 'principle', id: p.id }));
      if (this.coverage.unfiled.length && !this.gapsOnly) principles.push({ kind: 'unfiled' });
      if (this.coverage.overused.length && !this.gapsOnly) principles.push({ kind: 'overused' });
      return principles;
    }
    const storyNode = (parent: string) => (s: BankStory): BankNode => ({ kind: 'story', parent, path: s.path, story: s.story });
    switch (node.kind) {
      case 'principle':
        return this.stories.filter((s) => s.principles.includes(node.id)).map(storyNode(node.id));
      case 'unfiled':
        return this.stories.filter((s) => !s.principles.some((id) => ALL_PRINCIPLE_IDS.includes(id))).map(storyNode('unfiled'));
      case 'overused': {
        const keys = new Set(this.coverage.overused.map((o) => `${o.path}#${o.story}`));
        return this.stories.filter((s) => keys.has(`${s.path}#${s.story}`)).map(storyNode('overused'));
      }
      case 'file':
        return this.storiesOf(node.uri).map(storyNode(node.uri));
      default:
        return [];
    }
  }

  getTreeItem(node: BankNode): vscode.TreeItem {
    switch (node.kind) {
      case 'principle':
        return this.principleItem(this.coverage.principles.find((p) => p.id === node.id)!);
      case 'unfiled':
        return group('unfiled', 'No principle', this.coverage.unfiled.length, 'question', 'Stories whose front matter names no Leadership Principle: add `principle:` so they count.');
      case 'overused':
        return group('overused', 'Overused', this.coverage.overused.length, 'layers', `Stories filed under more than ${this.coverage.maxPrinciplesPerStory} principles: an interviewer who hears one story for many principles learns less about you.`);
      case 'file': {
        const uri = vscode.Uri.parse(node.uri);
        const stories = this.storiesOf(node.uri);
        const item = new vscode.TreeItem(vscode.workspace.asRelativePath(uri), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `file:${node.uri}`;
        item.resourceUri = uri;
        item.iconPath = vscode.ThemeIcon.File;
        const ready = stories.filter((s) => s.readiness.ready).length;
        item.description = `${stories.length} ${stories.length === 1 ? 'story' : 'stories'}, ${ready} ready`;
        item.accessibilityInformation = { label: `${vscode.workspace.asRelativePath(uri)}: ${item.description}` };
        item.contextValue = 'starBankFile';
        return item;
      }
      case 'story': {
        const story = this.stories.find((s) => s.path === node.path && s.story === node.story);
        return story ? this.storyItem(story, node.parent) : new vscode.TreeItem('(gone)');
      }
    }
  }

  getParent(node: BankNode): BankNode | undefined {
    if (node.kind !== 'story') return undefined;
    if (node.parent === 'unfiled' || node.parent === 'overused') return { kind: node.parent };
    if (this.groupBy === 'file') return { kind: 'file', uri: node.parent };
    return { kind: 'principle', id: node.parent };
  }

  /** The tree as plain data, for the tests. */
  snapshot(): TreeSnapshot[] {
    const walk = (node: BankNode): TreeSnapshot => {
      const item = this.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      const tooltip = typeof item.tooltip === 'string' ? item.tooltip : (item.tooltip?.value ?? '');
      return {
        label,
        description: typeof item.description === 'string' ? item.description : '',
        accessibilityLabel: item.accessibilityInformation?.label ?? '',
        tooltip,
        icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : '',
        command: item.command ? { command: item.command.command, arguments: item.command.arguments ?? [] } : undefined,
        children: this.children(node).map(walk),
      };
    };
    return this.children().map(walk);
  }

  private storiesOf(uri: string): BankStory[] {
    return this.stories.filter((s) => s.path === uri);
  }

  private principleItem(p: PrincipleCoverage): vscode.TreeItem {
    const n = p.stories.length;
    const item = new vscode.TreeItem(p.name, n ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `principle:${p.id}`;
    const counts = `${n} ${n === 1 ? 'story' : 'stories'}, ${p.ready} ready`;
    let status: string;
    if (!p.needed) {
      status = 'not in your goals';
      item.iconPath = new vscode.ThemeIcon('circle-outline', new vscode.ThemeColor('disabledForeground'));
    } else if (n === 0) {
      status = `no story yet (goal ${this.coverage.storiesPerPrinciple})`;
      item.iconPath = new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('list.errorForeground'));
    } else if (p.gap) {
      status = `gap: ${p.missing} more needed`;
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    } else {
      status = 'goal met';
      item.iconPath = new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
    }
    item.description = n === 0 ? status : `${counts} · ${status}`;
    item.accessibilityInformation = { label: `${p.name}: ${n === 0 ? '' : `${counts}, `}${status}` };
    const tip = new vscode.MarkdownString(undefined, true);
    tip.appendMarkdown(`**${escapeMd(p.name)}**\n\n${escapeMd(item.description)}`);
    if (p.needed) tip.appendMarkdown(`\n\nGoal: ${this.coverage.storiesPerPrinciple} ${this.coverage.storiesPerPrinciple === 1 ? 'story' : 'stories'} (\`starStory.bank.storiesPerPrinciple\`).`);
    item.tooltip = tip;
    item.contextValue = p.gap ? 'starBankGap' : 'starBankPrinciple';
    return item;
  }

  private storyItem(s: BankStory, parent: string): vscode.TreeItem {
    const r = s.readiness;
    const item = new vscode.TreeItem(s.title, vscode.TreeItemCollapsibleState.None);
    item.id = `story:${parent}:${s.path}#${s.story}`;
    const level = LEVEL_TARGETS[s.level]?.label ?? s.level;
    const issues = r.errors + r.warnings;
    item.description = `${level} · ${r.checklist}/${r.checklistTotal} · ${timeAgainstTarget(r)} · ${r.ready ? 'ready' : issues ? `${issues} ${issues === 1 ? 'warning' : 'warnings'}` : r.seconds === 0 ? 'empty' : 'over time'}`;
    item.iconPath = r.ready
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
      : r.errors
        ? new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'))
        : issues
          ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
          : new vscode.ThemeIcon('clock', new vscode.ThemeColor('list.warningForeground'));
    const uri = vscode.Uri.parse(s.path);
    const file = vscode.workspace.asRelativePath(uri);
    item.accessibilityInformation = { label: `${s.title}, ${level}, ${readinessText(r)}, in ${file}` };
    const tip = new vscode.MarkdownString(undefined, true);
    tip.appendMarkdown(`**${escapeMd(s.title)}**  \n${escapeMd(file)} · story ${s.story + 1}\n\n`);
    tip.appendMarkdown(`${r.ready ? '$(pass-filled) Ready' : '$(circle-large-outline) Not ready yet'}: checklist ${r.checklist}/${r.checklistTotal} · ${timeAgainstTarget(r)} ${r.withinTime ? '(within target)' : '(over target)'} · ${r.errors} errors, ${r.warnings} warnings\n\n`);
    tip.appendMarkdown(`Level: ${escapeMd(level)} · Principles: ${s.principles.length ? s.principles.map((id) => escapeMd(principleName(id))).join(', ') : 'none'}`);
    if (s.principles.length > this.coverage.maxPrinciplesPerStory) tip.appendMarkdown(`\n\n$(layers) Overused: filed under ${s.principles.length} principles (more than ${this.coverage.maxPrinciplesPerStory}).`);
    if (s.firstWarning) tip.appendMarkdown(`\n\nFirst to fix: ${escapeMd(s.firstWarning.message)}`);
    item.tooltip = tip;
    item.command = { command: BANK_COMMANDS.openStory, title: 'Open Story', arguments: [s.path, s.offset] };
    item.contextValue = 'starBankStory';
    return item;
  }

  // ---- commands ----

  /** A `starStory.bank.*` command (registered in bankView.ts). */
  run(id: string, args: unknown[]): unknown {
    switch (id) {
      case BANK_COMMANDS.refresh:
        return this.refresh();
      case BANK_COMMANDS.groupByFile:
        return this.setGroupBy('file');
      case BANK_COMMANDS.groupByPrinciple:
        return this.setGroupBy('principle');
      case BANK_COMMANDS.showGapsOnly:
        return this.setGapsOnly(true);
      case BANK_COMMANDS.showAll:
        return this.setGapsOnly(false);
      case BANK_COMMANDS.openStory:
        return this.openStory(args[0], args[1]);
      case BANK_COMMANDS.openOverview:
        return this.openOverview();
      case BANK_COMMANDS.exportCheatSheet:
        return this.exportCheatSheet(args[0] as ExportArgs | undefined);
      default:
        return undefined;
    }
  }

  /** Opens a story's file at its title. */
  async openStory(path: unknown, offset: unknown): Promise<void> {
    if (typeof path !== 'string' || typeof offset !== 'number' || !Number.isFinite(offset)) return;
    const uri = vscode.Uri.parse(path, true);
    const document = await vscode.workspace.openTextDocument(uri);
    const at = document.positionAt(Math.max(0, Math.trunc(offset)));
    const editor = await vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at), preview: false });
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
  }

  async openOverview(): Promise<void> {
    await this.settled();
    this.overviewPanel.show();
  }

  attachOverview(panel: vscode.WebviewPanel): void {
    this.overviewPanel.attach(panel);
    void this.settled().then(() => this.overviewPanel.update());
  }

  overview() {
    return this.overviewPanel.getState();
  }

  /**
   * Writes the cheat sheet for the principles the user picks, in Markdown or HTML, to a new file
   * the user names. With `args` (tests, other extensions) the questions are skipped.
   */
  async exportCheatSheet(args?: ExportArgs): Promise<vscode.Uri | undefined> {
    await this.settled();
    if (this.stories.length === 0) {
      void vscode.window.showInformationMessage('STAR: there are no .star.md stories in this workspace to put on a cheat sheet yet.');
      return undefined;
    }
    const given = args && typeof args === 'object' ? args : undefined;
    let principles = Array.isArray(given?.principles) ? given.principles.filter((id): id is string => typeof id === 'string' && ALL_PRINCIPLE_IDS.includes(id)) : undefined;
    if (!principles?.length) {
      const picks = await vscode.window.showQuickPick(
        this.coverage.principles.map((p) => ({ label: p.name, description: `${p.stories.length} ${p.stories.length === 1 ? 'story' : 'stories'}${p.needed ? '' : ' · not in your goals'}`, picked: p.needed && p.stories.length > 0, id: p.id })),
        { title: 'Export cheat sheet (1/2)', placeHolder: 'Which principles go on the cheat sheet?', canPickMany: true },
      );
      if (!picks?.length) return undefined;
      principles = picks.map((p) => p.id);
    }
    let format: CheatFormat | undefined = given?.format === 'html' || given?.format === 'markdown' ? given.format : undefined;
    if (!format) {
      const pick = await vscode.window.showQuickPick(
        [
          { label: 'Markdown', description: '.md: read it in the editor or any Markdown viewer', format: 'markdown' as const },
          { label: 'HTML', description: '.html: one page to print or open in a browser', format: 'html' as const },
        ],
        { title: 'Export cheat sheet (2/2)', placeHolder: 'Which format?' },
      );
      if (!pick) return undefined;
      format = pick.format;
    }
    const ext = format === 'html' ? 'html' : 'md';
    let target = given?.target instanceof vscode.Uri ? given.target : typeof given?.target === 'string' ? vscode.Uri.parse(given.target, true) : undefined;
    if (!target) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      target = await vscode.window.showSaveDialog({
        title: 'Save the cheat sheet',
        saveLabel: 'Save Cheat Sheet',
        defaultUri: folder ? vscode.Uri.joinPath(folder, `star-cheat-sheet.${ext}`) : undefined,
        filters: format === 'html' ? { HTML: ['html'] } : { Markdown: ['md'] },
      });
      if (!target) return undefined;
    }
    // Never over a story: the cheat sheet is a new file.
    if (target.path.toLowerCase().endsWith('.star.md') || this.stories.some((s) => s.path === target!.toString())) {
      void vscode.window.showErrorMessage('STAR: the cheat sheet cannot be saved over a story. Choose a new file name.');
      return undefined;
    }
    const chosen = new Set(principles);
    const files = [...new Set(this.stories.filter((s) => s.principles.some((id) => chosen.has(id))).map((s) => s.path))];
    const entries = [];
    for (const path of files) {
      const uri = vscode.Uri.parse(path);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === path);
      let text: string;
      try {
        text = open ? open.getText() : decoder.decode(await this.files.read(uri));
      } catch {
        continue;
      }
      await this.config.ready(uri);
      const analysis = this.store.analyzeText(uri, text);
      entries.push(...cheatStories(vscode.workspace.asRelativePath(uri), analysis.file, this.config.getEngineConfig(uri), this.files.facts));
    }
    const content = renderCheatSheet(cheatSections(entries, principles), format);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    if (!given) {
      // An HTML page is for printing: a browser opens it, when it is a file on this machine.
      const browser = format === 'html' && target.scheme === 'file' ? ['Open in Browser'] : [];
      const choice = await vscode.window.showInformationMessage(`STAR: cheat sheet saved to ${vscode.workspace.asRelativePath(target)}.`, 'Open', ...browser);
      if (choice === 'Open') await vscode.window.showTextDocument(target);
      else if (choice) await vscode.env.openExternal(target);
    }
    return target;
  }
}

function group(kind: string, label: string, count: number, icon: string, tooltip: string): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `group:${kind}`;
  item.description = `${count} ${count === 1 ? 'story' : 'stories'}`;
  item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor('list.warningForeground'));
  item.tooltip = tooltip.replace(/`/g, '');
  item.accessibilityInformation = { label: `${label}: ${item.description}` };
  return item;
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!<>|$]/g, (c) => `\\${c}`);
}
