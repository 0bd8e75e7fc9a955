// The OAuth install's state: issued with a cookie on the install redirect, good once, for ten
// minutes, and only in the browser that started the install (no login CSRF, no replayed callback).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { apiErrorReplySchema } from '../../apps/hubspot/contract';
import { startHarness, startInstall, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const tokenCalls = () => h.world.requests.filter((r) => r === 'POST /oauth/v1/token').length;

async function callback(state: string, cookie?: string) {
  const reply = await h.backend.app.inject({
    method: 'GET',
    url: `/oauth/callback?code=good-code&state=${encodeURIComponent(state)}`,
    ...(cookie === undefined ? {} : { headers: { cookie } }),
  });
  return { status: reply.statusCode, body: JSON.parse(reply.body) as unknown };
}

describe('OAuth install state', () => {
  it('sets an HttpOnly, SameSite=Lax, Secure cookie for ten minutes with the install redirect', async () => {
    const link = await startInstall(h.backend);
    expect(link.cookie).toMatch(/^tactful_oauth_state=/);
    const attributes = link.setCookie
      .split(';')
      .slice(1)
      .map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(
      expect.arrayContaining(['httponly', 'samesite=lax', 'secure', 'max-age=600']),
    );
  });

  it('installs once per state: a replayed callback is refused before HubSpot is asked', async () => {
    const link = await startInstall(h.backend);
    expect((await callback(link.state, link.cookie)).status).toBe(200);
    const calls = tokenCalls();
    const replay = await callback(link.state, link.cookie);
    expect(replay.status).toBe(401);
    expect(apiErrorReplySchema.parse(replay.body).error.code).toBe('unauthorized');
    expect(tokenCalls()).toBe(calls);
  });

  it("refuses a state from someone else's install link (no cookie, or another browser's)", async () => {
    const victims = await startInstall(h.backend);
    const attackers = await startInstall(h.backend);
    // The attacker sends the victim to the callback with the attacker's state: the victim's
    // browser carries its own cookie (or none), never the attacker's.
    expect((await callback(attackers.state)).status).toBe(401);
    expect((await callback(attackers.state, victims.cookie)).status).toBe(401);
    expect(tokenCalls()).toBe(0);
    expect(await h.backend.store.getInstallation(h.world.portalId)).toBeUndefined();
    // The attacker's failed attempts did not use up the victim's own state.
    expect((await callback(victims.state, victims.cookie)).status).toBe(200);
  });

  it('signs the cookie: the state alone, or a cookie signed with another key, is refused', async () => {
    const link = await startInstall(h.backend);
    const signedValue = link.cookie.slice('tactful_oauth_state='.length);
    // The cookie carries the state and a signature of it, not the bare state.
    expect(decodeURIComponent(signedValue).startsWith(`${link.state}.`)).toBe(true);
    expect((await callback(link.state, `tactful_oauth_state=${link.state}`)).status).toBe(401);
    const forged = `${encodeURIComponent(link.state)}.${'A'.repeat(43)}`;
    expect((await callback(link.state, `tactful_oauth_state=${forged}`)).status).toBe(401);
    expect(tokenCalls()).toBe(0);
    // Neither attempt used the state up: the browser's own signed cookie still installs.
    expect((await callback(link.state, link.cookie)).status).toBe(200);
  });

  it('refuses a state older than ten minutes', async () => {
    const link = await startInstall(h.backend);
    h.advance(10 * 60 * 1000 + 1000);
    expect((await callback(link.state, link.cookie)).status).toBe(401);
    expect(tokenCalls()).toBe(0);
  });

  it('clears the cookie once the callback has used it', async () => {
    const link = await startInstall(h.backend);
    const reply = await h.backend.app.inject({
      method: 'GET',
      url: `/oauth/callback?code=good-code&state=${encodeURIComponent(link.state)}`,
      headers: { cookie: `other=1; ${link.cookie}` },
    });
    expect(reply.statusCode).toBe(200);
    expect(String(reply.headers['set-cookie'])).toMatch(/^tactful_oauth_state=;.*Max-Age=0/);
  });
});
