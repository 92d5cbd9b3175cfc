import { config as zodConfig } from 'zod/mini';
import {
  historyViewSchema,
  parseRehearsalExtensionMessage,
  rehearsalModelSchema,
  type HistoryView,
  type RehearsalModel,
  type RehearsalWebviewMessage,
} from '../../core/rehearsal/messages';
import type { Grade } from '../../core/rehearsal/schedule';
import { el, spokenSeconds } from '../dom';
import { pause, read, restored, resume, started, stopped, type Clock } from './clock';
import { renderDone, renderDrill, renderGone, renderHeader, renderHistory, renderIntro, renderResults, renderTelling, type CueMode, type View } from './view';

// The rehearsal panel's browser side. The user tells the story section by section against a
// stopwatch (Space or Enter moves on), sees the times against the targets and the estimate,
// then answers the follow-ups one at a time and grades each. Everything it measures is kept
// with setState (a reload or a hidden tab loses nothing) and reported to the extension, which
// stores the attempt. Keys: Space/Enter the main action, P pause, R restart, 1/2/3 grade,
// C the cue card's mode.

interface VsCodeApi {
  postMessage(message: RehearsalWebviewMessage): void;
  getState(): unknown;
  setState(state: State): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type Phase = 'intro' | 'telling' | 'results' | 'drill' | 'done';

export interface DrillAnswer {
  index: number;
  seconds: number;
  grade: Grade | null;
}

export interface State {
  model: RehearsalModel | null;
  history: HistoryView | null;
  due: number;
  phase: Phase;
  cueMode: CueMode;
  /** The section being told. */
  section: number;
  /** Seconds of each section told so far. */
  times: number[];
  clock: Clock;
  attemptId: string;
  startedAt: number;
  /** The drill question on screen, whether its guidance is shown, and the answers so far. */
  question: number;
  revealed: boolean;
  answers: DrillAnswer[];
  outcome: Grade | null;
  pace: { wordsPerMinute: number; note: string | null } | null;
  /** Date.now() of the last tick while a clock ran: where a restored clock stops. */
  lastSeen: number;
  /** Set once the story could not be found. */
  gone: boolean;
}

zodConfig({ jitless: true });

const vscode = acquireVsCodeApi();
const root = document.getElementById('rehearse') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
let state: State = restore(vscode.getState());
let ticker: ReturnType<typeof setInterval> | undefined;
/** Last second announced to screen readers for the running clock. */
let announcedAt = -1;

function fresh(model: RehearsalModel | null = null, history: HistoryView | null = null, due = 0, cueMode: CueMode = 'cues'): State {
  return {
    model,
    history,
    due,
    phase: 'intro',
    cueMode,
    section: 0,
    times: [],
    clock: stopped(),
    attemptId: newId(),
    startedAt: 0,
    question: 0,
    revealed: false,
    answers: [],
    outcome: null,
    pace: null,
    lastSeen: 0,
    gone: false,
  };
}

function restore(saved: unknown): State {
  if (typeof saved !== 'object' || saved === null) return fresh();
  const s = saved as Partial<State>;
  const model = rehearsalModelSchema.safeParse(s.model);
  const history = historyViewSchema.safeParse(s.history);
  if (!model.success) return fresh();
  const base = fresh(model.data, history.success ? history.data : null, typeof s.due === 'number' ? s.due : 0, s.cueMode === 'full' || s.cueMode === 'none' ? s.cueMode : 'cues');
  const phases: Phase[] = ['intro', 'telling', 'results', 'drill', 'done'];
  const num = (n: unknown, fallback: number) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : fallback);
  const clock = s.clock && typeof s.clock === 'object' ? { elapsed: num(s.clock.elapsed, 0), since: typeof s.clock.since === 'number' ? s.clock.since : null } : stopped();
  return {
    ...base,
    phase: phases.includes(s.phase as Phase) ? (s.phase as Phase) : 'intro',
    section: Math.min(num(s.section, 0), Math.max(0, model.data.sections.length - 1)),
    times: Array.isArray(s.times) ? s.times.filter((t): t is number => typeof t === 'number' && t >= 0).slice(0, model.data.sections.length) : [],
    // A running clock stops where the panel was last seen: a reload is not talking time.
    clock: restored(clock, num(s.lastSeen, 0) || Date.now()),
    attemptId: typeof s.attemptId === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(s.attemptId) ? s.attemptId : base.attemptId,
    startedAt: num(s.startedAt, 0),
    question: num(s.question, 0),
    revealed: s.revealed === true,
    answers: Array.isArray(s.answers)
      ? s.answers.filter((a): a is DrillAnswer => !!a && typeof a.index === 'number' && typeof a.seconds === 'number' && (a.grade === null || a.grade === 'strong' || a.grade === 'fair' || a.grade === 'weak'))
      : [],
    outcome: s.outcome === 'strong' || s.outcome === 'fair' || s.outcome === 'weak' ? s.outcome : null,
    pace: s.pace && typeof s.pace.wordsPerMinute === 'number' ? { wordsPerMinute: s.pace.wordsPerMinute, note: typeof s.pace.note === 'string' ? s.pace.note : null } : null,
  };
}

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function save(next: Partial<State>): void {
  state = { ...state, ...next };
  vscode.setState(state);
}

