// Asking the webview driver (test/host/webviewProbe.ts, run beside the real host) what a webview
// shows: the test prints a request on stdout, the driver looks into the page's frames and writes
// its answer to a file named by the request's id.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PROBE_DIR_ENV, PROBE_REQUEST, type ProbeRequest, type ProbeResult } from '../host/webviewProbe';

/** Where the driver answers; undefined when the host runs without it (the tests that need it skip). */
export const PROBE_DIR = process.env[PROBE_DIR_ENV];

/**
 * What the webview shows (the coach panel unless `request.selector` names another): `tag` names the
 * request. The driver answers within its own time-out whether or not it finds the webview.
 */
export async function probe(tag: string, request: Omit<ProbeRequest, 'id'> = { globals: [] }): Promise<ProbeResult> {
  const id = `${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  console.log(PROBE_REQUEST + JSON.stringify({ ...request, id } satisfies ProbeRequest));
  const file = path.join(PROBE_DIR!, `${id}.json`);
  const deadline = Date.now() + 30_000;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) assert.fail('the driver did not answer the probe request');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ProbeResult;
}
