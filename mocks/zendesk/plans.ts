/**
 * msw handlers for what the plan panel needs beyond the account's own handlers: the filtered
 * search of custom object records (`POST /custom_objects/{key}/records/search.json` with
 * `filter: {"custom_object_fields.<field>": {"$eq": value}}`, cursor pages) and ticket updates with
 * `safe_update` (409 when `updated_stamp` is not the ticket's `updated_at`), over a ZendeskWorld.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { isDeclaredObject } from './custom-objects';
import { zendeskApiPattern } from './handlers';
import type { CustomObjectRecord, ZendeskWorld } from './world';

const invalid = (description: string) =>
  HttpResponse.json({ error: 'RecordInvalid', description }, { status: 422 });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when `record` matches every `custom_object_fields.<field>: {$eq: value}` condition. */
function matches(record: CustomObjectRecord, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([path, condition]) => {
    const field = /^custom_object_fields\.(.+)$/.exec(path)?.[1];
    if (field === undefined || !isObject(condition) || !('$eq' in condition)) return false;
    return String(record.custom_object_fields[field]) === String(condition['$eq']);
  });
}

/** Ticket fields the plan panel sets that the seed ticket type does not model. */
export interface PlanTicketExtras {
  type?: string;
  due_at?: string;
}

/**
 * Handlers over `world`. `ticketExtras` collects `type`/`due_at` written to tickets so tests can see
 * them. Every request is logged in `world.requests`, like the account's own handlers.
 */
export function createPlanHandlers(
  world: ZendeskWorld,
  ticketExtras: Map<number, PlanTicketExtras> = new Map(),
): RequestHandler[] {
  const api = zendeskApiPattern;
  const log = (request: Request) => {
    const url = new URL(request.url);
    world.requests.push(`${request.method} ${url.pathname}${url.search}`);
  };
  return [
    http.post(`${api}/custom_objects/:key/records/search.json`, async ({ request, params }) => {
      log(request);
      if (!isDeclaredObject(String(params['key']))) {
        return HttpResponse.json({ error: 'RecordNotFound' }, { status: 404 });
      }
      const body: unknown = await request.json().catch(() => undefined);
      const filter = isObject(body) && isObject(body['filter']) ? body['filter'] : undefined;
      if (filter === undefined) return invalid('Expected {"filter": {...}}');
      const url = new URL(request.url);
      const size = Number(url.searchParams.get('page[size]') ?? '100');
      const after = Number(url.searchParams.get('page[after]') ?? '0');
      if (!Number.isInteger(size) || size < 1 || size > 100 || !Number.isInteger(after)) {
        return HttpResponse.json({ error: 'InvalidPaginationParameter' }, { status: 400 });
      }
      const all = (world.customObjectRecords.get(String(params['key'])) ?? []).filter((record) =>
        matches(record, filter),
      );
      const page = all.slice(after, after + size);
      const hasMore = after + size < all.length;
      return HttpResponse.json({
        custom_object_records: page,
        meta: { has_more: hasMore, after_cursor: hasMore ? String(after + size) : null },
        count: all.length,
      });
    }),

    http.put(`${api}/tickets/:id.json`, async ({ request, params }) => {
      log(request);
      const id = Number(params['id']);
      const ticket = world.tickets.get(id);
      if (!ticket) {
        return HttpResponse.json({ error: 'RecordNotFound' }, { status: 404 });
      }
      const body: unknown = await request.json().catch(() => undefined);
      const update = isObject(body) && isObject(body['ticket']) ? body['ticket'] : undefined;
      if (update === undefined) return invalid('Expected {"ticket": {...}}');
      if (update['safe_update'] === true && update['updated_stamp'] !== ticket.updated_at) {
        return HttpResponse.json(
          {
            error: 'UpdateConflict',
            description:
              'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.',
          },
          { status: 409 },
        );
      }
      const strings = (value: unknown): string[] =>
        Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];
      const removed = new Set(strings(update['remove_tags']));
      ticket.tags = [
        ...new Set(
          [...ticket.tags, ...strings(update['additional_tags'])].filter(
            (tag) => !removed.has(tag),
          ),
        ),
      ];
      const extras = ticketExtras.get(id) ?? {};
      if (typeof update['type'] === 'string') extras.type = update['type'];
      if (typeof update['due_at'] === 'string') extras.due_at = update['due_at'];
      ticketExtras.set(id, extras);
      // Zendesk's updated_at has one-second precision; a later second keeps stamps distinct.
      const previous = Date.parse(ticket.updated_at);
      ticket.updated_at = new Date(Math.max(Date.now(), previous + 1000)).toISOString();
      return HttpResponse.json({ ticket: { ...ticket, ...extras } });
    }),
  ];
}
