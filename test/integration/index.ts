// The suite entry both launchers load inside the extension host (the offline host in test/host/
// and @vscode/test-electron): runs mocha over every compiled *.test.js beside this file and
// rejects when a test fails. STAR_TEST_GREP narrows the run to matching test titles.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { runCounted } from '../host/suiteRun';

/** The driver in test/host/ reads this line for the closing pass/fail count. */
const RESULT_PREFIX = 'STAR_INTEGRATION_RESULT ';

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(dir, file));
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 60_000,
    grep: process.env.STAR_TEST_GREP || undefined,
  });
  for (const file of testFiles(__dirname)) mocha.addFile(file);

  return runCounted(mocha, RESULT_PREFIX, 'integration');
}
