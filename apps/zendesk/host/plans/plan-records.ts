/**
 * Accepted plans, their promises and payments as Zendesk custom object records (the
 * `tactful_plan_record` object declared in requirements.json). One object holds three record types
 * so an account on a small plan spends one custom object, not three:
 * - `plan`: external id = planKey; the summary, currency, total and dates of the accepted option;
 * - `promise`: external id = promise id (`<planKey>-<n>`); amount and due date;
 * - `payment`: a payment seen on the account (written by a payment integration or an agent);
 *   amount and `due_date` = the day it was paid.
 * Writes upsert by external id (`PATCH .../records.json?external_id=`), so a retried or repeated
 * accept never creates a second record.
 */
import * as z from 'zod/mini';
import { parseDecimal, toDecimal, type Money } from '../../../../shared/money/money';
import { parsePlainDate, type PlainDate } from '../../../../shared/calendar/calendar';
import type { AcceptedPlan, Payment, PlanOption, PromiseToPay } from '../../../../shared/plans';
import { parseReply, requestWithRetry, type RetryOptions } from '../../../../shared/http';
import { upsertRecord } from '../custom-object-records';
import type { TicketScope } from '../ticket-scope';
import { err, ok, type HttpError, type HttpPort, type Result } from '../../../../shared/ports';

/** The custom object key declared in manifests/zendesk/requirements.json. */
export const planObjectKey = 'tactful_plan_record';

/** The three kinds of record in the plan object. */
export const planRecordTypes = ['plan', 'promise', 'payment'] as const;
export type PlanRecordType = (typeof planRecordTypes)[number];

/** Field values as the records API takes them (strings keep amounts exact). */
export type PlanRecordFields = Record<string, string | number | boolean | null>;

/** What an accepted plan writes: the option, its promises and where it was agreed. */
export interface AcceptedPlanRecord {
  ticketId: number;
  customerId: number;
  /** What the plan record keeps of the option (a promise read from a comment is a one-payment plan). */
  option: Pick<PlanOption, 'total' | 'firstDue' | 'endDate' | 'frequency' | 'count' | 'summary'>;
  accepted: AcceptedPlan;
  /** The customer's comment a promise was read from (`zendesk-comment:<id>`), kept on its promises. */
  source?: string;
  /** The customer's calendar day the plan was accepted. */
  acceptedOn: PlainDate;
  /** The ticket's brand and assigned group when accepted, for the outcomes filters (host/ticket-scope). */
  scope?: TicketScope;
}

/** The brand and group fields of a record; none when the ticket had no brand or group. */
function scopeFields(scope: TicketScope | undefined): PlanRecordFields {
  return {
    ...(scope?.brand === undefined ? {} : { brand_id: scope.brand }),
    ...(scope?.group === undefined ? {} : { group_id: scope.group }),
  };
}

const recordsPath = `/api/v2/custom_objects/${planObjectKey}/records`;

/** Upserts one plan record by external id; its name is the external id. */
function upsert(
  http: HttpPort,
  retry: RetryOptions,
  externalId: string,
  fields: PlanRecordFields,
): Promise<Result<void, HttpError>> {
  return upsertRecord(http, retry, { recordsPath, externalId, name: externalId, fields });
}

/** The record fields of one promise. */
function promiseFields(input: AcceptedPlanRecord, promise: PromiseToPay): PlanRecordFields {
  return {
    record_type: 'promise',
    plan_key: input.accepted.planKey,
    customer_id: String(input.customerId),
    ticket_id: String(input.ticketId),
    amount: toDecimal(promise.amount),
    currency: promise.amount.currency,
    due_date: promise.due,
    channel: promise.channel,
    recorded_by: promise.recordedBy,
    cancelled: false,
    ...(input.source === undefined ? {} : { source: input.source }),
    ...scopeFields(input.scope),
  };
}

/**
 * Writes the promises, then the plan record (the plan record last, so a plan that is visible always
 * has all its promises). Stops at the first failure; calling again finishes the job without
 * duplicates.
 */
export async function recordAcceptedPlan(
  http: HttpPort,
  retry: RetryOptions,
  input: AcceptedPlanRecord,
): Promise<Result<void, HttpError>> {
  for (const promise of input.accepted.promises) {
    const written = await upsert(http, retry, promise.id, promiseFields(input, promise));
    if (!written.ok) return written;
  }
  const { option } = input;
  return upsert(http, retry, input.accepted.planKey, {
    record_type: 'plan',
    plan_key: input.accepted.planKey,
    customer_id: String(input.customerId),
    ticket_id: String(input.ticketId),
    amount: toDecimal(option.total),
    currency: option.total.currency,
    due_date: option.firstDue,
    end_date: option.endDate,
    frequency: option.frequency,
    count: option.count,
    summary: option.summary,
    accepted_on: input.acceptedOn,
    recorded_by: input.accepted.promises[0]?.recordedBy ?? '',
    cancelled: false,
    ...scopeFields(input.scope),
  });
}

const fieldValue = z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()]));
const recordSchema = z.looseObject({
  id: z.string(),
  external_id: z.nullish(z.string()),
  created_at: z.string(),
  custom_object_fields: z.record(z.string(), fieldValue),
});
const searchSchema = z.object({
  custom_object_records: z.array(recordSchema),
  meta: z.optional(z.looseObject({ has_more: z.boolean(), after_cursor: z.nullish(z.string()) })),
});
type RawRecord = z.infer<typeof recordSchema>;

