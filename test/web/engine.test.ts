// The engine inside a web worker, as VS Code for the Web runs it: src/core bundled for the
// browser (no Node built-ins, no polyfills) and loaded as a dedicated worker in headless
// Chromium. Every story of the development corpus, and a few hostile texts, must give exactly
// the findings and metrics they give in Node. Run by `npm test` (its "web" step) and
// `npm run test:web`; needs Debian's Chromium (`npm run host:install` puts it there).
import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { builtinModules } from 'module';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { check } from '../../src/core/check';
import { CHROMIUM_PATH } from '../host/tools';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CORPUS = path.join(ROOT, 'test', 'corpus');
const CHROMIUM_ARGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; worker-src 'self'">
<title>STAR engine in a web worker</title></head>
<body><script src="/page.js"></script></body></html>`;

/** Starts the worker and exposes `checkInWorker(text)` and the worker's `environment` report. */
const PAGE_SCRIPT = `
const worker = new Worker('/worker.js');
const waiting = new Map();
let next = 1;
window.environment = new Promise((resolve) => waiting.set(0, resolve));
worker.onmessage = (event) => {
  const resolve = waiting.get(event.data.id);
  waiting.delete(event.data.id);
  if (resolve) resolve(event.data);
};
worker.onerror = (event) => { window.workerError = String(event.message); };
window.checkInWorker = (text) => new Promise((resolve) => {
  const id = next++;
  waiting.set(id, resolve);
  worker.postMessage({ id, text });
});
`;

interface Reply {
  json?: string;
  error?: string;
}

const corpus = fs
  .readdirSync(CORPUS)
  .filter((f) => f.endsWith('.star.md'))
  .sort();

const HOSTILE: Record<string, string> = {
  'empty text': '',
  'CRLF line ends': fs.readFileSync(path.join(CORPUS, corpus[0]), 'utf8').replace(/\r?\n/g, '\r\n'),
  'lone surrogates and NUL': '# T\n\n## Action\nWe \ud800 fixed \udc00 it\u0000 maybe.\n',
  'headings only': '# A\n## Situation\n## Task\n## Action\n## Result\n## Reflection\n# B\n',
  'bad front matter': '---\nlevel: [\nprinciple: Ownershp\n---\n# X\n## Result\nIt went well.\n',
};

/** The Node result as the worker's JSON would carry it. */
function inNode(text: string): unknown {
  return JSON.parse(JSON.stringify(check(text)));
}

describe('engine in a web worker (headless Chromium)', function () {
  this.timeout(60_000);
  let server: http.Server;
  let browser: Browser;
  let page: Page;

  async function inWorker(text: string): Promise<unknown> {
    const reply = (await page.evaluate((t) => (window as unknown as { checkInWorker(t: string): Promise<unknown> }).checkInWorker(t), text)) as Reply;
    assert.ok(reply.json !== undefined, `the worker threw: ${reply.error}`);
    return JSON.parse(reply.json);
  }

  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH}: run \`npm run host:install\` (or set STAR_HOST_CHROMIUM)`);
    const bundle = await esbuild.build({
      entryPoints: [path.join(ROOT, 'test', 'web', 'worker.ts')],
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2020',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const imported = Object.values(bundle.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
    assert.deepStrictEqual(imported.filter((p) => builtins.has(p)), [], 'the worker bundle imports Node built-ins');
    const workerJs = bundle.outputFiles[0].text;

    server = http.createServer((req, res) => {
      const body = req.url === '/' ? PAGE : req.url === '/page.js' ? PAGE_SCRIPT : req.url === '/worker.js' ? workerJs : undefined;
      if (body === undefined) {
        res.writeHead(404).end();
        return;
      }
      const type = req.url === '/' ? 'text/html' : 'text/javascript';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, chromiumSandbox: false, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof (window as unknown as { checkInWorker?: unknown }).checkInWorker === 'function');
    assert.deepStrictEqual(errors, []);
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it('runs in a dedicated worker, with no window and no Node globals', async () => {
    const reply = (await page.evaluate(() => (window as unknown as { environment: Promise<unknown> }).environment)) as { environment: Record<string, boolean> };
    assert.deepStrictEqual(reply.environment, { worker: true, window: false, process: false, require: false, buffer: false });
  });

  it('finds the development corpus, with findings to compare', () => {
    assert.ok(corpus.length >= 20, `only ${corpus.length} story files in test/corpus`);
    const findings = corpus.reduce((n, f) => n + check(fs.readFileSync(path.join(CORPUS, f), 'utf8')).findings.length, 0);
    assert.ok(findings >= 50, `only ${findings} findings in the whole corpus`);
  });

  for (const file of corpus) {
    it(`${file}: the same findings and metrics as in Node`, async () => {
      const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      assert.deepStrictEqual(await inWorker(text), inNode(text));
    });
  }

  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`${name}: the same result as in Node`, async () => {
      assert.deepStrictEqual(await inWorker(text), inNode(text));
    });
  }
});
