/**
 * Every parser at a host boundary, as a fuzz target: an arbitrary payload and a check that it was
 * survived (no throw past the boundary; data or a typed error with a message). Shared by the jest
 * suite (a few hundred runs each) and `npm run fuzz` (tens of thousands).
 */
import './window-shim';
import fc from 'fast-check';
import { z } from 'zod';
import { readTicketCustomer } from '../../../apps/zendesk/host/customer';
import { createZafHttpPort } from '../../../apps/zendesk/host/http';
import {
  parseFlagLog,
  readHistoryCustomer,
  readHistorySettings,
  readTicketPage,
  readTicketReplies,
} from '../../../apps/zendesk/host/history';
import { readCustomerPlans } from '../../../apps/zendesk/host/plans';
import { readShellSettings } from '../../../apps/zendesk/host/settings';
import { readRegistration, type ZafClient } from '../../../apps/zendesk/host/zaf-client';
import { createBackendClient } from '../../../apps/hubspot/card/host/backend-client';
import { readCustomerAccount } from '../../../apps/hubspot/card/host/customer-account';
import { loadEngagementPage, toContactEvent } from '../../../apps/hubspot/card/host/engagements';
import { loadInvoiceBalance } from '../../../apps/hubspot/card/host/invoice-balance';
import { readCurrentPlan } from '../../../apps/hubspot/card/host/plans';
import { readContactCollections } from '../../../apps/hubspot/server/hubspot/contactCollections';
import { readEngagementPage } from '../../../apps/hubspot/server/hubspot/engagements';
import type { HubSpotCaller } from '../../../apps/hubspot/server/hubspot/hubspotCaller';
import { run as runPlan } from '../../../apps/cli/commands/plan';
import { run as runHistory } from '../../../apps/cli/commands/history';
import { run as runTone } from '../../../apps/cli/commands/tone';
import { run as runTemplates } from '../../../apps/cli/commands/templates';
import type { CliIo } from '../../../apps/cli/io';
import { parseHistoryRequest } from '../../../shared/history';
import { validateSettings } from '../../../shared/settings';
import {
  historyRequestJson,
  planRequestJson,
  planWriteJson,
  promiseWriteJson,
} from '../../../shared/testing/factories';
import { httpErrorCodes, type HttpPort } from '../../../shared/ports';
import { backendErrorCodes } from '../../../apps/hubspot/card/host/backend-client';
import { apiErrorCodes } from '../../../apps/hubspot/contract';
import { defaultModelSettings, TicketModel } from '../../../mocks/zendesk/ticket-model';
import { seedTickets, seedUsers } from '../../../mocks/zendesk/seed';
import { createHubSpotSeed } from '../../../mocks/hubspot/seed';
import { apiErrorReplySchema } from '../../../apps/hubspot/contract';
import { signRequestV3 } from '../../../apps/hubspot/server/signature';
import {
  agentEmail,
  clientSecret,
  publicBaseUrl,
  startHarness,
  type Harness,
} from '../../server/harness';
import { garbage, hostPayload, hostText, hostileScalar } from './arbitraries';

/** One fuzz target: what it feeds and how it checks the answer. */
export interface Boundary<T = unknown> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** Throws (an assertion failure) when the boundary did not survive the input. */
  check(input: T): Promise<void>;
}

const boundary = <T>(spec: Boundary<T>): Boundary => spec as Boundary;

class BoundaryViolation extends Error {}

/** Asserts `value` is a Result: ok with a value, or an error with a known code and a message. */
function expectResult(value: unknown, codes: readonly string[]): void {
  const shape = z.union([
    z.object({ ok: z.literal(true), value: z.unknown() }),
    z.object({
      ok: z.literal(false),
      error: z
        .object({ code: z.enum(codes as [string, ...string[]]), message: z.string().min(1) })
        .loose(),
    }),
  ]);
  const parsed = shape.safeParse(value);
  if (!parsed.success) {
    throw new BoundaryViolation(`not a typed Result: ${safeDescribe(value)}`);
  }
}

function safeDescribe(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'bigint' ? `${item}n` : item,
    ).slice(0, 500);
  } catch {
    return String(value);
  }
}

/** Object.prototype must never gain a property from parsed input. */
function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  if ('polluted' in probe || 'inner' in probe) {
    throw new BoundaryViolation('Object.prototype was polluted');
  }
}

const noWait = { sleep: async () => undefined, maxAttempts: 2 };

