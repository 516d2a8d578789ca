// Lint: TypeScript rules, and import rules that hold the layers of STYLE.md (imports go one way only).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'events',
  'stream',
  'worker_threads',
];

/** One layer's rule: the folders and packages it must not reach. */
function layer(files, { folders = [], packages = [], message }) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages.filter((p) => !p.includes('*')).map((name) => ({ name, message })),
          patterns: [
            ...folders.map((f) => ({ group: [`**/${f}/**`, `**/${f}`], message })),
            ...packages.filter((p) => p.includes('*')).map((p) => ({ group: [p], message })),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  // The rules of hooks, and React's compiler rules (no refs written during render, no state set in an effect).
  { files: ['renderer/**/*.ts', 'renderer/**/*.tsx'], ...reactHooks.configs.flat.recommended },
  {
    // No import cycles: a module and what it imports form a tree, so each layer can be read (and tested) bottom up.
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  layer(['shared/**/*.ts'], {
    folders: ['electron', 'renderer'],
    packages: [
      'electron',
      'react',
      'react-dom',
      'react-dom/*',
      'ag-grid-community',
      'ag-grid-react',
      'better-sqlite3',
      ...NODE_BUILTINS,
    ],
    message: 'shared/ runs anywhere: no Node, no DOM, no Electron, and it imports neither renderer/ nor electron/.',
  }),
  layer(['renderer/**/*.ts', 'renderer/**/*.tsx'], {
    folders: ['electron'],
    packages: ['electron', 'better-sqlite3', ...NODE_BUILTINS],
    message: 'renderer/ talks to the host only through the API client; it may import shared/ only.',
  }),
  layer(['electron/host/**/*.ts'], {
    folders: ['renderer', 'main'],
    packages: ['electron', 'react', 'react-dom', 'ag-grid-community', 'ag-grid-react'],
    message: "electron/host never imports 'electron', electron/main or renderer/.",
  }),
  layer(['electron/main/**/*.ts'], {
    folders: ['renderer'],
    packages: ['react', 'react-dom', 'ag-grid-community', 'ag-grid-react'],
    message: 'electron/main never imports renderer/.',
  }),
  layer(['electron/preload.ts'], {
    folders: ['renderer', 'host', 'main'],
    packages: ['zod', 'better-sqlite3', ...NODE_BUILTINS],
    message: 'The preload exposes invoke and on, nothing else: it imports electron and shared/transport only.',
  }),
  {
    // Playwright fixtures without dependencies are written as ({}, use).
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['build/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
