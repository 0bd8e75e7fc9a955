/**
 * The PostgreSQL the server tests may use: TACTFUL_TEST_DATABASE_URL (CI sets it, and a CI run
 * without it fails in store.test.ts rather than passing silently). Tests that need it are skipped
 * without it, elsewhere than in CI.
 */
import { describe } from '@jest/globals';

export const testDatabaseUrl = process.env.TACTFUL_TEST_DATABASE_URL;

/** `describe` when PostgreSQL is available (always in CI), `describe.skip` otherwise. */
export const describeWithPostgres =
  testDatabaseUrl !== undefined || process.env.CI === 'true' ? describe : describe.skip;

/** The test database's URL; fails the test when a PostgreSQL test runs without one (CI). */
export function requireDatabaseUrl(): string {
  if (testDatabaseUrl === undefined)
    throw new Error('TACTFUL_TEST_DATABASE_URL must be set: PostgreSQL tests are required in CI.');
  return testDatabaseUrl;
}
