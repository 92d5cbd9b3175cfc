// The snippet behind "STAR: New STAR Story": front matter for the chosen principle and level,
// every section with its prompt as a placeholder, and the principle's likely follow-ups.
// No `vscode` import.
import type { LevelGuide, PrincipleGuide, SectionGuide } from '../core/coaching/types';
import { SPOKEN_SECTIONS, type SectionKind } from '../core/types';

/** Escapes text for use inside a snippet (and inside a placeholder). */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** Same, for front matter values: a single line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Template text in the form the engine knows as a placeholder ("[Write …]"): flagged by
 * unfilled-placeholder and counted as no words, time or evidence until the writer replaces it.
 */
function hole(text: string): string {
  return `[Write ${oneLine(text).replace(/\[/g, '(').replace(/\]/g, ')')}]`;
}

/** "Two or three sentences…" → "two or three sentences…", leaving "I" and acronyms alone. */
function lowerFirst(text: string): string {
  return /^(?:[A-Z][a-z]|A\s)/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

export function storyTemplate(
  principle: PrincipleGuide,
  level: LevelGuide,
  guides: Record<SectionKind, SectionGuide>,
  followUps = 2,
): string {
  let stop = 1;
  const placeholder = (text: string) => `\${${stop++}:${escapeSnippet(hole(text))}}`;
  const lines = [
    '---',
    // Front matter is not prose (nothing in it counts as words or evidence), and YAML would read
    // "[…]" as a list: the question stays plain text.
    `question: \${${stop++}:${escapeSnippet('Tell me about a time when…')}}`,
    `principle: ${escapeSnippet(principle.name)}`,
    `level: ${level.id}`,
    '---',
    `# ${placeholder('a title that names the problem and the outcome')}`,
    '',
    `<!-- ${escapeSnippet(oneLine(`${principle.name}: ${principle.leadWith}`).replace(/--/g, '–'))} -->`,
  ];
  for (const kind of SPOKEN_SECTIONS) {
    const guide = guides[kind];
    lines.push('', `## ${escapeSnippet(guide.label)}`, placeholder(`(about ${guide.targetSeconds} s): ${lowerFirst(guide.prompt)}`));
  }
  const probes = principle.followUps.slice(0, followUps);
  if (probes.length) {
    lines.push('', `## ${escapeSnippet(guides.followups.label)}`);
    for (const probe of probes) {
      lines.push(`### ${escapeSnippet(oneLine(probe.question))}`, placeholder(`your answer; a strong one shows: ${lowerFirst(probe.strongShows)}`), '');
    }
    lines.pop();
  }
  lines.push('$0');
  return lines.join('\n');
}
