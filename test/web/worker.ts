// The engine as VS Code for the Web runs it: bundled for the browser (test/web/engine.test.ts
// builds this file as an IIFE) and loaded as a dedicated web worker. Each message carries a
// story's text; the answer is the engine's result as JSON, or the error it threw.
import { check } from '../../src/core/check';

interface WorkerScope {
  onmessage: ((event: { data: { id: number; text: string } }) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, text } = event.data;
  try {
    scope.postMessage({ id, json: JSON.stringify(check(text)) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? `${err.message}\n${err.stack}` : String(err) });
  }
};

/** Where this code runs, for the test to check it is a worker without Node. */
const g = globalThis as Record<string, unknown>;
scope.postMessage({
  id: 0,
  environment: {
    worker: typeof g.WorkerGlobalScope === 'function' && typeof g.importScripts === 'function',
    window: typeof g.window !== 'undefined',
    process: typeof g.process !== 'undefined',
    require: typeof g.require !== 'undefined',
    buffer: typeof g.Buffer !== 'undefined',
  },
});
