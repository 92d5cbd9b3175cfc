import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { builtinModules } from 'module';
import * as esbuild from 'esbuild';
import * as ts from 'typescript';
import { ROOT } from './fixtureHarness';

// VS Code for the Web runs the `browser` entry in a web worker: no Node built-ins, no Node
// globals, no polyfills. The web target of esbuild.js must build as it is configured (a Node
// import fails such a build, as the control case shows), bundle nothing but our sources and the
// two pure packages, and the glue must not touch Node globals that a bundler cannot catch.

interface Target extends esbuild.BuildOptions {
  outfile: string;
}

const NODE_GLOBALS = new Set(['process', 'Buffer', '__dirname', '__filename', 'require', 'global', 'setImmediate', 'module']);

async function buildOptions(): Promise<{ common: esbuild.BuildOptions; targets: Target[] }> {
  return (await import(path.join(ROOT, 'esbuild.js'))) as { common: esbuild.BuildOptions; targets: Target[] };
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

/** Identifiers that read a Node global (not property names, not declarations of our own). */
function nodeGlobalUses(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const uses: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isPropertySignature(parent)) && parent.name === node) ||
        (ts.isVariableDeclaration(parent) && parent.name === node) ||
        ts.isParameter(parent) ||
        ts.isImportSpecifier(parent) ||
        ts.isShorthandPropertyAssignment(parent);
      if (!isName) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        uses.push(`${path.relative(ROOT, file)}:${line + 1} ${node.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

describe('web extension bundle', () => {
  let web: Target;
  let common: esbuild.BuildOptions;

  before(async () => {
    const options = await buildOptions();
    common = options.common;
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { browser?: string };
    assert.ok(pkg.browser, 'package.json has no "browser" entry');
    const found = options.targets.find((t) => t.outfile === path.posix.normalize(pkg.browser!.replace(/^\.\//, '')));
    assert.ok(found, `esbuild.js builds nothing into ${pkg.browser}`);
    web = found;
  });

  it('is built for a browser worker as CommonJS, with vscode external and no polyfills', () => {
    assert.strictEqual(web.platform, 'browser');
    assert.strictEqual(web.format, 'cjs');
    assert.deepStrictEqual(web.external, ['vscode']);
    for (const key of ['inject', 'alias', 'define', 'plugins', 'packages'] as const) assert.strictEqual(web[key], undefined, `the web build sets ${key}`);
  });

  it('builds, and bundles only our sources and the pure yaml and zod packages', async function () {
    this.timeout(60_000);
    const result = await esbuild.build({ ...common, ...web, absWorkingDir: ROOT, minify: true, sourcemap: false, write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((i) => i === 'src/extension/extension.ts') && inputs.some((i) => i.startsWith('src/core/')));
    const outside = inputs.filter((i) => !/^src\/(?:extension|core)\//.test(i) && !/^node_modules\/(?:yaml|zod)\//.test(i));
    assert.deepStrictEqual(outside, []);
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const imports = Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
    assert.deepStrictEqual(imports.filter((p) => builtins.has(p)), [], 'Node built-ins imported');
    const requires = [...new Set(result.outputFiles[0].text.match(/\brequire\(\s*["'][^"']+["']\s*\)/g) ?? [])];
    assert.deepStrictEqual(requires, ['require("vscode")']);
  });

  it('fails when the glue imports a Node built-in (control: the check can fail)', async () => {
    const options = { ...common, ...web, outfile: undefined, entryPoints: undefined, write: false, logLevel: 'silent' as const };
    await assert.rejects(
      esbuild.build({ ...options, stdin: { contents: "import * as fs from 'fs'; export const x = fs.readFileSync;", resolveDir: path.join(ROOT, 'src', 'extension'), loader: 'ts' } }),
      /fs/,
    );
  });

  it('the glue and the engine read no Node global (process, Buffer, __dirname, require…)', () => {
    const files = ['extension', 'core'].flatMap((d) => sourceFiles(path.join(ROOT, 'src', d)));
    assert.ok(files.length > 30);
    assert.deepStrictEqual(files.flatMap(nodeGlobalUses), []);
  });

  it('finds Node globals where they are used (control)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'star-globals-'));
    const temp = path.join(dir, 'sample.ts');
    fs.writeFileSync(temp, 'const a = process.env.X;\nconst b = { process: 1 }.process;\nexport const c = Buffer.from("x") ?? a ?? b;\n');
    try {
      assert.deepStrictEqual(nodeGlobalUses(temp).map((u) => u.split(' ')[1]), ['process', 'Buffer']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