function say(text: string): void {
  // Cleared first so the same words are announced again.
  status.textContent = '';
  setTimeout(() => (status.textContent = text), 30);
}

// --- actions ---------------------------------------------------------------------------------

function start(): void {
  const m = state.model;
  if (!m || m.sections.length === 0) return;
  const now = Date.now();
  save({ ...fresh(m, state.history, state.due, state.cueMode), phase: 'telling', startedAt: now, clock: started(now), lastSeen: now });
  announcedAt = 0;
  render();
  announceSection();
}

function nextSection(): void {
  const m = state.model;
  if (!m || state.phase !== 'telling') return;
  const now = Date.now();
  const times = [...state.times, read(state.clock, now) / 1000];
  if (times.length >= m.sections.length) {
    save({ times, clock: stopped(), phase: 'results', lastSeen: now });
    report();
    render();
    const total = times.reduce((a, b) => a + b, 0);
    say(`Finished: ${spokenSeconds(total)} against a ${spokenSeconds(m.level.targetSeconds)} target. Results below.`);
    return;
  }
  save({ times, section: times.length, clock: started(now), lastSeen: now });
  announcedAt = 0;
  render();
  announceSection();
}

function togglePause(): void {
  const now = Date.now();
  if (state.phase !== 'telling' && !(state.phase === 'drill' && !state.revealed)) return;
  const running = state.clock.since !== null;
  save({ clock: running ? pause(state.clock, now) : resume(state.clock, now), lastSeen: now });
  render();
  say(running ? `Paused at ${spokenSeconds(read(state.clock, now) / 1000)}.` : 'Running.');
}

function restart(): void {
  if (!state.model) return;
  save(fresh(state.model, state.history, state.due, state.cueMode));
  render();
  say('Back to the start. Press Space to begin.');
  // Asks for the story as it is now (it may have been edited during the attempt).
  vscode.postMessage({ type: 'ready' });
}

function startDrill(): void {
  const m = state.model;
  if (!m) return;
  if (m.drill.length === 0) return finish();
  const now = Date.now();
  save({ phase: 'drill', question: 0, revealed: false, answers: [], clock: started(now), lastSeen: now });
  render();
  say(`Follow-up 1 of ${m.drill.length}: ${m.drill[0].question}`);
}

function reveal(): void {
  if (state.phase !== 'drill' || state.revealed) return;
  const now = Date.now();
  save({ revealed: true, clock: pause(state.clock, now), lastSeen: now });
  render();
  say('What a strong answer shows is below. Grade your answer: 1 strong, 2 fair, 3 weak.');
}

