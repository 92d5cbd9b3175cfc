// "STAR: New STAR Story": asks for the principle and the level, then opens an untitled story with
// the template to tab through. It ships in the panel chunk (panelChunk.ts) with the coaching text
// its pickers show, loaded on first use.
import * as vscode from 'vscode';
import { LEVEL_GUIDES } from '../core/coaching/levels';
import { PRINCIPLES } from '../core/coaching/principles';
import { SECTION_GUIDES } from '../core/coaching/sections';
import { LEVELS, type Level } from '../core/types';
import { CONFIG_SECTION, LANGUAGE_ID, SETTINGS } from './constants';
import { formatSeconds } from '../core/timing';
import { pickOne } from './pickOne';
import { storyTemplate } from './template';

/** Asks for the principle and the level, then opens an untitled story with the template to tab through. */
export async function newStory(): Promise<void> {
  const principle = await vscode.window.showQuickPick(
    PRINCIPLES.map((p) => ({ label: p.name, detail: p.summary, principle: p })),
    { title: 'New STAR story (1/2)', placeHolder: 'Which Leadership Principle does the story answer?', matchOnDetail: true },
  );
  if (!principle) return;
  const defaultLevel = vscode.workspace.getConfiguration(CONFIG_SECTION).get<Level>(SETTINGS.level);
  const levels = LEVELS.map((id) => LEVEL_GUIDES[id]);
  const items = levels.map((l) => ({
    label: l.label,
    // The id is what the front matter says ("sde2"): typing it finds the level.
    description: `${l.id} · ${formatSeconds(l.targetSeconds)} target${l.id === defaultLevel ? ' · your default' : ''}`,
    detail: l.bar,
    level: l,
  }));
  const level = await pickOne(items, items.find((i) => i.level.id === defaultLevel), { title: 'New STAR story (2/2)', placeholder: 'Which level is the interview for?' });
  if (!level) return;
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(storyTemplate(principle.principle, level.level, SECTION_GUIDES)));
}

