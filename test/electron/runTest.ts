// `npm run test:electron`: runs the integration suite in a downloaded VS Code (Electron) with
// @vscode/test-electron, for machines that can reach the VS Code download servers. Offline,
// `npm run test:integration` runs the same suite in the host of test/host/.
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [path.join(root, 'test', 'workspace'), '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (err) {
    console.error('Integration tests failed:', err);
    process.exit(1);
  }
}

void main();
