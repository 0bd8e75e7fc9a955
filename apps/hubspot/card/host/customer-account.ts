/**
 * Turns the contact properties HubSpot hands the card into a customer account: who the customer is,
 * their balance as exact Money, and their contact flags. Every value is parsed; a value we cannot
 * read becomes a named problem the agent sees, never a crash or a silently wrong number.
 */
import * as z from 'zod/mini';
import { addDays, parsePlainDate } from '../../../../shared/calendar/calendar';
import { decodeHubSpotTimeZone } from '../../../../shared/calendar/hubspot-timezone';
import { isKnownCurrency, parseDecimal, type Money } from '../../../../shared/money/money';
import { err, ok, type Result } from '../../../../shared/ports';
import { flagKinds, flagSources, type FlagKind, type FlagSource } from '../../contract';
import {
  balanceProperties,
  flagProperty,
  standardContactProperties,
} from '../../contract/properties';

/** Who the customer is, as HubSpot knows them. */
export interface Customer {
  firstName?: string;
  lastName?: string;
  email?: string;
  /** IANA time zone, e.g. America/New_York, when the contact has one. */
  timeZone?: string;
  /** BCP 47 language tag, e.g. es or pt-BR, when the contact has one. */
  language?: string;
}

/** The outstanding balance with the date it fell due (ISO calendar date), when set. */
export interface Balance {
  amount: Money;
  dueDate?: string;
}

/** Why a property value could not be read (the catalog's `card.propertyProblem.*` words it). */
export type PropertyProblemCode =
  | 'empty'
  | 'not-a-date'
  | 'not-a-source'
  | 'unknown-currency'
  | 'malformed-amount'
  | 'too-many-decimals'
  | 'currency-mismatch';

/** A property value we could not read, named so an admin can fix it in HubSpot. */
export interface PropertyProblem {
  property: string;
  value: string;
  code: PropertyProblemCode;
  /** The currency an amount was read in, for `too-many-decimals`. */
  currency?: string;
}

/** What the balance properties say: nothing set, a balance, or values we could not read. */
export type BalanceReading =
  | { kind: 'none' }
  | { kind: 'set'; balance: Balance }
  | { kind: 'unreadable'; problems: PropertyProblem[] };

/** A flag that stops or narrows contact, with the date it was set. */
export interface ActiveFlag {
  kind: FlagKind;
  since: string;
  reason?: string;
  /** Who raised it, when recorded. */
  source?: FlagSource;
}

/** Everything the card knows about the customer from their contact record. */
export interface CustomerAccount {
  customer: Customer;
  balance: BalanceReading;
  flags: ActiveFlag[];
  /** Flag values we could not read (the rest of the account is still shown). */
  flagProblems: PropertyProblem[];
}

/** The properties reply was not a set of property values at all. */
export interface UnreadableRecord {
  code: 'malformed-properties';
  message: string;
}

// HubSpot sends unset properties as null, '' or leaves them out; all mean "not set".
const propertyValue = z.pipe(
  z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()])),
  z.transform((value: string | number | boolean | null | undefined) => {
    if (value === null || value === undefined) return undefined;
    const text = String(value).trim();
    return text === '' ? undefined : text;
  }),
);

const propertyBag = z.record(z.string(), propertyValue);

/** Parses the contact's property values into a customer account. */
export function readCustomerAccount(raw: unknown): Result<CustomerAccount, UnreadableRecord> {
  const parsed = propertyBag.safeParse(raw);
  if (!parsed.success) {
    return err({
      code: 'malformed-properties',
      message: 'HubSpot returned contact properties we did not understand.',
    });
  }
  const values = parsed.data;
  const read = (name: string): string | undefined => values[name];

  const customer: Customer = {
    firstName: read(standardContactProperties.firstName),
    lastName: read(standardContactProperties.lastName),
    email: read(standardContactProperties.email),
    timeZone: decodeHubSpotTimeZone(read(standardContactProperties.timeZone)),
    language: toLanguageTag(read(standardContactProperties.language)),
  };

  const flags: ActiveFlag[] = [];
  const flagProblems: PropertyProblem[] = [];
  for (const kind of flagKinds) {
    const sinceName = flagProperty(kind, 'since');
    const sinceValue = read(sinceName);
    if (sinceValue === undefined) continue;
    const since = toCalendarDate(sinceValue);
    if (since === undefined) {
      flagProblems.push({ property: sinceName, value: sinceValue, code: 'not-a-date' });
      continue;
    }
    const sourceName = flagProperty(kind, 'source');
    const sourceValue = read(sourceName);
    const source = flagSources.find((known) => known === sourceValue);
    if (sourceValue !== undefined && source === undefined) {
      flagProblems.push({ property: sourceName, value: sourceValue, code: 'not-a-source' });
    }
    flags.push({ kind, since, reason: read(flagProperty(kind, 'reason')), source });
  }

  return ok({ customer, balance: readBalance(read), flags, flagProblems });
}

function readBalance(read: (name: string) => string | undefined): BalanceReading {
  const amountText = read(balanceProperties.balance);
  const currencyText = read(balanceProperties.currency)?.toUpperCase();
  const dueText = read(balanceProperties.due);
  if (amountText === undefined && currencyText === undefined && dueText === undefined) {
    return { kind: 'none' };
  }

  const problems: PropertyProblem[] = [];
  if (amountText === undefined) {
    problems.push({ property: balanceProperties.balance, value: '', code: 'empty' });
  }
  if (currencyText === undefined) {
    problems.push({ property: balanceProperties.currency, value: '', code: 'empty' });
  } else if (!isKnownCurrency(currencyText)) {
    problems.push({
      property: balanceProperties.currency,
      value: currencyText,
      code: 'unknown-currency',
    });
  }
  const dueDate = dueText === undefined ? undefined : toCalendarDate(dueText);
  if (dueText !== undefined && dueDate === undefined) {
    problems.push({
      property: balanceProperties.due,
      value: dueText,
      code: 'not-a-date',
    });
  }

  if (amountText !== undefined && currencyText !== undefined && isKnownCurrency(currencyText)) {
    const amount = parseDecimal(amountText, currencyText);
    if (!amount.ok) {
      problems.push({
        property: balanceProperties.balance,
        value: amountText,
        code: amount.error.code,
        currency: currencyText,
      });
    } else if (problems.length === 0) {
      return { kind: 'set', balance: { amount: amount.value, dueDate } };
    }
  }
  return { kind: 'unreadable', problems };
}

/**
 * A HubSpot date property as an ISO calendar date. HubSpot gives `YYYY-MM-DD` or, for date
 * properties, midnight UTC in epoch milliseconds; both name a calendar day, not an instant.
 */
export function toCalendarDate(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return parsePlainDate(value);
  if (/^-?\d{1,15}$/.test(value)) {
    // Midnight UTC names its day; the days since 1970 count it without a time zone.
    const ms = Number(value);
    if (Number.isNaN(new Date(ms).getTime())) return undefined;
    return addDays('1970-01-01', Math.floor(ms / 86_400_000));
  }
  return undefined;
}

/** A canonical BCP 47 tag from HubSpot's `hs_language` (`es`, `pt-br`), or undefined. */
export function toLanguageTag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}
