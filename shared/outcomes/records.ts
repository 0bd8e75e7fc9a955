/**
 * What the outcomes view reads: the records the hosts already keep (promises, payments, plans, a
 * customer's first contact) and the two kinds of day counts Tactful must start keeping (tone and
 * guard). Each is declared once here as a zod schema at the boundary (a host adapter or the CLI
 * parses raw records with them) and as the plain type the aggregation takes. Dates are calendar
 * dates in the customer's time zone (promises, payments, contacts) or the agent's team's zone (day
 * counts); the adapter converts instants before they reach the core. No record holds message text.
 */
import * as z from 'zod/mini';
import { parsePlainDate, type PlainDate } from '../calendar/calendar';
import { isKnownCurrency, parseDecimal, type Money } from '../money/money';
import { toneCategories, type ToneCategory } from '../tone/types';

/** Who and where a record belongs to: what the filters narrow by. */
export interface RecordScope {
  /** The agent who recorded it (Zendesk user id, HubSpot user id). */
  readonly agent: string;
  /** Zendesk group or HubSpot team, when known. */
  readonly team?: string | undefined;
  /** Zendesk brand id, or the HubSpot contact owner id. */
  readonly brandOrOwner?: string | undefined;
}

/** A promise to pay as the host records it. */
export interface PromiseRecord extends RecordScope {
  readonly id: string;
  /** The plan it belongs to; absent for a one-off promise. */
  readonly planKey?: string | undefined;
  /** The host's id for the customer (requester id, contact id): the link behind a figure. */
  readonly customerRef: string;
  readonly amount: Money;
  readonly due: PlainDate;
  /** The day it was made (the plan's acceptance day for a plan's promises). */
  readonly madeOn: PlainDate;
  readonly cancelled?: boolean | undefined;
}

/** A payment seen on the customer's account. */
export interface PaymentRecord {
  readonly customerRef: string;
  readonly amount: Money;
  readonly paidOn: PlainDate;
}

/** An accepted plan: its promises are the promise records with its `planKey`. */
export interface PlanRecord extends RecordScope {
  readonly planKey: string;
  readonly customerRef: string;
  readonly acceptedOn: PlainDate;
  readonly firstDue: PlainDate;
  /** Number of instalments. */
  readonly count: number;
  readonly currency: string;
  readonly cancelled?: boolean | undefined;
}

/** The first contact with a customer about the debt (from the host's contact history). */
export interface FirstContactRecord {
  readonly customerRef: string;
  readonly on: PlainDate;
}

/** One agent's tone-check counts for one day (never any draft text). */
export interface ToneDayRecord extends RecordScope {
  readonly date: PlainDate;
  /** Drafts the tone check read before a send. */
  readonly draftsChecked: number;
  /** Sends whose first check was already `ok`. */
  readonly okFirstTime: number;
  /** Sends checked, whatever the verdict (the denominator of the share ok first time). */
  readonly sends: number;
  /** `block` findings shown before send and gone from the draft that was sent. */
  readonly blocksCaught: number;
  /** Sends that went out with a warning still showing (warn mode). */
  readonly sentOverWarning: number;
  readonly suggestionsApplied: number;
  /** Findings seen, by category. */
  readonly categories: Readonly<Partial<Record<ToneCategory, number>>>;
}

/** The tone counts of a day, all zero: where a new day and a sum over days both start. */
export function zeroToneCounts(): Omit<ToneDayRecord, keyof RecordScope | 'date' | 'categories'> {
  return {
    draftsChecked: 0,
    sends: 0,
    okFirstTime: 0,
    blocksCaught: 0,
    sentOverWarning: 0,
    suggestionsApplied: 0,
  };
}

/** One agent's contact-guard counts for one day. */
export interface GuardDayRecord extends RecordScope {
  readonly date: PlainDate;
  /** Times a guard said "not now". */
  readonly notNow: number;
  /** Contacts made while a guard said "not now" (should be 0 where the host lets us see it). */
  readonly contactsAgainstGuard: number;
}

/** Everything the outcomes view aggregates. */
export interface OutcomeRecords {
  readonly promises: readonly PromiseRecord[];
  readonly payments: readonly PaymentRecord[];
  readonly plans: readonly PlanRecord[];
  readonly firstContacts: readonly FirstContactRecord[];
  readonly toneDays: readonly ToneDayRecord[];
  readonly guardDays: readonly GuardDayRecord[];
}

/** Records being read, one list per kind, to add to. */
export type OutcomeRecordLists = {
  -readonly [Kind in keyof OutcomeRecords]: OutcomeRecords[Kind][number][];
};

/** No records yet: fresh lists to read records into. */
export function emptyOutcomeRecordLists(): OutcomeRecordLists {
  return { promises: [], payments: [], plans: [], firstContacts: [], toneDays: [], guardDays: [] };
}