/** An HttpPort that answers every request with `body` (status 200), as the ZAF proxy would. */
function replyingPort(body: (path: string) => unknown): HttpPort {
  return {
    request: async (request) => ({
      ok: true,
      value: { status: 200, headers: {}, body: body(request.path) },
    }),
  };
}

/** A ZAF client whose `get` answers with `reply` (or rejects with it), the rest unused. */
function zafClientAnswering(
  reply: unknown,
  rejects: boolean,
  request?: () => Promise<unknown>,
): ZafClient {
  const unused = async () => undefined;
  return {
    get: async () => (rejects ? Promise.reject(reply) : reply),
    set: unused,
    invoke: unused,
    on: () => undefined,
    off: () => undefined,
    request: request ?? unused,
    metadata: async () => (rejects ? Promise.reject(reply) : reply),
    context: async () => reply,
  };
}

// ---------- seeds ----------

const zendeskUser = seedUsers()[0];
const zendeskSettings = { ...defaultModelSettings, field_due_date: 'ticket:360001' };
const shell = readShellSettings(zendeskSettings);
const history = readHistorySettings(shell);
const ticketModel = new TicketModel({ ticket: { customFields: { 360001: '2026-10-15' } } });
const getReplySeed = ticketModel.get([
  'ticket.requester',
  'ticket.customField:custom_field_360001',
]);
const { tickets, comments } = seedTickets();
const ticketsPageSeed = {
  tickets: tickets.slice(0, 5).map((ticket) => ({ ...ticket, submitter_id: ticket.requester_id })),
  meta: { has_more: true, after_cursor: 'abc', before_cursor: null },
  links: {
    next: 'https://tactful-demo.zendesk.com/api/v2/users/9001/tickets/requested.json?page[after]=abc',
    prev: null,
  },
};
const commentsPageSeed = { comments: comments.slice(0, 5), meta: { has_more: false }, links: {} };
const planRecordsSeed = {
  custom_object_records: [
    {
      id: 'r1',
      external_id: 'plan-1',
      created_at: '2026-11-20T10:00:00Z',
      custom_object_fields: {
        record_type: 'plan',
        plan_key: 'plan-1',
        customer_id: '9001',
        amount: '1250.00',
        currency: 'USD',
        due_date: '2026-12-01',
        summary: '5 monthly payments of $250.00',
        accepted_on: '2026-11-20',
        cancelled: false,
      },
    },
    ...[1, 2].map((n) => ({
      id: `r${n + 1}`,
      external_id: `plan-1-${n}`,
      created_at: '2026-11-20T10:00:00Z',
      custom_object_fields: {
        record_type: 'promise',
        plan_key: 'plan-1',
        customer_id: '9001',
        amount: '250.00',
        currency: 'USD',
        due_date: `2026-${11 + n}-01`.replace('2026-13', '2027-01'),
        channel: 'zendesk',
        recorded_by: 'Alex Rivera',
        cancelled: false,
      },
    })),
    {
      id: 'r9',
      external_id: null,
      created_at: '2026-11-22T10:00:00Z',
      custom_object_fields: {
        record_type: 'payment',
        customer_id: '9001',
        amount: '250.00',
        currency: 'USD',
        due_date: '2026-11-22',
      },
    },
  ],
  meta: { has_more: false, after_cursor: null },
};

const hubspotSeed = createHubSpotSeed();
const contactSeed = hubspotSeed.contacts[0] ?? { id: '1', properties: {} };
const invoiceSeeds = hubspotSeed.invoices.slice(0, 3);
const engagementSeeds = [
  ...hubspotSeed.engagements.calls.slice(0, 2),
  ...hubspotSeed.engagements.emails.slice(0, 2),
  ...hubspotSeed.engagements.tasks.slice(0, 2),
];
const collectionsSeed = {
  contactId: '101',
  balance: { amount: '1250.00', currency: 'USD' },
  due: '2026-10-15',
  timeZone: 'America/New_York',
  language: 'en',
  flags: [{ kind: 'dispute', since: '2026-11-01', source: 'customer', reason: 'says paid' }],
  invoices: [
    {
      id: '1',
      number: 'INV-1',
      status: 'open',
      due: '2026-10-15',
      amountBilled: { amount: '1000.00', currency: 'USD' },
      balanceDue: { amount: '750.00', currency: 'USD' },
    },
    { id: '2', balanceDue: { amount: '500', currency: 'JPY' } },
  ],
  unreadable: [],
};
const engagementPageSeed = {
  engagements: [
    {
      id: '11',
      type: 'calls',
      occurredAt: '2026-11-20T15:00:00Z',
      direction: 'outbound',
      status: 'f240bbac-87c9-4f6e-bf70-924b57d47db7',
      durationMs: 60000,
      excerpt: 'Talked about plan',
      ownerId: '7',
    },
    {
      id: '12',
      type: 'tasks',
      occurredAt: '2026-11-21T15:00:00Z',
      status: 'NOT_STARTED',
      excerpt: 'Payment 1 of 3: 250.00 USD due 2026-12-01',
    },
    {
      id: '13',
      type: 'emails',
      occurredAt: '2026-11-22T15:00:00Z',
      direction: 'inbound',
      status: 'SENT',
      excerpt: 'Re: your balance',
    },
  ],
  nextCursor: 'eyJ2IjoxfQ',
};

