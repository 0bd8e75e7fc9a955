/**
 * fast-check arbitraries for settings, shared by the settings property tests (test support only:
 * nothing in the product imports this file).
 */
import fc from 'fast-check';
import { addDays } from '../../calendar/calendar';
import {
  blockableToneCategories,
  planFrequencies,
  settingsLocales,
  type DownPayment,
  type TactfulSettings,
} from '../settings';

const currencies = [
  ['USD', 2],
  ['GBP', 2],
  ['EUR', 2],
  ['MXN', 2],
  ['JPY', 0],
  ['KWD', 3],
] as const;

const timeZones = [
  'America/New_York',
  'Europe/London',
  'Europe/Madrid',
  'America/Mexico_City',
  'UTC',
  'Asia/Tokyo',
];

/** A time "HH:MM" between 08:00 and 21:00. */
const legalTime = fc
  .integer({ min: 8 * 60, max: 21 * 60 })
  .map(
    (minutes) =>
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
  );

/** Any "HH:MM" of the day. */
export const anyTime = fc
  .integer({ min: 0, max: 24 * 60 - 1 })
  .map(
    (minutes) =>
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
  );

const decimalIn = (digits: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 10 ** digits - 1 }))
    .filter(([whole, fraction]) => whole > 0 || fraction > 0)
    .map(([whole, fraction]) =>
      digits === 0 ? String(whole) : `${whole}.${String(fraction).padStart(digits, '0')}`,
    );

const phrase = fc
  .string({ minLength: 1, maxLength: 40 })
  .filter((text) => text === text.trim() && text !== '' && !/[\r\n]/.test(text));

const phrases = fc.uniqueArray(phrase, { maxLength: 6, selector: (text) => text.toLowerCase() });

const fieldKey = fc.stringMatching(/^[A-Za-z0-9_.-]{0,30}$/);

/** One line, trimmed, up to the limit; empty means "not set". */
const companyName = fc
  .string({ maxLength: 100 })
  .filter((text) => text === text.trim() && !/[\r\n]/.test(text));

/** Empty (no link) or an https address with a host and an optional path. */
const paymentLink = fc.oneof(
  fc.constant(''),
  fc
    .tuple(
      fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/),
      fc.constantFrom('com', 'test', 'co.uk'),
      fc.stringMatching(/^(?:\/[A-Za-z0-9._~%-]{0,12}){0,3}(?:\?[a-z]{1,5}=[A-Za-z0-9]{1,8})?$/),
    )
    .map(([host, tld, path]) => `https://${host}.${tld}${path}`),
);

/** A subset of `values` in their canonical order (as a checkbox group yields it). */
const subset = <T>(values: readonly T[], minLength: number) =>
  fc.subarray([...values], { minLength });

/** Settings that `validateSettings` accepts unchanged (lists in canonical order). */
export const validSettings: fc.Arbitrary<TactfulSettings> = fc
  .constantFrom(...currencies)
  .chain(([currency, digits]) =>
    fc.record({
      policy: fc.record({
        minInstalment: decimalIn(digits),
        currency: fc.constant(currency),
        maxTermMonths: fc.integer({ min: 1, max: 120 }),
        frequencies: subset(planFrequencies, 1),
        downPayment: fc.oneof(
          fc.constant<DownPayment>({ kind: 'none' }),
          decimalIn(digits).map((amount): DownPayment => ({ kind: 'amount', amount })),
          fc
            .integer({ min: 1, max: 90 })
            .map((percent): DownPayment => ({ kind: 'percent', percent })),
        ),
        firstPaymentWithinDays: fc.integer({ min: 0, max: 60 }),
        maxSettlementDiscountPercent: fc.integer({ min: 0, max: 90 }),
        feesWaivable: fc.boolean(),
        rollWeekends: fc.boolean(),
        holidays: fc.constantFrom('', 'US', 'US-CA', 'GB-SCT', 'ES', 'DE-BY', 'MX'),
        closureDays: fc.uniqueArray(
          fc.integer({ min: 0, max: 730 }).map((day) => addDays('2026-01-01', day)),
          { maxLength: 5 },
        ),
      }),
      tone: fc.record({
        onSave: fc.constantFrom('block' as const, 'warn' as const),
        blockCategories: subset(blockableToneCategories, 0),
        flagPhrases: phrases,
        allowPhrases: phrases,
        feedback: fc.boolean(),
        feedbackIncludeDraft: fc.boolean(),
      }),
      contact: fc.record({
        contactHours: fc
          .tuple(legalTime, legalTime)
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => (a < b ? { start: a, end: b } : { start: b, end: a })),
        defaultTimeZone: fc.constantFrom(...timeZones),
        defaultLocale: fc.constantFrom(...settingsLocales),
      }),
      fields: fc.record({
        balance: fieldKey,
        currency: fieldKey,
        dueDate: fieldKey,
        flags: fc.record({
          cease: fieldKey,
          'do-not-call': fieldKey,
          'do-not-email': fieldKey,
          'do-not-sms': fieldKey,
          dispute: fieldKey,
          bankruptcy: fieldKey,
          'breathing-space': fieldKey,
          deceased: fieldKey,
          vulnerable: fieldKey,
        }),
      }),
      outreach: fc.record({ companyName: companyName, paymentLink: paymentLink }),
    }),
  );
