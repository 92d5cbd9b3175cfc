// Starts a real VS Code (the server and web workbench inside code-server) on loopback and opens
// its workbench in headless Chromium, all offline. Used by run.ts for the integration suite and
// reusable by scripts that need the real editor (screenshots, testing an installed .vsix).
import { spawn, ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { format } from 'util';
import { chromium, BrowserContext, Page } from 'playwright-core';
import { envWithoutNpm, killGroup, runCommand } from './proc';
import { ensureTools, Tools } from './tools';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export interface HostOptions {
  /** Folder the workbench opens. */
  workspace: string;
  /** Extension under development (default: the repository root); null loads none. */
  extensionPath?: string | null;
  /** Compiled suite entry (a module exporting `run()`); the workbench runs it and reports its exit code. */
  testsPath?: string;
  /** The server's extensions folder (e.g. one that a .vsix was installed into); default: an empty private one. */
  extensionsDir?: string;
  /** Extra environment for the server and so for the extension host (e.g. STAR_TEST_GREP). */
  env?: Record<string, string | undefined>;
  /** Every console entry of the workbench and the extension host (mocha's output among them), printf-formatted. */
  onLog?: (type: string, text: string) => void;
  /** How long the server may take to report its port (default 60 s). */
  startTimeoutMs?: number;
  viewport?: { width: number; height: number };
  tools?: Tools;
}

export interface Host {
  page: Page;
  context: BrowserContext;
  port: number;
  url: string;
  /** With `testsPath`: the suite's exit code once the tests finish. */
  testsExited: Promise<number>;
  /** Rejects with the reason when the server or the browser dies before close(). */
  failure: Promise<never>;
  /** Everything the server printed so far. */
  serverOutput(): string;
  close(): Promise<void>;
}

const QUIET_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
};

const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const PORT_LINE = /(?:HTTP server listening on http:\/\/127\.0\.0\.1:|Extension host agent listening on )(\d+)/;

/** The server's environment: a private HOME, XDG folders and TMPDIR; none of the caller's server settings. */
function serverEnv(temp: string, extra: HostOptions['env']): NodeJS.ProcessEnv {
  const env = envWithoutNpm();
  for (const key of Object.keys(env)) {
    if (/^(PORT|PASSWORD|HASHED_PASSWORD|CODE_SERVER_.*|VSCODE_.*|ELECTRON_.*)$/.test(key)) delete env[key];
  }
  Object.assign(env, {
    HOME: path.join(temp, 'home'),
    XDG_CONFIG_HOME: path.join(temp, 'home', '.config'),
    XDG_DATA_HOME: path.join(temp, 'home', '.local', 'share'),
    XDG_CACHE_HOME: path.join(temp, 'home', '.cache'),
    TMPDIR: path.join(temp, 'tmp'),
  });
  for (const [key, value] of Object.entries(extra ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  for (const dir of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'TMPDIR']) fs.mkdirSync(env[dir] as string, { recursive: true });
  return env;
}

function writeSettings(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(QUIET_SETTINGS, null, 2));
}

/** Resolves with the server's port once it prints it; rejects if it exits or stays silent too long. */
function waitForPort(server: ChildProcess, output: () => string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`the VS Code server did not report its port within ${timeoutMs / 1000} s`)), timeoutMs);
    const onData = () => {
      const match = PORT_LINE.exec(output());
      if (match) done(undefined, Number(match[1]));
    };
    const onExit = (code: number | null, signal: string | null) => done(new Error(`the VS Code server exited (${signal ?? code}) before reporting its port`));
    const done = (err?: Error, port?: number) => {
      clearTimeout(timer);
      server.stdout?.off('data', onData);
      server.stderr?.off('data', onData);
      server.off('exit', onExit);
      if (err) reject(new Error(`${err.message}\n--- server output ---\n${output().trim().split('\n').slice(-20).join('\n')}`));
      else resolve(port as number);
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.on('exit', onExit);
    onData();
  });
}

function workbenchUrl(port: number, options: HostOptions): string {
  const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${path.resolve(file)}`;
  const payload: [string, string][] = [];
  const extensionPath = options.extensionPath === undefined ? REPO_ROOT : options.extensionPath;
  if (extensionPath) payload.push(['extensionDevelopmentPath', remote(extensionPath)]);
  if (options.testsPath) payload.push(['extensionTestsPath', remote(options.testsPath)]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  const query = new URLSearchParams({ folder: path.resolve(options.workspace), payload: JSON.stringify(payload) });
  return `http://127.0.0.1:${port}/?${query.toString()}`;
}

