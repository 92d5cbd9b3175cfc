import type { CoachModel, FindingView, PrincipleView, SectionView, Timing, TipView } from '../core/panelMessages';
import type { Severity } from '../core/types';
import { el, formatSeconds, spokenSeconds, srOnly } from './dom';
import { renderFit } from './fit';

// Builds the coach panel's DOM from a model. Keys (`data-key`) let the caller put the focus
// and the open follow-ups back where they were after a re-render.

export interface RenderHooks {
  reveal(start: number, end: number): void;
  openDocs(ruleId: string): void;
  isOpen(key: string): boolean;
  toggled(key: string, open: boolean): void;
}

const SEVERITY: Record<Severity, { icon: string; label: string }> = {
  error: { icon: '✖', label: 'Error' },
  warning: { icon: '▲', label: 'Warning' },
  info: { icon: '●', label: 'Info' },
  hint: { icon: '○', label: 'Hint' },
};

export function renderEmpty(): HTMLElement {
  return el(
    'div',
    { className: 'empty-state' },
    el('h1', { text: 'STAR Coach' }),
    el('p', { text: 'Open a .star.md story to see coaching for it here.' }),
    el('p', { className: 'muted', text: 'The panel follows the story your cursor is in and updates as you type.' }),
  );
}

export function renderModel(model: CoachModel, hooks: RenderHooks): HTMLElement {
  return el(
    'div',
    { className: 'coach' },
    renderHeader(model),
    renderFit(model, hooks),
    renderFindings(model, hooks),
    model.tips.length > 0 && renderTips(model, hooks),
    renderSections(model.sections),
    renderPrinciples(model.principles),
    renderFollowUps(model.principles, hooks),
    renderLevel(model),
  );
}

function renderHeader(model: CoachModel): HTMLElement {
  const facts = [
    model.storyCount > 1 ? `Story ${model.storyIndex + 1} of ${model.storyCount}` : null,
    model.principles.map((p) => p.name).join(', ') || 'No principle set',
    model.level.label,
  ].filter((s): s is string => !!s);
  return el(
    'header',
    { className: 'story-header' },
    el('p', { className: 'eyebrow', text: facts.join(' · ') }),
    el('h1', { text: model.title }),
    model.question !== null && el('p', { className: 'question', text: model.question }),
    el('div', { className: 'total' }, renderTimeRow('Total', model.total), renderBar('Total speaking time', model.total)),
  );
}

function renderTimeRow(label: string, timing: Timing): HTMLElement {
  const status =
    timing.status === 'over' ? 'over target' : timing.status === 'missing' ? 'missing' : timing.status === 'empty' ? 'empty' : '';
  return el(
    'div',
    { className: 'time-row' },
    el('span', { className: 'time-label', text: label }),
    el(
      'span',
      { className: `time-value status-${timing.status}` },
      timing.targetSeconds > 0 ? `${formatSeconds(timing.seconds)} / ${formatSeconds(timing.targetSeconds)}` : formatSeconds(timing.seconds),
      status && el('span', { className: 'status-tag', text: status }),
    ),
  );
}

/** A bar whose track is 150% of the target, with a mark at the target. */
function renderBar(label: string, timing: Timing): HTMLElement | null {
  if (timing.targetSeconds <= 0) return null;
  const scale = timing.targetSeconds * 1.5;
  const fill = el('div', { className: 'bar-fill' });
  fill.style.setProperty('--fill', `${Math.min(100, (timing.seconds / scale) * 100).toFixed(1)}%`);
  const mark = el('div', { className: 'bar-target', attrs: { 'aria-hidden': 'true' } });
  const bar = el(
    'div',
    {
      className: `bar status-${timing.status}`,
      attrs: {
        role: 'meter',
        'aria-label': label,
        'aria-valuemin': '0',
        'aria-valuemax': String(Math.round(scale)),
        'aria-valuenow': String(Math.round(Math.min(timing.seconds, scale))),
        'aria-valuetext': `${spokenSeconds(timing.seconds)} of a ${spokenSeconds(timing.targetSeconds)} target${timing.status === 'over' ? ', over' : ''}`,
      },
    },
    fill,
    mark,
  );
  return bar;
}

