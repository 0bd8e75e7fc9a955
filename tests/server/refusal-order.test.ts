// In what order a request is refused (http/signedRequests.ts, the routes' preValidation hooks, then
// the contract's schemas): whoever may not send a request learns that and nothing about what a
// valid body would hold, and input refusals name the fields, as the card has always been told.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { apiErrorReplySchema } from '../../apps/hubspot/contract';
import { signRequestV3 } from '../../apps/hubspot/server/signature';
import { clientSecret, publicBaseUrl, startHarness, type Harness } from './harness';

// A fresh portal for each test; each test installs the app when it needs it.
let h: Harness;
beforeEach(async () => (h = await startHarness()));
afterEach(() => h.close());

const refusal = (reply: { status: number; body: unknown }) => ({
  status: reply.status,
  ...apiErrorReplySchema.parse(reply.body).error,
});
const invalidPlan = { currency: 'usd', instalments: [] };
const badRequest = (message: string) => ({ status: 400, code: 'bad-request', message });

describe('the order of refusals', () => {
  it('checks the signature before anything in the request', async () => {
    await h.install();
    const forged = await h.call('POST', '/api/contacts/501/plans', {
      body: invalidPlan,
      tamper: 'signature',
    });
    expect(refusal(forged)).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('checks the installation, then who may write, before the body', async () => {
    const uninstalled = await h.call('PUT', '/api/settings', { body: { settings: 'no' } });
    expect(refusal(uninstalled)).toMatchObject({ status: 403, code: 'not-installed' });
    const feedback = await h.call('POST', '/api/tone-feedback', { body: { id: 1 } });
    expect(refusal(feedback)).toMatchObject({ status: 403, code: 'not-installed' });
    await h.install();
    const agent = await h.call('PUT', '/api/settings', {
      body: { settings: 'no' },
      query: { userId: '3002' },
    });
    expect(refusal(agent)).toMatchObject({ status: 403, code: 'forbidden' });
    const admin = await h.call('PUT', '/api/settings', { body: { settings: 'no' } });
    expect(refusal(admin)).toEqual(badRequest('Invalid settings: settings.'));
  });

  it('names at most three invalid fields, never their values', async () => {
    await h.install();
    const plan = await h.call('POST', '/api/contacts/501/plans', { body: invalidPlan });
    expect(refusal(plan)).toEqual(badRequest('Invalid plan: idempotencyKey, currency, summary.'));
    const contact = await h.call('GET', '/api/contacts/not-a-number/collections');
    expect(refusal(contact)).toEqual(badRequest('Invalid contact id: contactId.'));
  });

  it('refuses a body that is not JSON as invalid input, not as a crash', async () => {
    await h.install();
    const url = `/api/contacts/501/promises?portalId=${h.world.portalId}&userId=3001`;
    const body = '{"amount": {';
    const timestamp = String(h.now());
    const reply = await h.backend.app.inject({
      method: 'POST',
      url,
      payload: body,
      headers: {
        'content-type': 'application/json',
        'x-hubspot-request-timestamp': timestamp,
        'x-hubspot-signature-v3': signRequestV3(
          { method: 'POST', url: `${publicBaseUrl}${url}`, body, timestamp },
          clientSecret,
        ),
      },
    });
    expect(refusal({ status: reply.statusCode, body: reply.json() })).toEqual(
      badRequest('Invalid promise: promise.'),
    );
  });
});
