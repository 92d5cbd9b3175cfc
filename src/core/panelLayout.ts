import type { CoachModel, FindingView, SectionView } from './panelMessages';
import { SEVERITIES, type Severity } from './types';

// How the coach panel lays a model out, kept out of the DOM code so that unit tests read it:
// which section card each finding goes under, and the one-line findings summary.

export interface PlacedFindings {
  /** Findings about the story as a whole (title, front matter, preamble), shown before the sections. */
  story: FindingView[];
  /** Per entry of model.sections, the findings shown under that section. */
  sections: FindingView[][];
}

/**
 * A finding goes under the section whose text holds it when that section is of the finding's
 * kind (or the finding names none); else under the first section of its kind (a missing
 * section's card, where "add a Result" belongs); else with the story.
 */
export function placeFindings(model: Pick<CoachModel, 'findings' | 'sections'>): PlacedFindings {
  const placed: PlacedFindings = { story: [], sections: model.sections.map(() => []) };
  const present = model.sections
    .map((section, index) => ({ section, index }))
    .filter((s): s is { section: SectionView & { headingStart: number }; index: number } => s.section.headingStart !== null)
    .sort((a, b) => a.section.headingStart - b.section.headingStart);
  for (const finding of model.findings) {
    const holder = lastAtOrBefore(present, finding.start);
    if (holder && (finding.sectionKind === null || finding.sectionKind === holder.section.kind)) {
      placed.sections[holder.index].push(finding);
      continue;
    }
    const ofKind = finding.sectionKind === null ? -1 : model.sections.findIndex((s) => s.kind === finding.sectionKind);
    if (ofKind >= 0) placed.sections[ofKind].push(finding);
    else placed.story.push(finding);
  }
  return placed;
}

function lastAtOrBefore<T extends { section: { headingStart: number } }>(sorted: T[], offset: number): T | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].section.headingStart <= offset) {
      found = sorted[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const NAMES: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['suggestion', 'suggestions'],
  hint: ['hint', 'hints'],
};

/** "12 findings: 9 warnings, 3 suggestions", or "No findings". Counts the shown findings by severity. */
export function findingsSummary(findingCount: number, findings: readonly FindingView[]): string {
  if (findingCount === 0) return 'No findings';
  const total = `${findingCount} finding${findingCount === 1 ? '' : 's'}`;
  const counts = new Map<Severity, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const parts = SEVERITIES.filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${NAMES[s][counts.get(s) === 1 ? 0 : 1]}`);
  return parts.length ? `${total}: ${parts.join(', ')}` : total;
}
