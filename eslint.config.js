import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'timers',
  'url',
  'util',
  'worker_threads',
  'zlib',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-bench/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: [
      'src/main/**/*.ts',
      'src/preload/**/*.ts',
      'scripts/**/*.{js,mjs}',
      'tests/**/*.ts',
      '*.config.{js,ts}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // The planning core is pure: no framework, no DOM, no Node built-ins (ARCHITECTURE.md).
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/core must stay free of Electron.' },
            { name: 'react', message: 'src/core must stay free of React.' },
            { name: 'react-dom', message: 'src/core must stay free of React.' },
            { name: 'dexie', message: 'src/core must stay free of Dexie.' },
            { name: 'dexie-react-hooks', message: 'src/core must stay free of Dexie.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'src/core must not use Node built-ins.',
            })),
          ],
          patterns: [
            { group: ['node:*'], message: 'src/core must not use Node built-ins.' },
            {
              group: ['**/renderer/**', '**/main/**', '**/preload/**'],
              message: 'src/core is imported by the other layers, never the reverse.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'No DOM in src/core.' },
        { name: 'document', message: 'No DOM in src/core.' },
        { name: 'localStorage', message: 'No DOM in src/core.' },
        { name: 'process', message: 'No Node in src/core.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core never reads the clock: take `now` as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/core never reads the clock: take `now` as a parameter.',
        },
      ],
    },
  },
);
