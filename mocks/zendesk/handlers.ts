/**
 * msw handlers that behave like Zendesk's Support REST API over a {@link ZendeskWorld}: users,
 * tickets, requested tickets and comments with cursor pagination (`page[size]`, `page[after]`,
 * `meta.has_more`, `links.next`), and custom object records of the objects requirements.json
 * declares (other objects, unknown fields and wrong values are refused). Errors have Zendesk's shapes.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { cursorPage } from './cursor-page';
import { isDeclaredObject, refuseRecordFields } from './custom-objects';
import type { SeedTicket } from './seed';
import type { CustomObjectRecord, ZendeskWorld } from './world';

/** Any account's API root: `https://<subdomain>.zendesk.com/api/v2`. */
export const zendeskApiPattern = 'https://*.zendesk.com/api/v2';

function notFound() {
  return HttpResponse.json({ error: 'RecordNotFound', description: 'Not found' }, { status: 404 });
}

function invalid(description: string) {
  return HttpResponse.json({ error: 'RecordInvalid', description }, { status: 422 });
}

/**
 * Sorts a cursor page may use on ticket lists: `updated_at`, `id`, `status`, `-` for descending; any
 * other is `400 InvalidPaginationParameter "sort is not valid"`. Source: Zendesk's PHP API client
 * upgrade guide (github.com/zendesk/zendesk_api_client_php, "CBP ordering"), which cites
 * developer.zendesk.com/api-reference/ticketing/tickets/tickets/#sorting.
 */
const ticketCursorSorts = /^-?(updated_at|id|status)$/;
/** Sorts on a ticket's comments: `created_at` or `-created_at` (unverified: no Zendesk source found). */
const commentSorts = /^-?created_at$/;

function invalidSort() {
  return HttpResponse.json(
    { error: 'InvalidPaginationParameter', description: 'sort is not valid' },
    { status: 400 },
  );
}

function sortTickets(tickets: SeedTicket[], sort: string | null): SeedTicket[] {
  const field = sort?.replace(/^-/, '') === 'updated_at' ? 'updated_at' : 'created_at';
  const direction = sort?.startsWith('-') ? -1 : 1;
  return [...tickets].sort((a, b) => direction * (a[field].localeCompare(b[field]) || a.id - b.id));
}

