import type { Section, SectionKind, Span, Story, StoryFile } from '../types';

/** The heading line of the first section covering `kind`, or null. */
export function headingOf(story: Story, kind: SectionKind): Section | null {
  return story.sections.find((s) => s.covers.includes(kind)) ?? null;
}

/** Where a story-level finding goes: the story's title, else its first heading, else its first line. */
export function storyAnchor(file: StoryFile, story: Story): Span {
  if (story.titleStart !== null && story.titleEnd !== null) return { start: story.titleStart, end: story.titleEnd };
  if (story.sections.length) return { start: story.sections[0].headingStart, end: story.sections[0].headingEnd };
  // The first non-blank line of the story.
  const text = file.text;
  let i = story.start;
  while (i < story.end && /\s/.test(text[i])) i++;
  let e = text.indexOf('\n', i);
  if (e < 0 || e > story.end) e = story.end;
  if (e > i && text[e - 1] === '\r') e--;
  return { start: Math.min(i, story.end), end: Math.max(Math.min(i, story.end), e) };
}

/** A section's heading, or the story anchor when the section is missing. */
export function sectionAnchor(file: StoryFile, story: Story, kind: SectionKind): Span {
  const s = headingOf(story, kind);
  return s ? { start: s.headingStart, end: s.headingEnd } : storyAnchor(file, story);
}

/** Offset just after the last non-blank character of a section's body (where to append). */
export function endOfBody(file: StoryFile, section: Section): number {
  let e = section.bodyEnd;
  while (e > section.bodyStart && /\s/.test(file.text[e - 1])) e--;
  return e;
}
