import { describe, expect, it } from '@jest/globals';
import { Signature } from '@hubspot/api-client';
import { signRequestV3, urlForSignature, verifyRequestV3 } from './signature';

const secret = 'client-secret-for-tests';
const now = 1_764_000_000_000;
const url =
  'https://tactful.example/api/contacts/501/engagements?userId=7&portalId=42&userEmail=agent%40example.com&appId=9';

describe('v3 request signatures', () => {
  it('matches what the HubSpot SDK computes for the decoded URL', () => {
    const parts = { method: 'GET', url, body: '', timestamp: String(now) };
    expect(signRequestV3(parts, secret)).toBe(
      Signature.getSignature('GET', 'v3', {
        signature: '',
        clientSecret: secret,
        url: urlForSignature(url),
        requestBody: '',
        timestamp: now,
      }),
    );
    expect(urlForSignature(url)).toContain('userEmail=agent@example.com');
  });

  it('accepts a fresh, exact signature and refuses tampered, stale or missing ones', () => {
    const body = '{"amount":"10.00"}';
    const timestamp = String(now - 1000);
    const signature = signRequestV3({ method: 'POST', url, body, timestamp }, secret);
    const check = (changes: Partial<Parameters<typeof verifyRequestV3>[0]>, at = now) =>
      verifyRequestV3({ method: 'POST', url, body, timestamp, signature, ...changes }, secret, at);
    expect(check({})).toEqual({ ok: true });
    expect(check({ body: '{"amount":"99.00"}' })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check({ url: url.replace('501', '502') })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check({ signature: 'short' })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check({}, now + 5 * 60 * 1000)).toEqual({ ok: false, reason: 'stale' });
    expect(check({ signature: undefined })).toEqual({ ok: false, reason: 'missing' });
    expect(check({ timestamp: 'yesterday' })).toEqual({ ok: false, reason: 'malformed-timestamp' });
  });
});
