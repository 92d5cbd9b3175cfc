import { PRINCIPLES, SECTION_GUIDES, findPrinciple } from '../coaching';
import { sentencesIn } from '../prose';
import type { CheckResult, Section, Story, StoryFile } from '../types';
import { storyKeys } from './keys';
import { REHEARSAL_LIMITS, type CueSection, type DrillQuestion, type RehearsalModel } from './messages';
import { clip } from '../clip';

// What the rehearsal panel shows for one story: the question, a cue card per spoken section
// (each sentence in full and its first words), the section and story targets and estimates as
// the engine measured them (so the targets are the coaching's, wherever they come from), and
// the follow-up drill: the story's own questions first, then its principles'.

/** Words of a sentence the cue card shows. */
export const CUE_WORDS = 4;

const OWN_STRONG = `${SECTION_GUIDES.followups.checklist.join('. ')}.`;
const OWN_WEAK = 'Retelling the story instead of adding to it, "we" where the question asks what you did, or no detail beyond what you already said.';

export interface RehearsalOptions {
  uri: string;
  wordsPerMinute: number;
  timeTolerance: number;
}

export function buildRehearsalModel(analysis: { file: StoryFile; result: CheckResult }, storyIndex: number, options: RehearsalOptions): RehearsalModel | null {
  const { file, result } = analysis;
  const story = file.stories[storyIndex];
  const metrics = result.stories.find((s) => s.index === storyIndex);
  if (!story || !metrics) return null;
  const key = storyKeys(options.uri, file)[storyIndex];

  const sections: CueSection[] = [];
  for (const m of metrics.sections) {
    const section = story.sections.find((s) => s.headingStart === m.headingStart);
    if (!section) continue;
    sections.push(cueSection(file, section.bodyStart, section.bodyEnd, {
      kind: m.kind,
      label: section.covers.map((k) => SECTION_GUIDES[k].label).join(' / ') || SECTION_GUIDES[m.kind].label,
      heading: section.heading,
      words: m.words,
      estimateSeconds: m.seconds,
      targetSeconds: m.targetSeconds,
    }));
  }
  // A draft without sections is told in one go, against the whole story's target.
  if (story.sections.length === 0) {
    sections.push(cueSection(file, story.preambleStart, story.end, { kind: null, label: 'Story', heading: 'Story', words: metrics.words, estimateSeconds: metrics.seconds, targetSeconds: metrics.targetSeconds }));
  }

  const principleNames = story.meta.principles.map((id) => findPrinciple(id)?.name ?? id);
  return {
    key: clipText(key),
    revision: 0,
    title: clipText(metrics.title ?? story.title ?? '') || 'Untitled story',
    question: story.meta.question ? clipText(story.meta.question) : null,
    level: { id: metrics.level, label: levelLabel(metrics.level), targetSeconds: metrics.targetSeconds },
    principles: principleNames.slice(0, 20).map(clipText),
    wordsPerMinute: Math.round(options.wordsPerMinute),
    timeTolerance: options.timeTolerance,
    sections: sections.slice(0, REHEARSAL_LIMITS.sections),
    estimateSeconds: metrics.seconds,
    drill: drillQuestions(file, story).slice(0, REHEARSAL_LIMITS.drill),
  };
}

const LEVEL_LABELS: Record<string, string> = { sde1: 'SDE I', sde2: 'SDE II', senior: 'Senior SDE', principal: 'Principal' };
function levelLabel(level: string): string {
  return LEVEL_LABELS[level] ?? level;
}

function cueSection(file: StoryFile, start: number, end: number, base: Omit<CueSection, 'sentences' | 'cues'>): CueSection {
  const sentences = sentencesIn(file, start, end)
    .map((s) => plain(file.text.slice(s.start, s.end)))
    .filter((s) => /[\p{L}\p{N}]/u.test(s))
    .slice(0, REHEARSAL_LIMITS.sentences)
    .map(clipText);
  return { ...base, label: clipText(base.label), heading: clipText(base.heading), sentences, cues: sentences.map(cue) };
}

