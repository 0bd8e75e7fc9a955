/**
 * Parsing untrusted history input (CLI stdin, host adapters' mapped records) with zod, into the core
 * types. Failures are values with a readable message naming the field, never exceptions.
 */
import * as z from 'zod/mini';
import { err, ok, type Result } from '../ports';
import type { ContactEvent, Flag } from './events';
import {
  directions,
  eventChannels,
  flagKinds,
  guardChannels,
  outcomes,
  promiseStates,
} from './events';
import type { ContactPurpose, InconvenientTime, QuietHours } from './guards';
import { clockMinutes, isClockTime, isValidTimeZone } from './localTime';
import type { StageDefinition } from './stage';

/** Why input was refused: one line per problem, each naming the field. */
export interface HistoryInputError {
  readonly code: 'invalid-json' | 'invalid-input';
  readonly message: string;
  readonly issues: readonly { readonly path: string; readonly message: string }[];
}

const instant = z.iso.datetime({
  offset: true,
  error: 'expected an ISO 8601 instant with offset or Z',
});
const calendarDate = z.iso.date({ error: 'expected a calendar date YYYY-MM-DD' });
const clock = z
  .string()
  .check(z.refine(isClockTime, 'expected a time of day HH:mm (24:00 allowed as an end)'));

// Account facts have an obvious direction; touches must say theirs.
const defaultDirection: Partial<Record<ContactEvent['channel'], ContactEvent['direction']>> = {
  payment: 'inbound',
  promise: 'inbound',
  plan: 'outbound',
  note: 'outbound',
};

/** One contact event as received; `id` may be left out (the position is used), `outcome` defaults to unknown. */
export const contactEventSchema = z
  .object({
    id: z.optional(z.string().check(z.minLength(1))),
    at: instant,
    channel: z.enum(eventChannels),
    direction: z.optional(z.enum(directions)),
    outcome: z._default(z.enum(outcomes), 'unknown'),
    rightParty: z.optional(z.boolean()),
    who: z.optional(z.string()),
    excerpt: z.optional(z.string().check(z.maxLength(2000))),
    aboutDebt: z.optional(z.boolean()),
    consentToCall: z.optional(z.boolean()),
    promise: z.optional(z.object({ state: z.enum(promiseStates), dueDate: calendarDate })),
  })
  .check(
    z.superRefine((event, ctx) => {
      if (event.direction === undefined && defaultDirection[event.channel] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['direction'],
          message: `a ${event.channel} needs a direction (inbound or outbound)`,
        });
      }
      if (event.channel === 'promise' && event.promise === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['promise'],
          message: 'a promise needs { state, dueDate }',
        });
      }
    }),
  );

/** One flag as received; `source` defaults to `unspecified`. */
export const flagSchema = z.strictObject({
  kind: z.enum(flagKinds),
  since: z.union([calendarDate, instant], {
    error: 'expected a calendar date or an ISO 8601 instant',
  }),
  until: z.optional(
    z.union([calendarDate, instant], { error: 'expected a calendar date or an ISO 8601 instant' }),
  ),
  source: z._default(z.string().check(z.minLength(1)), 'unspecified'),
  reason: z.optional(z.string()),
});

const quietHoursSchema = z
  .object({ start: clock, end: clock })
  .check(
    z.refine(
      (q) => Math.max(480, clockMinutes(q.start)) < Math.min(1260, clockMinutes(q.end)),
      'quiet hours must leave some time between 08:00 and 21:00',
    ),
  );

const inconvenientTimeSchema = z
  .object({
    start: clock,
    end: clock,
    weekdays: z.optional(z.array(z.int().check(z.minimum(1), z.maximum(7)))),
    channels: z.optional(z.array(z.enum(guardChannels))),
  })
  .check(
    z.refine(
      (t) => t.start !== t.end,
      'start and end must differ (use 00:00–24:00 for a whole day)',
    ),
  );

const stagesSchema = z
  .array(z.object({ id: z.string().check(z.minLength(1)), maxDaysPastDue: z.nullable(z.int()) }))
  .check(
    z.minLength(1),
    z.refine(
      (stages) =>
        stages.every((s, i) => {
          const next = stages[i + 1];
          if (next === undefined) return true;
          return (
            s.maxDaysPastDue !== null &&
            (next.maxDaysPastDue === null || next.maxDaysPastDue > s.maxDaysPastDue)
          );
        }),
      'stages must be in ascending order, with only the last one open-ended',
    ),
  );

/** The `tactful history` request (and any host asking for the same computation). */
export const historyRequestSchema = z.strictObject({
  now: instant,
  timeZone: z
    .string()
    .check(z.refine(isValidTimeZone, 'expected an IANA time zone such as America/Chicago')),
  dueDate: z.optional(calendarDate),
  events: z._default(z.array(contactEventSchema), []),
  flags: z._default(z.array(flagSchema), []),
  quietHours: z.optional(quietHoursSchema),
  inconvenientTimes: z.optional(z.array(inconvenientTimeSchema)),
  stages: z.optional(stagesSchema),
  purpose: z.optional(z.enum(['collection', 'cease-confirmation'])),
});

/** A parsed, trusted history request. */
export interface HistoryRequest {
  readonly now: string;
  readonly timeZone: string;
  readonly dueDate?: string;
  readonly events: readonly ContactEvent[];
  readonly flags: readonly Flag[];
  readonly quietHours?: QuietHours;
  readonly inconvenientTimes?: readonly InconvenientTime[];
  readonly stages?: readonly StageDefinition[];
  readonly purpose?: ContactPurpose;
}

type ParsedEvent = z.output<typeof contactEventSchema>;

function toContactEvent(event: ParsedEvent, index: number): ContactEvent {
  const { id, direction, ...rest } = event;
  return {
    id: id ?? `event-${index + 1}`,
    // The schema refused a missing direction wherever there is no default.
    direction: direction ?? defaultDirection[event.channel] ?? 'outbound',
    ...rest,
  };
}

function failure(error: z.core.$ZodError): HistoryInputError {
  const issues = error.issues.map((issue) => ({
    path: issue.path
      .map((part, i) =>
        typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`,
      )
      .join(''),
    message: issue.message,
  }));
  const lines = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  return { code: 'invalid-input', message: lines.join('\n'), issues };
}

/** Parses unknown contact events (e.g. from a host adapter); ids default to `event-<position>`. */
export function parseContactEvents(input: unknown): Result<ContactEvent[], HistoryInputError> {
  const parsed = z.array(contactEventSchema).safeParse(input);
  return parsed.success ? ok(parsed.data.map(toContactEvent)) : err(failure(parsed.error));
}

/** Parses unknown flags (e.g. host user fields or contact properties already mapped to this shape). */
export function parseFlags(input: unknown): Result<Flag[], HistoryInputError> {
  const parsed = z.array(flagSchema).safeParse(input);
  return parsed.success ? ok(parsed.data) : err(failure(parsed.error));
}

/** Parses a whole history request (the CLI's stdin JSON). */
export function parseHistoryRequest(input: unknown): Result<HistoryRequest, HistoryInputError> {
  const parsed = historyRequestSchema.safeParse(input);
  if (!parsed.success) return err(failure(parsed.error));
  const { events, ...rest } = parsed.data;
  return ok({ ...rest, events: events.map(toContactEvent) });
}

/** Parses JSON text into a history request; bad JSON is a value too. */
export function parseHistoryRequestJson(text: string): Result<HistoryRequest, HistoryInputError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'unreadable';
    return err({ code: 'invalid-json', message: `input is not valid JSON: ${detail}`, issues: [] });
  }
  return parseHistoryRequest(value);
}
