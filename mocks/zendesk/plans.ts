/**
 * msw handlers for what the plan panel needs beyond the account's own handlers: the filtered
 * search of custom object records (`POST /custom_objects/{key}/records/search.json` with
 * `filter: {"$and": [{"custom_object_fields.<field>": {"$eq": value}}]}`, cursor pages) and ticket updates with
 * `safe_update` (409 when `updated_stamp` is not the ticket's `updated_at`), over a ZendeskWorld.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { z } from 'zod';
import { isDeclaredField, isDeclaredObject } from './custom-objects';
import { zendeskApiPattern } from './handlers';
import type { CustomObjectRecord, ZendeskWorld } from './world';

const invalid = (description: string) =>
  HttpResponse.json({ error: 'RecordInvalid', description }, { status: 422 });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A filtered search's `filter`, as Zendesk documents it ("Searching and filtering custom object
 * records", developer.zendesk.com/documentation/custom-data/v2/searching-custom-object-records): an
 * object of `$and` and/or `$or` arrays of comparison objects, each one field (`custom_object_fields.
 * <key>` or a standard field) with one operator. Anything else is refused, as a bare comparison at the
 * top level (what Tactful once sent) would be by Zendesk; the status Zendesk answers it with is
 * unverified, so the mock answers 400 with a description. The mock evaluates `$eq` and `$noteq` only.
 */
const comparisonSchema = z
  .record(z.string(), z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])))
  .refine((comparison) => Object.keys(comparison).length === 1, 'one field per comparison');
const filterSchema = z
  .object({ $and: z.array(comparisonSchema).min(1), $or: z.array(comparisonSchema).min(1) })
  .partial()
  .strict()
  .refine((filter) => filter.$and !== undefined || filter.$or !== undefined, 'needs $and or $or');
type Comparison = z.infer<typeof comparisonSchema>;

const standardFields = new Set(['name', 'external_id', 'created_at', 'updated_at']);

/** Why the mock will not evaluate this comparison, or undefined when it can. */
function refuseComparison(objectKey: string, comparison: Comparison): string | undefined {
  for (const [path, condition] of Object.entries(comparison)) {
    const field = /^custom_object_fields\.(.+)$/.exec(path)?.[1];
    if (field === undefined ? !standardFields.has(path) : !isDeclaredField(objectKey, field)) {
      return `Unknown field ${path} for custom object ${objectKey}`;
    }
    const operators = Object.keys(condition);
    if (operators.length !== 1 || !['$eq', '$noteq'].includes(operators[0] ?? '')) {
      return `Unsupported operator in ${path}: ${operators.join(', ')}`;
    }
  }
  return undefined;
}

function value(record: CustomObjectRecord, path: string): string {
  const field = /^custom_object_fields\.(.+)$/.exec(path)?.[1];
  if (field !== undefined) return String(record.custom_object_fields[field]);
  const standard: Record<string, unknown> = { ...record };
  return String(standard[path]);
}

function holds(record: CustomObjectRecord, comparison: Comparison): boolean {
  return Object.entries(comparison).every(([path, condition]) => {
    const actual = value(record, path);
    if ('$eq' in condition) return actual === String(condition['$eq']);
    return actual !== String(condition['$noteq']);
  });
}

/** True when `record` matches every `$and` comparison and, if any, at least one `$or` comparison. */
function matches(record: CustomObjectRecord, filter: z.infer<typeof filterSchema>): boolean {
  const all = (filter.$and ?? []).every((comparison) => holds(record, comparison));
  const any =
    filter.$or === undefined || filter.$or.some((comparison) => holds(record, comparison));
  return all && any;
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
      const key = String(params['key']);
      const body: unknown = await request.json().catch(() => undefined);
      const parsed = filterSchema.safeParse(isObject(body) ? body['filter'] : undefined);
      if (!parsed.success) {
        return HttpResponse.json(
          {
            error: 'InvalidFilter',
            description: `Expected {"filter": {"$and": [...]} or {"$or": [...]}}: ${parsed.error.issues[0]?.message ?? ''}`,
          },
          { status: 400 },
        );
      }
      const filter = parsed.data;
      const refusal = [...(filter.$and ?? []), ...(filter.$or ?? [])]
        .map((comparison) => refuseComparison(key, comparison))
        .find((reason) => reason !== undefined);
      if (refusal !== undefined) {
        return HttpResponse.json({ error: 'InvalidFilter', description: refusal }, { status: 400 });
      }
      const url = new URL(request.url);
      const size = Number(url.searchParams.get('page[size]') ?? '100');
      const after = Number(url.searchParams.get('page[after]') ?? '0');
      if (!Number.isInteger(size) || size < 1 || size > 100 || !Number.isInteger(after)) {
        return HttpResponse.json({ error: 'InvalidPaginationParameter' }, { status: 400 });
      }
      const all = (world.customObjectRecords.get(key) ?? []).filter((record) =>
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
