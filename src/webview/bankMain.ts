import { config as zodConfig } from 'zod/mini';
import { overviewModelSchema, parseOverviewExtensionMessage, type OverviewModel, type OverviewPrinciple, type OverviewStory, type OverviewWebviewMessage } from '../core/bankMessages';
import { formatSeconds } from '../core/timing';
import { el, spokenSeconds, srOnly } from './dom';

// The Story Bank overview's browser side: renders the model the extension posts (the principle ×
// story matrix, the level mix, the weakest stories, the gaps), sends back which story to open,
// and keeps the model with setState so a reload or a hidden tab shows it at once.

interface VsCodeApi {
  postMessage(message: OverviewWebviewMessage): void;
  getState(): unknown;
  setState(state: { model: OverviewModel | null }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

zodConfig({ jitless: true });

const vscode = acquireVsCodeApi();
const root = document.getElementById('bank') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
let model: OverviewModel | null = restore(vscode.getState());

function restore(saved: unknown): OverviewModel | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const parsed = overviewModelSchema.safeParse((saved as { model?: unknown }).model);
  return parsed.success ? parsed.data : null;
}

/** Short column labels as candidates write them in prep notes; the full name is in the header's title and for screen readers. */
const SHORT: Record<string, string> = {
  'customer-obsession': 'CO',
  ownership: 'Own',
  'invent-and-simplify': 'I&S',
  'are-right-a-lot': 'ARAL',
  'learn-and-be-curious': 'LBC',
  'hire-and-develop-the-best': 'HDB',
  'insist-on-the-highest-standards': 'IHS',
  'think-big': 'TB',
  'bias-for-action': 'BfA',
  frugality: 'Fru',
  'earn-trust': 'ET',
  'dive-deep': 'DD',
  'have-backbone-disagree-and-commit': 'HB',
  'deliver-results': 'DR',
  'strive-to-be-earths-best-employer': 'EBE',
  'success-and-scale-bring-broad-responsibility': 'SSR',
};

function initials(p: OverviewPrinciple): string {
  return SHORT[p.id] ?? p.name.slice(0, 3);
}

type Readiness = 'ready' | 'errors' | 'warnings' | 'over' | 'empty';

function readinessOf(s: OverviewStory): Readiness {
  if (s.ready) return 'ready';
  if (s.errors) return 'errors';
  if (s.warnings) return 'warnings';
  return s.seconds === 0 ? 'empty' : 'over';
}

/** The cell's text: never colour alone. */
function readinessLabel(s: OverviewStory): string {
  switch (readinessOf(s)) {
    case 'ready':
      return 'Ready';
    case 'errors':
      return `${s.errors} err`;
    case 'warnings':
      return `${s.warnings} warn`;
    case 'empty':
      return 'Empty';
    default:
      return 'Over';
  }
}

function readinessSpoken(s: OverviewStory): string {
  const issues = [s.errors ? `${s.errors} error${s.errors === 1 ? '' : 's'}` : '', s.warnings ? `${s.warnings} warning${s.warnings === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ') || 'no warnings';
  return `${s.ready ? 'ready' : 'not ready'}: checklist ${s.checklist} of ${s.checklistTotal}, ${spokenSeconds(s.seconds)} of ${spokenSeconds(s.targetSeconds)}${s.withinTime ? '' : ' (over)'}, ${issues}`;
}

function storyButton(s: OverviewStory): HTMLButtonElement {
  const button = el('button', { className: 'link', text: s.title, attrs: { type: 'button', 'data-key': `story-${s.id}`, title: `Open "${s.title}" in ${s.file}` } });
  button.addEventListener('click', () => vscode.postMessage({ type: 'open', id: s.id }));
  return button;
}

function renderSummary(m: OverviewModel): HTMLElement {
  const t = m.totals;
  return el(
    'header',
    { className: 'summary' },
    el('h1', { text: 'Story Bank' }),
    el(
      'p',
      { className: 'muted' },
      `${t.stories} ${t.stories === 1 ? 'story' : 'stories'}, ${t.ready} ready · ${t.needed - t.gaps} of ${t.needed} principles meet the goal (goal: ${m.storiesPerPrinciple} ${m.storiesPerPrinciple === 1 ? 'story' : 'stories'} each)`,
    ),
  );
}

function renderMatrix(m: OverviewModel): HTMLElement {
  const columns = m.principles;
  const head = el(
    'tr',
    {},
    el('th', { text: 'Story', attrs: { scope: 'col' } }),
    el('th', { text: 'Checklist · time', attrs: { scope: 'col' } }),
    ...columns.map((p) => el('th', { className: p.needed ? 'principle' : 'principle not-needed', attrs: { scope: 'col', title: p.name } }, el('abbr', { text: initials(p), attrs: { title: p.name, 'aria-hidden': 'true' } }), srOnly(p.name))),
  );
  const rows = m.stories.map((s) => {
    const state = readinessOf(s);
    return el(
      'tr',
      {},
      el('th', { attrs: { scope: 'row' } }, storyButton(s), el('span', { className: 'file muted', text: s.file }), s.overused ? el('span', { className: 'tag', text: 'overused' }) : null, s.duplicate ? el('span', { className: 'tag', text: 'duplicate title' }) : null),
      el('td', { className: `readiness ${state}`, attrs: { title: readinessSpoken(s) } }, `${s.checklist}/${s.checklistTotal} · ${formatSeconds(s.seconds)}/${formatSeconds(s.targetSeconds)}`),
      ...columns.map((p) =>
        s.principles.includes(p.id)
          ? el('td', { className: `cell ${state}`, attrs: { title: `${s.title}: ${p.name}, ${readinessSpoken(s)}` } }, el('span', { className: 'mark', text: readinessLabel(s) }))
          : el('td', { className: 'cell none' }, srOnly('—')),
      ),
    );
  });
  const foot = el(
    'tr',
    { className: 'totals' },
    el('th', { text: 'Stories per principle', attrs: { scope: 'row' } }),
    el('td', {}),
    ...columns.map((p) => el('td', { className: `count ${!p.needed ? 'not-needed' : p.stories === 0 ? 'none' : p.gap ? 'gap' : 'met'}`, attrs: { title: principleSummary(p, m) } }, String(p.stories), p.gap ? el('span', { className: 'gap-mark', text: ' !' }) : null)),
  );
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'matrix-heading' } },
    el('h2', { text: 'Principles × stories', attrs: { id: 'matrix-heading' } }),
    el(
      'div',
      { className: 'table-wrap', attrs: { tabindex: '0', role: 'region', 'aria-label': 'Principle by story matrix, scrolls sideways' } },
      el('table', { className: 'matrix' }, el('caption', { className: 'sr-only', text: 'Each row is a story, each column a Leadership Principle; a filled cell says the story is filed under it and how ready it is.' }), el('thead', {}, head), el('tbody', {}, ...rows), el('tfoot', {}, foot)),
    ),
    m.hidden > 0 ? el('p', { className: 'muted', text: `${m.hidden} more ${m.hidden === 1 ? 'story is' : 'stories are'} not shown.` }) : null,
    el(
      'p',
      { className: 'legend muted' },
      'Cells: ',
      el('span', { className: 'cell-key ready', text: 'Ready' }),
      ' no warnings and within time · ',
      el('span', { className: 'cell-key warnings', text: 'n warn' }),
      ' warnings · ',
      el('span', { className: 'cell-key errors', text: 'n err' }),
      ' errors · ',
      el('span', { className: 'cell-key over', text: 'Over' }),
      ' over its time target. Bottom row: ! marks a gap.',
    ),
  );
}

function principleSummary(p: OverviewPrinciple, m: OverviewModel): string {
  if (!p.needed) return `${p.name}: ${p.stories} stories, not in your goals`;
  if (p.stories === 0) return `${p.name}: no story yet (goal ${m.storiesPerPrinciple})`;
  return `${p.name}: ${p.stories} stories, ${p.ready} ready${p.gap ? `, ${p.missing} more needed` : ', goal met'}`;
}

function renderLevels(m: OverviewModel): HTMLElement {
  const total = Math.max(1, m.levels.reduce((n, l) => n + l.stories, 0));
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'levels-heading' } },
    el('h2', { text: 'Level mix', attrs: { id: 'levels-heading' } }),
    el(
      'ul',
      { className: 'levels' },
      ...m.levels.map((l) =>
        el('li', {}, el('span', { className: 'level-label', text: l.label }), el('span', { className: 'level-bar', attrs: { 'aria-hidden': 'true' } }, el('span', { className: `fill w${Math.round((l.stories / total) * 20) * 5}` })), el('span', { className: 'level-count', text: `${l.stories} ${l.stories === 1 ? 'story' : 'stories'}` })),
      ),
    ),
  );
}

function renderWeakest(m: OverviewModel): HTMLElement {
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'weakest-heading' } },
    el('h2', { text: 'Weakest stories', attrs: { id: 'weakest-heading' } }),
    m.weakest.length === 0
      ? el('p', { className: 'muted', text: 'Every story is ready.' })
      : el(
          'ol',
          { className: 'weakest' },
          ...m.weakest.map((w) => {
            const s = m.stories[w.id];
            if (!s) return null;
            return el('li', {}, storyButton(s), el('p', { className: `readiness-line ${readinessOf(s)}`, text: readinessSpoken(s) }), w.message ? el('p', { className: 'first-warning' }, el('strong', { text: 'First to fix: ' }), w.message) : null);
          }),
        ),
  );
}

function renderGaps(m: OverviewModel): HTMLElement {
  const gaps = m.principles.filter((p) => p.gap);
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'gaps-heading' } },
    el('h2', { text: 'Gaps', attrs: { id: 'gaps-heading' } }),
    gaps.length === 0
      ? el('p', { className: 'muted', text: `Every principle in your goals has ${m.storiesPerPrinciple} ${m.storiesPerPrinciple === 1 ? 'story' : 'stories'} or more.` })
      : el('ul', { className: 'gaps' }, ...gaps.map((p) => el('li', { className: p.stories === 0 ? 'none' : 'gap' }, el('strong', { text: p.name }), ` — ${p.stories === 0 ? 'no story yet' : `${p.stories} of ${m.storiesPerPrinciple}`}, ${p.missing} more needed`))),
  );
}

function render(): void {
  const focusedKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
  if (!model) {
    root.replaceChildren(el('div', { className: 'empty-state' }, el('h1', { text: 'Story Bank' }), el('p', { text: 'Reading the stories of this workspace…' })));
  } else if (model.totals.stories === 0) {
    root.replaceChildren(el('div', { className: 'empty-state' }, el('h1', { text: 'Story Bank' }), el('p', { text: 'No .star.md stories in this workspace yet. Create one with "STAR: New STAR Story".' })));
  } else {
    root.replaceChildren(renderSummary(model), renderMatrix(model), el('div', { className: 'columns' }, renderGaps(model), renderWeakest(model), renderLevels(model)));
  }
  if (focusedKey) Array.from(root.querySelectorAll<HTMLElement>('[data-key]')).find((n) => n.dataset.key === focusedKey)?.focus({ preventScroll: true });
  const text = model ? `${model.totals.stories} stories, ${model.totals.ready} ready, ${model.totals.gaps} gaps` : 'Loading';
  if (status.textContent !== text) status.textContent = text;
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseOverviewExtensionMessage(event.data);
  if (!message) return;
  model = message.model;
  vscode.setState({ model });
  render();
});

render();
vscode.postMessage({ type: 'ready' });
