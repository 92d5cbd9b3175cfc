// The suite entry both launchers load inside the extension host (the offline host in test/host/
// and @vscode/test-electron): runs mocha over every compiled *.test.js beside this file and
// rejects when a test fails. STAR_TEST_GREP narrows the run to matching test titles.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** The driver in test/host/ reads this line for the closing pass/fail count. */
const RESULT_PREFIX = 'STAR_INTEGRATION_RESULT ';

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(dir, file));
}

/**
 * In the offline host the extension host's console reaches the driver mixed with the workbench's
 * own logging, so the driver sets STAR_HOST_LOG_TAG and the reporter's lines start with that tag.
 * (The extension host does not let `console` itself be replaced.) Returns the line printer.
 */
function reporterLog(tag: string | undefined): (...args: unknown[]) => void {
  const print = Mocha.reporters.Base.consoleLog;
  if (!tag) return print;
  const tagged = (...args: unknown[]) => (typeof args[0] === 'string' ? print(tag + args[0], ...args.slice(1)) : print(tag, ...args));
  Mocha.reporters.Base.consoleLog = tagged;
  return tagged;
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 60_000,
    grep: process.env.STAR_TEST_GREP || undefined,
  });
  for (const file of testFiles(__dirname)) mocha.addFile(file);

  const log = reporterLog(process.env.STAR_HOST_LOG_TAG);
  const counts = { passed: 0, failed: 0, pending: 0 };
  const finish = () => log(RESULT_PREFIX + JSON.stringify(counts));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        finish();
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
      runner.on('pass', () => counts.passed++);
      runner.on('fail', () => counts.failed++);
      runner.on('pending', () => counts.pending++);
    } catch (err) {
      counts.failed++;
      finish();
      reject(err);
    }
  });
}
