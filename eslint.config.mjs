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

/** What keeps src/core/ pure, for every file in it (each layer's rule below repeats it, as a rule's options are replaced, not merged). */
const CORE_PURE_IMPORTS = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: CORE_IS_PURE })),
    ...['react', 'react-dom', 'office-js', 'exceljs'].map((name) => ({ name, message: CORE_IS_PURE })),
  ],
  patterns: [
    { group: ['node:*', 'react/*', 'react-dom/*', '@fluentui/*', '@types/office-js'], message: CORE_IS_PURE },
    { regex: '^(\\.\\./)+(excel|xlsx|cli|taskpane)(/|$)', message: CORE_IS_PURE },
    { regex: '(^|/)src/(excel|xlsx|cli|taskpane)(/|$)', message: CORE_IS_PURE },
  ],
};

// The layers of src/core/, bottom up, so that design.md's one direction of flow stays one direction.
// result.ts, text/ and calendar/ are below everything (helpers every layer may use). Each layer of
// PIPELINE imports only those before it (units/ comes before tasks/, which splits cells with it);
// read/ imports only tables/, which it fills; analysis.ts (the Analysis type) and source-labels.ts
// (its names) sit between pivot/ and loop/; analyse.ts, which runs the pipeline, is imported by none.
// compare/ (年度对比) reads tasks and units of two plans and sits below plan/, which draws its sheet.
const FOUNDATIONS = ['text', 'calendar'];
const PIPELINE = ['tables', 'units', 'tasks', 'deadlines', 'audit', 'pivot', 'loop', 'compare', 'plan'];
const ABOVE_PIVOT = ['analysis', 'source-labels'];

function layerAllows(layer) {
  if (layer === 'text' || layer === 'calendar') return [];
  if (layer === 'read') return [...FOUNDATIONS, 'tables'];
  const below = PIPELINE.slice(0, PIPELINE.indexOf(layer));
  return [...FOUNDATIONS, ...below, ...(below.includes('pivot') ? ABOVE_PIVOT : [])];
}

const coreLayerRules = [...FOUNDATIONS, 'read', ...PIPELINE].map((layer) => {
  const allowed = layerAllows(layer);
  const others = [...FOUNDATIONS, 'read', ...PIPELINE, ...ABOVE_PIVOT, 'analyse'].filter((name) => name !== layer && !allowed.includes(name));
  const message = `src/core/${layer}/ imports only the layers below it${allowed.length > 0 ? ` (${allowed.join(', ')})` : ''} and result.ts: see the layer order in eslint.config.mjs.`;
  return {
    files: [`src/core/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...CORE_PURE_IMPORTS, patterns: [...CORE_PURE_IMPORTS.patterns, { regex: `^(\\.\\./)+(${others.join('|')})(/|$)`, message }] },
      ],
    },
  };
});

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
      'no-restricted-imports': ['error', CORE_PURE_IMPORTS],
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
  ...coreLayerRules,
  {
    // The renderers draw a WorkbookPlan; reading documents is the CLI's and the pane's business.
    files: ['src/excel/**/*.ts', 'src/xlsx/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)core/read(/|$)', message: 'Renderers start from the plan; shared helpers live in src/core/text/.' }] },
      ],
    },
  },
  {
    // pane-state.ts owns the pane's types; pane-actions.ts uses them, never the other way round.
    files: ['src/taskpane/pane-state.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)pane-actions$', message: 'pane-state.ts owns the types pane-actions.ts uses.' }] }],
    },
  },
  {
    // Pane text goes through strings.ts, which has it in Chinese (English in strings-en.ts, loaded for an
    // English pane; how an action ended in outcome-strings.ts, loaded with the actions; Excel's errors
    // through excel-error-strings.ts, loaded only when one happens; the core's messages in English in
    // core-text-en.ts, whose Chinese is quoted column and sheet names); Chinese written elsewhere in the
    // pane is a workbook value (a 处理状态, a file name) and says so where it stands.
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/strings.ts', 'src/taskpane/strings-en.ts', 'src/taskpane/outcome-strings.ts', 'src/taskpane/excel-error-strings.ts', 'src/taskpane/core-text-en.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal[value=/[\\u4e00-\\u9fff]/]', 'TemplateElement[value.raw=/[\\u4e00-\\u9fff]/]', 'JSXText[value=/[\\u4e00-\\u9fff]/]'].map((selector) => ({
          selector,
          message: 'Pane text is written in strings.ts (Chinese) and strings-en.ts (English).',
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