const fieldValue = (value: unknown): value is string | number | boolean | null =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** Handlers over `world`; every request is logged in `world.requests`. */
export function createZendeskHandlers(world: ZendeskWorld): RequestHandler[] {
  const log = (request: Request) => {
    const url = new URL(request.url);
    world.requests.push(`${request.method} ${url.pathname}${url.search}`);
  };
  const api = zendeskApiPattern;
  return [
    // List Brands: one page holds up to 100 brands, more than an account uses for collections.
    http.get(`${api}/brands.json`, ({ request }) => {
      log(request);
      return HttpResponse.json({
        brands: world.brands,
        next_page: null,
        count: world.brands.length,
      });
    }),
    http.get(`${api}/users/:id.json`, ({ request, params }) => {
      log(request);
      const user = world.users.get(Number(params['id']));
      return user ? HttpResponse.json({ user }) : notFound();
    }),

    http.put(`${api}/users/:id.json`, async ({ request, params }) => {
      log(request);
      const user = world.users.get(Number(params['id']));
      if (!user) return notFound();
      const body: unknown = await request.json().catch(() => undefined);
      const update =
        typeof body === 'object' && body !== null && 'user' in body ? body.user : undefined;
      if (typeof update !== 'object' || update === null) return invalid('Expected {"user": {...}}');
      if ('user_fields' in update && typeof update.user_fields === 'object' && update.user_fields) {
        for (const [key, value] of Object.entries(update.user_fields)) {
          if (!fieldValue(value)) return invalid(`user_fields.${key} must be a scalar`);
          user.user_fields[key] = value;
        }
      }
      user.updated_at = new Date().toISOString();
      return HttpResponse.json({ user });
    }),

    http.get(`${api}/users/:id/tickets/requested.json`, ({ request, params }) => {
      log(request);
      const id = Number(params['id']);
      if (!world.users.has(id)) return notFound();
      const sort = new URL(request.url).searchParams.get('sort');
      if (sort !== null && !ticketCursorSorts.test(sort)) return invalidSort();
      const tickets = sortTickets(
        [...world.tickets.values()].filter((ticket) => ticket.requester_id === id),
        sort,
      );
      return cursorPage(request, 'tickets', tickets);
    }),

    http.get(`${api}/tickets/:id.json`, ({ request, params }) => {
      log(request);
      const ticket = world.tickets.get(Number(params['id']));
      return ticket ? HttpResponse.json({ ticket }) : notFound();
    }),

    http.get(`${api}/tickets/:id/comments.json`, ({ request, params }) => {
      log(request);
      const id = Number(params['id']);
      if (!world.tickets.has(id)) return notFound();
      const comments = world.comments.filter((comment) => comment.ticket_id === id);
      const sort = new URL(request.url).searchParams.get('sort');
      if (sort !== null && !commentSorts.test(sort)) return invalidSort();
      if (sort === '-created_at') comments.reverse();
      return cursorPage(request, 'comments', comments);
    }),

    http.get(`${api}/custom_objects/:key/records.json`, ({ request, params }) => {
      log(request);
      // Only the objects requirements.json declares exist in an account with Tactful installed.
      if (!isDeclaredObject(String(params['key']))) return notFound();
      const records = world.customObjectRecords.get(String(params['key'])) ?? [];
      const externalId = new URL(request.url).searchParams.get('external_id');
      if (externalId !== null) {
        const record = records.find((candidate) => candidate.external_id === externalId);
        return record ? HttpResponse.json({ custom_object_record: record }) : notFound();
      }
      return cursorPage(request, 'custom_object_records', records);
    }),

    // Create (POST) and upsert by external id (PATCH ?external_id=), as Zendesk offers both.
    ...(['post', 'patch'] as const).map((method) =>
      http[method](`${api}/custom_objects/:key/records.json`, async ({ request, params }) => {
        log(request);
        const key = String(params['key']);
        if (!isDeclaredObject(key)) return notFound();
        const body: unknown = await request.json().catch(() => undefined);
        const input =
          typeof body === 'object' && body !== null && 'custom_object_record' in body
            ? body.custom_object_record
            : undefined;
        if (typeof input !== 'object' || input === null) {
          return invalid('Expected {"custom_object_record": {...}}');
        }
        const externalId =
          new URL(request.url).searchParams.get('external_id') ??
          ('external_id' in input && typeof input.external_id === 'string'
            ? input.external_id
            : null);
        const fields: CustomObjectRecord['custom_object_fields'] = {};
        if ('custom_object_fields' in input && typeof input.custom_object_fields === 'object') {
          for (const [name, value] of Object.entries(input.custom_object_fields ?? {})) {
            if (!fieldValue(value)) return invalid(`custom_object_fields.${name} must be a scalar`);
            fields[name] = value;
          }
        }
        // Unknown fields, wrong types, values a dropdown or regexp does not allow: 422 as Zendesk.
        const refusal = refuseRecordFields(key, fields);
        if (refusal !== undefined) return invalid(refusal);
        const records = world.customObjectRecords.get(key) ?? [];
        world.customObjectRecords.set(key, records);
        const existing = externalId
          ? records.find((record) => record.external_id === externalId)
          : undefined;
        const now = new Date().toISOString();
        if (existing) {
          if (method === 'post') return invalid('External id has already been taken');
          Object.assign(existing.custom_object_fields, fields);
          existing.updated_at = now;
          return HttpResponse.json({ custom_object_record: existing });
        }
        const record: CustomObjectRecord = {
          id: String(world.nextId()),
          name: 'name' in input && typeof input.name === 'string' ? input.name : key,
          external_id: externalId,
          custom_object_key: key,
          custom_object_fields: fields,
          created_at: now,
          updated_at: now,
        };
        records.push(record);
        return HttpResponse.json({ custom_object_record: record }, { status: 201 });
      }),
    ),
  ];
}
