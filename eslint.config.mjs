// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // The build script: CommonJS run by Node.
    files: ['esbuild.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Every regular expression in the shipped code stays linear in its input: a long run of one
    // character (a heading of 200 KB of "(") must not slow a check down.
    files: ['src/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // The engine runs in the extension host, the CLI, a web worker and the tests: no editor API,
    // no Node-only module.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is the pure engine: keep vscode in src/extension.' }],
        patterns: [{ group: ['fs', 'path', 'os', 'child_process', 'node:*', 'crypto', 'util'], message: 'src/core must run in a web worker: no Node built-ins.' }],
      }],
    },
  },
);
