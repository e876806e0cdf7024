import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The staff web app (services/web/src/app): React components and the browser code beside them. */
const WEB_APP = ['services/web/src/app/**/*.{ts,tsx}'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/bin/**', 'coverage/**', '.turbo/**', '.tools/**', '**/*.js', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The nearest tsconfig.json types each file: services/web/src/app/tsconfig.json points the app's
    // files at services/web/tsconfig.app.json (DOM, JSX, bundler resolution), the rest at their workspace's.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true, 'ts-nocheck': true }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      eqeqeq: 'error',
    },
  },
  { files: WEB_APP, ...reactHooks.configs.flat.recommended },
  { files: WEB_APP, ...jsxA11y.flatConfigs.strict },
  {
    files: WEB_APP,
    // A missing dependency is a stale-data bug on a screen: an error, not a warning nobody reads.
    rules: { 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.test.ts', '**/*.contract.ts', '**/test-fixtures.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
