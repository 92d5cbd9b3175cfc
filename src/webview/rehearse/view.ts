import type { HistoryView, RehearsalModel } from '../../core/rehearsal/messages';
import { measurePace, timeStatus, WPM_BOUNDS, type TimeStatus } from '../../core/rehearsal/pace';
import type { Grade } from '../../core/rehearsal/schedule';
import { formatSeconds } from '../../core/timing';
import { el, spokenSeconds, srOnly } from '../dom';
import { read } from './clock';
import type { State } from './main';

// The rehearsal panel's DOM, one function per phase. Every story string goes in as text. The
// element that Space/Enter would act on carries `data-primary` and gets the focus.

export type CueMode = 'full' | 'cues' | 'none';

export interface View {
  start(): void;
  next(): void;
  togglePause(): void;
  restart(): void;
  startDrill(): void;
  reveal(): void;
  grade(grade: Grade | null): void;
  finish(): void;
  setCueMode(mode: CueMode): void;
  setPace(wordsPerMinute: number): void;
  practiseNext(): void;
  exportAttempts(): void;
  openStory(): void;
}

function button(label: string, onClick: () => void, options: { primary?: boolean; key?: string; className?: string; attrs?: Record<string, string> } = {}): HTMLButtonElement {
  const attrs: Record<string, string> = { type: 'button', ...options.attrs };
  if (options.primary) attrs['data-primary'] = '';
  if (options.key) attrs['aria-keyshortcuts'] = options.key;
  const node = el(
    'button',
    { className: `btn${options.primary ? ' primary' : ''}${options.className ? ` ${options.className}` : ''}`, attrs },
    label,
    options.key && el('kbd', { text: options.key === 'Space' ? 'Space' : options.key, attrs: { 'aria-hidden': 'true' } }),
  );
  node.addEventListener('click', onClick);
  return node;
}

export function renderHeader(m: RehearsalModel, due: number | null): HTMLElement {
  const facts = [`Rehearse · ${m.level.label}`, `${formatSeconds(m.level.targetSeconds)} target`, m.principles.join(', ') || null].filter(Boolean).join(' · ');
  return el(
    'header',
    { className: 'story-header' },
    el('p', { className: 'eyebrow', text: facts }),
    el('h1', { text: m.title }),
    m.question !== null
      ? el('p', { className: 'question', attrs: { 'aria-label': `The question: ${m.question}` } }, m.question)
      : el('p', { className: 'muted', text: 'No question in the front matter: tell it as the answer to the question you expect.' }),
    due !== null && due > 0 && el('p', { className: 'muted', text: `${due} ${due === 1 ? 'story is' : 'stories are'} due for practice in this workspace.` }),
  );
}

function cueToggle(mode: CueMode, view: View): HTMLElement {
  const options: [CueMode, string][] = [
    ['full', 'Full text'],
    ['cues', 'Cues'],
    ['none', 'Headings only'],
  ];
  return el(
    'div',
    { className: 'segmented', attrs: { role: 'group', 'aria-label': 'The cue card shows (C to switch)' } },
    el('span', { className: 'segmented-label', text: 'Cue card:', attrs: { 'aria-hidden': 'true' } }),
    ...options.map(([id, label]) => button(label, () => view.setCueMode(id), { attrs: { 'aria-pressed': String(mode === id) }, className: mode === id ? 'pressed' : '' })),
  );
}

function cueCard(m: RehearsalModel, mode: CueMode, current: number | null, times: number[]): HTMLElement {
  return el(
    'ol',
    { className: `cue-card mode-${mode}`, attrs: { 'aria-label': 'Cue card' } },
    ...m.sections.map((s, i) => {
      const state = current === null ? '' : i < current ? ' done' : i === current ? ' current' : ' later';
      const lines = mode === 'none' ? [] : mode === 'full' ? s.sentences : s.cues;
      const timing = current !== null && i < current ? `${formatSeconds(times[i] ?? 0)} / ${formatSeconds(s.targetSeconds)}` : `${formatSeconds(s.targetSeconds)} target`;
      return el(
        'li',
        { className: `cue-section${state}`, attrs: i === current ? { 'aria-current': 'step' } : {} },
        el('h2', { className: 'cue-heading' }, el('span', { text: s.label }), el('span', { className: 'cue-time', text: timing })),
        lines.length > 0 && el('ul', { className: 'cue-lines' }, ...lines.map((line) => el('li', { text: line }))),
        mode !== 'none' && lines.length === 0 && el('p', { className: 'muted', text: 'Nothing written in this section yet.' }),
      );
    }),
  );
}

