// The part both suite entries share (test/integration/index.ts, test/installed/index.ts): run
// mocha inside the extension host, tag the reporter's lines for the driver, and end with one line
// `<prefix>{"passed":…,"failed":…,"pending":…}` that the driver reads for its closing count.
import Mocha from 'mocha';

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

/** Runs `mocha`, reporting counts after `resultPrefix`; rejects when a test of the `what` suite fails. */
export function runCounted(mocha: Mocha, resultPrefix: string, what: string): Promise<void> {
  const log = reporterLog(process.env.STAR_HOST_LOG_TAG);
  const counts = { passed: 0, failed: 0, pending: 0 };
  const finish = () => log(resultPrefix + JSON.stringify(counts));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        finish();
        if (failures > 0) reject(new Error(`${failures} ${what} test(s) failed.`));
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
