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
import { chooseStoryFile } from './newStoryFile';
import { pickOne } from './pickOne';
import { storyTemplate } from './template';

/** Asks for the principle and the level, then opens an untitled story with the template to tab through. */
export async function newStory(): Promise<void> {
  // In a folder a third step names the file (newStoryFile.ts); with none the story stays untitled.
  const steps = vscode.workspace.workspaceFolders?.length ? 3 : 2;
  const principle = await vscode.window.showQuickPick(
    PRINCIPLES.map((p) => ({ label: p.name, detail: p.summary, principle: p })),
    { title: `New STAR story (1/${steps})`, placeHolder: 'Which Leadership Principle does the story answer?', matchOnDetail: true },
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
  const level = await pickOne(items, items.find((i) => i.level.id === defaultLevel), { title: `New STAR story (2/${steps})`, placeholder: 'Which level is the interview for?' });
  if (!level) return;
  // In a folder the story gets its name now, so that saving it keeps `.star.md` (and with it the
  // coaching); with no folder open there is nowhere to put it, and it stays untitled.
  const file = await chooseStoryFile(principle.principle.id);
  if (file === undefined) return;
  // An untitled document that saves straight to the chosen path, no Save As dialog: nothing is
  // written until the user saves, and the language comes from the name.
  let document = file
    ? await vscode.workspace.openTextDocument(file.with({ scheme: 'untitled' }))
    : await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  if (document.languageId !== LANGUAGE_ID) document = await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(storyTemplate(principle.principle, level.level, SECTION_GUIDES)));
}

