// The ZAF host emulator (mocks/zendesk/zaf-host.ts) and the fake client refuse what the real host
// would not take from an app: calls whose params are not the SDK's shapes, proxy requests with
// unknown or mistyped options or to another host, and messages for another app. Each case was
// answered before (params silently emptied, options loosely read, any app answered).
import { beforeEach, describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import type { ZafRequestOptions } from '../../apps/zendesk/host/zaf-client';
import { server } from '../../mocks/node';
import { createZendeskHandlers, createZendeskWorld } from '../../mocks/zendesk';
import { TicketModel } from '../../mocks/zendesk/ticket-model';
import { createFakeZafClient } from '../../mocks/zendesk/zaf-client';
import { createZafHost } from '../../mocks/zendesk/zaf-host';

const appGuid = 'app-1';
const posted: unknown[] = [];
const model = () => new TicketModel();

beforeEach(() => {
  posted.length = 0;
  server.use(...createZendeskHandlers(createZendeskWorld()));
});

function host(ticket = model()) {
  return createZafHost(ticket, (message) => posted.push(JSON.parse(message)), { appGuid });
}

/** What the app sends, as the SDK does (lib/client.js `wrappedPostMessage`, `postMessage`). */
const fromApp = (message: Record<string, unknown>) =>
  JSON.stringify({ ...message, appGuid, instanceGuid: appGuid });

const failure = z.object({
  key: z.string(),
  message: z.object({
    responseArgs: z.array(z.object({ status: z.number(), responseText: z.string() })),
  }),
});

async function proxied(options: Record<string, unknown>): Promise<z.infer<typeof failure>> {
  host().receive(fromApp({ key: 'request:1', message: options }));
  for (let tries = 0; tries < 50 && posted.length === 0; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return failure.parse(posted[0]);
}

const good = { url: '/api/v2/users/9001.json', type: 'GET', httpCompleteResponse: true };

describe('the ZAF host emulator', () => {
  // Source for the SDK's message shapes: github.com/zendesk/zendesk_app_framework_sdk lib/client.js.
  it('answers a well-formed proxy request', async () => {
    const answer = await proxied(good);
    expect(answer.key).toBe('zaf.request:1.done');
    expect(answer.message.responseArgs[0]?.status).toBe(200);
  });

  it('refuses unknown or mistyped request options, other hosts and bodies on GET', async () => {
    for (const options of [
      { ...good, httpCompleteResonse: true },
      { ...good, type: 'get' },
      { ...good, headers: { 'X-Count': 3 } },
      { ...good, url: 'https://evil.example/api/v2/users/9001.json' },
      { ...good, data: '{}' },
      { type: 'GET', httpCompleteResponse: true },
    ]) {
      posted.length = 0;
      const answer = await proxied(options);
      expect([options, answer.key, answer.message.responseArgs[0]?.status]).toEqual([
        options,
        'zaf.request:1.fail',
        400,
      ]);
    }
  });

  it('answers get/set/invoke with params of the wrong shape with an error, not an empty result', () => {
    const emulator = host();
    emulator.receive(fromApp({ id: 1, request: 'get', params: 'ticket.id' }));
    emulator.receive(fromApp({ id: 2, request: 'set', params: ['comment.text', 'x'] }));
    emulator.receive(fromApp({ id: 3, request: 'invoke', params: { resize: 'big' } }));
    expect(posted).toEqual(
      [1, 2, 3].map((id) => expect.objectContaining({ id, error: expect.anything() })),
    );
  });

  it('ignores messages that name another app', () => {
    host().receive(
      JSON.stringify({ id: 1, request: 'get', params: ['ticket.id'], appGuid: 'other' }),
    );
    expect(posted).toEqual([]);
  });
});

describe('the fake ZAF client', () => {
  it('rejects a request with an unknown option as the emulated proxy does', async () => {
    const client = createFakeZafClient();
    // A misspelt option, as an app could send it.
    const options: ZafRequestOptions & { httpCompleteResonse: boolean } = {
      url: '/api/v2/users/9001.json',
      type: 'GET',
      httpCompleteResponse: true,
      autoRetry: false,
      cors: false,
      httpCompleteResonse: true,
    };
    await expect(client.request(options)).rejects.toMatchObject({ status: 400 });
  });
});
