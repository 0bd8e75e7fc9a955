// No customer personal data in logs: the backend's JSON logs and anything written to the console
// while the backend, the Zendesk adapters and the CLI run their flows (successes and host failures)
// never contain a seed customer's name, email, phone number or balance.
import './fuzz/window-shim';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { format } from 'node:util';
import { http, HttpResponse } from 'msw';
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
import { run as runPlan } from '../../apps/cli/commands/plan';
import { run as runHistory } from '../../apps/cli/commands/history';
import { run as runTone } from '../../apps/cli/commands/tone';
import { createHubSpotSeed, hubspotApiBase } from '../../mocks/hubspot';
import { server } from '../../mocks/node';
import {
  createZendeskHandlers,
  createZendeskWorld,
  seedUsers,
  zendeskApiPattern,
} from '../../mocks/zendesk';
import { defaultModelSettings, requesterFrom } from '../../mocks/zendesk/ticket-model';
import { createFakeZafClient } from '../../mocks/zendesk/zaf-client';
import { planWriteJson } from '../../shared/testing/factories';
import { startHarness } from '../server/harness';

/** Names, emails, phones and balances of every seed customer in both mock hosts. */
function seedPersonalData(): string[] {
  const values = new Set<string>();
  for (const contact of createHubSpotSeed().contacts) {
    const p = contact.properties;
    for (const name of ['firstname', 'lastname', 'email', 'phone', 'tactful_balance']) {
      const value = p[name];
      if (value) values.add(value);
    }
    if (p['firstname'] && p['lastname']) values.add(`${p['firstname']} ${p['lastname']}`);
  }
  for (const user of seedUsers()) {
    values.add(user.name);
    if (user.email) values.add(user.email);
    if (user.phone) values.add(user.phone);
    const balance = user.user_fields['tactful_balance'];
    if (typeof balance === 'string') values.add(balance);
  }
  // Short balances ("90") would match ids and timestamps; decimals and longer amounts cannot.
  return [...values].filter((value) => value.length >= 5 || /\D/.test(value));
}

const personal = seedPersonalData();
let consoleLines: string[] = [];

beforeEach(() => {
  consoleLines = [];
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleLines.push(format(...args));
    });
  }
});
afterEach(() => {
  jest.restoreAllMocks();
});

function expectNoPersonalData(lines: string[]): void {
  const text = lines.join('\n');
  expect(personal.filter((value) => text.includes(value))).toEqual([]);
}

describe('logs hold no customer personal data', () => {
  it('the backend, across every seed contact, writes and HubSpot failures', async () => {
    const h = await startHarness();
    try {
      await h.install();
      const contacts = createHubSpotSeed().contacts.map((contact) => contact.id);
      for (const id of contacts) {
        await h.call('GET', `/api/contacts/${id}/collections`);
        await h.call('GET', `/api/contacts/${id}/engagements`, { query: { limit: '20' } });
      }
      const contact = contacts[0] ?? '501';
      await h.call('POST', `/api/contacts/${contact}/plans`, {
        body: planWriteJson('logs-plan-0001', {
          summary: 'Avery Johnson pays 1250.00 in 2 payments',
          instalments: ['2026-12-01', '2027-01-01'].map((due) => ({ due, amount: '625.00' })),
        }),
      });
      await h.call('POST', `/api/contacts/${contact}/promises`, {
        body: {
          idempotencyKey: 'logs-promise-0001',
          amount: { amount: '1250.00', currency: 'USD' },
          due: '2026-12-05',
          channel: 'call',
          summary: 'avery.johnson@example.com will pay',
        },
      });
      await h.call('PUT', `/api/contacts/${contact}/flags/dispute`, {
        body: {
          set: true,
          since: '2026-11-25',
          source: 'customer',
          reason: 'Avery Johnson disputes',
        },
      });
      // HubSpot failing: rate limited, down, malformed, token expired.
      server.use(
        http.get(
          `${hubspotApiBase}/crm/v3/objects/contacts/:id`,
          () =>
            HttpResponse.json(
              { message: 'slow down' },
              { status: 429, headers: { 'Retry-After': '1' } },
            ),
          { once: true },
        ),
      );
      await h.call('GET', `/api/contacts/${contact}/collections`);
      server.use(
        http.get(
          `${hubspotApiBase}/crm/v3/objects/contacts/:id`,
          () => HttpResponse.json({ id: contact, properties: { firstname: 7 } }),
          { once: true },
        ),
      );
      await h.call('GET', `/api/contacts/${contact}/collections`);
      server.use(
        http.get(`${hubspotApiBase}/crm/v3/objects/contacts/:id`, () => HttpResponse.error()),
      );
      await h.call('GET', `/api/contacts/${contact}/collections`);
      expect(h.logs.length).toBeGreaterThan(10);
      expectNoPersonalData([...h.logs, ...consoleLines]);
    } finally {
      await h.close();
    }
  });

  it('the Zendesk adapters, reading and failing', async () => {
    const world = createZendeskWorld();
    server.use(...createZendeskHandlers(world));
    const retry = { sleep: async () => undefined, maxAttempts: 2 };
    const shell = readShellSettings(defaultModelSettings);
    for (const user of seedUsers()) {
      const client = createFakeZafClient({ ticket: { requester: requesterFrom(user) } });
      const port = createZafHttpPort(client);
      await readTicketCustomer(client, port, shell, retry);
      await readHistoryCustomer(
        port,
        retry,
        user.id,
        shell,
        readHistorySettings(shell),
        new Date(),
      );
      await readTicketPage(port, retry, user.id);
      await readTicketReplies(port, retry, 1, user.id, 'email');
      await readCustomerPlans(port, retry, user.id);
    }
    server.use(
      http.get(
        `${zendeskApiPattern}/users/:id.json`,
        () => new HttpResponse('{"user": {"name": "Mar', { status: 200 }),
      ),
    );
    const port = createZafHttpPort(createFakeZafClient());
    await readHistoryCustomer(port, retry, 9001, shell, readHistorySettings(shell), new Date());
    expectNoPersonalData(consoleLines);
  });

  it('the CLI, on good and bad input', async () => {
    const io = (stdin: string) => ({
      readStdin: async () => stdin,
      readFile: () => Promise.reject(new Error('no files here')),
      stdout: () => undefined,
      stderr: () => undefined,
      env: {},
    });
    await runPlan(
      [],
      io('{"balance":"1250.00","currency":"USD","today":"2026-11-25","name":"Avery Johnson"}'),
    );
    await runHistory([], io('not json avery.johnson@example.com'));
    await runTone([], io('Avery Johnson, pay 1250.00 now'));
    // stdout and stderr answer the user who typed the input; the console is a log and must stay clean.
    expectNoPersonalData(consoleLines);
  });
});
