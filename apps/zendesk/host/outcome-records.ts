/**
 * What the outcomes page reads in Zendesk (issue 17): every plan, promise and payment record
 * (`tactful_plan_record`) and every tone day record (`tactful_tone_event`, tone and guard counts), listed with cursor
 * pagination (100 a page, each page retried within bounds), as outcome records for the core. Read
 * once while the page is open (`cachedOutcomeRecords`). Plan and promise records name the agent who
 * recorded them and, since the sidebar writes them, the ticket's brand and group (`brand_id`,
 * `group_id`): the brand and team filters narrow by those. Older records without them count under
 * "all" only.
 */
import * as z from 'zod/mini';
import { parsePlainDate, type PlainDate } from '../../../shared/calendar/calendar';
import { fetchAllPages, type PageOptions } from '../../../shared/http';
import { parseDecimal } from '../../../shared/money/money';
import {
  emptyOutcomeRecordLists,
  outcomeDaysOf,
  readToneEventFields,
  toneEventRecordsPath,
  type OutcomeRecordLists,
  type ToneDayCounts,
} from '../../../shared/outcomes';
import { err, ok, type HttpError, type HttpPort, type Result } from '../../../shared/ports';
import { planObjectKey } from './plans/plan-records';
import { withZendeskCursor, zendeskCursorFields, zendeskNextPath } from './zendesk-cursor';

const listing = z.object({
  custom_object_records: z.array(
    z.looseObject({
      id: z.string(),
      external_id: z.nullish(z.string()),
      created_at: z.string(),
      custom_object_fields: z.record(z.string(), z.unknown()),
    }),
  ),
  ...zendeskCursorFields,
});
type RawRecord = z.infer<typeof listing>['custom_object_records'][number];

/** Every record of one object, page by page. */
async function listRecords(
  http: HttpPort,
  path: string,
  options: PageOptions & { maxPages?: number },
): Promise<Result<RawRecord[], HttpError>> {
  const pages = await fetchAllPages(
    http,
    withZendeskCursor(`${path}.json`),
    listing,
    zendeskNextPath,
    options,
  );
  return pages.ok ? ok(pages.value.flatMap((page) => page.custom_object_records)) : pages;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** Adds one plan object record to `into`, or says what is wrong with it. */
function addPlanRecord(
  record: RawRecord,
  into: OutcomeRecordLists,
  acceptedOn: Map<string, PlainDate>,
): string | undefined {
  const fields = record.custom_object_fields;
  const type = text(fields['record_type']);
  const customerRef = text(fields['customer_id']) ?? '';
  const agent = text(fields['recorded_by']) ?? '';
  const team = text(fields['group_id']);
  const brandOrOwner = text(fields['brand_id']);
  const scope = {
    agent,
    ...(team === undefined ? {} : { team }),
    ...(brandOrOwner === undefined ? {} : { brandOrOwner }),
  };
  const currency = text(fields['currency'])?.toUpperCase() ?? '';
  const date = parsePlainDate((text(fields['due_date']) ?? '').slice(0, 10));
  const cancelled = fields['cancelled'] === true;
  if (date === undefined) return 'no valid due_date';
  if (type === 'plan') {
    const accepted = parsePlainDate(text(fields['accepted_on']) ?? '') ?? date;
    const count = Number(fields['count']);
    const planKey = text(fields['plan_key']) ?? record.external_id ?? record.id;
    if (!Number.isInteger(count) || count < 1) return 'no valid count';
    into.plans.push({
      planKey,
      customerRef,
      ...scope,
      acceptedOn: accepted,
      firstDue: date,
      count,
      currency,
      cancelled,
    });
    return undefined;
  }
  const amount = parseDecimal(text(fields['amount']) ?? '', currency);
  if (!amount.ok) return amount.error.message;
  if (type === 'payment') {
    if (!cancelled) into.payments.push({ customerRef, amount: amount.value, paidOn: date });
    return undefined;
  }
  if (type === 'promise') {
    const planKey = text(fields['plan_key']);
    // A promise is made when its plan is accepted; a one-off promise, the day it was written.
    const madeOn =
      (planKey === undefined ? undefined : acceptedOn.get(planKey)) ??
      parsePlainDate(record.created_at.slice(0, 10)) ??
      date;
    into.promises.push({
      id: record.external_id ?? record.id,
      ...(planKey === undefined ? {} : { planKey }),
      customerRef,
      ...scope,
      amount: amount.value,
      due: date,
      madeOn,
      cancelled,
    });
    return undefined;
  }
  return `unknown record_type ${type ?? ''}`;
}

/** Every outcome record the account holds, or the first record it cannot read. */
export async function readOutcomeRecords(
  http: HttpPort,
  options: PageOptions & { maxPages?: number },
): Promise<Result<OutcomeRecordLists, HttpError>> {
  const plans = await listRecords(http, `/api/v2/custom_objects/${planObjectKey}/records`, options);
  if (!plans.ok) return plans;
  const tone = await listRecords(http, toneEventRecordsPath, options);
  if (!tone.ok) return tone;
  const into = emptyOutcomeRecordLists();
  const acceptedOn = new Map<string, PlainDate>();
  for (const record of plans.value) {
    const fields = record.custom_object_fields;
    const accepted = parsePlainDate(text(fields['accepted_on']) ?? '');
    const planKey = text(fields['plan_key']);
    if (text(fields['record_type']) === 'plan' && accepted && planKey)
      acceptedOn.set(planKey, accepted);
  }
  for (const record of plans.value) {
    const problem = addPlanRecord(record, into, acceptedOn);
    if (problem !== undefined) {
      return err({ code: 'malformed-reply', message: `Plan record ${record.id}: ${problem}` });
    }
  }
  const days: ToneDayCounts[] = [];
  for (const record of tone.value) {
    const day = readToneEventFields(record.custom_object_fields);
    if (!day.ok)
      return err({ code: 'malformed-reply', message: `Tone day ${record.id}: ${day.error}` });
    days.push(day.value);
  }
  const { toneDays, guardDays } = outcomeDaysOf(days);
  into.toneDays.push(...toneDays);
  into.guardDays.push(...guardDays);
  return ok(into);
}

/**
 * The account's outcome records, read once while the page is open: later calls share the first
 * read (a failed read is forgotten, so a retry reads again).
 */
export function cachedOutcomeRecords(
  http: HttpPort,
  options: PageOptions & { maxPages?: number },
): () => Promise<Result<OutcomeRecordLists, HttpError>> {
  let pending: Promise<Result<OutcomeRecordLists, HttpError>> | undefined;
  return () => {
    pending ??= readOutcomeRecords(http, options).then((result) => {
      if (!result.ok) pending = undefined;
      return result;
    });
    return pending;
  };
}
