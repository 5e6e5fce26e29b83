// Lint rules, including the layering the design asks for: src/core/ is pure (no Node, DOM, Office,
// React or renderer imports) and task-pane components get Office and the core only through props.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

const OFFICE_GLOBALS = ['Office', 'Excel', 'OfficeExtension', 'OfficeRuntime'].map((name) => ({
  name,
  message: 'Office.js is reached only from src/excel/ and src/taskpane/office-host.ts.',
}));

const CORE_IS_PURE = 'src/core/ is pure TypeScript: the edges (src/cli, src/excel, src/xlsx, src/taskpane) do I/O.';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'coverage/', 'test-output/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // TypeScript itself reports undefined names, with the DOM, Node and Office types it is given.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/taskpane/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // Decoding bytes and cleaning sheet and file names must match control characters on purpose.
      'no-control-regex': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: CORE_IS_PURE })),
            ...['react', 'react-dom', 'office-js', 'exceljs'].map((name) => ({ name, message: CORE_IS_PURE })),
          ],
          patterns: [
            { group: ['node:*', 'react/*', 'react-dom/*', '@fluentui/*', '@types/office-js'], message: CORE_IS_PURE },
            { regex: '^(\\.\\./)+(excel|xlsx|cli|taskpane)(/|$)', message: CORE_IS_PURE },
            { regex: '(^|/)src/(excel|xlsx|cli|taskpane)(/|$)', message: CORE_IS_PURE },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...OFFICE_GLOBALS,
        ...['window', 'document', 'process', 'Buffer', 'require', '__dirname'].map((name) => ({
          name,
          message: CORE_IS_PURE,
        })),
      ],
    },
  },
  {
    files: ['src/taskpane/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['office-js', '@microsoft/office-js'].map((name) => ({
            name,
            message: 'Components receive Excel actions as props.',
          })),
          patterns: [
            { regex: '^(\\.\\./)+core(/|$)', message: 'Components receive data from index.tsx as props, not from src/core.' },
            { regex: '(^|/)src/core(/|$)', message: 'Components receive data from index.tsx as props, not from src/core.' },
            { regex: '(^|/)office-host$', message: 'Components receive Excel actions as props.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS],
    },
  },
  {
    // Build and tool configuration files are CommonJS run by Node.
    files: ['**/*.{js,cjs}'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
