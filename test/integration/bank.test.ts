// The Story Bank in a real extension host: the tree for the test workspace (test/workspace/bank/
// holds a story filed under two principles, a ready one, an overused one), files appearing,
// changing and leaving, the toolbar, the overview webview, the cheat-sheet export and the
// Getting Started walkthrough.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TreeSnapshot } from '../../src/extension/bankView';
import type { StarStoryApi } from '../../src/extension/extension';
import { activateApi, cleanUp, EXTENSION_ID, waitFor, WAIT_MS, WATCHER_MS, workspaceUri } from './helpers';
import { probe, PROBE_DIR } from './probe';

const POOL = 'Sizing the checkout connection pool';
const FRUGAL = 'Turning off idle test environments';
const OVERUSED = 'Everything at once';
const NEW_STORY = (title: string) => `# ${title}
<!-- star: principle=Hire and Develop the Best -->

## Situation
A new engineer on my team struggled with on-call.

## Task
I offered to help.

## Action
I paired with her on three incidents.

## Result
She led the next incident alone.

## Reflection
I learned to pair on real incidents.
`;

function find(nodes: TreeSnapshot[], label: string): TreeSnapshot {
  const node = nodes.find((n) => n.label === label);
  assert.ok(node, `no "${label}" in ${JSON.stringify(nodes.map((n) => n.label))}`);
  return node;
}

const titles = (node: TreeSnapshot) => node.children.map((c) => c.label);

