// The editor glue in a real extension host: diagnostics on their ranges and updated on edit,
// hover coaching, quick fixes (each one undo step), code lens, status bar, folding, completions.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SECTION_GUIDES, getTip } from '../../src/core/coaching';
import type { StarStoryApi } from '../../src/extension/extension';
import { formatSeconds } from '../../src/core/timing';
import {
  activateApi,
  cleanUp,
  hasRule,
  hoverText,
  lacksRule,
  openStory,
  ruleIds,
  ruleOf,
  waitFor,
  waitForDiagnostics,
} from './helpers';

const STORY = ['editor', 'exporter.star.md'];
const EXPECTED_RULES = ['hedging', 'principle-fit', 'result-missing-second-order', 'unquantified-result', 'vague-outcome', 'we-instead-of-i'];

function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const start = document.getText().indexOf(needle);
  assert.ok(start >= 0, `"${needle}" not in ${document.uri.path}`);
  return new vscode.Range(document.positionAt(start), document.positionAt(start + needle.length));
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('editor: diagnostics, hover, quick fixes', () => {
  let api: StarStoryApi;

  before(async () => {
    api = await activateApi();
  });
  afterEach(cleanUp);

  it('publishes each finding on its own range, with source, severity and a docs link', async () => {
    const { document } = await openStory(...STORY);
    const diagnostics = await waitForDiagnostics(document.uri, 'the story diagnostics', hasRule('we-instead-of-i'));
    assert.deepStrictEqual(ruleIds(document.uri), EXPECTED_RULES);

    const we = diagnostics.find((d) => ruleOf(d) === 'we-instead-of-i')!;
    const weStart = rangeOf(document, 'We went').start;
    assert.ok(we.range.isEqual(new vscode.Range(weStart, weStart.translate(0, 2))), JSON.stringify(we.range));
    assert.strictEqual(document.getText(we.range), 'We');
    assert.strictEqual(we.severity, vscode.DiagnosticSeverity.Warning);
    const code = we.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.target.toString(true), 'https://github.com/star-story-coach/star-story-coach/blob/main/docs/rules/we-instead-of-i.md');

    const hedging = diagnostics.find((d) => ruleOf(d) === 'hedging')!;
    assert.strictEqual(document.getText(hedging.range), 'I think');
    assert.strictEqual(hedging.severity, vscode.DiagnosticSeverity.Information);
    const unquantified = diagnostics.find((d) => ruleOf(d) === 'unquantified-result')!;
    assert.strictEqual(document.getText(unquantified.range), '## Result');
    assert.ok(diagnostics.every((d) => !d.tags?.length));

    assert.strictEqual(api.getAnalysis(document.uri)?.version, document.version);
  });

  it('updates the diagnostics when the story is edited', async () => {
    const { document } = await openStory(...STORY);
    await waitForDiagnostics(document.uri, 'the vague outcome', hasRule('vague-outcome'));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, rangeOf(document, 'I think it improved a lot.'), 'Lost invoices went from 1 in 200 to 0 in the next quarter.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await waitForDiagnostics(document.uri, 'hedging and the vague outcome to go', (d) => lacksRule('vague-outcome')(d) && lacksRule('hedging')(d));
    assert.ok(!after.some((d) => ruleOf(d) === 'unquantified-result'), 'the Result now has a figure');
    assert.ok(after.some((d) => ruleOf(d) === 'we-instead-of-i'));
  });

  it('hovers the tip on a flagged phrase and the timing and checklist on a heading', async () => {
    const { document } = await openStory(...STORY);
    await waitForDiagnostics(document.uri, 'the story diagnostics', hasRule('we-instead-of-i'));
    const onWe = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(document, 'We went').start.translate(0, 1));
    const tip = getTip('we-instead-of-i')!;
    const text = hoverText(onWe);
    assert.ok(text.includes(tip.title), text);
    assert.ok(text.includes(tip.strong), text);
    const link = onWe.flatMap((h) => h.contents).find((c) => typeof c !== 'string' && c.value.includes('command:starStory.openPanel?'));
    assert.ok(link, 'no "Open in coach panel" link');
    assert.deepStrictEqual((link as vscode.MarkdownString).isTrusted, { enabledCommands: ['starStory.openPanel'] });

    const onHeading = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(document, '## Action').start.translate(0, 4));
    const heading = hoverText(onHeading);
    assert.match(heading, /est\. \d+:\d\d \/ target 1:02/);
    assert.ok(heading.includes(SECTION_GUIDES.action.checklist[0]), heading);
  });

  it('offers the we→I fix, which one undo reverts exactly', async () => {
    const editor = await openStory(...STORY);
    const { document } = editor;
    const original = document.getText();
    await waitForDiagnostics(document.uri, 'the story diagnostics', hasRule('we-instead-of-i'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, rangeOf(document, 'We'));
    const titles = actions.map((a) => a.title);
    for (const title of ['Change "We" to "I"', 'Disable we-instead-of-i for this line', 'Disable we-instead-of-i for this file', 'Show coaching tip for we-instead-of-i']) {
      assert.ok(titles.includes(title), `missing "${title}" in ${JSON.stringify(titles)}`);
    }
    const fix = actions.find((a) => a.title === 'Change "We" to "I"')!;
    assert.strictEqual(fix.isPreferred, true);
    assert.deepStrictEqual(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)));
    assert.ok(document.getText().includes('I went through a week'));
    await waitForDiagnostics(document.uri, 'we-instead-of-i to go', lacksRule('we-instead-of-i'));

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), original);
  });

  it('inserts the measured-result template as one snippet edit and disables a rule for a line', async () => {
    const editor = await openStory(...STORY);
    const { document } = editor;
    const original = document.getText();
    await waitForDiagnostics(document.uri, 'the story diagnostics', hasRule('unquantified-result'));
    const onResult = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, rangeOf(document, '## Result'));
    const template = onResult.find((a) => a.title === 'Insert a measured-result sentence');
    assert.ok(template?.command, JSON.stringify(onResult.map((a) => a.title)));
    assert.strictEqual(template.isPreferred, true);
    await vscode.commands.executeCommand(template.command.command, ...(template.command.arguments ?? []));
    assert.match(document.getText(), /I think it improved a lot\. \[Write the metric\] went from \[Write the figure before\] to \[Write the figure after\], which/);
    // Left as inserted, the template is placeholders: flagged, and it clears nothing.
    const flagged = await waitForDiagnostics(document.uri, 'the template flagged', (d) => d.filter((x) => ruleOf(x) === 'unfilled-placeholder').length === 4);
    assert.ok(flagged.some((d) => ruleOf(d) === 'unquantified-result'));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), original);

    const onHedge = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, rangeOf(document, 'I think'));
    const disable = onHedge.find((a) => a.title === 'Disable hedging for this line');
    assert.ok(disable?.edit && (await vscode.workspace.applyEdit(disable.edit)));
    assert.ok(document.getText().includes('## Result\n<!-- star-disable-next-line hedging -->\nI think it improved'));
    await waitForDiagnostics(document.uri, 'hedging to be silenced', lacksRule('hedging'));
  });

  it('reads the other front matter keys past a bad line, and quotes its value with one quick fix', async () => {
    const text = ['---', 'source: github.com/x : notes.md', 'principle: Ownership', 'level: senior', '---', '# Queue backlog', '## Action', 'I traced the backlog to a retry loop.', ''].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'star', content: text });
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(document.uri, 'the bad front matter line', hasRule('invalid-front-matter'));
    const bad = diagnostics.filter((d) => ruleOf(d) === 'invalid-front-matter');
    assert.strictEqual(bad.length, 1);
    assert.strictEqual(document.getText(bad[0].range), 'source: github.com/x : notes.md');
    assert.match(bad[0].message, /put the value in quotes/);
    // Coached as the Ownership story at senior level it says it is.
    const story = api.getAnalysis(document.uri)!.result.stories[0];
    assert.deepStrictEqual([story.principles, story.level], [['ownership'], 'senior']);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, bad[0].range);
    const quote = actions.find((a) => a.title === 'Put the value of "source" in quotes');
    assert.ok(quote?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(await vscode.workspace.applyEdit(quote.edit));
    assert.strictEqual(document.getText(), text.replace('source: github.com/x : notes.md', "source: 'github.com/x : notes.md'"));
    await waitForDiagnostics(document.uri, 'the front matter to read whole', lacksRule('invalid-front-matter'));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), text);
  });

  it('shows section timings as code lenses and the story time in the status bar', async () => {
    const { document } = await openStory(...STORY);
    await waitForDiagnostics(document.uri, 'the story diagnostics', hasRule('we-instead-of-i'));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    const actionLine = rangeOf(document, '## Action').start.line;
    const onAction = lenses.find((l) => l.range.start.line === actionLine);
    assert.match(onAction?.command?.title ?? '', /^\d+:\d\d \/ 1:02$/);
    assert.strictEqual(onAction?.command?.command, 'starStory.openPanel');
    const titleLens = lenses.find((l) => l.range.start.line === rangeOf(document, '# Repairing').start.line);
    assert.match(titleLens?.command?.title ?? '', /^\$\(mic\) \d+:\d\d \/ 2:00$/);
    // Beside it, Rehearse opens this story's rehearsal.
    const rehearse = lenses.filter((l) => l.command?.command === 'starStory.rehearse');
    assert.deepStrictEqual(rehearse.map((l) => [l.range.start.line, l.command?.title, l.command?.arguments]), [[titleLens!.range.start.line, '$(play) Rehearse', [{ uri: document.uri.toString(), storyIndex: 0 }]]]);

    const seconds = api.getAnalysis(document.uri)!.result.stories[0].seconds;
    const view = await waitFor('the status bar', () => api.statusBar(), (v) => v !== undefined);
    assert.strictEqual(view?.text, `$(mic) ${formatSeconds(seconds)} · ${EXPECTED_RULES.length}`);
  });

  it('folds the front matter and each section', async () => {
    const { document } = await openStory(...STORY);
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    assert.ok(ranges.some((r) => r.start === 0 && r.end === 4), JSON.stringify(ranges));
    const action = rangeOf(document, '## Action').start.line;
    assert.ok(ranges.some((r) => r.start === action && r.end === action + 2), JSON.stringify(ranges));
  });

  it('completes the star-story snippet', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'star', content: '' });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 0));
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('star-story'), JSON.stringify(labels.slice(0, 40)));
  });
});
