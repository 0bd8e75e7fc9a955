/**
 * Tone events in Zendesk (issue 17): on each send, the agent's record for the day in the
 * `tactful_tone_event` custom object is read by external id, the send added (a send it already
 * holds is not counted again) and the record upserted by the same external id. One record per agent
 * per day, never one per save; counts only (fields in shared/outcomes/zendesk-tone-event.ts). The
 * contact guards' counts go on the same record (`recordDayEvent` writes both).
 */
import { parseReply, requestWithRetry, type RetryOptions } from '../../../shared/http';
import {
  addDayEvent,
  dayEventId,
  readToneEventFields,
  toneDayKey,
  toneEventRecordFields,
  toneEventRecordsPath,
  type DayEvent,
  type ToneDayCounts,
} from '../../../shared/outcomes';
import { upsertRecord } from './custom-object-records';
import { err, ok, type HttpError, type HttpPort, type Result } from '../../../shared/ports';
import { getValues, type HostError, type ZafClient } from './zaf-client';
import {
  ticketScopeFields,
  ticketScopeOf,
  ticketScopePaths,
  type TicketScope,
} from './ticket-scope';
import * as z from 'zod/mini';

const recordReply = z.object({
  custom_object_record: z.looseObject({ custom_object_fields: z.record(z.string(), z.unknown()) }),
});

/** The day's stored counts, undefined when the agent has no record for that day yet. */
async function readDay(
  http: HttpPort,
  retry: RetryOptions,
  key: string,
): Promise<Result<ToneDayCounts | undefined, HttpError>> {
  const response = await requestWithRetry(
    http,
    { method: 'GET', path: `${toneEventRecordsPath}.json?external_id=${encodeURIComponent(key)}` },
    retry,
  );
  if (!response.ok) return response.error.code === 'not-found' ? ok(undefined) : response;
  const parsed = parseReply(recordReply, response.value);
  if (!parsed.ok) return parsed;
  const day = readToneEventFields(parsed.value.custom_object_record.custom_object_fields);
  return day.ok
    ? ok(day.value)
    : err({ code: 'malformed-reply', message: `Tone day ${key}: ${day.error}` });
}

/**
 * This sidebar's day writes, one after another: a reply's tone send and its contact against a guard
 * change the same record at the same moment, and two interleaved read-modify-writes would lose one.
 */
let dayWrites: Promise<unknown> = Promise.resolve();

/**
 * Adds a tone send, a guard's "not now" or a contact against a guard to its agent's day record (one
 * record holds them all): reads the record, adds the event and upserts it by the day's external id,
 * after this sidebar's earlier day writes. Safe to repeat: nothing is written when the day already
 * counted the event.
 */
export function recordDayEvent(
  http: HttpPort,
  retry: RetryOptions,
  event: DayEvent,
): Promise<Result<void, HttpError>> {
  const written = dayWrites.then(() => writeDay(http, retry, event));
  dayWrites = written.catch(() => undefined);
  return written;
}

async function writeDay(
  http: HttpPort,
  retry: RetryOptions,
  event: DayEvent,
): Promise<Result<void, HttpError>> {
  const key = toneDayKey(event.agent, event.date);
  const stored = await readDay(http, retry, key);
  if (!stored.ok) return stored;
  const { day, unchanged } = addDayEvent(stored.value, event);
  if (unchanged) return ok(undefined);
  return upsertRecord(http, retry, {
    recordsPath: toneEventRecordsPath,
    externalId: key,
    name: key,
    fields: toneEventRecordFields(day),
    // The body holds the whole day with this event's id, so resending it cannot count it twice.
    idempotencyKey: `${key}-${dayEventId(event)}`,
  });
}

const sendScopeReply = z.object({
  'currentUser.id': z.union([z.number(), z.string()]),
  'ticket.id': z.nullish(z.union([z.number(), z.string()])),
  ...ticketScopeFields,
});

/**
 * Who sent a reply and where: the agent, the ticket (none while new), the ticket's brand and the
 * group it is assigned to at the save (the team the day counts under).
 */
export async function readSendScope(
  client: ZafClient,
): Promise<Result<{ agent: string; ticketId?: string } & TicketScope, HostError>> {
  const reply = await getValues(
    client,
    ['currentUser.id', 'ticket.id', ...ticketScopePaths],
    sendScopeReply,
  );
  if (!reply.ok) return reply;
  const ticketId = reply.value['ticket.id'];
  return ok({
    agent: String(reply.value['currentUser.id']),
    ...(ticketId === null || ticketId === undefined ? {} : { ticketId: String(ticketId) }),
    ...ticketScopeOf(reply.value),
  });
}