/** The first CUE_WORDS words of a sentence, with an ellipsis when there is more. */
export function cue(sentence: string): string {
  const words = sentence.split(/\s+/).filter(Boolean);
  return words.length <= CUE_WORDS ? words.join(' ') : `${words.slice(0, CUE_WORDS).join(' ')} …`;
}

/** Markdown as it is read aloud: no comments, emphasis markers, code ticks, list markers or link targets. */
export function plain(markdown: string): string {
  return withoutComments(markdown)
    .replace(/!?\[([^\]\n]{0,300})\]\([^)\n]{0,1000}\)/g, '$1')
    .replace(/^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** HTML comments blanked, by a scan (an unclosed one runs to the end, as in Markdown). */
function withoutComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) return out + text.slice(from);
    out += `${text.slice(from, open)} `;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return out;
    from = close + 3;
  }
}

/** The story's own follow-ups, then each of its principles' (a question already asked is skipped). */
export function drillQuestions(file: StoryFile, story: Story): DrillQuestion[] {
  const out: DrillQuestion[] = [];
  const asked = new Set<string>();
  const add = (q: DrillQuestion) => {
    const norm = q.question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!norm || asked.has(norm)) return;
    asked.add(norm);
    out.push(q);
  };
  for (const section of story.sections) {
    if (!section.covers.includes('followups')) continue;
    for (const own of ownFollowUps(file, section)) {
      add({ question: clipText(own.question), source: 'story', principle: null, notes: own.notes ? clipText(own.notes) : null, strongShows: OWN_STRONG, weakSigns: OWN_WEAK });
    }
  }
  for (const id of story.meta.principles) {
    const guide = PRINCIPLES.find((p) => p.id === id) ?? PRINCIPLES.find((p) => p.id === findPrinciple(id)?.id);
    if (!guide) continue;
    for (const f of guide.followUps) add({ question: f.question, source: 'principle', principle: guide.name, notes: null, strongShows: f.strongShows, weakSigns: f.weakSigns });
  }
  return out;
}

// One blank after the marker, the rest trimmed by the caller: `[ \t]+(.*)` would let the two
// quantifiers trade blanks (regexp/no-super-linear-backtracking).
const SUBHEADING = /^ {0,3}#{1,6}[ \t](.*)$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t](.*)$/;

/**
 * Questions under a Follow-ups heading: each sub-heading is a question with the text below it
 * as its notes; without sub-headings, each line (or list item) ending in "?" is one.
 */
export function ownFollowUps(file: StoryFile, section: Section): { question: string; notes: string | null }[] {
  const lines = file.text.slice(section.bodyStart, section.bodyEnd).split(/\r\n|\r|\n/);
  const out: { question: string; notes: string[] }[] = [];
  const headed = lines.some((l) => SUBHEADING.test(l));
  let fence = false;
  for (const line of lines) {
    if (/^ {0,3}(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const heading = headed ? SUBHEADING.exec(line) : null;
    const item = headed ? null : (LIST_ITEM.exec(line)?.[1] ?? line).trim();
    if (heading) out.push({ question: plain(trimClosingHashes(heading[1].trim())), notes: [] });
    else if (item && item.endsWith('?') && item.length <= 400) out.push({ question: plain(item), notes: [] });
    else if (out.length && line.trim()) out.at(-1)!.notes.push(line);
  }
  return out
    .filter((q) => q.question)
    .map((q) => {
      const notes = plain(q.notes.join('\n'));
      return { question: q.question, notes: notes || null };
    });
}

/** "Question? ##" -> "Question?": a heading's optional closing hashes. */
function trimClosingHashes(s: string): string {
  const t = s.trimEnd();
  let end = t.length;
  while (end > 0 && t[end - 1] === '#') end--;
  // Closing hashes need a space before them ("C#" keeps its hash).
  return end < t.length && (end === 0 || t[end - 1] === ' ' || t[end - 1] === '\t') ? t.slice(0, end).trimEnd() : t;
}

function clipText(s: string): string {
  return clip(s, REHEARSAL_LIMITS.text);
}