function grade(g: Grade | null): void {
  const m = state.model;
  if (!m || state.phase !== 'drill') return;
  if (g !== null && !state.revealed) return;
  const now = Date.now();
  const answers = [...state.answers.filter((a) => a.index !== state.question), { index: state.question, seconds: read(state.clock, now) / 1000, grade: g }];
  const next = state.question + 1;
  save({ answers });
  report();
  if (next >= m.drill.length) return finish();
  save({ question: next, revealed: false, clock: started(now), lastSeen: now });
  render();
  say(`Follow-up ${next + 1} of ${m.drill.length}: ${m.drill[next].question}`);
}

function finish(): void {
  save({ phase: 'done', clock: stopped() });
  report();
  render();
  say('Rehearsal saved.');
}

function report(): void {
  const m = state.model;
  if (!m) return;
  vscode.postMessage({
    type: 'attempt',
    id: state.attemptId,
    key: m.key,
    revision: m.revision,
    startedAt: Math.round(state.startedAt),
    sections: state.times.map((t) => Math.round(t * 10) / 10),
    drill: state.answers.map((a) => ({ index: a.index, seconds: Math.round(a.seconds * 10) / 10, grade: a.grade })),
  });
}

function setCueMode(mode: CueMode): void {
  save({ cueMode: mode });
  render();
  say(mode === 'full' ? 'Cue card shows the full text.' : mode === 'cues' ? 'Cue card shows the first words of each sentence.' : 'Cue card shows the headings only.');
}

/** Space / Enter: whatever the phase's main button does. */
function primary(): void {
  switch (state.phase) {
    case 'intro':
      return start();
    case 'telling':
      return nextSection();
    case 'results':
      return startDrill();
    case 'drill':
      return state.revealed ? undefined : reveal();
    case 'done':
      return restart();
  }
}

const view: View = {
  start,
  next: nextSection,
  togglePause,
  restart,
  startDrill,
  reveal,
  grade,
  finish,
  setCueMode,
  setPace: (wordsPerMinute) => vscode.postMessage({ type: 'setPace', wordsPerMinute }),
  practiseNext: () => vscode.postMessage({ type: 'practiseNext' }),
  exportAttempts: () => vscode.postMessage({ type: 'exportAttempts' }),
  openStory: () => vscode.postMessage({ type: 'openStory' }),
};

// --- rendering -------------------------------------------------------------------------------

function render(): void {
  const m = state.model;
  const now = Date.now();
  if (!m) {
    root.replaceChildren(state.gone ? renderGone(view) : el('p', { className: 'muted', text: 'Loading the story…' }));
    return;
  }
  const body =
    state.phase === 'intro'
      ? renderIntro(m, state, view)
      : state.phase === 'telling'
        ? renderTelling(m, state, view, now)
        : state.phase === 'results'
          ? renderResults(m, state, view)
          : state.phase === 'drill'
            ? renderDrill(m, state, view, now)
            : renderDone(m, state, view);
  const history = state.phase === 'intro' || state.phase === 'done' ? renderHistory(state.history, m) : null;
  root.replaceChildren(renderHeader(m, state.phase === 'intro' ? state.due : null), body, history ?? '');
  root.querySelector<HTMLElement>('[data-primary]')?.focus({ preventScroll: true });
  root.querySelector('.cue-section.current')?.scrollIntoView({ block: 'nearest' });
  runTicker();
}

/** Updates the running timers in place (no re-render) four times a second while a clock runs. */
function runTicker(): void {
  const running = state.clock.since !== null;
  if (running && !ticker) ticker = setInterval(tick, 250);
  if (!running && ticker) {
    clearInterval(ticker);
    ticker = undefined;
  }
  tick();
}

