/**
 * msw handlers that behave like HubSpot's REST API over a {@link HubSpotWorld}: OAuth tokens, CRM
 * objects, associations v4, batch reads and creates, contact properties and groups. Replies have
 * HubSpot's shapes and errors (401 for expired tokens, 400 for bad OAuth codes, 207 for partial batches).
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { SeedRecord } from './seed';
import { associate, type HubSpotWorld, type MockObjectType } from './world';

/** HubSpot's API root, as `@hubspot/api-client` uses it. */
export const hubspotApiBase = 'https://api.hubapi.com';

const objectTypes: readonly MockObjectType[] = [
  'calls',
  'emails',
  'notes',
  'meetings',
  'tasks',
  'invoices',
];

function isObjectType(name: string): name is MockObjectType {
  return (objectTypes as readonly string[]).includes(name);
}

function hubspotError(status: number, category: string, message: string) {
  return HttpResponse.json(
    { status: 'error', category, message, correlationId: 'mock-correlation' },
    { status },
  );
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function stringProperties(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(asRecord(value))) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      out[key] = String(v);
  }
  return out;
}

function pick(record: SeedRecord, names: string[] | undefined) {
  const properties =
    names === undefined
      ? record.properties
      : Object.fromEntries(
          names.filter((n) => n in record.properties).map((n) => [n, record.properties[n]]),
        );
  return {
    id: record.id,
    properties,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-11-25T00:00:00.000Z',
    archived: false,
  };
}

function issueTokens(world: HubSpotWorld) {
  const accessToken = `mock-access-${world.nextId()}`;
  const refreshToken = `mock-refresh-${world.nextId()}`;
  world.accessTokens.set(accessToken, {
    hubId: world.portalId,
    expiresAt: world.now() + world.tokenLifetimeSeconds * 1000,
    scopes: [...world.grantedScopes],
  });
  world.refreshTokens.set(refreshToken, world.portalId);
  return {
    access_token: accessToken,
    refresh_token: refreshToken,
    expires_in: world.tokenLifetimeSeconds,
    token_type: 'bearer',
  };
}