function keysHelp(text: string): HTMLElement {
  return el('p', { className: 'keys muted', text });
}

export function renderIntro(m: RehearsalModel, state: State, view: View): HTMLElement {
  if (m.sections.length === 0) {
    return el('section', {}, el('p', { text: 'This story has no text to rehearse yet.' }), button('Open the story', view.openStory, { primary: true }));
  }
  return el(
    'section',
    { className: 'intro', attrs: { 'aria-label': 'Before you start' } },
    el(
      'p',
      {},
      `Say the story out loud, section by section. Press Space (or Enter) as you start each next section; the stopwatch keeps each section's time. Estimated from the words at ${m.wordsPerMinute} words a minute: ${formatSeconds(m.estimateSeconds)}.`,
    ),
    el('div', { className: 'actions' }, button('Start telling', view.start, { primary: true, key: 'Space' })),
    cueToggle(state.cueMode, view),
    cueCard(m, state.cueMode, null, []),
    keysHelp('Keys: Space or Enter next section · P pause · R restart · C switch the cue card · 1 2 3 grade a follow-up.'),
  );
}

export function renderTelling(m: RehearsalModel, state: State, view: View, now: number): HTMLElement {
  const section = m.sections[state.section];
  const last = state.section === m.sections.length - 1;
  const seconds = read(state.clock, now) / 1000;
  const paused = state.clock.since === null;
  return el(
    'section',
    { className: 'telling', attrs: { 'aria-label': 'Telling the story' } },
    el(
      'div',
      { className: 'stopwatch' },
      el('p', { className: 'now-label' }, `Section ${state.section + 1} of ${m.sections.length}: `, el('strong', { text: section.label }), paused ? ' (paused)' : ''),
      el(
        'p',
        { className: 'clocks' },
        el('span', { className: 'clock', attrs: { id: 'clock-main', role: 'timer', 'aria-label': `${section.label} time` }, text: formatSeconds(seconds) }),
        el('span', { className: 'clock-target', text: ` / ${formatSeconds(section.targetSeconds)}` }),
        el('span', { className: 'clock-sep', text: ' · total ', attrs: { 'aria-hidden': 'true' } }),
        el('span', { className: 'clock small', attrs: { id: 'clock-total', role: 'timer', 'aria-label': 'Total time' }, text: formatSeconds(state.times.reduce((a, b) => a + b, 0) + seconds) }),
        el('span', { className: 'clock-target', text: ` / ${formatSeconds(m.level.targetSeconds)}` }),
      ),
      el(
        'div',
        { className: 'actions' },
        button(last ? 'Finish' : `Next: ${m.sections[state.section + 1].label}`, view.next, { primary: true, key: 'Space' }),
        button(paused ? 'Resume' : 'Pause', view.togglePause, { key: 'P' }),
        button('Restart', view.restart, { key: 'R' }),
      ),
    ),
    cueToggle(state.cueMode, view),
    cueCard(m, state.cueMode, state.section, state.times),
  );
}

const VERDICT: Record<TimeStatus, string> = { over: 'over', ok: 'on target', under: 'short', none: '' };

