// Host failures against msw, for every Zendesk reader the sidebar uses and for the backend's HubSpot
// reads: 429 with Retry-After, 500/502/503, connection resets, truncated and malformed JSON, and
// replies that never come. Transient failures are retried within bounds and then succeed; lasting
// ones end in a typed error the UI can show with a Retry, never a throw.
import './fuzz/window-shim';
import { describe, expect, it } from '@jest/globals';
import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import { createZafHttpPort } from '../../apps/zendesk/host/http';
import { readTicketCustomer } from '../../apps/zendesk/host/customer';
import {
  readHistoryCustomer,
  readHistorySettings,
  readTicketPage,
  readTicketReplies,
} from '../../apps/zendesk/host/history';
import { readCustomerPlans } from '../../apps/zendesk/host/plans';
import { readShellSettings } from '../../apps/zendesk/host/settings';
import { apiErrorReplySchema } from '../../apps/hubspot/contract';
import { hubspotApiBase } from '../../mocks/hubspot';
import { server } from '../../mocks/node';
import { createZendeskHandlers, createZendeskWorld, zendeskApiPattern } from '../../mocks/zendesk';
import { defaultModelSettings } from '../../mocks/zendesk/ticket-model';
import { createFakeZafClient } from '../../mocks/zendesk/zaf-client';
import type { HttpErrorCode, Result } from '../../shared/ports';
import { startHarness } from '../server/harness';

/** One way a host can fail, the error it must become, and whether a retry may fix it. */
interface Failure {
  name: string;
  reply: HttpResponseResolver;
  code: HttpErrorCode;
  transient: boolean;
}

