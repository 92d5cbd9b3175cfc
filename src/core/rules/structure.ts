import * as z from 'zod/mini';
import { SECTION_GUIDES } from '../coaching/sections';
import { SPOKEN_SECTIONS, SECTION_KINDS, type SectionKind } from '../types';
import { defineRule } from './types';
import { storyAnchor } from './anchors';

// The story's skeleton: every STAR part present, in the order it is told, none left empty.

const label = (k: SectionKind) => SECTION_GUIDES[k]?.label ?? k;
const JUNIOR_REFLECTION = 'No Reflection: a lesson specific to this story lifts it above the SDE II bar.';

export const missingSection = defineRule({
  id: 'missing-section',
  description: 'A STAR part (Situation, Task, Action, Result, Reflection) has no section of its own.',
  defaultSeverity: 'warning',
  sections: [],
  tipId: 'missing-section',
  options: z.object({ required: z._default(z.array(z.enum(SECTION_KINDS as [SectionKind, ...SectionKind[]])), [...SPOKEN_SECTIONS]) }),
  check: function missingSectionCheck(ctx, report) {
    const { facts } = ctx;
    const missing = ctx.options.required.filter((k) => {
      if (facts.has(k)) return false;
      // A lesson folded into the Result still answers "what did you learn".
      if (k === 'reflection' && facts.resultLessons().length > 0) return false;
      return true;
    });
    if (missing.length === 0) return;
    const none = ctx.story.sections.every((s) => s.kind === null);
    // The reflection is what separates the levels: a plus up to SDE II (info, on its own), expected from senior.
    const junior = ctx.level === 'sde1' || ctx.level === 'sde2';
    if (junior && !none && missing.length > 1 && missing.includes('reflection')) {
      missing.splice(missing.indexOf('reflection'), 1);
      report({ ...storyAnchor(ctx.file, ctx.story), sectionKind: null, severity: 'info', message: JUNIOR_REFLECTION, actual: 'reflection' });
    }
    const names = missing.map(label);
    const onlyReflection = missing.length === 1 && missing[0] === 'reflection';
    report({
      ...storyAnchor(ctx.file, ctx.story),
      sectionKind: null,
      ...(onlyReflection && junior && !none ? { severity: 'info' as const } : {}),
      message: none
        ? `No STAR sections found: give the story ## ${names.join(', ## ')} headings so each part can be coached and timed.`
        : onlyReflection && junior
          ? JUNIOR_REFLECTION
          : `Missing ${names.length === 1 ? 'section' : 'sections'}: ${names.join(', ')}.${missing.includes('task') ? ' The Task is where you show the work was yours to take on.' : ''}`,
      actual: missing.join(','),
    });
  },
});

const ORDER: Record<SectionKind, number> = { situation: 0, task: 1, action: 2, result: 3, reflection: 4, followups: 5 };

export const sectionOrder = defineRule({
  id: 'section-order',
  description: 'Sections are out of the order a STAR story is told in (Situation, Task, Action, Result, Reflection).',
  defaultSeverity: 'warning',
  sections: [],
  tipId: 'section-order',
  options: z.object({}),
  check: function sectionOrderCheck(ctx, report) {
    let furthest: SectionKind | null = null;
    const seen = new Set<SectionKind>();
    for (const s of ctx.story.sections) {
      if (!s.kind) continue;
      if (seen.has(s.kind) && s.kind !== 'followups') {
        report({ start: s.headingStart, end: s.headingEnd, sectionKind: s.kind, message: `${label(s.kind)} appears twice: merge the two so the story is told once, in order.` });
        continue;
      }
      if (furthest && ORDER[s.kind] < ORDER[furthest]) {
        report({ start: s.headingStart, end: s.headingEnd, sectionKind: s.kind, message: `${label(s.kind)} comes after ${label(furthest)}: tell the story in order (Situation, Task, Action, Result, Reflection).` });
      } else {
        furthest = s.covers.reduce<SectionKind>((a, k) => (ORDER[k] > ORDER[a] ? k : a), s.kind);
      }
      s.covers.forEach((k) => seen.add(k));
    }
  },
});

export const emptySection = defineRule({
  id: 'empty-section',
  description: 'A section heading with nothing under it.',
  defaultSeverity: 'warning',
  sections: [],
  tipId: 'empty-section',
  options: z.object({}),
  check: function emptySectionCheck(ctx, report) {
    for (const s of ctx.story.sections) {
      if (!s.kind) continue;
      if (ctx.facts.wordsIn(s) > 0) continue;
      // Follow-ups are often a list of `###` questions with answers still to write.
      if (s.kind === 'followups') continue;
      report({ start: s.headingStart, end: s.headingEnd, sectionKind: s.kind, message: `${label(s.kind)} is empty: ${SECTION_GUIDES[s.kind]?.prompt ?? 'write it'}` });
    }
  },
});

export const unfilledPlaceholder = defineRule({
  id: 'unfilled-placeholder',
  description: 'A placeholder left in the draft ("X%", "[?]", "TBD", "N ms").',
  defaultSeverity: 'warning',
  sections: [],
  tipId: 'unfilled-placeholder',
  options: z.object({}),
  check: function unfilledPlaceholderCheck(ctx, report) {
    for (const p of ctx.facts.placeholders()) {
      const section = ctx.story.sections.find((s) => p.start >= s.bodyStart && p.start < s.bodyEnd);
      const text = ctx.file.text.slice(p.start, p.end);
      report({ ...p, sectionKind: section?.kind ?? null, message: `"${text}" is still a placeholder: put the real figure or detail in before you rehearse.`, actual: text });
    }
  },
});