/** Builds the handlers over `world` at `base` (HubSpot's real API root by default). */
export function createHubSpotHandlers(
  world: HubSpotWorld,
  base: string = hubspotApiBase,
): RequestHandler[] {
  const authorised = (request: Request) => {
    const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
    const known = token === undefined ? undefined : world.accessTokens.get(token);
    return known !== undefined && known.expiresAt > world.now();
  };
  /**
   * HubSpot's 403 when the token lacks every scope an endpoint accepts (the alternatives from
   * HubSpot's OpenAPI specs, HubSpot/HubSpot-public-api-spec-collection). The body's exact wording
   * is unverified; its status and category are what our backend reads.
   */
  const missingScope = (request: Request, anyOf: readonly string[]) => {
    const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
    const granted = token === undefined ? [] : (world.accessTokens.get(token)?.scopes ?? []);
    if (anyOf.some((scope) => granted.includes(scope))) return undefined;
    return HttpResponse.json(
      {
        status: 'error',
        category: 'MISSING_SCOPES',
        message: "This app hasn't been granted all required scopes to make this call.",
        correlationId: 'mock-correlation',
        errors: [
          {
            message: 'One or more of the following scopes are required.',
            context: { requiredGranularScopes: anyOf },
          },
        ],
      },
      { status: 403 },
    );
  };
  const log = (request: Request) => {
    world.requests.push(`${request.method} ${new URL(request.url).pathname}`);
  };
  const expired = () =>
    hubspotError(401, 'EXPIRED_AUTHENTICATION', 'The OAuth token used to make this call expired.');

  return [
    http.post(`${base}/oauth/v1/token`, async ({ request }) => {
      log(request);
      const form = new URLSearchParams(await request.text());
      if (
        form.get('client_id') !== world.clientId ||
        form.get('client_secret') !== world.clientSecret
      ) {
        return HttpResponse.json(
          { status: 'BAD_CLIENT_ID', message: 'missing or unknown client id' },
          { status: 400 },
        );
      }
      if (form.get('grant_type') === 'authorization_code') {
        if (!form.get('code') || form.get('code') === 'bad-code') {
          return HttpResponse.json(
            { status: 'BAD_AUTH_CODE', message: 'missing or invalid auth code' },
            { status: 400 },
          );
        }
        return HttpResponse.json(issueTokens(world));
      }
      const refresh = form.get('refresh_token') ?? '';
      if (form.get('grant_type') === 'refresh_token' && world.refreshTokens.has(refresh)) {
        const tokens = issueTokens(world);
        // HubSpot keeps the same refresh token across refreshes.
        world.refreshTokens.delete(tokens.refresh_token);
        return HttpResponse.json({ ...tokens, refresh_token: refresh });
      }
      return HttpResponse.json(
        { status: 'BAD_REFRESH_TOKEN', message: 'missing or unknown refresh token' },
        { status: 400 },
      );
    }),

    http.get(`${base}/oauth/v1/access-tokens/:token`, ({ request, params }) => {
      log(request);
      const info = world.accessTokens.get(String(params.token));
      if (!info) return hubspotError(404, 'OBJECT_NOT_FOUND', 'token not found');
      return HttpResponse.json({
        token: String(params.token),
        user: 'installer@example.com',
        hub_domain: 'tactful-demo.example.com',
        scopes: info.scopes,
        hub_id: info.hubId,
        app_id: 4242,
        expires_in: Math.max(0, Math.round((info.expiresAt - world.now()) / 1000)),
        user_id: 3001,
        token_type: 'access',
      });
    }),

    http.delete(`${base}/oauth/v1/refresh-tokens/:token`, ({ request, params }) => {
      log(request);
      world.refreshTokens.delete(String(params.token));
      return new HttpResponse(null, { status: 204 });
    }),

    // Settings API (user provisioning): who a user is and whether they are a super admin.
    http.get(`${base}/settings/v3/users/:userId`, ({ request, params }) => {
      log(request);
      if (!authorised(request)) return expired();
      const refused = missingScope(request, ['crm.objects.users.read', 'settings.users.read']);
      if (refused) return refused;
      const id = String(params.userId);
      const user = world.users.get(id);
      if (!user) return hubspotError(404, 'OBJECT_NOT_FOUND', 'user not found');
      return HttpResponse.json({
        id,
        email: user.email,
        roleIds: [],
        primaryTeamId: user.teamId ?? '101',
        secondaryTeamIds: [],
        superAdmin: user.superAdmin,
      });
    }),

    http.get(`${base}/crm/v4/objects/:from/:id/associations/:toType`, ({ request, params }) => {
      log(request);
      if (!authorised(request)) return expired();
      const toType = String(params.toType);
      if (!isObjectType(toType))
        return hubspotError(400, 'VALIDATION_ERROR', `unknown type ${toType}`);
      const url = new URL(request.url);
      const limit = Math.min(500, Number(url.searchParams.get('limit') ?? '500'));
      const after = Number(url.searchParams.get('after') ?? '0');
      const all = world.associations.get(String(params.id))?.get(toType) ?? [];
      const slice = all.slice(after, after + limit);
      const next =
        after + limit < all.length
          ? { next: { after: String(after + limit), link: '' } }
          : undefined;
      return HttpResponse.json({
        results: slice.map((link) => ({
          toObjectId: Number(link.id),
          associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: link.typeId, label: null }],
        })),
        ...(next ? { paging: next } : {}),
      });
    }),

    http.post(`${base}/crm/v3/objects/:type/batch/read`, async ({ request, params }) => {
      log(request);
      if (!authorised(request)) return expired();
      const type = String(params.type);
      if (!isObjectType(type)) return hubspotError(400, 'VALIDATION_ERROR', `unknown type ${type}`);
      const refused = missingScope(
        request,
        type === 'invoices'
          ? ['crm.objects.invoices.read']
          : type === 'emails'
            ? ['crm.objects.contacts.read', 'sales-email-read']
            : ['crm.objects.contacts.read'],
      );
      if (refused) return refused;
      const body = asRecord(await request.json());
      const inputs = Array.isArray(body.inputs) ? body.inputs : [];
      if (inputs.length > 100) return hubspotError(400, 'VALIDATION_ERROR', 'at most 100 inputs');
      const names = Array.isArray(body.properties) ? body.properties.map(String) : undefined;
      const ids = inputs.map((input) => String(asRecord(input).id));
      const found = ids.flatMap((id) => {
        const record = world.objects[type].get(id);
        return record ? [pick(record, names)] : [];
      });
      const missing = ids.filter((id) => !world.objects[type].has(id));
      return HttpResponse.json(
        {
          status: 'COMPLETE',
          results: found,
          startedAt: '2026-11-25T00:00:00Z',
          completedAt: '2026-11-25T00:00:01Z',
          ...(missing.length > 0
            ? {
                numErrors: 1,
                errors: [
                  {
                    status: 'error',
                    category: 'OBJECT_NOT_FOUND',
                    message: 'not found',
                    context: { ids: missing },
                  },
                ],
              }
            : {}),
        },
        { status: missing.length > 0 ? 207 : 200 },
      );
    }),

    http.get(`${base}/crm/v3/objects/contacts/:id`, ({ request, params }) => {
      log(request);
      if (!authorised(request)) return expired();
      const contact = world.contacts.get(String(params.id));
      if (!contact) return hubspotError(404, 'OBJECT_NOT_FOUND', 'contact not found');
      const url = new URL(request.url);
      const names = url.searchParams.getAll('properties').flatMap((p) => p.split(','));
      return HttpResponse.json(
        pick(contact, names.length > 0 ? names : ['firstname', 'lastname', 'email']),
      );
    }),

    http.patch(`${base}/crm/v3/objects/contacts/:id`, async ({ request, params }) => {
      log(request);
      if (!authorised(request)) return expired();
      const contact = world.contacts.get(String(params.id));
      if (!contact) return hubspotError(404, 'OBJECT_NOT_FOUND', 'contact not found');
      const updates = stringProperties(asRecord(await request.json()).properties);
      for (const [name, value] of Object.entries(updates)) {
        if (!world.contactProperties.has(name)) {
          return hubspotError(400, 'VALIDATION_ERROR', `Property "${name}" does not exist`);
        }
        if (value === '') delete contact.properties[name];
        else contact.properties[name] = value;
      }
      return HttpResponse.json(pick(contact, Object.keys(updates)));
    }),

    // CRM search (developers.hubspot.com/docs/api-reference/search/guide): filter groups are ORed,
    // the filters inside one ANDed; at most 200 results a page and none past the 10,000th.
    http.post(`${base}/crm/v3/objects/:type/search`, async ({ request, params }) => {
      log(request);
      if (!authorised(request)) return expired();
      const type = String(params.type);
      if (!isObjectType(type)) return hubspotError(400, 'VALIDATION_ERROR', `unknown type ${type}`);
      const body = asRecord(await request.json());
      const limit = Number(body.limit ?? 10);
      const after = Number(body.after ?? 0);
      if (!Number.isInteger(limit) || limit < 1 || limit > 200)
        return hubspotError(400, 'VALIDATION_ERROR', 'limit must be between 1 and 200');
      if (after + limit > 10_000)
        return hubspotError(400, 'VALIDATION_ERROR', 'a search returns at most 10,000 results');
      const groups = Array.isArray(body.filterGroups) ? body.filterGroups.map(asRecord) : [];
      const matches = (record: SeedRecord) =>
        groups.length === 0 ||
        groups.some((group) =>
          (Array.isArray(group.filters) ? group.filters.map(asRecord) : []).every((filter) =>
            searchFilterMatches(record, filter),
          ),
        );
      const names = Array.isArray(body.properties) ? body.properties.map(String) : undefined;
      const found = [...world.objects[type].values()].filter(matches);
      const page = found.slice(after, after + limit);
      return HttpResponse.json({
        total: found.length,
        results: page.map((record) => pick(record, names)),
        ...(after + limit < found.length
          ? { paging: { next: { after: String(after + limit) } } }
          : {}),
      });
    }),

    // Associations v4 batch read: each input object's associated records of `toType`.
    http.post(
      `${base}/crm/v4/associations/:fromType/:toType/batch/read`,
      async ({ request, params }) => {
        log(request);
        if (!authorised(request)) return expired();
        const fromType = String(params.fromType);
        if (!isObjectType(fromType) || String(params.toType) !== 'contacts')
          return hubspotError(400, 'VALIDATION_ERROR', 'unsupported association');
        const inputs = asRecord(await request.json()).inputs;
        const ids = (Array.isArray(inputs) ? inputs : []).map((input) =>
          String(asRecord(input).id),
        );
        if (ids.length > 1000) return hubspotError(400, 'VALIDATION_ERROR', 'at most 1000 inputs');
        const results = ids.map((id) => ({
          from: { id },
          to: [...world.associations.entries()]
            .filter(([, byType]) => (byType.get(fromType) ?? []).some((link) => link.id === id))
            .map(([contactId]) => ({
              toObjectId: Number(contactId),
              associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 204, label: null }],
            })),
        }));
        return HttpResponse.json({ status: 'COMPLETE', results, startedAt: '', completedAt: '' });
      },
    ),

    http.post(`${base}/crm/v3/objects/:type/batch/create`, async ({ request, params }) => {
      log(request);
      if (!authorised(request)) return expired();
      const type = String(params.type);
      if (!isObjectType(type)) return hubspotError(400, 'VALIDATION_ERROR', `unknown type ${type}`);
      const inputs = asRecord(await request.json()).inputs;
      const list = Array.isArray(inputs) ? inputs : [];
      if (list.length > 100) return hubspotError(400, 'VALIDATION_ERROR', 'at most 100 inputs');
      const results = list.map((input) => createRecord(world, type, asRecord(input)));
      return HttpResponse.json(
        { status: 'COMPLETE', results, startedAt: '', completedAt: '' },
        { status: 201 },
      );
    }),

    http.post(`${base}/crm/v3/objects/:type`, async ({ request, params }) => {
      log(request);
      if (!authorised(request)) return expired();
      const type = String(params.type);
      if (!isObjectType(type)) return hubspotError(400, 'VALIDATION_ERROR', `unknown type ${type}`);
      return HttpResponse.json(createRecord(world, type, asRecord(await request.json())), {
        status: 201,
      });
    }),

    http.get(`${base}/crm/v3/properties/contacts/groups/:name`, ({ request, params }) => {
      log(request);
      if (!authorised(request)) return expired();
      const name = String(params.name);
      if (!world.propertyGroups.has(name))
        return hubspotError(404, 'OBJECT_NOT_FOUND', 'group not found');
      return HttpResponse.json({ name, label: name, displayOrder: -1, archived: false });
    }),

    http.post(`${base}/crm/v3/properties/contacts/groups`, async ({ request }) => {
      log(request);
      if (!authorised(request)) return expired();
      const refused = missingScope(request, ['crm.schemas.contacts.write']);
      if (refused) return refused;
      const body = asRecord(await request.json());
      const name = String(body.name);
      if (world.propertyGroups.has(name))
        return hubspotError(409, 'OBJECT_ALREADY_EXISTS', 'group exists');
      world.propertyGroups.add(name);
      return HttpResponse.json({ ...body, archived: false }, { status: 201 });
    }),

    http.get(`${base}/crm/v3/properties/contacts`, ({ request }) => {
      log(request);
      if (!authorised(request)) return expired();
      return HttpResponse.json({ results: [...world.contactProperties.values()] });
    }),

    http.post(`${base}/crm/v3/properties/contacts/batch/create`, async ({ request }) => {
      log(request);
      if (!authorised(request)) return expired();
      const refused = missingScope(request, ['crm.schemas.contacts.write']);
      if (refused) return refused;
      const inputs = asRecord(await request.json()).inputs;
      const results = (Array.isArray(inputs) ? inputs : []).map((input) => {
        const definition = asRecord(input);
        world.contactProperties.set(String(definition.name), definition);
        return definition;
      });
      return HttpResponse.json({ status: 'COMPLETE', results }, { status: 201 });
    }),
  ];
}

