// Where the backend's redirect and signed URLs come from: the configured public URL, or the loopback
// address it listens on, never the Host header a client sends.
import { afterEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { silentLogger } from '../../apps/hubspot/server/logger';
import { createServer, type TactfulBackend } from '../../apps/hubspot/server/server';

let backend: TactfulBackend | undefined;
afterEach(async () => {
  await backend?.close();
  backend = undefined;
});

const start = () =>
  createServer({
    clientId: 'id',
    clientSecret: 'secret',
    encryptionKey: randomBytes(32),
    logger: silentLogger,
  });

describe('public URL', () => {
  it('ignores a forged Host header when building the OAuth redirect', async () => {
    backend = await start();
    const address = await backend.listen({ host: '127.0.0.1', port: 0 });
    const link = await backend.app.inject({
      method: 'GET',
      url: '/oauth/install',
      headers: { host: 'evil.example' },
    });
    const redirect = new URL(String(link.headers.location)).searchParams.get('redirect_uri');
    expect(redirect).toBe(`${address}/oauth/callback`);
    expect(redirect).not.toContain('evil.example');
  });

  it('refuses to listen beyond loopback without a public URL', async () => {
    backend = await start();
    await expect(backend.listen({ host: '0.0.0.0', port: 0 })).rejects.toThrow(
      /TACTFUL_PUBLIC_URL/,
    );
  });
});