describe('Story Bank view', function () {
  this.timeout(WAIT_MS * 4);
  let api: StarStoryApi;
  const tmp = workspaceUri('bank', '.tmp');

  before(async () => {
    api = await activateApi();
    await api.bank().settled();
  });
  after(async () => {
    await vscode.workspace.fs.delete(tmp, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await vscode.commands.executeCommand('starStory.bank.groupByPrinciple');
    await vscode.commands.executeCommand('starStory.bank.showAll');
    await cleanUp();
  });

  it('lists the 16 principles in order, then the unfiled and overused groups', () => {
    const roots = api.bank().tree();
    const state = api.bank().state()!;
    assert.deepStrictEqual(roots.slice(0, 16).map((r) => r.label), state.coverage.principles.map((p) => p.name));
    assert.strictEqual(roots[0].label, 'Customer Obsession');
    assert.deepStrictEqual(roots.slice(16).map((r) => r.label), ['No principle', 'Overused']);
    for (const node of roots) assert.ok(node.accessibilityLabel.startsWith(node.label), node.accessibilityLabel);
  });

  it('files a story with two principles under each, with its level and readiness', () => {
    const roots = api.bank().tree();
    for (const principle of ['Dive Deep', 'Bias for Action']) {
      const node = find(roots, principle);
      assert.deepStrictEqual(titles(node), [POOL], principle);
      assert.match(node.description, /^1 story, 1 ready · gap: 1 more needed$/);
      assert.strictEqual(node.icon, 'warning');
      const story = node.children[0];
      assert.match(story.description, /^SDE II · 7\/7 · 1:0\d \/ 2:00 · ready$/);
      assert.strictEqual(story.icon, 'pass-filled');
      assert.match(story.accessibilityLabel, /^Sizing the checkout connection pool, SDE II, ready · checklist 7\/7 · .* · no warnings, in bank\/pool\.star\.md$/);
    }
  });

  it('calls out a principle with no story, and flags the overused story with its first warning', () => {
    const roots = api.bank().tree();
    const hire = find(roots, 'Hire and Develop the Best');
    assert.strictEqual(hire.description, 'no story yet (goal 2)');
    assert.strictEqual(hire.icon, 'circle-slash');
    assert.deepStrictEqual(hire.children, []);
    const overused = find(roots, 'Overused');
    assert.ok(titles(overused).includes(OVERUSED), JSON.stringify(titles(overused)));
    const story = find(find(roots, 'Think Big').children, OVERUSED);
    assert.match(story.description, /^SDE II · 0\/7 · 0:\d\d \/ 2:00 · \d+ warnings$/);
    assert.match(story.tooltip, /Overused: filed under 4 principles/);
    assert.match(story.tooltip, /First to fix: /);
    const unfiled = find(roots, 'No principle');
    assert.ok(titles(unfiled).includes('Shortening the release checklist'), JSON.stringify(titles(unfiled)));
  });

  it('opens a story at its title on click', async () => {
    const story = find(find(api.bank().tree(), 'Frugality').children, FRUGAL);
    assert.strictEqual(story.command?.command, 'starStory.bank.openStory');
    await vscode.commands.executeCommand(story.command.command, ...story.command.arguments);
    const editor = await waitFor('the story in an editor', () => vscode.window.activeTextEditor, (e) => e?.document.uri.path.endsWith('/bank/frugal.star.md') === true);
    assert.strictEqual(editor!.document.lineAt(editor!.selection.active.line).text, `# ${FRUGAL}`);
    // The second story of the file opens at its own title.
    const second = find(find(api.bank().tree(), 'Think Big').children, OVERUSED);
    await vscode.commands.executeCommand(second.command!.command, ...second.command!.arguments);
    await waitFor('the cursor on the second title', () => vscode.window.activeTextEditor?.selection.active.line, (line) => vscode.window.activeTextEditor?.document.lineAt(line ?? 0).text === `# ${OVERUSED}`);
    await cleanUp();
  });

  it('shows a new file, a rename and a deletion, reading only the file that changed', async function () {
    // Made and deleted as the editor does (Explorer, New File, a workspace edit): the bank hears of
    // it from the workspace at once, and from its file watcher too, which in this host may report
    // a file seconds late or, when the whole suite has loaded both cores, not at all.
    this.timeout(WATCHER_MS * 3);
    const before = api.bank().state()!.reads;
    const file = vscode.Uri.joinPath(tmp, 'mentoring.star.md');
    const renamed = vscode.Uri.joinPath(tmp, 'renamed.star.md');
    try {
      const create = new vscode.WorkspaceEdit();
      create.createFile(file, { contents: new TextEncoder().encode(NEW_STORY('Pairing a new engineer through on-call')) });
      assert.ok(await vscode.workspace.applyEdit(create));
      const hire = () => find(api.bank().tree(), 'Hire and Develop the Best');
      await waitFor('the new story under its principle', () => titles(hire()), (t) => t.includes('Pairing a new engineer through on-call'), WATCHER_MS);
      assert.strictEqual(api.bank().state()!.reads - before, 1, 'only the new file is read');

      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(file, renamed);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('the story under its new file name', () => api.bank().state()!.stories.filter((s) => s.title === 'Pairing a new engineer through on-call').map((s) => s.path), (p) => p.length === 1 && p[0] === renamed.toString());

      const remove = new vscode.WorkspaceEdit();
      remove.deleteFile(renamed);
      assert.ok(await vscode.workspace.applyEdit(remove));
      await waitFor('the deleted story to leave', () => titles(hire()), (t) => t.length === 0, WATCHER_MS);
      assert.strictEqual(hire().description, 'no story yet (goal 2)');
    } finally {
      // Whatever failed above, the next tests start from the fixture bank.
      for (const uri of [file, renamed]) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
      await waitFor('the bank without the test story', () => api.bank().state()!.stories.some((s) => s.title === 'Pairing a new engineer through on-call'), (there) => !there, WATCHER_MS);
    }
  });

  it('follows typing in an open story without reading it from disk', async () => {
    const uri = workspaceUri('bank', 'pool.star.md');
    const original = await vscode.workspace.fs.readFile(uri);
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      const reads = api.bank().state().reads;
      const line = document.getText().split('\n').indexOf(`# ${POOL}`);
      const end = document.lineAt(line).text.length;
      await editor.edit((e) => e.insert(new vscode.Position(line, end), ' (draft)'));
      await waitFor('the edited title in the tree', () => titles(find(api.bank().tree(), 'Dive Deep')), (t) => t[0] === `${POOL} (draft)`);
      assert.strictEqual(api.bank().state().reads, reads);
      // Typed back and saved (the web workbench may have saved the draft already: files.autoSave).
      await editor.edit((e) => e.delete(new vscode.Range(line, end, line, end + ' (draft)'.length)));
      await document.save();
      await waitFor('the title back', () => titles(find(api.bank().tree(), 'Dive Deep')), (t) => t[0] === POOL);
    } finally {
      await cleanUp();
      const now = await vscode.workspace.fs.readFile(uri);
      if (Buffer.compare(Buffer.from(now), Buffer.from(original)) !== 0) await vscode.workspace.fs.writeFile(uri, original);
    }
  });

  it('follows the goals in settings: principles outside the loop are listed but never gaps', async () => {
    const section = vscode.workspace.getConfiguration('starStory');
    // Workspace settings go to .vscode/settings.json: removed again if the test made the folder.
    const vscodeDir = workspaceUri('.vscode').fsPath;
    const hadVscodeDir = fs.existsSync(vscodeDir);
    try {
      await section.update('bank.principles', ['dive-deep', 'frugality', 'think-big'], vscode.ConfigurationTarget.Workspace);
      await section.update('bank.storiesPerPrinciple', 1, vscode.ConfigurationTarget.Workspace);
      await waitFor('the new goals', () => api.bank().state().goals, (g) => g.storiesPerPrinciple === 1 && g.principles.length === 3);
      const roots = await waitFor('the tree under the new goals', () => api.bank().tree(), (r) => find(r, 'Dive Deep').description.endsWith('goal met'));
      assert.strictEqual(find(roots, 'Frugality').description, '1 story, 1 ready · goal met');
      assert.strictEqual(find(roots, 'Hire and Develop the Best').description, 'not in your goals');
      assert.strictEqual(find(roots, 'Hire and Develop the Best').icon, 'circle-outline');
      assert.deepStrictEqual(api.bank().state().coverage.gaps, []);
    } finally {
      await section.update('bank.principles', undefined, vscode.ConfigurationTarget.Workspace);
      await section.update('bank.storiesPerPrinciple', undefined, vscode.ConfigurationTarget.Workspace);
      if (!hadVscodeDir) fs.rmSync(vscodeDir, { recursive: true, force: true });
    }
    await waitFor('the default goals back', () => api.bank().state().goals, (g) => g.storiesPerPrinciple === 2 && g.principles.length === 16);
  });

  it('groups by file and shows only gaps from the toolbar', async () => {
    await vscode.commands.executeCommand('starStory.bank.groupByFile');
    const files = api.bank().tree();
    const frugal = find(files, 'bank/frugal.star.md');
    assert.deepStrictEqual(titles(frugal), [FRUGAL, OVERUSED]);
    assert.strictEqual(frugal.description, '2 stories, 1 ready');
    await vscode.commands.executeCommand('starStory.bank.groupByPrinciple');
    await vscode.commands.executeCommand('starStory.bank.showGapsOnly');
    const gaps = api.bank().tree();
    const state = api.bank().state()!;
    assert.deepStrictEqual(gaps.map((g) => g.label), state.coverage.principles.filter((p) => p.gap).map((p) => p.name));
    assert.ok(!gaps.some((g) => g.label === 'Overused' || g.label === 'No principle'));
    await vscode.commands.executeCommand('starStory.bank.showAll');
    assert.strictEqual(api.bank().tree().length, 18);
  });
});


