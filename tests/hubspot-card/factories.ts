/**
 * Test factories for the HubSpot card: the one place tests get a HubSpot context, SDK actions,
 * contact properties, a backend and the card's services. Mock only the SDK surface (context and
 * actions) and the network (msw, at `testBackendUrl`); everything between is the real card.
 *
 *   const services = createTestServices({ properties: contactProperties({ tactful_balance: '90' }) });
 *   server.use(invoiceBalanceReply({ openInvoices: 0, balanceDue: [] }));
 *   const { render, waitFor, findByTestId } = createRenderer('crm.record.tab');
 *   render(<Card services={services} />);
 */
import { beforeAll, expect, jest } from '@jest/globals';
import type {
  CrmContext,
  FetchCrmObjectPropertiesAction,
  onCrmPropertiesUpdateAction,
  PortalContext,
  UserContext,
} from '@hubspot/ui-extensions';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReactElement } from 'react';
import { z } from 'zod';
import { createBackendClient } from '../../apps/hubspot/card/host/backend-client';
import { createCrmHost, type CrmActions } from '../../apps/hubspot/card/host/crm-host';
import { createFetchTransport } from '../../apps/hubspot/card/host/fetch-transport';
import {
  backendPaths,
  flagWriteRequestSchema,
  type ContactCollections,
  type FlagWriteRequest,
} from '../../apps/hubspot/contract';
import type { CardServices } from '../../apps/hubspot/card/ui/services';
import { defaultSettings } from '../../shared/settings';
import { hubspotFetchRefusal, limitHubSpotFetchReply } from '../../mocks/hubspot/hubspot-fetch';
import { testCardBackendUrl, testCardNow } from '../../mocks/hubspot/language';
import { installShippedModels } from '../../apps/hubspot/server/models/shippedModels';

/**
 * Where the card's backend lives in tests; msw answers here (the tone check and the signals read by
 * default, from mocks/hubspot/language.ts, as the backend answers them).
 */
export const testBackendUrl = testCardBackendUrl;

/** The contact every factory is about, unless overridden. */
export const testContactId = 51;

/** Changes to the default context; nested objects are merged. */
export interface MockContextOverrides {
  location?: CrmContext['location'];
  crm?: Partial<CrmContext['crm']>;
  user?: Partial<UserContext>;
  portal?: Partial<PortalContext>;
}

/** A HubSpot CRM context for a contact record tab: agent en-US, portal in New York. */
export function createMockContext(overrides: MockContextOverrides = {}): CrmContext {
  return {
    location: overrides.location ?? 'crm.record.tab',
    crm: { objectId: testContactId, objectTypeId: '0-1', ...overrides.crm },
    user: {
      id: 7,
      email: 'agent@example.com',
      emails: ['agent@example.com'],
      firstName: 'Alex',
      lastName: 'Agent',
      roles: [],
      teams: [],
      permissions: [],
      locale: 'en-US',
      ...overrides.user,
    },
    portal: { id: 4242, timezone: 'America/New_York', ...overrides.portal },
  };
}

/** Contact property values as HubSpot returns them: a customer who owes $1,250.00 since 1 Nov. */
export function contactProperties(
  overrides: Record<string, string | null> = {},
): Record<string, string | null> {
  return {
    firstname: 'Maria',
    lastname: 'Lopez',
    email: 'maria.lopez@example.com',
    hs_timezone: 'america_slash_chicago',
    hs_language: 'es',
    tactful_balance: '1250.00',
    tactful_currency: 'USD',
    tactful_due_date: '2026-11-01',
    ...overrides,
  };
}

/** Spies for the SDK actions the card uses. */
export interface MockActions extends CrmActions {
  fetchCrmObjectProperties: jest.Mock<FetchCrmObjectPropertiesAction>;
  onCrmPropertiesUpdate: jest.Mock<onCrmPropertiesUpdateAction>;
}

/**
 * SDK actions over a contact record: `fetchCrmObjectProperties` answers with the requested
 * properties from `properties` (missing ones as HubSpot does: absent), or with `reply` when given
 * (to hand the card something malformed, or a rejection).
 */
export function createMockActions(
  properties: Record<string, string | null> = contactProperties(),
  reply?: () => Promise<unknown>,
): MockActions {
  return {
    fetchCrmObjectProperties: jest.fn<FetchCrmObjectPropertiesAction>((names) => {
      // The SDK types the reply as strings; real replies carry nulls too (the card parses both).
      if (reply) return reply() as Promise<Record<string, string>>;
      const requested = names === '*' ? Object.keys(properties) : names;
      const values = Object.fromEntries(
        requested.filter((name) => name in properties).map((name) => [name, properties[name]]),
      );
      return Promise.resolve(values as Record<string, string>);
    }),
    onCrmPropertiesUpdate: jest.fn<onCrmPropertiesUpdateAction>(),
  };
}

