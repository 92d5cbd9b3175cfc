import { formatSeconds } from '../timing';
import { summaryOf, type StoredAttempt } from './attempts';
import { REHEARSAL_LIMITS, type AttemptReport, type AttemptView, type HistoryView, type RehearsalModel } from './messages';
import { measurePace } from './pace';
import { attemptOutcome, scheduleOf, type Grade } from './schedule';

// A story's rehearsal history as the panel shows it (the last attempts, each section's trend,
// the next due day), the attempt the extension stores from what the webview measured, and the
// exports the user asks for. Pure.

/** Attempts and trend points the panel shows. */
export const HISTORY_SHOWN = 5;

/** The attempt to store: the webview's times and grades put against the model they were measured on. */
export function attemptFromReport(model: RehearsalModel, report: AttemptReport, uri: string): StoredAttempt {
  const sections = model.sections.map((s, i) => ({
    kind: s.kind,
    label: s.label,
    words: s.words,
    seconds: round1(report.sections[i] ?? 0),
    targetSeconds: s.targetSeconds,
    estimateSeconds: s.estimateSeconds,
  }));
  const drill = report.drill
    .filter((d) => d.index < model.drill.length)
    .map((d) => ({ question: model.drill[d.index].question, source: model.drill[d.index].source, seconds: round1(d.seconds), grade: d.grade }));
  return {
    id: report.id,
    at: report.startedAt,
    uri,
    title: model.title,
    level: model.level.id,
    wordsPerMinute: model.wordsPerMinute,
    sections,
    totalSeconds: round1(sections.reduce((n, s) => n + s.seconds, 0)),
    targetSeconds: model.level.targetSeconds,
    drill,
  };
}

export function historyView(attempts: readonly StoredAttempt[], tolerancePercent: number): HistoryView {
  const sorted = [...attempts].sort((a, b) => a.at - b.at);
  const recent = sorted.slice(-HISTORY_SHOWN);
  const schedule = scheduleOf(sorted.map(summaryOf), tolerancePercent);
  return {
    attempts: recent
      .slice()
      .reverse()
      .map((a) => attemptView(a, tolerancePercent)),
    trends: trends(recent),
    count: sorted.length,
    nextDue: schedule.nextDue,
  };
}

function attemptView(a: StoredAttempt, tolerancePercent: number): AttemptView {
  const grades = { strong: 0, fair: 0, weak: 0 };
  for (const d of a.drill) if (d.grade) grades[d.grade]++;
  const pace = measurePace(a.sections);
  return {
    id: a.id,
    at: a.at,
    totalSeconds: a.totalSeconds,
    outcome: attemptOutcome(summaryOf(a), tolerancePercent),
    sections: a.sections.slice(0, REHEARSAL_LIMITS.sections).map((s) => ({ label: s.label, seconds: s.seconds })),
    grades,
    pace: pace.status === 'ok' ? pace.wordsPerMinute : null,
  };
}

/** Each section's time across the attempts (oldest first), by label in the order of the latest, then the total. */
function trends(attempts: readonly StoredAttempt[]): HistoryView['trends'] {
  const latest = attempts.at(-1);
  if (!latest) return [];
  const rows = latest.sections.map((s) => ({
    label: s.label,
    targetSeconds: s.targetSeconds,
    times: attempts.flatMap((a) => a.sections.filter((x) => x.label === s.label).slice(0, 1).map((x) => x.seconds)),
  }));
  rows.push({ label: 'Total', targetSeconds: latest.targetSeconds, times: attempts.map((a) => a.totalSeconds) });
  return rows.slice(0, REHEARSAL_LIMITS.sections + 1);
}

/** Change from the first to the last point of a trend, in seconds (null with fewer than two). */
export function trendChange(times: readonly number[]): number | null {
  return times.length < 2 ? null : round1(times[times.length - 1] - times[0]);
}

const GRADE_WORD: Record<Grade, string> = { strong: 'strong', fair: 'fair', weak: 'weak' };

/** Every attempt as Markdown: a heading per story, a table of attempts, the drill's grades. */
export function attemptsToMarkdown(stories: ReadonlyMap<string, readonly StoredAttempt[]>, tolerancePercent: number, exportedAt: number): string {
  const out = [`# STAR rehearsal attempts`, '', `Exported ${isoDate(exportedAt)}. Times are m:ss; targets in brackets.`, ''];
  for (const [, attempts] of [...stories].sort(([a], [b]) => a.localeCompare(b))) {
    if (attempts.length === 0) continue;
    const latest = attempts[attempts.length - 1];
    const labels = latest.sections.map((s) => s.label);
    out.push(`## ${escapeMd(latest.title)}`, '', `${escapeMd(latest.uri)} (${attempts.length} attempt${attempts.length === 1 ? '' : 's'})`, '');
    out.push(`| Date | ${labels.map(escapeMd).join(' | ')} | Total | Outcome |`, `|---|${labels.map(() => '---:').join('|')}|---:|---|`);
    for (const a of attempts) {
      const cells = labels.map((label) => {
        const s = a.sections.find((x) => x.label === label);
        return s ? `${formatSeconds(s.seconds)} (${formatSeconds(s.targetSeconds)})` : '—';
      });
      out.push(`| ${isoDate(a.at)} | ${cells.join(' | ')} | ${formatSeconds(a.totalSeconds)} (${formatSeconds(a.targetSeconds)}) | ${attemptOutcome(summaryOf(a), tolerancePercent)} |`);
    }
    const graded = attempts.flatMap((a) => a.drill.filter((d) => d.grade).map((d) => ({ at: a.at, ...d })));
    if (graded.length) {
      out.push('', '| Date | Follow-up | Answer | Grade |', '|---|---|---:|---|');
      for (const d of graded) out.push(`| ${isoDate(d.at)} | ${escapeMd(d.question)} | ${formatSeconds(d.seconds)} | ${GRADE_WORD[d.grade!]} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function attemptsToJson(stories: ReadonlyMap<string, readonly StoredAttempt[]>, exportedAt: number): string {
  return `${JSON.stringify({ exportedAt: new Date(exportedAt).toISOString(), stories: Object.fromEntries(stories) }, null, 2)}\n`;
}

/** "2026-12-02 21:05" in local time. */
export function isoDate(time: number): string {
  const d = new Date(time);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Table-safe Markdown text: pipes, line breaks and HTML escaped. */
function escapeMd(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