describe('Story Bank overview', function () {
  this.timeout(WAIT_MS * 4);
  let api: StarStoryApi;
  before(async () => {
    api = await activateApi();
    await vscode.commands.executeCommand('starStory.bank.openOverview');
  });
  after(cleanUp);

  it('posts the matrix model: every story with its principles and readiness, the gaps, the weakest', async () => {
    const state = await waitFor('the overview model', () => api.bank().overview(), (s) => !!s?.model && s.model.totals.stories > 0);
    const model = state!.model!;
    const pool = model.stories.find((s) => s.title === POOL)!;
    assert.deepStrictEqual(pool.principles, ['dive-deep', 'bias-for-action']);
    assert.strictEqual(pool.ready, true);
    const overused = model.stories.find((s) => s.title === OVERUSED)!;
    assert.strictEqual(overused.overused, true);
    assert.ok(model.weakest.some((w) => w.id === overused.id && w.message), JSON.stringify(model.weakest));
    assert.strictEqual(model.principles.length, 16);
    assert.strictEqual(model.principles.find((p) => p.id === 'hire-and-develop-the-best')!.stories, 0);
  });

  it('shows the matrix in the webview with text for every readiness, under a strict CSP', async function () {
    if (!PROBE_DIR) this.skip();
    const result = await probe('bank', { globals: [], selector: 'main#bank table.matrix' });
    assert.ok(result.found, result.error);
    const csp = result.csp ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9+/=_-]{16,}'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.strictEqual(result.h1, 'Story Bank');
    for (const text of [POOL, FRUGAL, OVERUSED, 'Principles × stories', 'Ready', 'Level mix', 'Weakest stories', 'First to fix:', 'Hire and Develop the Best — no story yet, 2 more needed']) {
      assert.ok(result.text.includes(text), `"${text}" not in the overview:\n${result.text.slice(0, 1500)}`);
    }
    assert.match(result.text, /\d+ warn/);
    assert.deepStrictEqual(result.handlers, []);
    assert.deepStrictEqual(result.foreignElements, []);
  });
});

