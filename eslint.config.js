import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import boundaries (STYLE.md "Layers and layout"): core → nothing but decimal.js, date-fns, zod. */
const coreBoundary = {
  patterns: [
    { regex: '^node:', message: 'core/ is pure: no Node APIs.' },
    { regex: '^electron($|/)', message: 'core/ is pure: no Electron.' },
    { regex: '(^|/)(db|renderer|electron|test|bench)(/|$)', message: 'core/ imports nothing from db/, renderer/ or electron/.' },
    { regex: '^(?!\\.|decimal\\.js$|date-fns($|/)|zod$)', message: 'core/ depends only on decimal.js, date-fns and zod.' },
  ],
};

const dbBoundary = {
  patterns: [
    { regex: '(^|/)(renderer|electron)(/|$)', message: 'db/ may import core/ only, never renderer/ or electron/.' },
    { regex: '^electron($|/)', message: 'db/ runs under plain Node: no Electron.' },
  ],
};

/** Main-process code writes only through db/repositories (audited, one transaction): no SQL or ORM of its own. */
const electronBoundary = {
  patterns: [
    {
      regex: '^(drizzle-orm|better-sqlite3)($|/)',
      message: 'electron/ reaches the database only through db/ repositories (audit, outbox, one transaction).',
    },
  ],
};

/** The contract is shared with the renderer and the preload: zod and its own files only. */
const contractBoundary = {
  patterns: [{ regex: '^(?!\\.\\/|zod$)', message: 'electron/contract/ imports only zod and its own files (the renderer imports it).' }],
};

const rendererBoundary = {
  patterns: [
    { regex: '(^|/)db(/|$)', message: 'renderer/ never opens the database: use the typed API.' },
    { regex: '(^|/)electron/(main|services|cli|pdf|sync)(/|$)', message: 'renderer/ never imports main-process code.' },
    { regex: '^node:', message: 'renderer/ runs in the browser: no Node APIs.' },
    { regex: '^(electron|better-sqlite3|drizzle-orm)($|/)', message: 'renderer/ never imports main-process libraries.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'coverage/', 'db/migrations/', 'renderer/dist/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreBoundary],
      'no-restricted-globals': ['error', 'process', 'window', 'document', 'require', 'Buffer', 'console', 'fetch'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'core/ has no clock: the date is an argument.',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'core/ has no clock: the date is an argument.' },
        { selector: "CallExpression[callee.name='parseFloat']", message: 'Money is decimal.js, never a float.' },
      ],
    },
  },
  { files: ['db/**/*.ts'], rules: { 'no-restricted-imports': ['error', dbBoundary] } },
  { files: ['electron/**/*.ts'], rules: { 'no-restricted-imports': ['error', electronBoundary] } },
  { files: ['electron/contract/**/*.ts'], rules: { 'no-restricted-imports': ['error', contractBoundary] } },
  { files: ['renderer/**/*.ts', 'renderer/**/*.tsx'], rules: { 'no-restricted-imports': ['error', rendererBoundary] } },
  { files: ['electron/cli/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'], rules: { 'no-console': 'off' } },
);