const planRequestSeed = planRequestJson();
const historyRequestSeed = historyRequestJson();

// ---------- helpers for the HubSpot sides ----------

/** A HubSpotCaller that answers from `replies` and parses with the caller's schema, as the real one does. */
function callerAnswering(replies: (path: string) => unknown): HubSpotCaller {
  return {
    async call(request, schema) {
      const parsed = schema.safeParse(replies(request.path));
      return parsed.success
        ? { ok: true, value: parsed.data }
        : { ok: false, error: { code: 'hubspot-malformed-reply', message: 'malformed' } };
    },
  };
}

/** A backend transport answering with `status` and `text`, or failing like a dropped connection. */
function transportAnswering(reply: {
  status: number;
  text: string;
  retryAfter: string;
  drop: boolean;
}) {
  return createBackendClient({
    baseUrl: 'https://backend.test',
    transport: async () => {
      if (reply.drop) throw new TypeError('fetch failed');
      const headers = new Headers();
      try {
        headers.set('retry-after', reply.retryAfter);
      } catch {
        // A header value fetch itself would refuse: the reply simply has none.
      }
      const nullBody = [204, 205, 304].includes(reply.status);
      return new Response(nullBody ? null : reply.text, { status: reply.status, headers });
    },
  });
}

const backendReply = (seed: unknown) =>
  fc.record({
    status: fc.oneof(
      fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504),
      fc.integer({ min: 200, max: 599 }),
    ),
    text: hostText(seed),
    retryAfter: fc.oneof(
      fc.constantFrom(
        '',
        '5',
        '0',
        '-1',
        'NaN',
        '1e9',
        '99999999999999999999',
        'Wed, 21 Oct 2015 07:28:00 GMT',
      ),
      fc.string(),
    ),
    drop: fc.boolean(),
  });

/** A CliIo feeding `stdin` and keeping what was written. */
function cliIo(stdin: string): { io: CliIo; output: () => string } {
  const written: string[] = [];
  return {
    io: {
      readStdin: async () => stdin,
      readFile: () => Promise.reject(new Error('no files in a fuzz run')),
      stdout: (text) => void written.push(text),
      stderr: (text) => void written.push(text),
      env: {},
    },
    output: () => written.join(''),
  };
}

/** A CLI command must exit with a code and never print a stack trace. */
function expectCliExit(code: unknown, output: string): void {
  if (typeof code !== 'number' || !Number.isInteger(code)) {
    throw new BoundaryViolation(`exit code ${String(code)}`);
  }
  if (/\n\s+at .+:\d+:\d+/.test(output)) throw new BoundaryViolation('printed a stack trace');
}

const cliArgs = fc.array(
  fc.oneof(
    fc.constantFrom(
      '--locale',
      'en',
      'es',
      'fr',
      '--jsonl',
      '--format',
      'html',
      'text',
      '--',
      '-h',
      '--help',
      '--locale=es',
      '--nope',
    ),
    fc.string(),
  ),
  { maxLength: 5 },
);

const customerCodes = [
  ...httpErrorCodes,
  'host',
  'invalid-balance',
  'invalid-currency',
  'invalid-due-date',
];

let harness: Promise<Harness> | undefined;

/** One installed backend against the mock portal, shared by every run of the request fuzzing. */
function backendHarness(): Promise<Harness> {
  harness ??= startHarness().then(async (started) => {
    const installed = await started.install();
    if (installed.status !== 200) throw new Error(`install failed: ${installed.status}`);
    return started;
  });
  return harness;
}

/** Stops what the boundaries started (the backend harness); call once after the last run. */
export async function closeBoundaries(): Promise<void> {
  const started = harness;
  harness = undefined;
  if (started) await (await started).close();
}

