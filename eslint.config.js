// ESLint flat config: typescript-eslint + react-hooks, run with --max-warnings 0.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const hostAndFrameworkImports = [
  {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    message: 'The core is framework-free.',
  },
  {
    group: ['@hubspot/*', '@zendeskgarden/*', 'zendesk_app_framework_sdk'],
    message: 'Host SDKs belong in apps/.',
  },
  {
    group: ['msw', 'msw/*', 'node:*'],
    message: 'The core takes the world through ports (shared/ports.ts).',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render customer text as text, never as HTML.',
        },
      ],
    },
  },
  {
    files: ['apps/zendesk/**', 'apps/hubspot/card/**', 'tests/e2e/**', 'playground/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: hostAndFrameworkImports }] },
  },
  {
    // The Zendesk UI gets typed values from apps/zendesk/host, which parses what the host says.
    files: ['apps/zendesk/ui/**/*.ts', 'apps/zendesk/ui/**/*.tsx'],
    ignores: ['apps/zendesk/ui/**/*.test.ts', 'apps/zendesk/ui/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', 'zod/*'],
              message: 'Parse host replies in apps/zendesk/host and return typed data.',
            },
          ],
        },
      ],
    },
  },
  {
    // React glue both hosts bundle: React only, never one host's SDK or component library.
    files: ['apps/react/**/*.ts', 'apps/react/**/*.tsx'],
    ignores: ['apps/react/**/*.test.ts', 'apps/react/**/*.test.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: hostAndFrameworkImports
            .filter(({ group }) => !group.includes('react'))
            .map(({ group }) => ({
              group,
              message: 'apps/react is bundled by both hosts: React only, no host SDK or Node.',
            })),
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
