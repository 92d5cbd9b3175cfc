import { coachModelSchema, parseExtensionMessage, type CoachModel, type WebviewMessage } from '../core/panelMessages';
import { config as zodConfig } from 'zod/mini';
import { renderEmpty, renderModel, type RenderHooks } from './render';

// The coach panel's browser side: renders what the extension posts, sends back reveal and
// docs requests, and keeps its state with setState so a reload or a hidden tab restores it.

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PanelState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface PanelState {
  model: CoachModel | null;
  /** Follow-up questions the user opened. */
  open: string[];
  focusTip?: string;
}

// The CSP forbids eval: tell zod not to probe for it (the probe would log a CSP violation).
zodConfig({ jitless: true });

const vscode = acquireVsCodeApi();
const root = document.getElementById('app') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
let state: PanelState = restore(vscode.getState());

const hooks: RenderHooks = {
  reveal: (start, end) => vscode.postMessage({ type: 'reveal', start, end }),
  openDocs: (ruleId) => vscode.postMessage({ type: 'openDocs', ruleId }),
  showStory: (storyIndex) => vscode.postMessage({ type: 'showStory', storyIndex }),
  isOpen: (key) => state.open.includes(key),
  toggled: (key, open) => {
    const others = state.open.filter((k) => k !== key);
    save({ ...state, open: open ? [...others, key].slice(-50) : others });
  },
};

function restore(saved: unknown): PanelState {
  if (typeof saved !== 'object' || saved === null) return { model: null, open: [] };
  const s = saved as Partial<PanelState>;
  const model = coachModelSchema.safeParse(s.model);
  const open = Array.isArray(s.open) ? s.open.filter((k): k is string => typeof k === 'string').slice(-50) : [];
  return { model: model.success ? model.data : null, open, focusTip: typeof s.focusTip === 'string' ? s.focusTip : undefined };
}

function save(next: PanelState): void {
  state = next;
  vscode.setState(state);
}

function render(): void {
  // Put the keyboard focus back on the same control after the rebuild.
  const focusedKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
  root.replaceChildren(state.model ? renderModel(state.model, hooks) : renderEmpty());
  if (state.focusTip) document.getElementById(`tip-${state.focusTip}`)?.classList.add('highlight');
  if (focusedKey) {
    const same = Array.from(root.querySelectorAll<HTMLElement>('[data-key]')).find((node) => node.dataset.key === focusedKey);
    same?.focus({ preventScroll: true });
  }
  announce();
}

/** One short polite line for screen readers, only when the counts change. */
function announce(): void {
  const m = state.model;
  const text = m ? `${m.findingCount} finding${m.findingCount === 1 ? '' : 's'}, ${m.tips.length} tip${m.tips.length === 1 ? '' : 's'}` : 'No story open';
  if (status.textContent !== text) status.textContent = text;
}

/** Opens the tip (a folded line until then), scrolls to it and puts the focus on its line. */
function focusTip(tipId: string): void {
  save({ ...state, focusTip: tipId });
  root.querySelectorAll('.tip.highlight').forEach((node) => node.classList.remove('highlight'));
  const tip = document.getElementById(`tip-${tipId}`);
  if (!tip) {
    status.textContent = 'That tip no longer applies to this story.';
    return;
  }
  tip.classList.add('highlight');
  if (tip instanceof HTMLDetailsElement && !tip.open) tip.open = true;
  tip.scrollIntoView({ block: 'start', behavior: 'smooth' });
  (tip.querySelector('summary') ?? tip).focus({ preventScroll: true });
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseExtensionMessage(event.data);
  if (!message) return;
  if (message.type === 'update') {
    save({ ...state, model: message.model });
    render();
  } else {
    focusTip(message.tipId);
  }
});

render();
vscode.postMessage({ type: 'ready' });
