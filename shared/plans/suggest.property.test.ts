import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  isWeekend,
  parsePlainDate,
  todayIn,
  type PlainDate,
} from '../calendar/calendar';
import { currencyDigits, formatMoney, type Money } from '../money/money';
import { sustainableInstalment, type Capacity } from './affordability';
import { frequencies, type Frequency } from './frequency';
import type { Policy } from './policy';
import { suggestPlans, type PlanOption, type PlanRequest } from './suggest';

const currencies = ['USD', 'EUR', 'GBP', 'JPY', 'KWD'] as const;

/** A real date from 2024 to 2035, with the 29th–31st drawn often. */
const anyDate: fc.Arbitrary<PlainDate> = fc
  .tuple(
    fc.integer({ min: 2024, max: 2035 }),
    fc.integer({ min: 1, max: 12 }),
    fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constantFrom(29, 30, 31)),
  )
  .map(([year, month, day]) => {
    const text = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}`;
    const date = parsePlainDate(text);
    if (date === undefined) throw new Error(text);
    return date;
  });

/** Today as the customer sees it around a daylight-saving change, in zones that have them. */
const dstToday: fc.Arbitrary<PlainDate> = fc
  .tuple(
    fc.constantFrom(
      '2026-03-08T07:00:00Z',
      '2026-03-29T01:00:00Z',
      '2026-10-04T16:00:00Z',
      '2026-10-25T01:00:00Z',
      '2026-11-01T06:00:00Z',
    ),
    fc.integer({ min: -36, max: 36 }),
    fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Sydney', 'America/Santiago'),
  )
  .map(([change, hours, zone]) => todayIn(new Date(Date.parse(change) + hours * 3_600_000), zone));

const amount = (currency: string, max: bigint, min = 0n): fc.Arbitrary<Money> =>
  fc.bigInt({ min, max }).map((minor) => ({ minor, currency }));

const anyRequest: fc.Arbitrary<PlanRequest> = fc.constantFrom(...currencies).chain((currency) => {
  const scale = 10n ** BigInt(currencyDigits(currency) ?? 2);
  return fc
    .bigInt({ min: 1n, max: 200_000n * scale })
    .chain((balanceMinor) => {
      const policy: fc.Arbitrary<Policy> = fc.record(
        {
          minInstalment: amount(currency, 500n * scale, 1n),
          maxTermMonths: fc.integer({ min: 1, max: 72 }),
          frequencies: fc.subarray([...frequencies], { minLength: 1 }),
          downPayment: fc.oneof(
            fc.record({
              kind: fc.constant('amount' as const),
              amount: amount(currency, 2_000n * scale, 1n),
            }),
            fc.record({
              kind: fc.constant('percent' as const),
              percent: fc.integer({ min: 1, max: 9_999 }).map((bp) => bp / 100),
            }),
          ),
          firstPaymentWithinDays: fc.integer({ min: 0, max: 30 }),
          maxSettlementDiscountPercent: fc.oneof(
            fc.constant(0),
            fc.integer({ min: 1, max: 9_999 }).map((bp) => bp / 100),
          ),
          feesWaivable: fc.boolean(),
          rollWeekends: fc.boolean(),
        },
        {
          requiredKeys: [
            'minInstalment',
            'maxTermMonths',
            'frequencies',
            'firstPaymentWithinDays',
            'maxSettlementDiscountPercent',
            'feesWaivable',
            'rollWeekends',
          ],
        },
      );
      const capacity: fc.Arbitrary<Capacity> = fc.oneof(
        fc.record({
          kind: fc.constant('per-period' as const),
          amount: amount(currency, balanceMinor + scale),
          per: fc.constantFrom(...frequencies),
        }),
        fc.record(
          {
            kind: fc.constant('income-and-expenditure' as const),
            monthlyIncome: amount(currency, 10_000n * scale),
            monthlyEssentialOutgoings: amount(currency, 10_000n * scale),
            sharePercent: fc.integer({ min: 1, max: 100 }),
          },
          { requiredKeys: ['kind', 'monthlyIncome', 'monthlyEssentialOutgoings'] },
        ),
      );
      return fc.record(
        {
          balance: fc.constant({ minor: balanceMinor, currency }),
          today: fc.oneof(anyDate, dstToday),
          locale: fc.constantFrom('en-US', 'en-GB', 'es-ES', 'es-MX', 'de-DE', 'ja-JP', 'ar-KW'),
          policy,
          capacity,
          startIn: fc.integer({ min: 0, max: 40 }),
          waivableCharges: amount(currency, balanceMinor),
        },
        { requiredKeys: ['balance', 'today', 'locale', 'policy'] },
      );
    })
    .map(({ startIn, today, ...rest }) => ({
      ...rest,
      today,
      ...(startIn === undefined ? {} : { firstPaymentDate: addDays(today, startIn) }),
    }));
});

/** What suggestPlans gives for a valid request (an invalid one fails the property, naming why). */
function suggestion(request: PlanRequest) {
  const result = suggestPlans(request);
  if (!result.ok) throw new Error(`${result.error.field}: ${result.error.message}`);
  return result.value;
}

function suggest(request: PlanRequest): readonly PlanOption[] {
  return suggestion(request).options;
}

const sum = (option: PlanOption): bigint =>
  option.instalments.reduce((total, instalment) => total + instalment.amount.minor, 0n);

/** The instalments that are not the policy's down payment. */
const regular = (option: PlanOption) =>
  option.downPayment === undefined ? option.instalments : option.instalments.slice(1);

const runs = { numRuns: 100 };

describe('suggestPlans invariants (USD, EUR, GBP, JPY, KWD; every frequency; random policies)', () => {
  it('every schedule adds up to the amount due exactly, and the discount explains the rest', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        for (const option of suggest(request)) {
          expect(sum(option)).toBe(option.total.minor);
          expect(option.total.minor + option.discount.minor).toBe(request.balance.minor);
          expect(option.discount.minor).toBeGreaterThanOrEqual(0n);
          expect(option.count).toBe(option.instalments.length);
          expect(
            option.instalments.every((i) => i.amount.currency === request.balance.currency),
          ).toBe(true);
          expect(option.instalments.every((i) => i.amount.minor > 0n)).toBe(true);
          // The customer-facing summary states the total in the customer's own format.
          expect(option.summary).toContain(formatMoney(option.total, request.locale));
        }
      }),
      runs,
    );
  });

  it('dates are in order, start on the first due date and end on the end date', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        for (const option of suggest(request)) {
          const dues = option.instalments.map((i) => i.due);
          expect(dues[0]).toBe(option.firstDue);
          expect(dues[dues.length - 1]).toBe(option.endDate);
          expect(dues.every((due, i) => i === 0 || (dues[i - 1] as PlainDate) < due)).toBe(true);
          expect(compareDates(option.firstDue, request.today)).toBeGreaterThanOrEqual(0);
          if (request.policy.rollWeekends) expect(dues.some(isWeekend)).toBe(false);
        }
      }),
      runs,
    );
  });

  it('an option within policy keeps every rule; one outside it names the rules it breaks', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const { policy, balance, today } = request;
        const start = request.firstPaymentDate ?? today;
        const termEnd = addMonths(start, policy.maxTermMonths);
        for (const option of suggest(request)) {
          expect(option.withinPolicy).toBe(option.breaks.length === 0);
          const firstOk =
            compareDates(option.firstDue, addDays(today, policy.firstPaymentWithinDays)) <= 0;
          expect(option.breaks.includes('firstPaymentWithinDays')).toBe(!firstOk);
          if (option.kind === 'instalments') {
            expect(policy.frequencies).toContain(option.frequency);
            const payments = regular(option);
            const termOk = compareDates(option.endDate, termEnd) < 0;
            if (!option.breaks.includes('maxTermMonths')) expect(termOk).toBe(true);
            if (!option.breaks.includes('minInstalment')) {
              // Every instalment at least the minimum, except a lone remainder below it (stated).
              const min = policy.minInstalment.minor;
              const below = payments.filter((p) => p.amount.minor < min);
              expect(option.finalBelowMinimum).toBe(below.length > 0);
              if (below.length > 0) expect(payments).toHaveLength(1);
            }
          }
          if (option.kind === 'settlement') {
            const basisPoints = BigInt(Math.round(policy.maxSettlementDiscountPercent * 100));
            expect(option.discount.minor * 10_000n).toBeLessThanOrEqual(
              balance.minor * basisPoints,
            );
          }
          if (option.kind === 'pay-in-full') expect(option.discount.minor).toBe(0n);
        }
      }),
      runs,
    );
  });

  it('never offers a plan past the maximum term; says instead how much more each payment needs', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const { options, needsLongerPlan } = suggestion(request);
        for (const option of options) expect(option.breaks).not.toContain('maxTermMonths');
        for (const longer of needsLongerPlan) {
          expect(request.policy.frequencies).toContain(longer.frequency);
          expect(longer.shortfall.minor).toBeGreaterThan(0n);
          expect(longer.paymentNeeded.minor).toBe(longer.affordable.minor + longer.shortfall.minor);
          expect(longer.payments).toBeGreaterThan(0);
          expect(options.some((o) => o.id === `instalments-${longer.frequency}`)).toBe(false);
        }
      }),
      runs,
    );
  });

  it('instalments are equal, with the remainder on the last one', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        for (const option of suggest(request)) {
          const payments = regular(option);
          const first = payments[0]?.amount.minor ?? 0n;
          const last = payments[payments.length - 1]?.amount.minor ?? 0n;
          expect(payments.slice(0, -1).every((p) => p.amount.minor === first)).toBe(true);
          expect(last - first).toBeGreaterThanOrEqual(0n);
          expect(last - first).toBeLessThan(BigInt(payments.length));
          expect(option.regularAmount.minor).toBe(first);
          expect(option.finalAmount.minor).toBe(last);
        }
      }),
      runs,
    );
  });

  it('ranks pay in full first, fitting instalments by end date, settlement last; a closest plan only when none fits', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const { options, anyFits } = suggestion(request);
        expect(options[0]?.kind).toBe('pay-in-full');
        const kinds = options.map((o) => o.kind);
        expect(kinds.filter((k) => k === 'settlement').length).toBe(
          request.policy.maxSettlementDiscountPercent > 0 &&
            options.some((o) => o.kind === 'settlement')
            ? 1
            : 0,
        );
        if (kinds.includes('settlement')) expect(kinds[kinds.length - 1]).toBe('settlement');
        const plans = options.filter((o) => o.kind === 'instalments');
        for (let i = 1; i < plans.length; i += 1) {
          expect(
            compareDates((plans[i - 1] as PlanOption).endDate, (plans[i] as PlanOption).endDate),
          ).toBeLessThanOrEqual(0);
        }
        if (!anyFits) expect(plans.length).toBeLessThanOrEqual(1);
        if (anyFits && request.capacity !== undefined) {
          for (const plan of plans) {
            const capacity = sustainableInstalment(request.capacity, plan.frequency as Frequency);
            expect(plan.regularAmount.minor).toBeLessThanOrEqual(capacity.minor);
            expect(plan.affordable).toBe(true);
          }
        }
      }),
      runs,
    );
  });
});