// ------------------------------------------------------------------ the boundary: raw records

const plainDate = z.pipe(
  z.string(),
  z.transform((text: string, context) => {
    const date = parsePlainDate(text);
    if (date === undefined) {
      const message = `"${text}" is not a YYYY-MM-DD calendar date`;
      context.issues.push({ code: 'custom', message, input: text });
      return z.NEVER;
    }
    return date;
  }),
);
const id = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
const count = z.int().check(z.nonnegative(), z.maximum(1_000_000));
const scope = {
  agent: id,
  team: z.optional(id),
  brandOrOwner: z.optional(id),
};
/** `{ "amount": "12.50", "currency": "EUR" }`, exact in the currency's own precision. */
const money = z.pipe(
  z.object({ amount: z.string(), currency: z.string() }),
  z.transform((value: { amount: string; currency: string }, context): Money => {
    const parsed = parseDecimal(value.amount, value.currency);
    if (!parsed.ok) {
      context.issues.push({ code: 'custom', message: parsed.error.message, input: value });
      return z.NEVER;
    }
    if (parsed.value.minor < 0n) {
      context.issues.push({
        code: 'custom',
        message: 'an amount cannot be negative',
        input: value,
      });
      return z.NEVER;
    }
    return parsed.value;
  }),
);

/** The kinds of outcome record a raw line may hold, keyed by its `"type"`. */
export const outcomeRecordSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('promise'),
    id,
    planKey: z.optional(id),
    customerRef: id,
    ...scope,
    amount: z.string(),
    currency: z.string(),
    due: plainDate,
    madeOn: plainDate,
    cancelled: z.optional(z.boolean()),
  }),
  z.object({
    type: z.literal('payment'),
    customerRef: id,
    amount: z.string(),
    currency: z.string(),
    paidOn: plainDate,
  }),
  z.object({
    type: z.literal('plan'),
    planKey: id,
    customerRef: id,
    ...scope,
    acceptedOn: plainDate,
    firstDue: plainDate,
    count: z.int().check(z.minimum(1), z.maximum(1000)),
    currency: z.string().check(z.refine(isKnownCurrency, 'not an ISO 4217 currency such as EUR')),
    cancelled: z.optional(z.boolean()),
  }),
  z.object({ type: z.literal('first-contact'), customerRef: id, on: plainDate }),
  z.object({
    type: z.literal('tone-day'),
    ...scope,
    date: plainDate,
    draftsChecked: count,
    okFirstTime: count,
    sends: count,
    blocksCaught: count,
    sentOverWarning: count,
    suggestionsApplied: count,
    categories: z.partialRecord(z.enum(toneCategories), count),
  }),
  z.object({
    type: z.literal('guard-day'),
    ...scope,
    date: plainDate,
    notNow: count,
    contactsAgainstGuard: count,
  }),
]);

/** The record kinds, as `"type"` spells them. */
export const outcomeRecordTypes = [
  'promise',
  'payment',
  'plan',
  'first-contact',
  'tone-day',
  'guard-day',
] as const;

/** Adds one raw record (already a parsed JSON value) to `into`, or says what is wrong with it. */
export function readOutcomeRecord(raw: unknown, into: OutcomeRecordLists): string | undefined {
  const parsed = outcomeRecordSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    return `${field === '' ? '' : `"${field}": `}${issue?.message ?? 'not an outcome record'}`;
  }
  const record = parsed.data;
  switch (record.type) {
    case 'promise':
    case 'payment': {
      const amount = parseMoney(record.amount, record.currency);
      if (typeof amount === 'string') return `"amount": ${amount}`;
      if (record.type === 'payment') {
        into.payments.push({ customerRef: record.customerRef, amount, paidOn: record.paidOn });
      } else {
        const { type: _type, currency: _currency, ...rest } = record;
        into.promises.push({ ...rest, amount });
      }
      return undefined;
    }
    case 'plan': {
      const { type: _type, ...rest } = record;
      into.plans.push(rest);
      return undefined;
    }
    case 'first-contact':
      into.firstContacts.push({ customerRef: record.customerRef, on: record.on });
      return undefined;
    case 'tone-day': {
      const { type: _type, ...rest } = record;
      if (rest.okFirstTime > rest.sends) return '"okFirstTime": more than "sends"';
      into.toneDays.push(rest);
      return undefined;
    }
    case 'guard-day': {
      const { type: _type, ...rest } = record;
      into.guardDays.push(rest);
      return undefined;
    }
  }
}

function parseMoney(amount: string, currency: string): Money | string {
  const parsed = money.safeParse({ amount, currency });
  return parsed.success ? parsed.data : (parsed.error.issues[0]?.message ?? 'not an amount');
}