function tick(): void {
  const m = state.model;
  if (!m) return;
  const now = Date.now();
  const seconds = read(state.clock, now) / 1000;
  const set = (id: string, text: string) => {
    const node = document.getElementById(id);
    if (node && node.textContent !== text) node.textContent = text;
  };
  set('clock-main', fmt(seconds));
  if (state.phase === 'telling') {
    const section = m.sections[state.section];
    const total = state.times.reduce((a, b) => a + b, 0) + seconds;
    set('clock-total', fmt(total));
    document.getElementById('clock-main')?.classList.toggle('over', section.targetSeconds > 0 && seconds > section.targetSeconds);
    document.getElementById('clock-total')?.classList.toggle('over', total > m.level.targetSeconds);
    announceProgress(section.label, section.targetSeconds, seconds);
  }
  if (state.clock.since !== null && now - state.lastSeen >= 1000) save({ lastSeen: now });
}

/** Screen readers hear the running time every 30 s and once when a section passes its target, not every tick. */
function announceProgress(label: string, target: number, seconds: number): void {
  const whole = Math.floor(seconds);
  if (whole === announcedAt) return;
  if (target > 0 && announcedAt < target && whole >= target) say(`${label} is past its ${spokenSeconds(target)} target.`);
  else if (whole > 0 && whole % 30 === 0) say(`${label}: ${spokenSeconds(whole)}.`);
  announcedAt = whole;
}

function announceSection(): void {
  const m = state.model;
  const section = m?.sections[state.section];
  if (!m || !section) return;
  say(`${section.label}, section ${state.section + 1} of ${m.sections.length}. Target ${spokenSeconds(section.targetSeconds)}.`);
}

export function fmt(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

// --- keyboard and messages ---------------------------------------------------------------------

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
  const target = event.target as HTMLElement | null;
  const onControl = !!target && target !== document.body && /^(BUTTON|A|INPUT|SELECT|TEXTAREA|SUMMARY)$/.test(target.tagName);
  const key = event.key;
  if (key === ' ' || key === 'Enter') {
    // A focused button does its own thing with Space and Enter.
    if (onControl) return;
    event.preventDefault();
    primary();
    return;
  }
  const lower = key.toLowerCase();
  if (lower === 'p' && (state.phase === 'telling' || state.phase === 'drill')) togglePause();
  else if (lower === 'r' && state.phase !== 'intro') restart();
  else if (lower === 'c' && (state.phase === 'intro' || state.phase === 'telling')) setCueMode(state.cueMode === 'full' ? 'cues' : state.cueMode === 'cues' ? 'none' : 'full');
  else if (state.phase === 'drill' && state.revealed && (key === '1' || key === '2' || key === '3')) grade(key === '1' ? 'strong' : key === '2' ? 'fair' : 'weak');
  else return;
  event.preventDefault();
});

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseRehearsalExtensionMessage(event.data);
  if (!message) return;
  if (message.type === 'load') {
    if (!message.model) {
      save({ ...fresh(null, null, message.due, state.cueMode), gone: true });
    } else if (state.model && state.model.key === message.model.key && state.phase !== 'intro') {
      // The same story again (a reload, an edit, Rehearse on it once more) while an attempt is
      // under way: its times and grades belong to the model they were measured on.
      save({ history: message.history, due: message.due, gone: false });
    } else if (state.model && state.model.key === message.model.key) {
      save({ model: message.model, history: message.history, due: message.due, gone: false });
    } else {
      save(fresh(message.model, message.history, message.due, state.cueMode));
    }
    render();
  } else if (message.type === 'saved') {
    if (message.attemptId !== state.attemptId) return;
    save({ history: message.history, due: message.due, outcome: message.outcome });
    if (state.phase === 'done') render();
  } else {
    save({ pace: { wordsPerMinute: message.wordsPerMinute, note: message.note } });
    if (state.phase === 'results') render();
    say(message.note ?? `Estimates now use ${message.wordsPerMinute} words a minute.`);
  }
});

render();
vscode.postMessage({ type: 'ready' });