export async function startHost(options: HostOptions): Promise<Host> {
  const tools = options.tools ?? (await ensureTools());
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'star-host-'));
  let server: ChildProcess | undefined;
  let context: BrowserContext | undefined;
  let closed = false;
  const onProcessExit = () => {
    killGroup(server?.pid);
    fs.rmSync(temp, { recursive: true, force: true });
  };
  // The server runs in its own process group, so it would outlive this process: stop it on exit
  // and on a signal, and end the process as the signal would when no one else handles it.
  const onSignal = (signal: NodeJS.Signals) => {
    onProcessExit();
    if (process.listenerCount(signal) === 0) process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', onProcessExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const close = async () => {
    if (closed) return;
    closed = true;
    await Promise.race([context?.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5000))]);
    killGroup(server?.pid, 'SIGTERM');
    if (server && server.exitCode === null && server.signalCode === null) {
      await Promise.race([new Promise((resolve) => server?.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 3000))]);
    }
    killGroup(server?.pid);
    fs.rmSync(temp, { recursive: true, force: true });
    process.removeListener('exit', onProcessExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };

  try {
    const env = serverEnv(temp, options.env);
    const dataDir = path.join(temp, 'data');
    const extensionsDir = options.extensionsDir ?? path.join(temp, 'extensions');
    fs.mkdirSync(extensionsDir, { recursive: true });
    writeSettings(path.join(dataDir, 'User', 'settings.json'));
    writeSettings(path.join(dataDir, 'data', 'Machine', 'settings.json'));

    let output = '';
    server = spawn(
      tools.node,
      [
        tools.serverMain,
        '--host', '127.0.0.1',
        '--port', '0',
        '--without-connection-token',
        '--accept-server-license-terms',
        '--enable-smoke-test-driver',
        '--disable-telemetry',
        '--disable-workspace-trust',
        '--server-data-dir', dataDir,
        '--user-data-dir', dataDir,
        '--extensions-dir', extensionsDir,
      ],
      { cwd: temp, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    server.stdout?.on('data', collect);
    server.stderr?.on('data', collect);
    const serverOutput = () => output;
    const port = await waitForPort(server, serverOutput, options.startTimeoutMs ?? 60_000);

    context = await chromium.launchPersistentContext(path.join(temp, 'browser'), {
      executablePath: tools.chromium,
      headless: true,
      chromiumSandbox: false,
      args: CHROMIUM_ARGS,
      env: env as Record<string, string>,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    }).catch((err: Error) => {
      throw new Error(`Chromium (${tools.chromium}) failed to launch: ${err.message}`);
    });
    const page = context.pages()[0] ?? (await context.newPage());

    let exitTests: (code: number) => void = () => undefined;
    const testsExited = new Promise<number>((resolve) => (exitTests = resolve));
    const onLog = options.onLog ?? (() => undefined);
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => onLog(type, format(...(Array.isArray(args) ? args : [args]))));
    await page.exposeFunction('codeAutomationExit', (code: number) => exitTests(code));
    page.on('pageerror', (err) => onLog('pageerror', err.message));

    const failure = new Promise<never>((_, reject) => {
      const fail = (reason: string) => {
        if (!closed) reject(new Error(reason));
      };
      server?.on('exit', (code, signal) => fail(`the VS Code server exited (${signal ?? code}) during the run`));
      page.on('crash', () => fail('the workbench page crashed'));
      context?.on('close', () => fail('the browser closed during the run'));
    });
    failure.catch(() => undefined);

    const url = workbenchUrl(port, options);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return { page, context, port, url, testsExited, failure, serverOutput, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Installs a packaged extension into an extensions folder with the server's own CLI. */
export async function installExtension(vsix: string, extensionsDir: string, tools?: Tools): Promise<void> {
  const resolved = tools ?? (await ensureTools());
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'star-host-install-'));
  try {
    fs.mkdirSync(extensionsDir, { recursive: true });
    await runCommand(
      resolved.node,
      [resolved.serverMain, '--accept-server-license-terms', '--server-data-dir', path.join(temp, 'data'), '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsix), '--force'],
      { cwd: temp, env: serverEnv(temp, {}), timeoutMs: 120_000 },
    );
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}
