// Child-process helpers shared by the tool installer and the host driver.
import { spawn } from 'child_process';
import * as fs from 'fs';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Append the child's stdout and stderr to this file instead of inheriting them. */
  logFile?: string;
  timeoutMs?: number;
}

/** Runs a command to completion in its own process group; rejects on a non-zero exit or a time-out. */
export function runCommand(command: string, args: string[], options: RunOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = options.logFile ? fs.openSync(options.logFile, 'a') : 'inherit';
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', out, out],
      detached: true,
    });
    if (typeof out === 'number') fs.closeSync(out);
    const stopOnSignal = () => killGroup(child.pid);
    process.once('exit', stopOnSignal);
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          killGroup(child.pid);
        }, options.timeoutMs)
      : undefined;
    const finish = (err?: Error) => {
      if (timer) clearTimeout(timer);
      process.removeListener('exit', stopOnSignal);
      if (err) reject(err);
      else resolve();
    };
    child.on('error', (err) => finish(err));
    child.on('exit', (code, signal) => {
      const what = `${command} ${args.join(' ')}`;
      if (timedOut) finish(new Error(`${what} timed out after ${Math.round((options.timeoutMs ?? 0) / 1000)} s`));
      else if (code !== 0) finish(new Error(`${what} exited with ${signal ?? code}`));
      else finish();
    });
  });
}

/** Kills a detached child's whole process group, ignoring one that is already gone. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already exited
  }
}

/** The last lines of a log file, for an error message. */
export function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** The environment minus npm's own run-script variables, so a nested npm acts on its own folder only. */
export function envWithoutNpm(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) {
    if (!/^npm_/i.test(key) && key !== 'INIT_CWD' && key !== 'NODE') env[key] = value;
  }
  return env;
}