/** Sends a correctly signed request with a raw body, as hubspot.fetch would. */
async function signedInject(
  target: Harness,
  method: 'GET' | 'POST' | 'PUT',
  pathAndQuery: string,
  body: string,
): Promise<{ status: number; text: string }> {
  const query = new URLSearchParams({
    userId: '3001',
    portalId: String(target.world.portalId),
    userEmail: agentEmail,
    appId: '4242',
  });
  const url = `${pathAndQuery}${pathAndQuery.includes('?') ? '&' : '?'}${query.toString()}`;
  // One millisecond apart, so two identical requests are not (rightly) refused as a replay.
  target.advance(1);
  const timestamp = String(target.now());
  const signature = signRequestV3(
    { method, url: `${publicBaseUrl}${url}`, body, timestamp },
    clientSecret,
  );
  const response = await target.backend.app.inject({
    method,
    url,
    headers: {
      'x-hubspot-request-timestamp': timestamp,
      'x-hubspot-signature-v3': signature,
      ...(body === '' ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === '' ? {} : { payload: body }),
  });
  return { status: response.statusCode, text: response.body };
}

const planWriteSeed = planWriteJson('fuzz-plan-0001');
const promiseWriteSeed = promiseWriteJson('fuzz-promise-0001');
const flagWriteSeed = {
  set: true,
  since: '2026-11-25',
  source: 'customer',
  reason: 'Disputes the amount',
};
const settingsWriteSeed = { settings: { policy: { currency: 'USD', minInstalment: '25.00' } } };

// `.` and `..` path segments are resolved away before signing checks, as in any URL: not a body test.
const notDotSegment = fc.string().filter((text) => text !== '.' && text !== '..');

const backendRequest = fc.oneof(
  fc.record({
    method: fc.constant('POST' as const),
    path: fc.constant('/plans'),
    body: hostText(planWriteSeed),
  }),
  fc.record({
    method: fc.constant('POST' as const),
    path: fc.constant('/promises'),
    body: hostText(promiseWriteSeed),
  }),
  fc.record({
    method: fc.constant('PUT' as const),
    path: fc.oneof(
      fc.constantFrom('/flags/dispute', '/flags/cease', '/flags/do-not-call'),
      notDotSegment.map((kind) => `/flags/${encodeURIComponent(kind)}`),
    ),
    body: hostText(flagWriteSeed),
  }),
  fc.record({
    method: fc.constant('PUT' as const),
    path: fc.constant('settings'),
    body: hostText(settingsWriteSeed),
  }),
  fc.record({
    method: fc.constant('GET' as const),
    path: fc
      .record({
        limit: fc.oneof(fc.integer({ min: -5, max: 500 }).map(String), fc.string()),
        cursor: fc.option(fc.string({ maxLength: 3000 }), { nil: undefined }),
      })
      .map(
        ({ limit, cursor }) =>
          `/engagements?limit=${encodeURIComponent(limit)}${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
      ),
    body: fc.constant(''),
  }),
);

/**
 * A page the host answers (any payload grown from `seed`), read by `read` through a port that
 * answers it: the reader gives data or one of the HTTP error codes.
 */
function pageBoundary(name: string, seed: unknown, read: (port: HttpPort) => Promise<unknown>) {
  return boundary({
    name,
    arbitrary: hostPayload(seed),
    async check(page) {
      expectResult(await read(replyingPort(() => page)), httpErrorCodes);
    },
  });
}

/**
 * A CLI command fed JSON text grown from `seed` on stdin: it exits with a code and a message, never
 * a stack trace; `also` checks more of the same input.
 */
function stdinBoundary(
  name: string,
  seed: unknown,
  run: (args: string[], io: CliIo) => Promise<unknown>,
  also: (stdin: string) => void = () => undefined,
) {
  return boundary({
    name,
    arbitrary: hostText(seed),
    async check(stdin) {
      const { io, output } = cliIo(stdin);
      expectCliExit(await run([], io), output());
      also(stdin);
    },
  });
}

/** Every boundary parser, in the order the suite runs them. */
export const boundaries: Boundary[] = [
  boundary({
    name: 'Zendesk ticket requester and mapped fields (client.get + users/{id})',
    arbitrary: fc.record({
      get: hostPayload(getReplySeed, false),
      user: hostPayload({ user: zendeskUser }),
      rejects: fc.boolean(),
    }),
    async check({ get, user, rejects }) {
      const client = zafClientAnswering(get, rejects && typeof get !== 'object');
      const result = await readTicketCustomer(
        client,
        replyingPort(() => user),
        shell,
        noWait,
      );
      expectResult(result, customerCodes);
    },
  }),
  boundary({
    name: 'Zendesk app metadata, context and settings',
    arbitrary: fc.record({
      reply: hostPayload(
        {
          appId: 1,
          installationId: 2,
          settings: zendeskSettings,
          location: 'ticket_sidebar',
          ticketId: 1,
        },
        false,
      ),
      rejects: fc.boolean(),
    }),
    async check({ reply, rejects }) {
      const result = await readRegistration(zafClientAnswering(reply, rejects));
      expectResult(result, ['host']);
      if (result.ok) readHistorySettings(readShellSettings(result.value.metadata.settings));
    },
  }),
  boundary({
    name: 'Zendesk user profile for history (users/{id})',
    arbitrary: hostPayload({ user: zendeskUser }),
    async check(user) {
      const now = new Date('2026-11-25T15:00:00Z');
      const result = await readHistoryCustomer(
        replyingPort(() => user),
        noWait,
        9001,
        shell,
        history,
        now,
      );
      expectResult(result, customerCodes);
    },
  }),
  pageBoundary('Zendesk requested tickets page', ticketsPageSeed, (port) =>
    readTicketPage(port, noWait, 9001),
  ),
  pageBoundary('Zendesk ticket comments page', commentsPageSeed, (port) =>
    readTicketReplies(port, noWait, 1, 9001, 'email'),
  ),
  pageBoundary('Zendesk plan custom object records (search)', planRecordsSeed, (port) =>
    readCustomerPlans(port, noWait, 9001),
  ),
  boundary({
    name: 'Zendesk flag log text',
    arbitrary: fc.oneof(
      hostText([{ at: '2026-11-01T10:00:00Z', flag: 'dispute', action: 'set' }]),
      fc.string(),
      hostileScalar.filter((value) => typeof value === 'string'),
    ),
    async check(text) {
      const changes = parseFlagLog(typeof text === 'string' ? text : null);
      if (!Array.isArray(changes)) throw new BoundaryViolation('flag log did not parse to a list');
    },
  }),
  boundary({
    name: 'Zendesk proxy replies (client.request: status, headers, body text)',
    arbitrary: fc.record({
      reply: fc.oneof(
        hostPayload(
          {
            status: 200,
            headers: { 'retry-after': '5', 'content-type': 'application/json' },
            responseText: JSON.stringify({ user: zendeskUser }),
          },
          false,
        ),
        fc.record({
          status: fc.integer({ min: -1, max: 700 }),
          responseText: hostText({ user: zendeskUser }),
          headers: fc.dictionary(
            fc.constantFrom('Retry-After', 'retry-after', 'x'),
            fc.oneof(fc.string(), fc.array(fc.string()), fc.integer()),
          ),
        }),
      ),
      rejects: fc.boolean(),
    }),
    async check({ reply, rejects }) {
      const client = zafClientAnswering(undefined, false, () =>
        rejects ? Promise.reject(reply) : Promise.resolve(reply),
      );
      const port = createZafHttpPort(client, { timeoutMs: 1000 });
      expectResult(
        await port.request({ method: 'GET', path: '/api/v2/users/9001.json' }),
        httpErrorCodes,
      );
    },
  }),
  boundary({
    name: 'HubSpot card contact properties',
    arbitrary: hostPayload(contactSeed.properties),
    async check(properties) {
      expectResult(readCustomerAccount(properties), ['malformed-properties']);
    },
  }),
  boundary({
    name: 'HubSpot card backend replies: collections and invoice balance',
    arbitrary: backendReply(collectionsSeed),
    async check(reply) {
      expectResult(await loadInvoiceBalance(transportAnswering(reply), '101'), backendErrorCodes);
    },
  }),
  boundary({
    name: 'HubSpot card backend replies: engagements, timeline events, current plan',
    arbitrary: backendReply(engagementPageSeed),
    async check(reply) {
      const page = await loadEngagementPage(transportAnswering(reply), '101');
      expectResult(page, backendErrorCodes);
      if (page.ok) {
        page.value.engagements.forEach(toContactEvent);
        readCurrentPlan(page.value.engagements, '2026-11-25');
      }
    },
  }),
  boundary({
    name: 'Backend: HubSpot contact, invoice associations and invoices',
    arbitrary: fc.record({
      contact: hostPayload(contactSeed),
      links: hostPayload({
        results: invoiceSeeds.map((invoice) => ({ toObjectId: Number(invoice.id) })),
      }),
      invoices: hostPayload({ results: invoiceSeeds }),
    }),
    async check({ contact, links, invoices }) {
      const caller = callerAnswering((path) =>
        path.includes('/associations/') ? links : path.includes('batch/read') ? invoices : contact,
      );
      expectResult(await readContactCollections(caller, '101'), apiErrorCodes);
    },
  }),
  boundary({
    name: 'Backend: HubSpot engagement associations and batch reads, page cursor',
    arbitrary: fc.record({
      links: hostPayload({
        results: engagementSeeds.map((record) => ({ toObjectId: record.id })),
        paging: { next: { after: '10' } },
      }),
      records: hostPayload({ results: engagementSeeds }),
      cursor: fc.option(
        fc.oneof(
          fc.string(),
          fc.base64String(),
          garbage.map((value) => Buffer.from(safeDescribe(value)).toString('base64url')),
        ),
        { nil: undefined },
      ),
      limit: fc.integer({ min: 1, max: 100 }),
    }),
    async check({ links, records, cursor, limit }) {
      const caller = callerAnswering((path) => (path.includes('/associations/') ? links : records));
      expectResult(await readEngagementPage(caller, '101', limit, cursor), apiErrorCodes);
    },
  }),
  boundary({
    name: 'Backend: signed card requests with hostile bodies, paths and queries',
    arbitrary: fc.record({
      request: backendRequest,
      contactId: fc.oneof(
        { weight: 4, arbitrary: fc.constant('501') },
        {
          weight: 1,
          arbitrary: fc.oneof(
            fc.string(),
            fc.constantFrom('0', '99999999999999999999999', '-1', '1e3', '__proto__'),
          ),
        },
      ),
    }),
    async check({ request, contactId }) {
      const target = await backendHarness();
      const path =
        request.path === 'settings'
          ? '/api/settings'
          : `/api/contacts/${encodeURIComponent(contactId)}${request.path}`;
      const reply = await signedInject(target, request.method, path, request.body);
      if (reply.status >= 500 && reply.status !== 502) {
        throw new BoundaryViolation(
          `${request.method} ${path} answered ${reply.status}: ${reply.text.slice(0, 300)}`,
        );
      }
      if (reply.status >= 400) {
        const error = apiErrorReplySchema.safeParse(safeJson(reply.text));
        // Signed and installed: a refusal here would mean the fuzzing never reached the parsers.
        const refused = ['internal', 'unauthorized', 'not-installed'];
        if (!error.success || refused.includes(error.data.error.code)) {
          throw new BoundaryViolation(
            `${request.method} ${path} answered ${reply.status} without a typed error: ${reply.text.slice(0, 300)}`,
          );
        }
      }
    },
  }),
  stdinBoundary('CLI: tactful plan (stdin JSON)', planRequestSeed, runPlan),
  stdinBoundary('CLI: tactful history (stdin JSON)', historyRequestSeed, runHistory, (stdin) =>
    expectResult(parseHistoryRequest(safeJson(stdin)), ['invalid-input', 'invalid-json']),
  ),
  boundary({
    name: 'CLI: tactful tone and templates (arguments and stdin)',
    arbitrary: fc.record({
      args: cliArgs,
      stdin: fc.oneof(fc.string({ maxLength: 400 }), hostText([{ text: 'Pay now or else' }])),
    }),
    async check({ args, stdin }) {
      const tone = cliIo(stdin);
      expectCliExit(await runTone(args, tone.io), tone.output());
      const templates = cliIo('');
      expectCliExit(await runTemplates(args, templates.io), templates.output());
    },
  }),
  boundary({
    name: 'Settings from any source (validateSettings)',
    arbitrary: hostPayload({
      policy: { currency: 'USD', minInstalment: '25.00', maxTermMonths: 12 },
      contact: { defaultTimeZone: 'America/New_York' },
    }),
    async check(input) {
      const result = validateSettings(input);
      if (!result.ok && !(Array.isArray(result.errors) && result.errors.length > 0)) {
        throw new BoundaryViolation('invalid settings without a message');
      }
    },
  }),
];

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Runs one boundary's check and the pollution probe; used by both runners. */
export async function survives(target: Boundary, input: unknown): Promise<void> {
  await target.check(input);
  expectNoPollution();
}
