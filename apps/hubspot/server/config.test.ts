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

  it('refuses to take redirect and signed URLs from the Host header when not on loopback', () => {
    const result = readStartConfig({ ...base, TACTFUL_ENCRYPTION_KEY: key, HOST: '0.0.0.0' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.join(' ')).toContain('TACTFUL_PUBLIC_URL is required');
    const behindProxy = readStartConfig({
      ...base,
      HOST: '0.0.0.0',
      TACTFUL_PUBLIC_URL: 'https://tactful.example.com',
    });
    expect(behindProxy.ok && behindProxy.value.server.publicBaseUrl).toBe(
      'https://tactful.example.com',
    );
  });

  it('uses the loopback address it listens on as the public URL when none is set', () => {
    const v4 = readStartConfig({ ...base, PORT: '4010' });
    expect(v4.ok && v4.value.server.publicBaseUrl).toBe('http://127.0.0.1:4010');
    const v6 = readStartConfig({ ...base, HOST: '::1', PORT: '4011' });
    expect(v6.ok && v6.value.server.publicBaseUrl).toBe('http://[::1]:4011');
  });

  it('accepts keys being rotated out beside the current one, and refuses a malformed one', () => {
    const rotated = readStartConfig({
      ...base,
      TACTFUL_ENCRYPTION_KEY: key,
      TACTFUL_PREVIOUS_ENCRYPTION_KEYS: `${'b'.repeat(64)}, ${'c'.repeat(64)}`,
    });
    expect(rotated.ok && rotated.value.server.previousEncryptionKeys?.length).toBe(2);
    const typo = readStartConfig({
      ...base,
      TACTFUL_ENCRYPTION_KEY: key,
      TACTFUL_PREVIOUS_ENCRYPTION_KEYS: 'b'.repeat(63),
    });
    expect(typo.ok).toBe(false);
  });
});