const failures: Failure[] = [
  {
    name: '429 with Retry-After',
    reply: () =>
      HttpResponse.json(
        { error: 'TooManyRequests' },
        { status: 429, headers: { 'Retry-After': '3' } },
      ),
    code: 'rate-limited',
    transient: true,
  },
  {
    name: '500',
    reply: () => HttpResponse.json({ error: 'InternalError' }, { status: 500 }),
    code: 'server-error',
    transient: true,
  },
  {
    name: '502 with an HTML page',
    reply: () => new HttpResponse('<html>Bad gateway</html>', { status: 502 }),
    code: 'server-error',
    transient: true,
  },
  {
    name: '503',
    reply: () => new HttpResponse(null, { status: 503 }),
    code: 'server-error',
    transient: true,
  },
  {
    name: 'a reset connection',
    reply: () => HttpResponse.error(),
    code: 'network',
    transient: true,
  },
  {
    name: 'truncated JSON',
    reply: () =>
      new HttpResponse('{"user": {"id": 9001, "name": "Mar', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    code: 'malformed-reply',
    transient: false,
  },
  {
    name: 'JSON of the wrong shape',
    reply: () =>
      HttpResponse.json({ users: 'none', tickets: 7, comments: null, custom_object_records: 'x' }),
    code: 'malformed-reply',
    transient: false,
  },
];

type Reader = (
  port: ReturnType<typeof createZafHttpPort>,
  retry: RetryWithLog,
) => Promise<Result<unknown, { code: string }>>;
interface RetryWithLog {
  sleep(ms: number): Promise<void>;
  maxAttempts: number;
}

const shell = readShellSettings(defaultModelSettings);
const now = new Date('2026-11-25T15:00:00Z');

/** Each reader the sidebar's panels use, and the URL pattern of its request. */
const readers: { name: string; url: string; method: 'get' | 'post'; read: Reader }[] = [
  {
    name: 'the ticket customer (users/{id})',
    url: `${zendeskApiPattern}/users/:id.json`,
    method: 'get',
    read: (port, retry) => readTicketCustomer(createFakeZafClient(), port, shell, retry),
  },
  {
    name: 'the history profile (users/{id})',
    url: `${zendeskApiPattern}/users/:id.json`,
    method: 'get',
    read: (port, retry) =>
      readHistoryCustomer(port, retry, 9001, shell, readHistorySettings(shell), now),
  },
  {
    name: 'requested tickets',
    url: `${zendeskApiPattern}/users/:id/tickets/requested.json`,
    method: 'get',
    read: (port, retry) => readTicketPage(port, retry, 9001),
  },
  {
    name: 'ticket comments',
    url: `${zendeskApiPattern}/tickets/:id/comments.json`,
    method: 'get',
    read: (port, retry) => readTicketReplies(port, retry, 1, 9001, 'email'),
  },
  {
    name: 'plan records (custom object search)',
    url: `${zendeskApiPattern}/custom_objects/:key/records/search.json`,
    method: 'post',
    read: (port, retry) => readCustomerPlans(port, retry, 9001),
  },
];

const cases = readers.flatMap((reader) =>
  failures.map((failure) => [reader.name, failure.name, reader, failure] as const),
);

describe('Zendesk readers against a failing Zendesk', () => {
  it.each(cases)(
    '%s, %s: a typed error once retries are spent',
    async (_r, _f, reader, failure) => {
      server.use(...createZendeskHandlers(createZendeskWorld()));
      let calls = 0;
      server.use(
        http[reader.method](reader.url, (info) => {
          calls += 1;
          return failure.reply(info);
        }),
      );
      const sleeps: number[] = [];
      const retry = { sleep: async (ms: number) => void sleeps.push(ms), maxAttempts: 3 };
      const result = await reader.read(createZafHttpPort(createFakeZafClient()), retry);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe(failure.code);
      // Bounded: at most maxAttempts, and only transient failures are retried at all.
      expect(calls).toBe(failure.transient ? 3 : 1);
      if (failure.code === 'rate-limited') expect(sleeps).toEqual([3000, 3000]);
    },
  );

  it.each(cases.filter(([, , , failure]) => failure.transient))(
    '%s, %s once: retried and read',
    async (_r, _f, reader, failure) => {
      server.use(...createZendeskHandlers(createZendeskWorld()));
      server.use(http[reader.method](reader.url, failure.reply, { once: true }));
      const retry = { sleep: async () => undefined, maxAttempts: 3 };
      const result = await reader.read(createZafHttpPort(createFakeZafClient()), retry);
      expect(result.ok).toBe(true);
    },
  );

  it('a reply that never comes ends in a timeout, not a hang', async () => {
    server.use(...createZendeskHandlers(createZendeskWorld()));
    server.use(
      http.get(`${zendeskApiPattern}/users/:id/tickets/requested.json`, async () => {
        await delay(1000);
        return HttpResponse.json({ tickets: [] });
      }),
    );
    const port = createZafHttpPort(createFakeZafClient(), { timeoutMs: 20 });
    const result = await readTicketPage(
      port,
      { sleep: async () => undefined, maxAttempts: 2 },
      9001,
    );
    expect(!result.ok && result.error.code).toBe('timeout');
  });
});

describe("the backend's HubSpot reads against a failing HubSpot", () => {
  const hubspotFailures = [
    { name: 'a reset connection', reply: () => HttpResponse.error(), code: 'hubspot-unavailable' },
    {
      name: 'truncated JSON',
      reply: () =>
        new HttpResponse('{"id":"501","properties":{"firstn', {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      code: 'hubspot-malformed-reply',
    },
    {
      name: 'JSON of the wrong shape',
      reply: () => HttpResponse.json({ id: 501, properties: [] }),
      code: 'hubspot-malformed-reply',
    },
    {
      name: '503 with an HTML page',
      reply: () => new HttpResponse('<html>down</html>', { status: 503 }),
      code: 'hubspot-unavailable',
    },
  ] as const;

  it.each(hubspotFailures.map((failure) => [failure.name, failure] as const))(
    '%s: the card gets a typed 502, never a 500',
    async (_name, failure) => {
      const h = await startHarness();
      try {
        await h.install();
        server.use(http.get(`${hubspotApiBase}/crm/v3/objects/contacts/:id`, failure.reply));
        const reply = await h.call('GET', '/api/contacts/501/collections');
        expect(reply.status).toBe(502);
        expect(apiErrorReplySchema.parse(reply.body).error.code).toBe(failure.code);
        // Reads are retried within the budget before giving up.
        expect(h.sleeps.length).toBeLessThanOrEqual(3);
      } finally {
        await h.close();
      }
    },
  );
});
