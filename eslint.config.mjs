// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'esbuild.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
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