export function renderResults(m: RehearsalModel, state: State, view: View): HTMLElement {
  const total = state.times.reduce((a, b) => a + b, 0);
  const rows = m.sections.map((s, i) => {
    const t = state.times[i] ?? 0;
    const verdict = timeStatus(t, s.targetSeconds, m.timeTolerance);
    return el(
      'tr',
      { className: `verdict-${verdict}` },
      el('th', { attrs: { scope: 'row' }, text: s.label }),
      el('td', { className: 'num', text: formatSeconds(t) }),
      el('td', { className: 'num', text: formatSeconds(s.targetSeconds) }),
      el('td', { className: 'num', text: formatSeconds(s.estimateSeconds) }),
      el('td', { className: 'num', text: diff(t - s.estimateSeconds) }),
      el('td', { className: 'verdict', text: VERDICT[verdict] }),
    );
  });
  const totalVerdict = timeStatus(total, m.level.targetSeconds, m.timeTolerance);
  rows.push(
    el(
      'tr',
      { className: `total-row verdict-${totalVerdict}` },
      el('th', { attrs: { scope: 'row' }, text: 'Total' }),
      el('td', { className: 'num', text: formatSeconds(total) }),
      el('td', { className: 'num', text: formatSeconds(m.level.targetSeconds) }),
      el('td', { className: 'num', text: formatSeconds(m.estimateSeconds) }),
      el('td', { className: 'num', text: diff(total - m.estimateSeconds) }),
      el('td', { className: 'verdict', text: VERDICT[totalVerdict] }),
    ),
  );
  const table = el(
    'table',
    { className: 'results', attrs: { 'aria-labelledby': 'results-heading' } },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { attrs: { scope: 'col' }, text: 'Section' }),
        el('th', { attrs: { scope: 'col' }, className: 'num', text: 'You took' }),
        el('th', { attrs: { scope: 'col' }, className: 'num', text: 'Target' }),
        el('th', { attrs: { scope: 'col' }, className: 'num', text: 'Estimate' }),
        el('th', { attrs: { scope: 'col' }, className: 'num', text: 'vs estimate' }),
        el('th', { attrs: { scope: 'col' }, text: '' }, srOnly('Verdict')),
      ),
    ),
    el('tbody', {}, ...rows),
  );
  return el(
    'section',
    { className: 'results-section' },
    el('h2', { attrs: { id: 'results-heading' }, text: `You took ${formatSeconds(total)} against ${formatSeconds(m.level.targetSeconds)} for ${m.level.label}` }),
    table,
    el('p', { className: 'muted', text: `Over means more than ${m.timeTolerance}% past the target; short, under half of it. The estimate is the words at ${m.wordsPerMinute} words a minute.` }),
    renderPace(m, state, view),
    el(
      'div',
      { className: 'actions' },
      m.drill.length > 0
        ? button(`Drill ${m.drill.length} follow-up question${m.drill.length === 1 ? '' : 's'}`, view.startDrill, { primary: true, key: 'Space' })
        : button('Done', view.finish, { primary: true, key: 'Space' }),
      m.drill.length > 0 && button('Skip the drill', view.finish),
      button('Tell it again', view.restart, { key: 'R' }),
    ),
  );
}

function renderPace(m: RehearsalModel, state: State, view: View): HTMLElement {
  const pace = measurePace(m.sections.map((s, i) => ({ words: s.words, seconds: state.times[i] ?? 0 })));
  const box = el('div', { className: 'pace', attrs: { role: 'group', 'aria-label': 'Your pace' } });
  const skipped = pace.skipped ? ` (${pace.skipped} section${pace.skipped === 1 ? '' : 's'} under 2 seconds left out)` : '';
  if (pace.status === 'too-short') {
    box.append(el('p', { text: `Too little was timed to measure your pace: at least 40 words over 15 seconds are needed${skipped}.` }));
    return box;
  }
  const wpm = pace.wordsPerMinute!;
  box.append(el('p', {}, 'Your pace: ', el('strong', { text: `${wpm} words a minute` }), ` (${pace.words} words in ${spokenSeconds(pace.seconds)}${skipped}). Estimates use ${m.wordsPerMinute}.`));
  if (pace.status !== 'ok') {
    box.append(el('p', { className: 'muted', text: `That is outside the ${WPM_BOUNDS.min}–${WPM_BOUNDS.max} words a minute the estimates accept: did a section go by without being said?` }));
  } else if (state.pace?.wordsPerMinute === wpm) {
    box.append(el('p', { className: state.pace.note ? 'warning' : 'muted', text: state.pace.note ?? `Done: starStory.wordsPerMinute is now ${wpm}.` }));
  } else if (Math.abs(wpm - m.wordsPerMinute) >= 3) {
    box.append(button(`Use ${wpm} words a minute for estimates`, () => view.setPace(wpm), { attrs: { title: `Sets starStory.wordsPerMinute to ${wpm}` } }));
  } else {
    box.append(el('p', { className: 'muted', text: 'That matches the rate the estimates use.' }));
  }
  return box;
}