describe('Export Cheat Sheet', function () {
  this.timeout(WAIT_MS * 2);
  const target = workspaceUri('bank-cheat-sheet.md');
  after(() => vscode.workspace.fs.delete(target, { useTrash: false }).then(undefined, () => undefined));

  it('writes the chosen principles with title, headline figure, first three verbs and the lesson', async () => {
    const written = await vscode.commands.executeCommand<vscode.Uri>('starStory.bank.exportCheatSheet', { principles: ['frugality', 'dive-deep'], format: 'markdown', target });
    assert.strictEqual(written?.toString(), target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /^# STAR cheat sheet\n\n## Frugality\n\n- \*\*Turning off idle test environments\*\*\n {2}- Figure: \*\*\$9,000\*\* — The monthly bill/);
    assert.match(text, /Actions: measured → wrote → added/);
    assert.match(text, /Lesson: I learned to measure real usage before arguing about cost/);
    assert.match(text, /## Dive Deep\n\n- \*\*Sizing the checkout connection pool\*\*/);
    assert.ok(!text.includes('Think Big'));
  });

  it('never writes over a story', async () => {
    const story = workspaceUri('bank', 'pool.star.md');
    const before = await vscode.workspace.fs.readFile(story);
    const written = await vscode.commands.executeCommand('starStory.bank.exportCheatSheet', { principles: ['dive-deep'], format: 'html', target: story });
    assert.strictEqual(written, undefined);
    assert.deepStrictEqual(await vscode.workspace.fs.readFile(story), before);
  });
});

describe('Getting Started walkthrough', () => {
  it('is contributed with four steps, each with a command button and a picture shipped with the extension', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const walkthroughs = extension.packageJSON.contributes.walkthroughs as { id: string; steps: { id: string; description: string; media: { svg: string; altText: string } }[] }[];
    assert.strictEqual(walkthroughs.length, 1);
    const steps = walkthroughs[0].steps;
    assert.deepStrictEqual(steps.map((s) => s.id), ['newStory', 'fixFinding', 'coachPanel', 'storyBank']);
    const commands = steps.map((s) => /\]\(command:([\w.]+)\)/.exec(s.description)?.[1]);
    assert.deepStrictEqual(commands, ['starStory.newStory', 'starStory.checkStory', 'starStory.openPanel', 'starStory.openStoryBank']);
    for (const step of steps) {
      assert.ok(step.media.altText.length > 10, step.id);
      assert.ok(fs.existsSync(path.join(extension.extensionPath, step.media.svg)), `${step.media.svg} is missing`);
    }
  });

  it('"Open Story Bank" shows the view', async () => {
    await vscode.commands.executeCommand('starStory.openStoryBank');
    const api = await activateApi();
    await api.bank().settled();
    assert.ok(api.bank().state());
  });
});
