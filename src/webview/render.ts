import { findingsSummary, placeFindings } from '../core/panelLayout';
import type { CoachModel, FindingView, PrincipleView, SectionView, Timing, TipView } from '../core/panelMessages';
import type { Severity } from '../core/types';
import { formatSeconds } from '../core/timing';
import { el, spokenSeconds, srOnly } from './dom';
import { fitSummary, hasFit, renderFit } from './fit';

// Builds the coach panel's DOM from a model. Keys (`data-key`) let the caller put the focus
// and the open follow-ups back where they were after a re-render.

export interface RenderHooks {
  reveal(start: number, end: number): void;
  openDocs(ruleId: string): void;
  showStory(storyIndex: number): void;
  rehearse(): void;
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

/**
 * Shortest path to what to do next: the header (with the step to the other stories of the file),
 * a summary (time, findings), jump links, then each section with its own findings, then the
 * coaching tips folded to a line each, the principle, the follow-up questions and the level.
 */
export function renderModel(model: CoachModel, hooks: RenderHooks): HTMLElement {
  const placed = placeFindings(model);
  return el(
    'div',
    { className: 'coach' },
    renderHeader(model, hooks),
    renderSummary(model, hooks),
    renderFit(model, hooks),
    renderSections(model, placed.story, placed.sections, hooks),
    model.tips.length > 0 && renderTips(model, hooks),
    renderPrinciples(model.principles),
    renderFollowUps(model.principles, hooks),
    renderLevel(model),
  );
}

function renderHeader(model: CoachModel, hooks: RenderHooks): HTMLElement {
  const facts = [model.principles.map((p) => p.name).join(', ') || 'No principle set', model.level.label];
  return el(
    'header',
    { className: 'story-header' },
    model.storyCount > 1 && renderStoryNav(model, hooks),
    el('p', { className: 'eyebrow', text: facts.join(' · ') }),
    el('h1', { text: model.title }),
    model.question !== null && el('p', { className: 'question', text: model.question }),
    rehearseButton(hooks),
  );
}

/** Previous story · Story 2 of 5 · Next story: steps the editor and the panel to the neighbour. */
function renderStoryNav(model: CoachModel, hooks: RenderHooks): HTMLElement {
  const step = (key: string, text: string, arrow: 'before' | 'after', title: string | null, index: number) => {
    const edge = index < 0 ? 'first' : 'last';
    const icon = el('span', { attrs: { 'aria-hidden': 'true' }, text: arrow === 'before' ? '‹ ' : ' ›' });
    const button = el(
      'button',
      {
        className: 'step-button',
        attrs: {
          type: 'button',
          'data-key': key,
          'aria-label': title === null ? `${text}: none, this is the ${edge} story` : `${text}: ${title}`,
          title: title ?? `This is the ${edge} story`,
        },
      },
      arrow === 'before' && icon,
      text,
      arrow === 'after' && icon,
    );
    // aria-disabled rather than disabled: the button keeps the focus when the last step is taken.
    if (title === null) button.setAttribute('aria-disabled', 'true');
    else button.addEventListener('click', () => hooks.showStory(index));
    return button;
  };
  return el(
    'nav',
    { className: 'story-nav', attrs: { 'aria-label': 'Stories in this file' } },
    step('story-previous', 'Previous story', 'before', model.previousTitle, model.storyIndex - 1),
    el('span', { className: 'story-position', text: `Story ${model.storyIndex + 1} of ${model.storyCount}` }),
    step('story-next', 'Next story', 'after', model.nextTitle, model.storyIndex + 1),
  );
}

/** Time, findings (and the principle fit, when the model has one) at a glance, and jump links. */
function renderSummary(model: CoachModel, hooks: RenderHooks): HTMLElement {
  const first = model.findings[0];
  const findings = el(
    'p',
    { className: 'summary-findings' },
    el('span', { text: findingsSummary(model.findingCount, model.findings) }),
    first && ' · ',
    first && linkButton('summary-first', 'Select the first in the editor', () => hooks.reveal(first.start, first.end)),
  );
  return el(
    'section',
    { className: 'summary', attrs: { 'aria-label': 'Summary' } },
    el('div', { className: 'total' }, renderTimeRow('Speaking time', model.total), renderBar('Total speaking time', model.total)),
    findings,
    fitSummary(model),
    renderJumps(model),
  );
}

/** In-panel links to each part below; they move the focus to the part's heading. */
function renderJumps(model: CoachModel): HTMLElement {
  const targets: [string, string][] = hasFit(model) ? [['fit-heading', 'Principle fit']] : [];
  targets.push(['sections-heading', 'Sections']);
  if (model.tips.length > 0) targets.push(['tips-heading', `Coaching tips (${model.tips.length})`]);
  targets.push(['principle-heading', 'Principle']);
  if (model.principles.some((p) => p.followUps.length > 0)) targets.push(['followups-heading', 'Follow-up questions']);
  targets.push(['level-heading', 'Level']);
  return el(
    'nav',
    { className: 'jumps', attrs: { 'aria-label': 'Jump to' } },
    el('span', { className: 'muted', text: 'Jump to:' }),
    ...targets.map(([id, text]) =>
      linkButton(`jump:${id}`, text, () => {
        const heading = document.getElementById(id);
        if (!heading) return;
        heading.scrollIntoView({ block: 'start' });
        heading.focus({ preventScroll: true });
      }),
    ),
  );
}

function linkButton(key: string, text: string, onClick: () => void, label?: string): HTMLButtonElement {
  const button = el('button', { className: 'link-button', attrs: { type: 'button', 'data-key': key, ...(label ? { 'aria-label': label } : {}) }, text });
  button.addEventListener('click', onClick);
  return button;
}

function rehearseButton(hooks: RenderHooks): HTMLElement {
  const button = el('button', { className: 'rehearse-button', text: '▶ Rehearse this story', attrs: { type: 'button', 'data-key': 'rehearse', title: 'Tell it against the clock from a cue card, then drill its follow-ups' } });
  button.addEventListener('click', () => hooks.rehearse());
  return button;
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

function renderFindingList(findings: FindingView[], hooks: RenderHooks, label: string): HTMLElement {
  return el('ul', { className: 'findings', attrs: { 'aria-label': label } }, ...findings.map((f) => el('li', {}, renderFinding(f, hooks))));
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
    el('h2', { attrs: { id: 'tips-heading', tabindex: '-1' }, text: 'Coaching tips' }),
    el('p', { className: 'muted', text: 'One per kind of finding, most serious first. Open one to see what the interviewer hears and what to say instead.' }),
    ...model.tips.map((t) => {
      const first = model.findings.find((f) => f.tipId === t.id && f.start === t.firstStart);
      return renderTip(t, first ? first.end : t.firstStart, hooks);
    }),
  );
}

function renderTip(tip: TipView, firstEnd: number, hooks: RenderHooks): HTMLElement {
  const sev = SEVERITY[tip.severity];
  const key = `tip:${tip.id}`;
  const show = linkButton(`tip-show:${tip.id}`, tip.count > 1 ? `Select the first of ${tip.count} in the editor` : 'Select it in the editor', () =>
    hooks.reveal(tip.firstStart, firstEnd),
  );
  const docs = linkButton(`tip-docs:${tip.id}`, 'Open the rule\'s page beside', () => hooks.openDocs(tip.id));
  const details = el(
    'details',
    { className: `tip sev-${tip.severity}`, attrs: { id: `tip-${tip.id}` } },
    el(
      'summary',
      { attrs: { 'data-key': key } },
      el('span', { className: 'sev-icon', text: sev.icon, attrs: { 'aria-hidden': 'true' } }),
      srOnly(`${sev.label}: `),
      el('span', { className: 'tip-title', text: tip.title }),
      tip.count > 1 && el('span', { className: 'tip-count', text: ` · ${tip.count} places` }),
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
  details.open = hooks.isOpen(key);
  details.addEventListener('toggle', () => hooks.toggled(key, details.open));
  return details;
}

function renderSections(model: CoachModel, storyFindings: FindingView[], sectionFindings: FindingView[][], hooks: RenderHooks): HTMLElement {
  return el(
    'section',
    { attrs: { 'aria-labelledby': 'sections-heading' } },
    el('h2', { attrs: { id: 'sections-heading', tabindex: '-1' }, text: 'Sections' }),
    model.findings.length === 0 &&
      el('p', { className: 'all-clear', text: 'Nothing to coach here — this story passes every check. Rehearse the follow-up questions below out loud.' }),
    storyFindings.length > 0 && el('div', { className: 'star-section' }, el('h3', { text: 'The story as a whole' }), renderFindingList(storyFindings, hooks, 'Findings about the whole story')),
    ...model.sections.map((section, i) => renderSection(section, sectionFindings[i] ?? [], hooks)),
    model.findingCount > model.findings.length &&
      el('p', { className: 'muted', text: `${model.findingCount - model.findings.length} more findings are not shown here; see the Problems panel.` }),
  );
}

function renderSection(section: SectionView, findings: FindingView[], hooks: RenderHooks): HTMLElement {
  const measured = section.checklist.filter((item) => item.state !== 'guide');
  const guide = section.checklist.filter((item) => item.state === 'guide');
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
    findings.length > 0 && renderFindingList(findings, hooks, `${section.label} findings`),
    measured.length > 0 && renderChecklist(measured, `${section.label}: what the coach checked`),
    renderGuide(section, guide, hooks),
  );
}

/** What belongs in the section, as advice: folded to one line, since it is the same for every story. */
function renderGuide(section: SectionView, items: SectionView['checklist'], hooks: RenderHooks): HTMLElement {
  const key = `guide:${section.kind}:${section.headingStart ?? ''}`;
  const details = el(
    'details',
    { className: 'guide' },
    el('summary', { attrs: { 'data-key': key }, text: `What belongs in the ${section.label}` }),
    section.timing.status !== 'missing' && el('p', { className: 'muted prompt', text: section.prompt }),
    items.length > 0 && renderChecklist(items, `${section.label}: what belongs here`),
  );
  details.open = hooks.isOpen(key);
  details.addEventListener('toggle', () => hooks.toggled(key, details.open));
  return details;
}

function renderChecklist(items: SectionView['checklist'], label: string): HTMLElement {
  return el(
    'ul',
    { className: 'checklist', attrs: { 'aria-label': label } },
    ...items.map((item) =>
      el(
        'li',
        { className: `check ${item.state}` },
        el('span', { className: 'check-icon', attrs: { 'aria-hidden': 'true' }, text: item.state === 'done' ? '✓' : item.state === 'todo' ? '✗' : '•' }),
        item.state !== 'guide' && srOnly(item.state === 'done' ? 'Done: ' : 'Not yet: '),
        item.label,
      ),
    ),
  );
}

function renderPrinciples(principles: PrincipleView[]): HTMLElement {
  const heading = el('h2', { attrs: { id: 'principle-heading', tabindex: '-1' }, text: 'What to stress for the principle' });
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
    el('h2', { attrs: { id: 'followups-heading', tabindex: '-1' }, text: 'Likely follow-up questions' }),
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
    el('h2', { attrs: { id: 'level-heading', tabindex: '-1' }, text: `The bar at ${level.label}` }),
    el('p', { text: level.expectations }),
    el('p', { className: 'tip-label', text: 'Reflection' }),
    el('p', { text: level.reflection }),
    el('p', { className: 'tip-label', text: 'What raises the bar' }),
    el('p', { text: level.bar }),
    el('p', { className: 'muted', text: `Aim for ${spokenSeconds(level.targetSeconds)} in total.` }),
  );
}