/** Options for the card's services in a test. */
export interface TestServicesOptions {
  context?: CrmContext;
  properties?: Record<string, string | null>;
  actions?: MockActions;
  /** The instant the card thinks it is (default 2026-11-25 15:00 UTC). */
  now?: Date;
  /** Backend timeout, shortened in the timeout test. */
  timeoutMs?: number;
}

/** The card's real services over mock SDK actions and a fetch transport msw can see. */
export function createTestServices(options: TestServicesOptions = {}): CardServices {
  const context = options.context ?? createMockContext();
  const actions = options.actions ?? createMockActions(options.properties);
  const now = options.now ?? testCardNow;
  return {
    crm: createCrmHost(context, actions),
    backend: createBackendClient({
      baseUrl: testBackendUrl,
      transport: createFetchTransport(),
      timeoutMs: options.timeoutMs,
    }),
    clock: { now: () => now },
  };
}

/**
 * Loads the language engines' models in the played backend (mocks/hubspot/language.ts) before the
 * file's first test, as the real backend does at startup: each test then waits for its check, not
 * for the rules to compile.
 */
export function loadModelsBeforeAll(): void {
  beforeAll(() => installShippedModels(), 30_000);
}

/** The backend's collections reply for the test contact (the contract's shape), with overrides. */
export function collectionsReply(overrides: Partial<ContactCollections> = {}): ContactCollections {
  return {
    contactId: String(testContactId),
    balance: { amount: '1250.00', currency: 'USD' },
    due: '2026-11-01',
    flags: [],
    invoices: [],
    unreadable: [],
    ...overrides,
  };
}

/** An msw handler answering the collections call with `body` (and `status`, default 200). */
export function collectionsHandler(
  body: JsonBodyType = collectionsReply(),
  init: { status?: number; headers?: Record<string, string> } = {},
) {
  const path = backendPaths.collections('CONTACT').replace('CONTACT', ':contactId');
  return http.get(`${testBackendUrl}${path}`, () => HttpResponse.json(body, init));
}

/** An msw handler at `baseUrl` answering the collections call for any contact, with overrides. */
export function anyContactCollectionsHandler(
  baseUrl: string,
  overrides: Partial<ContactCollections> = {},
) {
  const path = backendPaths.collections('CONTACT').replace('CONTACT', ':contactId');
  return http.get(`${baseUrl}${path}`, ({ params }) =>
    HttpResponse.json(collectionsReply({ contactId: String(params['contactId']), ...overrides })),
  );
}

/** Our backend's URL for a call about the test contact, e.g. `contactUrl(backendPaths.plans)`. */
export const contactUrl = (path: (contactId: string) => string): string =>
  `${testBackendUrl}${path(String(testContactId))}`;

/**
 * An msw handler answering `GET /api/settings` with the portal's `settings` (the defaults unless
 * told), or with the backend's own error when `status` is not 200.
 */
export function settingsHandler(settings: JsonBodyType = { ...defaultSettings }, status = 200) {
  return http.get(`${testBackendUrl}${backendPaths.settings}`, () =>
    HttpResponse.json(
      status === 200
        ? { settings }
        : { error: { code: 'internal', message: 'The settings store is down' } },
      { status },
    ),
  );
}

/** An msw handler answering the test contact's engagements call with `engagements` (none by default). */
export function engagementsHandler(engagements: JsonBodyType[] = []) {
  return http.get(contactUrl(backendPaths.engagements), () => HttpResponse.json({ engagements }));
}

/**
 * An msw handler for the card's flag writes (any contact, any kind): each body must pass the
 * contract and is kept in `writes`; the reply is the contact's flags after it, as the backend's.
 */
export function flagWritesHandler(writes: FlagWriteRequest[]) {
  return http.put(
    `${testBackendUrl}/api/contacts/:contactId/flags/:kind`,
    async ({ request, params }) => {
      const body = flagWriteRequestSchema.parse(await request.json());
      writes.push(body);
      const flag = body.set
        ? { kind: params['kind'], since: body.since, source: body.source, reason: body.reason }
        : undefined;
      return HttpResponse.json({
        flags: flag === undefined ? [] : [flag],
        noteId: '700',
        replayed: false,
      });
    },
  );
}

/**
 * Answers the backend calls the other panels make when the card opens, as an empty portal would:
 * no stored settings and no engagements. For tests about one panel that still render the whole card.
 */
