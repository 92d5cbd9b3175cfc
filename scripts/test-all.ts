// `npm test`'s last step: the unit suite (mocha in Node), the integration suite inside a real
// VS Code extension host (test/host), the packaged .vsix installed and smoke-tested in that host
// (scripts/test-installed.ts), and the engine in a web worker in headless Chromium (test/web),
// then one closing line with the counts of all four.
// Lint, typecheck, bundling and compiling run before it (see package.json).
import { spawn } from 'child_process';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..');

interface Counts {
  passed: number;
  failed: number;
  code: number;
}

/** Runs a command with its output passed through, and reads the counts from its last lines. */
function run(command: string, args: string[], read: (output: string) => { passed: number; failed: number } | null): Promise<Counts> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      process.stdout.write(d);
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
    child.on('error', (err) => {
      process.stderr.write(`could not start ${command}: ${err.message}\n`);
      resolve({ passed: 0, failed: 1, code: 1 });
    });
    child.on('close', (code) => {
      const counts = read(output);
      // A suite that died before reporting counts as one failure, never as success.
      resolve({ passed: counts?.passed ?? 0, failed: counts?.failed ?? (code === 0 ? 0 : 1), code: code ?? 1 });
    });
  });
}

function mochaCounts(output: string) {
  const passed = /(\d+) passing/.exec(output);
  if (!passed) return null;
  return { passed: Number(passed[1]), failed: Number(/(\d+) failing/.exec(output)?.[1] ?? 0) };
}

function hostCounts(output: string) {
  const m = /integration: (\d+) passed, (\d+) failed/.exec(output);
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : null;
}

function installedCounts(output: string) {
  const m = /installed: (\d+) passed, (\d+) failed/.exec(output);
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : null;
}

async function main(): Promise<void> {
  const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const unit = await run(process.execPath, [mocha, '--config', '.mocharc.json'], mochaCounts);
  console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed\n`);
  const integration = await run(process.execPath, [path.join(root, 'out', 'test', 'host', 'run.js')], hostCounts);
  console.log('\ninstalled .vsix:');
  const installed = await run(process.execPath, [path.join(root, 'out', 'scripts', 'test-installed.js')], installedCounts);
  console.log('\nweb worker:');
  const web = await run(process.execPath, [mocha, '--no-config', '--timeout', '60000', '--reporter', 'spec', '--no-color', path.join('out', 'test', 'web', '*.test.js')], mochaCounts);
  const steps = { unit, integration, installed, web };
  const all = Object.values(steps);
  const passed = all.reduce((n, s) => n + s.passed, 0);
  const failed = all.reduce((n, s) => n + s.failed, 0);
  const ok = all.every((s) => s.code === 0 && s.passed > 0) && failed === 0;
  console.log(`\n${Object.entries(steps).map(([name, s]) => `${name} ${s.passed}/${s.passed + s.failed}`).join(', ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = ok ? 0 : 1;
}

void main();
