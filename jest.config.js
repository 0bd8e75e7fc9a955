// jest projects, one per environment. TypeScript is compiled by swc (type checking is `npm run typecheck`).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// ESM-only packages that jest must transform (HubSpot's ui-extensions and the remote-ui it renders with).
const esmPackages = [
  '@hubspot/ui-extensions',
  '@remote-ui',
  'tinyspy',
  'rettime',
  'until-async',
  '@open-draft',
  '@mswjs',
  'outvariant',
  'strict-event-emitter',
  'headers-polyfill',
  'is-node-process',
  'cookie',
  'react-merge-refs',
  'intl-messageformat',
  '@formatjs',
  'csv-stringify',
];

const common = {
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/msw.ts'],
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
};

/** @type {import('jest').Config} */
export default {
  testTimeout: 20000,
  projects: [
    {
      ...common,
      displayName: 'core',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/shared/**/*.test.ts', '<rootDir>/tests/core/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'zendesk',
      testEnvironment: 'jest-fixed-jsdom',
      testMatch: [
        '<rootDir>/apps/zendesk/**/*.test.{ts,tsx}',
        '<rootDir>/tests/zendesk/**/*.test.{ts,tsx}',
      ],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/msw.ts', '<rootDir>/tests/setup/dom.ts'],
    },
    {
      ...common,
      displayName: 'hubspot-card',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/apps/hubspot/card/**/*.test.{ts,tsx}',
        '<rootDir>/tests/hubspot-card/**/*.test.{ts,tsx}',
      ],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/msw.ts', '<rootDir>/tests/setup/card-catalog.ts'],
    },
    {
      ...common,
      displayName: 'server',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/apps/hubspot/server/**/*.test.ts',
        '<rootDir>/tests/server/**/*.test.ts',
      ],
    },
    {
      ...common,
      displayName: 'tools',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/apps/cli/**/*.test.ts',
        '<rootDir>/tests/cli/**/*.test.ts',
        '<rootDir>/tests/packaging/**/*.test.ts',
        '<rootDir>/tests/reliability/**/*.test.{ts,tsx}',
        '<rootDir>/tests/playground/**/*.test.ts',
      ],
    },
    {
      // Each platform rule we depend on (Zendesk, HubSpot), asserted on the built packages and sources.
      ...common,
      displayName: 'platform',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/platform/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    },
  ],
};