/** The plan the customer is on now, with its promises in due-date order. */
export interface CurrentPlan {
  planKey: string;
  /** The summary as it was agreed, in the customer's language. */
  summary: string;
  acceptedOn?: PlainDate;
  promises: PromiseToPay[];
}

/** What the records say about a customer: the latest plan not cancelled, and every payment. */
export interface CustomerPlans {
  current?: CurrentPlan;
  payments: Payment[];
}

const malformed = (message: string): { ok: false; error: HttpError } =>
  err({ code: 'malformed-reply', message });

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

function moneyOf(record: RawRecord): Result<Money, HttpError> {
  const fields = record.custom_object_fields;
  const currency = text(fields['currency'])?.toUpperCase() ?? '';
  const amount = parseDecimal(text(fields['amount']) ?? '', currency);
  return amount.ok
    ? amount
    : malformed(`Plan record ${record.id} has an amount we cannot read: ${amount.error.message}`);
}

function dateOf(record: RawRecord, field: string): Result<PlainDate, HttpError> {
  const date = parsePlainDate((text(record.custom_object_fields[field]) ?? '').slice(0, 10));
  return date === undefined
    ? malformed(`Plan record ${record.id} has no valid ${field}`)
    : ok(date);
}

/** Every record about the customer, through the filtered search, page by page (at most 20 pages). */
async function searchCustomerRecords(
  http: HttpPort,
  retry: RetryOptions,
  customerId: number,
): Promise<Result<RawRecord[], HttpError>> {
  const records: RawRecord[] = [];
  let after: string | undefined;
  for (let page = 0; page < 20; page += 1) {
    const cursor = after === undefined ? '' : `&page[after]=${encodeURIComponent(after)}`;
    const response = await requestWithRetry(
      http,
      {
        method: 'POST',
        path: `${recordsPath}/search.json?page[size]=100${cursor}`,
        // Zendesk's filter is `$and` / `$or` arrays of comparison objects ("Searching and filtering
        // custom object records", developer.zendesk.com/documentation/custom-data/v2/).
        body: {
          filter: { $and: [{ 'custom_object_fields.customer_id': { $eq: String(customerId) } }] },
        },
        // A search is a read, though sent as POST: a 5xx or a reset connection may be retried.
        repeatable: true,
      },
      retry,
    );
    if (!response.ok) return response;
    const parsed = parseReply(searchSchema, response.value);
    if (!parsed.ok) return parsed;
    records.push(...parsed.value.custom_object_records);
    const next = parsed.value.meta?.has_more ? parsed.value.meta.after_cursor : undefined;
    if (!next) return ok(records);
    after = next;
  }
  return ok(records);
}

/**
 * The customer's current plan (the most recently accepted plan record that is not cancelled) with
 * its promises, and every payment recorded for the customer. A record with an amount or date we
 * cannot read is a `malformed-reply` error, never a silently wrong state.
 */
export async function readCustomerPlans(
  http: HttpPort,
  retry: RetryOptions,
  customerId: number,
): Promise<Result<CustomerPlans, HttpError>> {
  const found = await searchCustomerRecords(http, retry, customerId);
  if (!found.ok) return found;
  const typeOf = (record: RawRecord) => text(record.custom_object_fields['record_type']);
  const live = found.value.filter((record) => record.custom_object_fields['cancelled'] !== true);

  const payments: Payment[] = [];
  for (const record of live.filter((candidate) => typeOf(candidate) === 'payment')) {
    const amount = moneyOf(record);
    if (!amount.ok) return amount;
    const paidOn = dateOf(record, 'due_date');
    if (!paidOn.ok) return paidOn;
    payments.push({ amount: amount.value, paidOn: paidOn.value });
  }

  const plans = live
    .filter((record) => typeOf(record) === 'plan')
    .sort((a, b) =>
      `${text(b.custom_object_fields['accepted_on']) ?? ''}${b.created_at}`.localeCompare(
        `${text(a.custom_object_fields['accepted_on']) ?? ''}${a.created_at}`,
      ),
    );
  const plan = plans[0];
  const planKey = plan ? text(plan.custom_object_fields['plan_key']) : undefined;
  if (plan === undefined || planKey === undefined) return ok({ payments });

  const promises: PromiseToPay[] = [];
  for (const record of found.value) {
    if (typeOf(record) !== 'promise' || text(record.custom_object_fields['plan_key']) !== planKey) {
      continue;
    }
    const amount = moneyOf(record);
    if (!amount.ok) return amount;
    const due = dateOf(record, 'due_date');
    if (!due.ok) return due;
    const promise: PromiseToPay = {
      id: record.external_id ?? record.id,
      amount: amount.value,
      due: due.value,
      channel: text(record.custom_object_fields['channel']) ?? 'zendesk',
      recordedBy: text(record.custom_object_fields['recorded_by']) ?? '',
      ...(record.custom_object_fields['cancelled'] === true ? { cancelled: true } : {}),
    };
    promises.push(promise);
  }
  promises.sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
  const current: CurrentPlan = {
    planKey,
    summary: text(plan.custom_object_fields['summary']) ?? '',
    promises,
  };
  const acceptedOn = parsePlainDate(text(plan.custom_object_fields['accepted_on']) ?? '');
  if (acceptedOn !== undefined) current.acceptedOn = acceptedOn;
  return ok({ current, payments });
}