function renderFindings(model: CoachModel, hooks: RenderHooks): HTMLElement {
  const heading = el('h2', { attrs: { id: 'findings-heading' }, text: `Findings (${model.findingCount})` });
  if (model.findings.length === 0) {
    return el(
      'section',
      { attrs: { 'aria-labelledby': 'findings-heading' } },
      heading,
      el('p', { className: 'all-clear', text: 'Nothing to coach here — this story passes every check. Rehearse the follow-up questions below out loud.' }),
    );
  }
  const list = el('ul', { className: 'findings' }, ...model.findings.map((f) => el('li', {}, renderFinding(f, hooks))));
  const more =
    model.findingCount > model.findings.length &&
    el('p', { className: 'muted', text: `${model.findingCount - model.findings.length} more not shown; see the Problems panel.` });
  return el('section', { attrs: { 'aria-labelledby': 'findings-heading' } }, heading, list, more);
}

function renderFinding(f: FindingView, hooks: RenderHooks): HTMLElement {
  const sev = SEVERITY[f.severity];
  const button = el(
    'button',
    {
      className: `finding sev-${f.severity}`,
      attrs: { type: 'button', 'data-key': `finding:${f.start}:${f.ruleId}`, title: 'Show in the editor' },
    },
    el('span', { className: 'sev-icon', text: sev.icon, attrs: { 'aria-hidden': 'true' } }),
    srOnly(`${sev.label}: `),
    el('span', { className: 'finding-message', text: f.message }),
    el('span', { className: 'finding-where', text: `Line ${f.line} · ${f.ruleId}` }),
  );
  button.addEventListener('click', () => hooks.reveal(f.start, f.end));
  return button;
}

function renderTips(model: CoachModel, hooks: RenderHooks): HTMLElement {
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'tips-heading' } },
    el('h2', { attrs: { id: 'tips-heading' }, text: 'Coaching for this draft' }),
    ...model.tips.map((t) => {
      const first = model.findings.find((f) => f.tipId === t.id && f.start === t.firstStart);
      return renderTip(t, first ? first.end : t.firstStart, hooks);
    }),
  );
}

function renderTip(tip: TipView, firstEnd: number, hooks: RenderHooks): HTMLElement {
  const sev = SEVERITY[tip.severity];
  const show = el('button', {
    className: 'link-button',
    attrs: { type: 'button', 'data-key': `tip-show:${tip.id}` },
    text: tip.count > 1 ? `Show first of ${tip.count}` : 'Show in editor',
  });
  show.addEventListener('click', () => hooks.reveal(tip.firstStart, firstEnd));
  const docs = el('button', { className: 'link-button', attrs: { type: 'button', 'data-key': `tip-docs:${tip.id}` }, text: 'Rule docs' });
  docs.addEventListener('click', () => hooks.openDocs(tip.id));
  return el(
    'article',
    { className: `tip sev-${tip.severity}`, attrs: { id: `tip-${tip.id}`, tabindex: '-1', 'aria-labelledby': `tip-title-${tip.id}` } },
    el(
      'h3',
      { attrs: { id: `tip-title-${tip.id}` } },
      el('span', { className: 'sev-icon', text: sev.icon, attrs: { 'aria-hidden': 'true' } }),
      srOnly(`${sev.label}: `),
      tip.title,
    ),
    el('p', { className: 'tip-label', text: 'What the interviewer hears' }),
    el('p', { text: tip.hears }),
    el('p', { className: 'tip-label', text: 'Do this instead' }),
    el('p', { text: tip.instead }),
    el(
      'div',
      { className: 'examples' },
      el('figure', { className: 'example weak' }, el('figcaption', { text: 'Weak' }), el('blockquote', { text: tip.weak })),
      el('figure', { className: 'example strong' }, el('figcaption', { text: 'Strong' }), el('blockquote', { text: tip.strong })),
    ),
    el('div', { className: 'tip-actions' }, show, docs),
  );
}

function renderSections(sections: SectionView[]): HTMLElement {
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'sections-heading' } },
    el('h2', { attrs: { id: 'sections-heading' }, text: 'Sections' }),
    ...sections.map(renderSection),
  );
}

