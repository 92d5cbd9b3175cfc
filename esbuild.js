// Bundles the extension (Node and web), the coach panel's browser script and the CLI.
// `node esbuild.js` for development (source maps), `--production` to minify, `--watch` to rebuild.
const esbuild = require('esbuild');
const fs = require('fs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

// The Node extension loads the `yaml` package only when a story needs it (front matter beyond
// simple `key: value` lines, or a .starrc.yaml): src/core/yamlPackage.ts becomes a require of
// dist/yaml.js, a chunk of its own, instead of carrying 115 KB of parser in extension.js.
const lazyYaml = {
  name: 'lazy-yaml',
  setup(build) {
    build.onResolve({ filter: /[\\/]yamlPackage$/ }, (args) => ({ path: args.path, namespace: 'lazy-yaml' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-yaml' }, () => ({ contents: 'exports.loadYaml = () => require("./yaml.js");', loader: 'js' }));
    build.onResolve({ filter: /^\.\/yaml\.js$/, namespace: 'lazy-yaml' }, (args) => ({ path: args.path, external: true }));
  },
};

// Likewise the coach panel and the coaching text only it, hovers and "New STAR Story" show: the
// Node extension requires dist/panel.js (src/extension/panelChunk.ts) when a panel is first shown
// or revived, instead of src/extension/panelPackage.ts bundling it into extension.js.
const lazyPanel = {
  name: 'lazy-panel',
  setup(build) {
    build.onResolve({ filter: /[\\/]panelPackage$/ }, (args) => ({ path: args.path, namespace: 'lazy-panel' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-panel' }, () => ({ contents: 'exports.loadPanel = () => require("./panel.js");', loader: 'js' }));
    build.onResolve({ filter: /^\.\/panel\.js$/, namespace: 'lazy-panel' }, (args) => ({ path: args.path, external: true }));
  },
};

// And principle fit (profiles of the 16 principles, their detectors, the story-kind reader): the
// Node extension requires dist/fit.js on the first check (src/core/fitPackage.ts).
const lazyFit = {
  name: 'lazy-fit',
  setup(build) {
    build.onResolve({ filter: /[\\/]fitPackage$/ }, () => ({ path: 'fitPackage', namespace: 'lazy-fit' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-fit' }, () => ({ contents: 'let fit; exports.loadFit = () => fit || (fit = require("./fit.js"));', loader: 'js' }));
    build.onResolve({ filter: /^\.\/fit\.js$/, namespace: 'lazy-fit' }, (args) => ({ path: args.path, external: true }));
  },
};

// And the built-in phrase lists (src/core/phraseListsChunk.ts): read once, when the first check
// builds the phrase index (src/core/phrases.ts), from dist/phrases.js instead of at activation.
const lazyPhrases = {
  name: 'lazy-phrases',
  setup(build) {
    build.onResolve({ filter: /[\\/]phraseListsPackage$/ }, () => ({ path: 'phraseListsPackage', namespace: 'lazy-phrases' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-phrases' }, () => ({ contents: 'exports.loadPhraseLists = () => require("./phrases.js");', loader: 'js' }));
    build.onResolve({ filter: /^\.\/phrases\.js$/, namespace: 'lazy-phrases' }, (args) => ({ path: args.path, external: true }));
  },
};

// And the editor features that are not on the path of the first check: the Outline's symbols, the
// offer to coach a Markdown story, and naming a new story (src/extension/editorChunk.ts), required
// from dist/editor.js on first use instead of src/extension/editorPackage.ts bundling them.
const lazyEditor = {
  name: 'lazy-editor',
  setup(build) {
    build.onResolve({ filter: /[\\/]editorPackage$/ }, (args) => ({ path: args.path, namespace: 'lazy-editor' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-editor' }, () => ({ contents: 'exports.loadEditor = () => require("./editor.js");', loader: 'js' }));
    build.onResolve({ filter: /^\.\/editor\.js$/, namespace: 'lazy-editor' }, (args) => ({ path: args.path, external: true }));
  },
};

// And rehearsal's attempt store and due-stories count (src/extension/rehearsal/dueChunk.ts): the
// status bar's due count needs them a moment after activation, not the whole of dist/panel.js,
// which the rehearsal panel itself still comes with.
const lazyDue = {
  name: 'lazy-due',
  setup(build) {
    build.onResolve({ filter: /[\\/]duePackage$/ }, (args) => ({ path: args.path, namespace: 'lazy-due' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-due' }, () => ({ contents: 'exports.loadDue = () => require("./due.js");', loader: 'js' }));
    build.onResolve({ filter: /^\.\/due\.js$/, namespace: 'lazy-due' }, (args) => ({ path: args.path, external: true }));
  },
};

// The Node extension reads workspace files from disk (src/extension/workspaceFiles.node.ts); the
// web build keeps workspace.fs (workspaceFiles.ts).
const nodeFiles = {
  name: 'node-files',
  setup(build) {
    build.onResolve({ filter: /^\.\/workspaceFiles$/ }, (args) => ({ path: require('path').join(args.resolveDir, 'workspaceFiles.node.ts') }));
  },
};

// The Node targets match package.json's engines.node (">=20"); star-check prints package.json's version.
const pkg = require('./package.json');
const NODE = `node${/\d+/.exec(pkg.engines.node)[0]}`;

const targets = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: NODE, external: ['vscode'], plugins: [lazyYaml, lazyPanel, lazyEditor, lazyFit, lazyPhrases, lazyDue, nodeFiles] },
  { entryPoints: ['src/core/fitChunk.ts'], outfile: 'dist/fit.js', platform: 'node', format: 'cjs', target: NODE },
  { entryPoints: ['src/core/phraseListsChunk.ts'], outfile: 'dist/phrases.js', platform: 'node', format: 'cjs', target: NODE },
  { entryPoints: ['src/core/yamlChunk.ts'], outfile: 'dist/yaml.js', platform: 'node', format: 'cjs', target: NODE },
  { entryPoints: ['src/extension/rehearsal/dueChunk.ts'], outfile: 'dist/due.js', platform: 'node', format: 'cjs', target: NODE, external: ['vscode'], plugins: [lazyPanel, nodeFiles] },
  { entryPoints: ['src/extension/panelChunk.ts'], outfile: 'dist/panel.js', platform: 'node', format: 'cjs', target: NODE, external: ['vscode'] },
  // The quick fixes in it reach the coach panel's chunk through the same lazy require.
  { entryPoints: ['src/extension/editorChunk.ts'], outfile: 'dist/editor.js', platform: 'node', format: 'cjs', target: NODE, external: ['vscode'], plugins: [lazyPanel] },
  // VS Code for the Web: the same glue in a web worker. No Node built-ins there and no polyfills:
  // a Node-only import fails this build (test/unit/webBundle.test.ts keeps it so).
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2020', external: ['vscode'] },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: NODE, banner: { js: '#!/usr/bin/env node' }, define: { STAR_VERSION: JSON.stringify(pkg.version) } },
  { entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2020' },
  { entryPoints: ['src/webview/styles.css'], outfile: 'dist/webview.css', target: 'chrome108' },
  // The Story Bank overview (src/extension/bankOverview.ts).
  { entryPoints: ['src/webview/bankMain.ts'], outfile: 'dist/bank.js', platform: 'browser', format: 'iife', target: 'es2020' },
  { entryPoints: ['src/webview/bank.css'], outfile: 'dist/bank.css', target: 'chrome108' },
  // The rehearsal panel's browser script and styles (src/extension/rehearsal/rehearsePanel.ts).
  { entryPoints: ['src/webview/rehearse/main.ts'], outfile: 'dist/rehearse.js', platform: 'browser', format: 'iife', target: 'es2020' },
  { entryPoints: ['src/webview/rehearse/styles.css'], outfile: 'dist/rehearse.css', target: 'chrome108' },
].filter((t) => t.entryPoints.every((e) => fs.existsSync(e)));

async function main() {
  const contexts = await Promise.all(targets.map((t) => esbuild.context({ ...common, ...t })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[esbuild] watching');
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

// Required by a test (test/unit/package.test.ts): the build options, without building.
module.exports = { common, targets };

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