export function renderDrill(m: RehearsalModel, state: State, view: View, now: number): HTMLElement {
  const q = m.drill[state.question];
  const seconds = read(state.clock, now) / 1000;
  const source = q.source === 'story' ? 'From your story\'s follow-ups' : `Likely for ${q.principle ?? 'its principle'}`;
  const section = el(
    'section',
    { className: 'drill', attrs: { 'aria-labelledby': 'drill-question' } },
    el('p', { className: 'eyebrow', text: `Follow-up ${state.question + 1} of ${m.drill.length} · ${source}` }),
    el('h2', { className: 'drill-question', attrs: { id: 'drill-question', 'data-source': q.source }, text: q.question }),
    el(
      'p',
      { className: 'clocks' },
      'Answer: ',
      el('span', { className: 'clock', attrs: { id: 'clock-main', role: 'timer', 'aria-label': 'Answer time' }, text: formatSeconds(seconds) }),
      state.clock.since === null && !state.revealed ? ' (paused)' : '',
    ),
  );
  if (!state.revealed) {
    section.append(
      el('p', { className: 'muted', text: 'Answer out loud, then show what a strong answer covers.' }),
      el(
        'div',
        { className: 'actions' },
        button('I have answered: show the guide', view.reveal, { primary: true, key: 'Space' }),
        button(state.clock.since === null ? 'Resume' : 'Pause', view.togglePause, { key: 'P' }),
        button('Skip this question', () => view.grade(null)),
        button('End the drill', view.finish),
      ),
    );
    return section;
  }
  section.append(
    el('h3', { text: 'A strong answer shows' }),
    el('p', { className: 'strong-shows', text: q.strongShows }),
    el('h3', { text: 'Weak signs' }),
    el('p', { className: 'weak-signs', text: q.weakSigns }),
    ...(q.notes !== null ? [el('h3', { text: 'Your notes in the story' }), el('p', { className: 'notes', text: q.notes })] : []),
    el(
      'div',
      { className: 'actions grade', attrs: { role: 'group', 'aria-label': 'Grade your answer' } },
      button('Strong', () => view.grade('strong'), { key: '1', className: 'grade-strong', attrs: { 'data-primary': '' } }),
      button('Fair', () => view.grade('fair'), { key: '2', className: 'grade-fair' }),
      button('Weak', () => view.grade('weak'), { key: '3', className: 'grade-weak' }),
    ),
  );
  return section;
}

const OUTCOME: Record<Grade, string> = {
  strong: 'Strong: the story moves up a step and comes back later.',
  fair: 'Fair: the story keeps its place in the schedule.',
  weak: 'Weak: the story starts the schedule again, due tomorrow.',
};

export function renderDone(m: RehearsalModel, state: State, view: View): HTMLElement {
  const graded = state.answers.filter((a) => a.grade);
  return el(
    'section',
    { className: 'done', attrs: { 'aria-label': 'Rehearsal saved' } },
    el('h2', { text: 'Saved' }),
    el('p', { text: `Told in ${formatSeconds(state.times.reduce((a, b) => a + b, 0))}; ${graded.length} of ${m.drill.length} follow-up${m.drill.length === 1 ? '' : 's'} graded.` }),
    state.outcome && el('p', { className: `outcome outcome-${state.outcome}`, text: OUTCOME[state.outcome] }),
    el(
      'div',
      { className: 'actions' },
      state.due > 0 ? button(`Next due story (${state.due} due)`, view.practiseNext, { primary: true }) : button('Tell it again', view.restart, { primary: true, key: 'Space' }),
      state.due > 0 && button('Tell it again', view.restart, { key: 'R' }),
      button('Export attempts…', view.exportAttempts),
      button('Open the story', view.openStory),
    ),
  );
}