function renderSection(section: SectionView): HTMLElement {
  const asWritten =
    section.heading !== null && section.heading.trim().toLowerCase() !== section.label.toLowerCase() ? section.heading : null;
  return el(
    'div',
    { className: `star-section status-${section.timing.status}` },
    el(
      'h3',
      {},
      section.label,
      asWritten !== null && el('span', { className: 'as-written', text: ` (${asWritten})` }),
    ),
    section.timing.status === 'missing'
      ? el('p', { className: 'missing-note', text: `Missing. ${section.prompt}` })
      : el('div', {}, renderTimeRow(`${section.timing.words} words`, section.timing), renderBar(`${section.label} speaking time`, section.timing)),
    section.timing.status !== 'missing' && el('p', { className: 'muted prompt', text: section.prompt }),
    section.checklist.length > 0 &&
      el(
        'ul',
        { className: 'checklist', attrs: { 'aria-label': `${section.label} checklist` } },
        ...section.checklist.map((item) =>
          el(
            'li',
            { className: `check ${item.state}` },
            el('span', { className: 'check-icon', attrs: { 'aria-hidden': 'true' }, text: item.state === 'done' ? '✓' : item.state === 'todo' ? '✗' : '•' }),
            item.state !== 'guide' && srOnly(item.state === 'done' ? 'Done: ' : 'Not yet: '),
            item.label,
          ),
        ),
      ),
  );
}

function renderPrinciples(principles: PrincipleView[]): HTMLElement {
  const heading = el('h2', { attrs: { id: 'principle-heading' }, text: 'What to stress for the principle' });
  if (principles.length === 0) {
    return el(
      'section',
      { attrs: { 'aria-labelledby': 'principle-heading' } },
      heading,
      el('p', { className: 'muted', text: 'Name a principle in the front matter (principle: Ownership) to see what to lead with, emphasise and downplay.' }),
    );
  }
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'principle-heading' } },
    heading,
    ...principles.map((p) =>
      el(
        'div',
        { className: 'principle' },
        el('h3', { text: p.name }),
        el('p', { className: 'muted', text: p.summary }),
        el('p', { className: 'tip-label', text: 'Lead with' }),
        el('p', { text: p.leadWith }),
        el('p', { className: 'tip-label', text: 'Emphasise' }),
        el('ul', { className: 'plain emphasize' }, ...p.emphasize.map((s) => el('li', { text: s }))),
        el('p', { className: 'tip-label', text: 'Downplay' }),
        el('ul', { className: 'plain downplay' }, ...p.downplay.map((s) => el('li', { text: s }))),
      ),
    ),
  );
}

function renderFollowUps(principles: PrincipleView[], hooks: RenderHooks): HTMLElement | null {
  const withQuestions = principles.filter((p) => p.followUps.length > 0);
  if (withQuestions.length === 0) return null;
  const several = withQuestions.length > 1;
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'followups-heading' } },
    el('h2', { attrs: { id: 'followups-heading' }, text: 'Likely follow-up questions' }),
    ...withQuestions.flatMap((p) => [
      several ? el('h3', { text: p.name }) : null,
      ...p.followUps.map((q) => {
        const key = `followup:${p.id}:${q.question}`;
        const details = el(
          'details',
          { className: 'followup' },
          el('summary', { text: q.question, attrs: { 'data-key': key } }),
          el('p', { className: 'tip-label', text: 'What it probes' }),
          el('p', { text: q.probes }),
          el('p', { className: 'tip-label', text: 'A strong answer shows' }),
          el('p', { text: q.strongShows }),
          el('p', { className: 'tip-label', text: 'What sinks it' }),
          el('p', { text: q.weakSigns }),
        );
        details.open = hooks.isOpen(key);
        details.addEventListener('toggle', () => hooks.toggled(key, details.open));
        return details;
      }),
    ]),
  );
}

function renderLevel(model: CoachModel): HTMLElement {
  const level = model.level;
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'level-heading' } },
    el('h2', { attrs: { id: 'level-heading' }, text: `The bar at ${level.label}` }),
    el('p', { text: level.expectations }),
    el('p', { className: 'tip-label', text: 'Reflection' }),
    el('p', { text: level.reflection }),
    el('p', { className: 'tip-label', text: 'What raises the bar' }),
    el('p', { text: level.bar }),
    el('p', { className: 'muted', text: `Aim for ${spokenSeconds(level.targetSeconds)} in total.` }),
  );
}