/** One search filter: EQ, GTE, LTE, or CONTAINS_TOKEN (a whole word, any case). */
function searchFilterMatches(record: SeedRecord, filter: Record<string, unknown>): boolean {
  const value = record.properties[String(filter.propertyName)];
  const wanted = String(filter.value ?? '');
  if (value === undefined) return false;
  switch (filter.operator) {
    case 'EQ':
      return value === wanted;
    case 'GTE':
      return value >= wanted;
    case 'LTE':
      return value <= wanted;
    case 'CONTAINS_TOKEN':
      return value
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .includes(wanted.toLowerCase());
    default:
      return false;
  }
}

function createRecord(world: HubSpotWorld, type: MockObjectType, input: Record<string, unknown>) {
  // HubSpot stamps every record it creates with hs_createdate.
  const record: SeedRecord = {
    id: world.nextId(),
    properties: {
      hs_createdate: new Date(world.now()).toISOString(),
      ...stringProperties(input.properties),
    },
  };
  world.objects[type].set(record.id, record);
  const associations = Array.isArray(input.associations) ? input.associations : [];
  for (const association of associations) {
    const to = String(asRecord(asRecord(association).to).id);
    const types = asRecord(association).types;
    const typeId = Array.isArray(types) ? Number(asRecord(types[0]).associationTypeId) : 0;
    associate(world, to, type, record.id, typeId);
  }
  return pick(record, undefined);
}
