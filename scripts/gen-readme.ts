import * as path from 'path';
import { RULES } from '../src/core/rules';
import { SECTION_GUIDES } from '../src/core/coaching/sections';
import type { RuleMeta } from '../src/core/rules';
import { describeRule } from './gen-docs';

// The rules table in README.md (between the rules:start and rules:end markers), from the rule
// metadata, so the README cannot drift from the engine. scripts/generate.ts (`npm run docs`)
// writes it; a unit test fails when the committed table differs from what would be written.

export const START = '<!-- rules:start -->';
export const END = '<!-- rules:end -->';
export const README = path.resolve(__dirname, '..', '..', 'README.md');

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function row(rule: RuleMeta & { description: string }): string {
  const sections = rule.sections.length ? rule.sections.map((k) => SECTION_GUIDES[k]?.label ?? k).join(', ') : '—';
  return `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.defaultSeverity} | ${sections} | ${cell(rule.description)} |`;
}

/** The Markdown table of every rule, in registry order. */
export function rulesTable(rules: readonly (RuleMeta & { description: string })[] = RULES.map((r) => ({ ...r, description: describeRule(r.id) }))): string {
  return ['| Rule | Default | Sections | What it reports |', '|---|---|---|---|', ...rules.map(row)].join('\n');
}

/** `readme` with the text between the markers replaced by the current table. */
export function withRulesTable(readme: string, table = rulesTable()): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs a ${START} … ${END} block`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

/** The table currently between the markers, or null when the markers are missing. */
export function currentRulesTable(readme: string): string | null {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return null;
  return readme.slice(start + START.length, end).trim();
}
