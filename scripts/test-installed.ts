// `npm test`'s installed-copy step (also `npm run test:installed`): packages the extension with
// `npm run package`, checks the .vsix, installs it into a fresh extensions folder with the VS Code
// server's own --install-extension, and runs test/installed/ in the real VS Code host against
// that installed copy. The workbench runs tests only for an extension under development, so an
// empty runner (test/installed-runner/) is the one under development; the repository itself is
// not loaded. Ends with `installed: N passed, N failed`.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { installExtension, REPO_ROOT, startHost, type Host } from '../test/host/host';
import { envWithoutNpm, runCommand, tail } from '../test/host/proc';
import { VSIX_LIMIT_BYTES as LIMIT_BYTES } from '../test/host/budgets';
import { ensureTools } from '../test/host/tools';

const TAG = '[[star-installed]] ';
const RESULT_PREFIX = 'STAR_INSTALLED_RESULT ';
const TIMEOUT_MS = Number(process.env.STAR_TEST_TIMEOUT_MS) || 10 * 60_000;
const EXTENSION_ID = 'star-story-coach.star-story-coach';

interface Counts {
  passed: number;
  failed: number;
  pending: number;
}

function say(message: string): void {
  console.log(`[installed] ${message}`);
}

/** The names in a zip's central directory. */
export function zipEntries(zip: Buffer): string[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end-of-central-directory record)');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** What a .vsix may not hold: sources, tests, maps, tooling. Returns the problems found. */
export function vsixProblems(entries: string[], size: number): string[] {
  const problems: string[] = [];
  if (size >= LIMIT_BYTES) problems.push(`${Math.round(size / 1024)} KB, over the ${LIMIT_BYTES / 1024} KB budget`);
  for (const required of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/web/extension.js', 'extension/dist/webview.js', 'extension/dist/webview.css']) {
    if (!entries.includes(required)) problems.push(`${required} is missing`);
  }
  for (const entry of entries) {
    if (entry === '[Content_Types].xml' || entry === 'extension.vsixmanifest') continue;
    const file = entry.replace(/^extension\//, '');
    if (file === entry) problems.push(`${entry} is outside extension/`);
    else if (/^(?:src|test|out|scripts|node_modules)\/|\.ts$|\.map$|(?:^|\/)\./.test(file)) problems.push(`${entry} should not ship`);
  }
  return problems;
}

/** Runs `npm run package` (its output goes to a log, shown if it fails), then restores the development build. */
async function packageVsix(out: string, logFile: string): Promise<void> {
  const npmCli = process.env.npm_execpath;
  const [command, args] = npmCli ? [process.execPath, [npmCli]] : ['npm', []];
  try {
    await runCommand(command, [...args, 'run', 'package', '--', '--out', out], { cwd: REPO_ROOT, env: envWithoutNpm(), logFile, timeoutMs: 5 * 60_000 });
  } catch (err) {
    throw new Error(`npm run package failed: ${(err as Error).message}\n${tail(logFile)}`);
  } finally {
    // `package` leaves a production build in dist/: put the development build (with maps) back.
    await runCommand(process.execPath, ['esbuild.js'], { cwd: REPO_ROOT, timeoutMs: 5 * 60_000 });
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

async function main(): Promise<number> {
  const testsPath = path.join(REPO_ROOT, 'out', 'test', 'installed', 'index.js');
  if (!fs.existsSync(testsPath)) throw new Error('out/test/installed/index.js is missing: run `npm run compile-tests` first');
  const tools = await ensureTools();
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'star-installed-'));
  let host: Host | undefined;
  let timer: NodeJS.Timeout | undefined;
  const onSignal = async () => {
    await host?.close();
    fs.rmSync(temp, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const vsix = path.join(temp, 'star-story-coach.vsix');
    await packageVsix(vsix, path.join(temp, 'package.log'));
    const bytes = fs.readFileSync(vsix);
    const entries = zipEntries(bytes);
    const docs = entries.filter((e) => e.startsWith('extension/docs/rules/'));
    const listed = [...entries.filter((e) => !docs.includes(e)), ...(docs.length ? [`extension/docs/rules/*.md (${docs.length})`] : [])];
    say(`packaged ${entries.length} files, ${(bytes.length / 1024).toFixed(1)} KB: ${listed.join(', ')}`);
    const problems = vsixProblems(entries, bytes.length);
    if (problems.length) throw new Error(`the .vsix is not right:\n  ${problems.join('\n  ')}`);

    const extensionsDir = path.join(temp, 'extensions');
    await installExtension(vsix, extensionsDir, tools);
    const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith(`${EXTENSION_ID}-`));
    if (installed.length !== 1) throw new Error(`expected one installed copy in ${extensionsDir}, found: ${fs.readdirSync(extensionsDir).join(', ')}`);
    say(`installed into ${path.join(extensionsDir, installed[0])}`);

    let counts: Counts | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the run did not finish within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    });
    host = await Promise.race([
      startHost({
        workspace: path.join(REPO_ROOT, 'test', 'workspace'),
        extensionPath: path.join(REPO_ROOT, 'test', 'installed-runner'),
        testsPath,
        extensionsDir,
        tools,
        env: { STAR_INSTALLED_EXTENSIONS_DIR: extensionsDir, STAR_HOST_LOG_TAG: TAG },
        onLog: (_type, text) => {
          if (!text.startsWith(TAG)) return;
          const line = text.slice(TAG.length);
          if (line.startsWith(RESULT_PREFIX)) counts = JSON.parse(line.slice(RESULT_PREFIX.length)) as Counts;
          else console.log(line);
        },
      }),
      timeout,
    ]);
    const code = await Promise.race([host.testsExited, host.failure, timeout]);
    for (let waited = 0; !counts && waited < 3000; waited += 100) await delay(100);
    if (!counts) throw new Error(`the suite exited with ${code} without reporting results`);
    console.log(`installed: ${counts.passed} passed, ${counts.failed} failed`);
    return code !== 0 || counts.failed > 0 || counts.passed === 0 ? 1 : 0;
  } finally {
    clearTimeout(timer);
    await host?.close();
    fs.rmSync(temp, { recursive: true, force: true });
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: Error) => {
      console.error(`[installed] FAILED: ${err.message}`);
      process.exit(1);
    },
  );
}
