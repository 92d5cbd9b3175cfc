// Rehearsal attempts, kept in the extension's storage for this workspace (workspaceState): never
// in the story file, never synced or sent anywhere. One entry holds every story's attempts by
// story key (file URI + title, see core/rehearsal/keys.ts); it is read through the schema, so a
// damaged or foreign entry loses only its bad attempts.
import * as vscode from 'vscode';
import { MAX_ATTEMPTS_PER_STORY, readAttemptStore, writeAttemptStore, type StoredAttempt } from '../../core/rehearsal/attempts';
import { movedKey } from '../../core/rehearsal/keys';

export const ATTEMPTS_STATE_KEY = 'starStory.rehearsal.attempts';

export class AttemptStore implements vscode.Disposable {
  private stories: Map<string, StoredAttempt[]> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: vscode.Memento) {}

  /** Every story's attempts, oldest first. */
  all(): ReadonlyMap<string, readonly StoredAttempt[]> {
    this.stories ??= readAttemptStore(this.memento.get(ATTEMPTS_STATE_KEY));
    return this.stories;
  }

  get(key: string): readonly StoredAttempt[] {
    return this.all().get(key) ?? [];
  }

  /** Adds the attempt, or replaces the one with its id (the drill's grades arrive after the telling). */
  async save(key: string, attempt: StoredAttempt): Promise<void> {
    const stories = new Map<string, StoredAttempt[]>([...this.all()].map(([k, v]) => [k, [...v]]));
    const list = (stories.get(key) ?? []).filter((a) => a.id !== attempt.id);
    list.push(attempt);
    list.sort((a, b) => a.at - b.at);
    stories.set(key, list.slice(-MAX_ATTEMPTS_PER_STORY));
    await this.write(stories);
  }

  /** Moves the attempts of stories in a renamed file (or folder) to their new keys. */
  async move(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    let moved = false;
    const stories = new Map<string, StoredAttempt[]>();
    for (const [key, list] of this.all()) {
      const next = movedKey(key, from.toString(), to.toString());
      if (next === null) {
        stories.set(key, [...(stories.get(key) ?? []), ...list]);
        continue;
      }
      moved = true;
      const moveUri = (uri: string) => movedKey(uri, from.toString(), to.toString()) ?? uri;
      stories.set(next, [...(stories.get(next) ?? []), ...list.map((a) => ({ ...a, uri: moveUri(a.uri) }))].sort((a, b) => a.at - b.at));
    }
    if (moved) await this.write(stories);
  }

  /** Forgets every attempt (tests, and a fresh start). */
  async clear(): Promise<void> {
    await this.write(new Map());
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async write(stories: Map<string, StoredAttempt[]>): Promise<void> {
    this.stories = stories;
    await this.memento.update(ATTEMPTS_STATE_KEY, writeAttemptStore(stories));
    this.changed.fire();
  }
}
