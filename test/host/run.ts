// `npm run test:integration`: runs out/test/integration/index.js inside a real VS Code extension
// host (see host.ts), prints mocha's output, closes with `integration: N passed, N failed` and
// exits with the suite's exit code. The run fails, with the reason, when the host cannot start.
import * as fs from 'fs';
import * as path from 'path';
import { Host, REPO_ROOT, startHost } from './host';
import { log } from './tools';
import { WebviewDriver } from './webviewDriver';
import { WebviewProbes } from './webviewProbe';

const RESULT_PREFIX = 'STAR_INTEGRATION_RESULT ';
const TIMEOUT_MS = Number(process.env.STAR_TEST_TIMEOUT_MS) || 10 * 60_000;
const VERBOSE = /^(1|true)$/i.test(process.env.STAR_HOST_VERBOSE ?? '');

/** test/integration/index.ts starts each line of mocha's reporter with this tag (see reporterLog there). */
const SUITE_TAG = '[[star-suite]] ';

interface Counts {
  passed: number;
  failed: number;
  pending: number;
}

/**
 * Prints mocha's reporter lines and drops the workbench's own logging, except errors that name
 * this extension (a failed activation, say); the last errors are kept for a failure report.
 */
function makeLogFilter(onResult: (counts: Counts) => void, recentErrors: string[]): (type: string, text: string) => void {
  return (type, text) => {
    if (type === 'error' || type === 'pageerror') {
      recentErrors.push(text.split('\n').slice(0, 6).join('\n'));
      if (recentErrors.length > 10) recentErrors.shift();
    }
    if (VERBOSE) console.log(`[${type}] ${text}`);
    const line = text.startsWith(SUITE_TAG) ? text.slice(SUITE_TAG.length) : undefined;
    if (line?.startsWith(RESULT_PREFIX) || text.startsWith(RESULT_PREFIX)) {
      onResult(JSON.parse((line ?? text).slice(RESULT_PREFIX.length)) as Counts);
    } else if (VERBOSE) {
      return;
    } else if (line !== undefined) {
      console.log(line);
    } else if (type === 'error' && /star-story-coach/i.test(text)) {
      console.log(`[workbench] ${text}`);
    }
  };
}

function errorReport(errors: string[]): string {
  return errors.length ? `\n--- last errors logged by the workbench ---\n${errors.join('\n')}` : '';
}

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}

function requireBuilt(file: string, how: string): void {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(REPO_ROOT, file)} is missing: ${how}`);
}

async function main(): Promise<number> {
  const testsPath = path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js');
  requireBuilt(path.join(REPO_ROOT, 'dist', 'extension.js'), 'run `npm run build` first');
  requireBuilt(testsPath, 'run `npm run compile-tests` first');

  let counts: Counts | undefined;
  // Lets a test look inside the coach panel's webview (see webviewProbe.ts).
  const probes = new WebviewProbes();
  // … and press keys in a webview (see webviewDriver.ts); answers go to the same folder.
  const driver = new WebviewDriver(probes.dir);
  const recentErrors: string[] = [];
  let starting: Promise<Host> | undefined;
  let host: Host | undefined;
  let timer: NodeJS.Timeout | undefined;
  const stop = async (signal: NodeJS.Signals) => {
    console.error(`[host] ${signal}: stopping`);
    // A host still starting is let finish (briefly) so that its browser and server are closed too.
    const pending = host ?? (await Promise.race([starting?.catch(() => undefined), delay(15_000)]));
    await pending?.close();
    probes.close();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const started = Date.now();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the run did not finish within ${TIMEOUT_MS / 1000} s (STAR_TEST_TIMEOUT_MS)`)), TIMEOUT_MS);
  });
  try {
    starting = startHost({
      workspace: path.join(REPO_ROOT, 'test', 'workspace'),
      extensionPath: REPO_ROOT,
      testsPath,
      env: { STAR_TEST_GREP: process.env.STAR_TEST_GREP, STAR_HOST_LOG_TAG: SUITE_TAG, ...probes.env() },
      onLog: driver.wrap(probes.wrap(makeLogFilter((result) => (counts = result), recentErrors))),
    });
    host = await Promise.race([starting, timeout]);
    probes.attach(host.page);
    driver.attach(host.page);
    log(`VS Code is up on 127.0.0.1:${host.port}; running the suite`);
    const code = await Promise.race([host.testsExited, host.failure, timeout]);
    // The count line and the exit call travel separately from the extension host: allow a moment.
    for (let waited = 0; !counts && waited < 3000; waited += 100) await delay(100);
    if (!counts) throw new Error(`the suite exited with ${code} without reporting results (did index.js load?)${errorReport(recentErrors)}`);
    console.log(`[host] finished in ${Math.round((Date.now() - started) / 1000)} s`);
    console.log(`integration: ${counts.passed} passed, ${counts.failed} failed${counts.pending ? `, ${counts.pending} skipped` : ''}`);
    return code !== 0 ? code : counts.failed > 0 ? 1 : 0;
  } catch (err) {
    throw new Error(`${(err as Error).message}${errorReport(recentErrors)}`);
  } finally {
    clearTimeout(timer);
    const pending = host ?? (await Promise.race([starting?.catch(() => undefined), delay(15_000)]));
    await pending?.close();
    probes.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`[host] integration run FAILED: ${err.message}`);
    process.exit(1);
  },
);
