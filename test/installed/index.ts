// The suite entry for the installed-copy run (scripts/test-installed.ts): runs mocha over the
// compiled *.test.js beside this file inside the extension host and rejects when a test fails.
// Same reporting protocol as test/integration/index.ts (test/host/suiteRun.ts).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { runCounted } from '../host/suiteRun';

export const RESULT_PREFIX = 'STAR_INSTALLED_RESULT ';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));

  return runCounted(mocha, RESULT_PREFIX, 'installed-copy');
}
