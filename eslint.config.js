import js from '@eslint/js';
import sdl from '@microsoft/eslint-plugin-sdl';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_MODULES = [
  'electron',
  'better-sqlite3',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
  'zlib',
  'worker_threads',
  'node:*',
];

/** renderer/ and shared/ must stay free of Node, Electron and the database (ARCHITECTURE.md). */
function forbidden(extra) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: NODE_MODULES, message: 'renderer/ and shared/ must not import Node, Electron or better-sqlite3.' },
          ...extra,
        ],
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', '.native', '.cache', 'test-artifacts', 'resources'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  // Microsoft's security lint (SDL): no eval, innerHTML, insecure URLs, node integration…
  ...sdl.configs.common,
  ...sdl.configs.electron,
  ...sdl.configs.node,
  ...sdl.configs.react,
  {
    rules: {
      // The preview host listens on the loopback address only; plain http there is by design.
      '@microsoft/sdl/no-insecure-url': [
        'error',
        {
          exceptions: [
            '^http://(localhost|127\\.0\\.0\\.1)([:/]|$)',
            '^http://schemas\\.(microsoft|openxmlformats)\\.(com|org)',
            '^http://www\\.w3\\.org/',
            '^http://purl\\.org/',
          ],
        },
      ],
    },
  },
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // No import cycles, type-only imports included: a cycle makes the order modules load in matter.
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbidden([
      {
        group: ['**/renderer/**', '**/electron/**', 'react', 'react-dom'],
        message: 'shared/ imports nothing of the other realms.',
      },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbidden([
        { group: ['**/electron/**'], message: 'The renderer talks to the host only through the API client.' },
      ]),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' },
            {
              // The handler table (api/handlers.ts) is the one importer of handlers; shared rules live in services.
              group: ['**/handlers', '**/handlers/*', '!**/api/handlers'],
              message: 'Handlers are registered in api/handlers.ts only; put what others need in the domain service.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/api/errors.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='AppError']",
          message: 'Refusals are made by electron/api/errors.ts (notFound, invalidField, conflictIn, refused…).',
        },
      ],
    },
  },
  {
    // SQL lives in repositories: a domain's repository.ts or repositories/, and the db layer itself.
    files: ['electron/**/*.ts'],
    ignores: ['electron/db/**', 'electron/**/repository.ts', 'electron/**/repositories/**', 'electron/api/errors.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='AppError']",
          message: 'Refusals are made by electron/api/errors.ts (notFound, invalidField, conflictIn, refused…).',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(prepare|pragma)$/]',
          message:
            "SQL is prepared only in a repository (a domain's repository.ts or repositories/) or in electron/db/.",
        },
        {
          selector:
            "CallExpression[callee.property.name='exec']:matches([callee.object.name=/^(db|database|connection|copy)$/], [callee.object.property.name='db'])",
          message: "SQL runs only in a repository (a domain's repository.ts or repositories/) or in electron/db/.",
        },
      ],
    },
  },
  {
    files: ['electron/api/handlers.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }] },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'tests/**', 'electron/preview/cli.ts'],
    rules: { 'no-console': 'off' },
  },
);