export function emptyPortalHandlers(baseUrl: string = testBackendUrl) {
  const engagements = backendPaths.engagements('CONTACT').replace('CONTACT', ':contactId');
  return [
    http.get(`${baseUrl}${backendPaths.settings}`, () => HttpResponse.json({ settings: {} })),
    http.get(`${baseUrl}${engagements}`, () => HttpResponse.json({ engagements: [] })),
  ];
}

/** `permittedUrls.fetch` of the app as manifests/hubspot declares it (before a build rewrites it). */
function sourcePermittedFetchUrls(): string[] {
  const file = path.join(__dirname, '../../manifests/hubspot/src/app/app-hsmeta.json');
  return z
    .object({ config: z.object({ permittedUrls: z.object({ fetch: z.array(z.string()) }) }) })
    .parse(JSON.parse(readFileSync(file, 'utf8'))).config.permittedUrls.fetch;
}

/** What HubSpot's worker would hand `hubspot.extend`'s callback. */
export type ExtendCallback = (api: {
  context: CrmContext;
  actions: CrmActions;
  runServerlessFunction: () => Promise<never>;
}) => ReactElement;

/**
 * Plays HubSpot's extension worker for the real entry file: marks the global as a HubSpot worker,
 * captures what the entry passes to `hubspot.extend`, and serves `hubspot.fetch` (the worker's
 * `hsFetch`: JSON object bodies, no headers) with global fetch so msw sees the traffic.
 * Call before the first import of `@hubspot/ui-extensions` (it reads these globals on load).
 */
export function installHubSpotWorker(): { extended: () => ExtendCallback } {
  let callback: ExtendCallback | undefined;
  const hsFetch = (url: string, options: { method?: string; body?: object } = {}) => {
    // What hubspot.fetch refuses (mocks/hubspot/hubspot-fetch.ts), against the app's permittedUrls.
    const refusal = hubspotFetchRefusal({ url, ...options }, sourcePermittedFetchUrls());
    if (refusal !== undefined) return Promise.reject(new TypeError(refusal));
    return fetch(url, {
      method: options.method ?? 'GET',
      ...(options.body === undefined
        ? {}
        : { body: JSON.stringify(options.body), headers: { 'content-type': 'application/json' } }),
    }).then(limitHubSpotFetchReply);
  };
  Object.assign(globalThis, {
    self: globalThis,
    __HUBSPOT_EXTENSION_WORKER__: true,
    extend_V2: (render: ExtendCallback) => {
      callback = render;
    },
    hsFetch,
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
  return {
    extended: () => {
      if (!callback) throw new Error('The entry did not call hubspot.extend');
      return callback;
    },
  };
}

/**
 * Loads a real entry file the way HubSpot does: the played worker installed, modules reset (the
 * SDK reads the worker's globals when it loads), then the SDK, its test renderer and `entry`.
 */
export async function loadEntryInWorker(entry: () => Promise<unknown>) {
  const worker = installHubSpotWorker();
  jest.resetModules();
  const components = await import('@hubspot/ui-extensions');
  const { createRenderer } = await import('@hubspot/ui-extensions/testing');
  await entry();
  /** What the entry renders when HubSpot's worker hands it this context and these actions. */
  const openEntry = (
    context: CrmContext = createMockContext(),
    actions: CrmActions = createMockActions(),
  ) =>
    worker.extended()({
      context,
      actions,
      runServerlessFunction: () => Promise.reject(new Error('not used')),
    });
  return { openEntry, components, createRenderer };
}

/** The contact card's entry (TactfulCard.tsx), loaded as HubSpot loads it. */
export const loadCardEntry = () =>
  loadEntryInWorker(() => import('../../apps/hubspot/card/TactfulCard'));

/** The settings page's entry (TactfulSettings.tsx), loaded as HubSpot loads it. */
export const loadSettingsEntry = () =>
  loadEntryInWorker(() => import('../../apps/hubspot/card/settings/TactfulSettings'));

/**
 * Waits until an SDK action was called once. An alert re-renders nothing, so the renderer's waitFor
 * (which looks again only on a render) would never see it: this looks every 10 ms, up to 10 s.
 */
export async function untilCalled(action: { calls: readonly unknown[] }): Promise<void> {
  for (let tries = 0; action.calls.length === 0 && tries < 1_000; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(action.calls).toHaveLength(1);
}

/** The first argument of an SDK action's one call (an alert, say), once it has been called. */
export async function firstCallArgument<Args extends readonly unknown[]>(action: {
  calls: readonly Args[];
}): Promise<Args[0] | undefined> {
  await untilCalled(action);
  return action.calls[0]?.[0];
}

/**
 * How long a card test waits for the card to load: its lazy chunks, its catalog and its backend
 * reads are slow on a machine busy with other suites (ui-extensions' 1 s default failed there).
 * A wait, not a timing test.
 */
export const patiently = { timeoutInMs: 10_000 };
