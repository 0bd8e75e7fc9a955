/**
 * The two Zendesk REST moves every host reader and writer repeats: a GET whose reply is parsed with
 * zod, and an upsert of one custom object record by external id (`PATCH .../records.json?external_id=`,
 * idempotent, so shared/http may resend it). One place, so the plan, tone and feedback records and
 * the profile and ticket reads cannot drift apart.
 */
import type * as z from 'zod/mini';
import { parseReply, requestWithRetry, type RetryOptions } from '../../../shared/http';
import { ok, type HttpError, type HttpPort, type Result } from '../../../shared/ports';

/** GETs `path` and parses the reply with `schema`. */
export async function getParsed<S extends z.core.$ZodType>(
  http: HttpPort,
  retry: RetryOptions,
  path: string,
  schema: S,
): Promise<Result<z.output<S>, HttpError>> {
  const response = await requestWithRetry(http, { method: 'GET', path }, retry);
  if (!response.ok) return response;
  return parseReply(schema, response.value);
}

/** One custom object record to upsert. */
export interface RecordUpsert {
  /** The object's records path without `.json`, e.g. `/api/v2/custom_objects/<key>/records`. */
  recordsPath: string;
  externalId: string;
  /** What an admin sees in the object's record list. */
  name: string;
  fields: Record<string, unknown>;
  /** Defaults to the external id: the body is the whole record, so resending it changes nothing. */
  idempotencyKey?: string;
}

/** Upserts one record by external id; safe to repeat, so retries may resend it. */
export async function upsertRecord(
  http: HttpPort,
  retry: RetryOptions,
  record: RecordUpsert,
): Promise<Result<void, HttpError>> {
  const response = await requestWithRetry(
    http,
    {
      method: 'PATCH',
      path: `${record.recordsPath}.json?external_id=${encodeURIComponent(record.externalId)}`,
      body: {
        custom_object_record: {
          name: record.name,
          external_id: record.externalId,
          custom_object_fields: record.fields,
        },
      },
      headers: { 'Idempotency-Key': record.idempotencyKey ?? record.externalId },
    },
    retry,
  );
  return response.ok ? ok(undefined) : response;
}