export function renderHistory(history: HistoryView | null, m: RehearsalModel): HTMLElement | null {
  if (!history || history.count === 0) return el('section', { className: 'history' }, el('h2', { text: 'History' }), el('p', { className: 'muted', text: 'No attempt yet: this story is due for its first telling.' }));
  const attempts = el(
    'ul',
    { className: 'attempts' },
    ...history.attempts.map((a) => {
      const g = a.grades;
      const grades = g.strong + g.fair + g.weak > 0 ? ` · follow-ups ${g.strong} strong, ${g.fair} fair, ${g.weak} weak` : '';
      return el('li', {}, el('span', { className: 'when', text: new Date(a.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) }), ` · ${formatSeconds(a.totalSeconds)} · ${a.outcome}${grades}${a.pace ? ` · ${a.pace} wpm` : ''}`);
    }),
  );
  const width = Math.max(...history.trends.map((t) => t.times.length), 0);
  const trend = el(
    'table',
    { className: 'trend', attrs: { 'aria-label': `Time per section over the last ${width} attempts, oldest first` } },
    el('thead', {}, el('tr', {}, el('th', { attrs: { scope: 'col' }, text: 'Section' }), ...Array.from({ length: width }, (_, i) => el('th', { attrs: { scope: 'col' }, className: 'num', text: i === width - 1 ? 'Last' : `−${width - 1 - i}` })), el('th', { attrs: { scope: 'col' }, className: 'num', text: 'Target' }), el('th', { attrs: { scope: 'col' }, text: 'Trend' }))),
    el(
      'tbody',
      {},
      ...history.trends.map((t) => {
        const change = t.times.length >= 2 ? t.times[t.times.length - 1] - t.times[0] : null;
        const toward = change === null ? '' : Math.abs(change) < 1 ? '→ steady' : change < 0 ? `↓ ${formatSeconds(-change)} faster` : `↑ ${formatSeconds(change)} slower`;
        const pad = width - t.times.length;
        return el(
          'tr',
          {},
          el('th', { attrs: { scope: 'row' }, text: t.label }),
          ...Array.from({ length: pad }, () => el('td', { className: 'num', text: '' })),
          ...t.times.map((s) => el('td', { className: `num${t.targetSeconds > 0 && s > t.targetSeconds * (1 + m.timeTolerance / 100) ? ' over' : ''}`, text: formatSeconds(s) })),
          el('td', { className: 'num', text: formatSeconds(t.targetSeconds) }),
          el('td', { text: toward }),
        );
      }),
    ),
  );
  const next = history.nextDue;
  return el(
    'section',
    { className: 'history', attrs: { 'aria-labelledby': 'history-heading' } },
    el('h2', { attrs: { id: 'history-heading' }, text: `History (${history.count} attempt${history.count === 1 ? '' : 's'})` }),
    next !== null && el('p', { className: 'muted', text: next <= Date.now() ? 'Due for practice now.' : `Next practice: ${new Date(next).toLocaleDateString(undefined, { weekday: 'long', month: 'short', day: 'numeric' })}.` }),
    attempts,
    trend,
  );
}

export function renderGone(view: View): HTMLElement {
  return el(
    'section',
    { className: 'empty-state' },
    el('h1', { text: 'Rehearse' }),
    el('p', { text: 'The story this panel was rehearsing is gone: its file was closed, moved or deleted, or its title changed.' }),
    el('p', { className: 'muted', text: 'Open a story and run "STAR: Rehearse Story", or click Rehearse above its title.' }),
    button('Practise the next due story', view.practiseNext, { primary: true }),
  );
}

/** "+0:12" / "−0:05" against an estimate. */
function diff(seconds: number): string {
  const r = Math.round(seconds);
  return r === 0 ? '±0:00' : `${r > 0 ? '+' : '−'}${formatSeconds(Math.abs(r))}`;
}
