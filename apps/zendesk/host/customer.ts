/**
 * Reads the ticket's requester as a collections customer: who they are (through `client.get`), and
 * their balance, currency, due date and contact flags from the fields the admin mapped (user fields
 * through `/api/v2/users/{id}.json`, ticket fields through `client.get`).
 */
import * as z from 'zod/mini';
import { isValidTimeZone, parsePlainDate } from '../../../shared/calendar/calendar';
import { parseReply, requestWithRetry, type RetryOptions } from '../../../shared/http';
import { parseDecimal, type Money } from '../../../shared/money/money';
import { err, ok, type HttpError, type HttpPort, type Result } from '../../../shared/ports';
import type { FieldRef, ShellSettings } from './settings';
import { userPath } from './user-paths';
import { getValues, type HostError, type ZafClient } from './zaf-client';

/** The customer behind a ticket, in core terms. */
export interface CustomerAccount {
  userId: number;
  name: string;
  email?: string;
  /** The customer's own locale in Zendesk (`es`, `en-US`), if set. */
  locale?: string;
  /** IANA time zone (`America/Chicago`), from the profile or the default setting. */
  timeZone?: string;
  /** Undefined when no balance is recorded (or the balance fields are not mapped). */
  balance?: OutstandingBalance;
}

/** What the customer owes and when it was due. */
export interface OutstandingBalance {
  amount: Money;
  /** Calendar date `YYYY-MM-DD` in the customer's time zone, when known. */
  dueDate?: string;
}

/** Why the customer could not be read: an HTTP failure, the host, or a field value we cannot use. */
export type CustomerReadError =
  | HttpError
  | HostError
  | { code: 'invalid-balance'; value: string; currency: string; message: string }
  | { code: 'invalid-currency'; value: string; message: string }
  | { code: 'invalid-due-date'; value: string; message: string };

const requesterSchema = z.looseObject({
  id: z.int(),
  name: z.nullish(z.string()),
  email: z.nullish(z.string()),
});

/** The fields of Zendesk's user every reader of `/api/v2/users/:id.json` needs. */
export const zendeskUserBase = z.looseObject({
  id: z.int(),
  name: z.string(),
  iana_time_zone: z.nullish(z.string()),
  user_fields: z.nullish(z.record(z.string(), z.unknown())),
});

const userSchema = z.object({
  user: z.extend(zendeskUserBase, {
    email: z.nullish(z.string()),
    locale: z.nullish(z.string()),
  }),
});

const fieldValueSchema = z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()]));
type FieldValue = z.infer<typeof fieldValueSchema>;

function ticketFieldPath(id: number): string {
  return `ticket.customField:custom_field_${id}`;
}

/** A field value as text, or undefined when blank. Numbers keep their shortest exact spelling. */
function asText(value: FieldValue): string | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** Turns mapped field values into the balance, or an error naming the value we cannot use. */
export function readBalance(
  values: { balance: FieldValue; currency: FieldValue; dueDate: FieldValue },
  defaultCurrency: string | undefined,
): Result<OutstandingBalance | undefined, CustomerReadError> {
  const amountText = asText(values.balance);
  if (amountText === undefined) return ok(undefined);
  const currencyText = asText(values.currency) ?? defaultCurrency ?? '';
  const currency = currencyText.toUpperCase();
  const amount = parseDecimal(amountText, currency);
  if (!amount.ok) {
    if (amount.error.code === 'unknown-currency') {
      return err({ code: 'invalid-currency', value: currencyText, message: amount.error.message });
    }
    return err({
      code: 'invalid-balance',
      value: amountText,
      currency,
      message: amount.error.message,
    });
  }
  const balance: OutstandingBalance = { amount: amount.value };
  const dueText = asText(values.dueDate);
  if (dueText !== undefined) {
    // Zendesk date fields come as `2026-11-01` or `2026-11-01T00:00:00+00:00`; the calendar date is what counts.
    const day = /^(\d{4}-\d{2}-\d{2})/.exec(dueText)?.[1];
    if (day === undefined || parsePlainDate(day) === undefined) {
      return err({
        code: 'invalid-due-date',
        value: dueText,
        message: `"${dueText}" is not a date`,
      });
    }
    balance.dueDate = day;
  }
  return ok(balance);
}

/**
 * The customer behind the open ticket, `undefined` when the ticket has no requester yet.
 * Two host round trips: one `client.get` (requester and mapped ticket fields), one user read.
 */
export async function readTicketCustomer(
  client: ZafClient,
  http: HttpPort,
  settings: ShellSettings,
  retry: RetryOptions,
): Promise<Result<CustomerAccount | undefined, CustomerReadError>> {
  const refs = settings.fields;
  const ticketRefs = [refs.balance, refs.currency, refs.dueDate]
    .filter((ref): ref is Extract<FieldRef, { source: 'ticket' }> => ref?.source === 'ticket')
    .map((ref) => ticketFieldPath(ref.id));
  const ticketShape: Record<string, z.ZodMiniType> = {
    'ticket.requester': z.nullish(requesterSchema),
  };
  for (const path of ticketRefs) ticketShape[path] = fieldValueSchema;
  const ticket = await getValues(
    client,
    ['ticket.requester', ...ticketRefs],
    z.looseObject(ticketShape),
  );
  if (!ticket.ok) return ticket;
  const parsedRequester = z.nullish(requesterSchema).safeParse(ticket.value['ticket.requester']);
  if (!parsedRequester.success) {
    return err({ code: 'host', message: "Zendesk's ticket requester was not what we expected" });
  }
  const requester = parsedRequester.data;
  if (!requester) return ok(undefined);

  const response = await requestWithRetry(
    http,
    { method: 'GET', path: userPath(requester.id) },
    retry,
  );
  if (!response.ok) return response;
  const parsed = parseReply(userSchema, response.value);
  if (!parsed.ok) return parsed;
  const user = parsed.value.user;
  const userFields = user.user_fields ?? {};

  const valueOf = (ref: FieldRef | undefined): FieldValue => {
    if (ref === undefined) return undefined;
    const raw = ref.source === 'user' ? userFields[ref.key] : ticket.value[ticketFieldPath(ref.id)];
    const value = fieldValueSchema.safeParse(raw);
    // Objects or arrays in a mapped field cannot be a balance, currency or date: treat as text.
    return value.success ? value.data : JSON.stringify(raw);
  };

  const balance = readBalance(
    {
      balance: valueOf(refs.balance),
      currency: valueOf(refs.currency),
      dueDate: valueOf(refs.dueDate),
    },
    settings.defaultCurrency,
  );
  if (!balance.ok) return balance;

  const account: CustomerAccount = {
    userId: user.id,
    name: user.name,
  };
  const email = user.email ?? requester.email;
  if (email) account.email = email;
  if (user.locale) account.locale = user.locale;
  const zone = [user.iana_time_zone, settings.defaultTimeZone].find(
    (candidate): candidate is string => typeof candidate === 'string' && isValidTimeZone(candidate),
  );
  if (zone) account.timeZone = zone;
  if (balance.value) account.balance = balance.value;
  return ok(account);
}
