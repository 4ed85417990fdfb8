import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import noUntranslatedText from './eslint/no-untranslated-text.js';

export default tseslint.config(
  { ignores: ['dist/', 'dist-cli/', 'node_modules/', '.cache/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Every visible string comes from the catalogue (src/locales, docs/i18n.md): JSX text and the
    // attributes people read or hear. Tests may write text (they render what they check).
    files: ['src/**/*.tsx'],
    plugins: { i18n: { rules: { 'no-untranslated-text': noUntranslatedText } } },
    rules: { 'i18n/no-untranslated-text': 'error' },
  },
  {
    // The engine is a pure function of a scenario: no React, store, DOM or clock.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'zustand', '*/state/*', '*/ui/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'performance', 'navigator'],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now' }, { object: 'Math', property: 'random' }],
    },
  },
);
