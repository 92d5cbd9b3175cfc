import type { CoachModel, FitView, SignalView } from '../core/panelMessages';
import { el, srOnly } from './dom';

// The coach panel's principle-fit section, under the story's title: for each principle the story
// is filed under, every signal an interviewer listens for, ✓ with the sentence that shows it (a
// button that reveals the sentence in the editor) or ✗ with what to add; with no principle set,
// the principles the text shows best and how to file the story under one. Its own file so the
// panel's layout can place it where it belongs.

export interface FitHooks {
  reveal(start: number, end: number): void;
}

/** Whether the panel has a principle-fit section for this model (and so a jump link to it). */
export function hasFit(model: CoachModel): boolean {
  return !(model.fit.length === 0 && model.suggested.length === 0 && model.principles.length > 0);
}

/** One line for the summary: each principle's signals shown, or the suggested principles. */
export function fitSummary(model: CoachModel): HTMLElement | null {
  if (model.fit.length > 0) {
    const parts = model.fit.map((f) => `${f.name} ${f.signals.filter((s) => s.shown).length} of ${f.signals.length}`);
    return el('p', { className: 'summary-fit' }, el('span', { className: 'muted', text: 'Principle fit: ' }), el('span', { text: `${parts.join(' · ')} signals shown` }));
  }
  if (model.suggested.length > 0) {
    return el('p', { className: 'summary-fit' }, el('span', { className: 'muted', text: 'No principle set; the text shows best: ' }), el('span', { text: model.suggested.map((s) => s.name).join(', ') }));
  }
  return null;
}

export function renderFit(model: CoachModel, hooks: FitHooks): HTMLElement | null {
  if (!hasFit(model)) return null;
  const heading = el('h2', { attrs: { id: 'fit-heading', tabindex: '-1' }, text: 'Principle fit' });
  if (model.fit.length === 0) {
    return el(
      'section',
      { className: 'fit', attrs: { 'aria-labelledby': 'fit-heading' } },
      heading,
      model.suggested.length > 0
        ? el(
            'div',
            { className: 'fit-suggested' },
            el('p', { text: 'No principle set. The text shows these best:' }),
            el(
              'ol',
              { className: 'suggestions', attrs: { 'aria-label': 'Suggested principles' } },
              ...model.suggested.map((s) => el('li', {}, el('strong', { text: s.name }), el('span', { className: 'muted', text: ` — ${s.tip}` }))),
            ),
            el('p', { className: 'muted', text: 'File the story with the quick fix on its title (Ctrl+. on the # line), or add principle: to the front matter.' }),
          )
        : el('p', { className: 'muted', text: 'No principle set, and the text does not clearly show one yet. Add principle: to the front matter to be coached for it.' }),
    );
  }
  return el('section', { className: 'fit', attrs: { 'aria-labelledby': 'fit-heading' } }, heading, ...model.fit.map((f) => renderPrincipleFit(f, hooks)));
}

function renderPrincipleFit(fit: FitView, hooks: FitHooks): HTMLElement {
  const shown = fit.signals.filter((s) => s.shown).length;
  const id = `fit-${fit.principle}`;
  return el(
    'div',
    { className: 'fit-principle' },
    el('h3', { attrs: { id } }, fit.name, el('span', { className: 'fit-score', text: ` ${shown} of ${fit.signals.length} shown` })),
    el('ul', { className: 'fit-signals', attrs: { 'aria-labelledby': id } }, ...fit.signals.map((s) => el('li', {}, renderSignal(fit, s, hooks)))),
    shown < fit.signals.length && el('p', { className: 'fit-tip muted', text: fit.tip }),
  );
}

function renderSignal(fit: FitView, s: SignalView, hooks: FitHooks): HTMLElement {
  if (s.shown && s.start !== null && s.end !== null) {
    const start = s.start;
    const end = s.end;
    const button = el(
      'button',
      { className: 'fit-signal shown', attrs: { type: 'button', 'data-key': `fit:${fit.principle}:${s.id}`, title: 'Show this sentence in the editor' } },
      el('span', { className: 'check-icon', text: '✓', attrs: { 'aria-hidden': 'true' } }),
      srOnly('Shown: '),
      el('span', { className: 'fit-label', text: s.label }),
      el('q', { className: 'fit-sentence', text: s.sentence ?? '' }),
    );
    button.addEventListener('click', () => hooks.reveal(start, end));
    return button;
  }
  return el(
    'div',
    { className: 'fit-signal missing' },
    el('span', { className: 'check-icon', text: '✗', attrs: { 'aria-hidden': 'true' } }),
    srOnly('Not shown: '),
    el('span', { className: 'fit-label', text: s.label }),
    el('span', { className: 'fit-help', text: s.tip }),
  );
}
