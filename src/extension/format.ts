// Text the glue shows: times, counts, summaries, escaped Markdown. No `vscode` import.
import { storyAt } from '../core/storyAt';
import { formatSeconds } from '../core/timing';
import type { CheckResult, Severity, StoryFile } from '../core/types';

/** "0:24 / 0:30", or just "0:24" for a part with no target (follow-ups). */
export function formatTiming(seconds: number, targetSeconds: number): string {
  return targetSeconds > 0 ? `${formatSeconds(seconds)} / ${formatSeconds(targetSeconds)}` : formatSeconds(seconds);
}

/** A size for a message: "5 MB", "300 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${+(bytes / 1024).toFixed(1)} KB`;
}

function countBySeverity(result: CheckResult): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const finding of result.findings) counts[finding.severity]++;
  return counts;
}

/** Findings a user sees in the Problems panel (hints are editor-only there too). */
export function issueCount(result: CheckResult): number {
  const counts = countBySeverity(result);
  return counts.error + counts.warning + counts.info;
}

function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

const SEVERITY_WORDS: readonly [Severity, string][] = [
  ['error', 'error'],
  ['warning', 'warning'],
  ['info', 'info'],
  ['hint', 'hint'],
];

/** The one-line summary of a check, e.g. "STAR: 2 stories, 5 warnings, 3 infos — est. 2:10". */
export function summarize(result: CheckResult): string {
  const counts = countBySeverity(result);
  const parts = [plural(result.stories.length, 'story', 'stories')];
  const issues = SEVERITY_WORDS.filter(([severity]) => counts[severity] > 0).map(([severity, word]) => plural(counts[severity], word));
  parts.push(...(issues.length ? issues : ['no issues']));
  let summary = `STAR: ${parts.join(', ')}`;
  const times = result.stories.map((s) => s.seconds);
  if (times.length === 1) summary += ` — est. ${formatSeconds(times[0])}`;
  else if (times.length > 1) summary += ` — est. ${formatSeconds(Math.min(...times))}–${formatSeconds(Math.max(...times))} per story`;
  return summary;
}

/**
 * Makes any text literal inside Markdown: every ASCII punctuation character is
 * backslash-escaped (CommonMark allows it for all of them) and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

export interface StatusBarView {
  text: string;
  tooltip: string;
}

/** The status bar for the story holding `offset`: its estimated time and issue count (hints aside). */
export function statusFor(analysis: { file: StoryFile; result: CheckResult }, offset: number): StatusBarView | undefined {
  const index = storyAt(analysis.file, offset);
  const story = analysis.result.stories.find((s) => s.index === index);
  if (!story) return undefined;
  const issues = analysis.result.findings.filter((f) => f.storyIndex === index && f.severity !== 'hint').length;
  const count = analysis.result.stories.length;
  const which = count > 1 ? `Story ${index + 1} of ${count}` : 'Story';
  return {
    text: `$(mic) ${formatSeconds(story.seconds)} · ${issues}`,
    tooltip: `${which}: estimated ${formatSeconds(story.seconds)} spoken (target ${formatSeconds(story.targetSeconds)}), ${plural(issues, 'issue')}. Click to open the coach panel.`,
  };
}
