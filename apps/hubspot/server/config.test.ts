import { describe, expect, it } from '@jest/globals';
import { readStartConfig } from './config';

const base = { HUBSPOT_CLIENT_ID: 'id', HUBSPOT_CLIENT_SECRET: 'secret' };
const key = 'a'.repeat(64);

describe('start configuration', () => {
  it('refuses to start in production without an encryption key or public URL', () => {
    const result = readStartConfig({ ...base, NODE_ENV: 'production' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.join(' ')).toContain('TACTFUL_ENCRYPTION_KEY is required in production');
      expect(result.error.join(' ')).toContain('TACTFUL_PUBLIC_URL');
    }
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(readStartConfig({ ...base, TACTFUL_ENCRYPTION_KEY: 'short' }).ok).toBe(false);
  });

  it('uses PostgreSQL when DATABASE_URL is set and SQLite otherwise', () => {
    const pg = readStartConfig({
      ...base,
      TACTFUL_ENCRYPTION_KEY: key,
      DATABASE_URL: 'postgres://x/y',
    });
    expect(pg.ok && pg.value.server.databaseUrl).toBe('postgres://x/y');
    const sqlite = readStartConfig({ ...base });
    expect(sqlite.ok && sqlite.value.server.sqlitePath).toBe('tactful.sqlite');
    expect(sqlite.ok && sqlite.value.host).toBe('127.0.0.1');
  });
});
