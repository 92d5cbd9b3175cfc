// The suite entry for the installed-copy run (scripts/test-installed.ts): runs mocha over the
// compiled *.test.js beside this file inside the extension host and rejects when a test fails.
// Same reporting protocol as test/integration/index.ts: reporter lines start with
// STAR_HOST_LOG_TAG, and a last line carries the counts.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export const RESULT_PREFIX = 'STAR_INSTALLED_RESULT ';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));

  const tag = process.env.STAR_HOST_LOG_TAG ?? '';
  const print = Mocha.reporters.Base.consoleLog;
  const log = (...args: unknown[]) => (typeof args[0] === 'string' ? print(tag + args[0], ...args.slice(1)) : print(tag, ...args));
  Mocha.reporters.Base.consoleLog = log;

  const counts = { passed: 0, failed: 0, pending: 0 };
  const finish = () => log(RESULT_PREFIX + JSON.stringify(counts));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        finish();
        if (failures > 0) reject(new Error(`${failures} installed-copy test(s) failed.`));
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
