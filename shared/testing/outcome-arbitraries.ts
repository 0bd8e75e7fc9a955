/**
 * fast-check arbitraries for outcome records, shared by the report's property tests: promises,
 * payments, plans made from the promises and filters, over days around `outcomesToday`.
 */
import fc from 'fast-check';
import { addDays, type PlainDate } from '../calendar/calendar';
import { money } from '../money/money';
import type { OutcomeFilters } from '../outcomes/filters';
import type { PaymentRecord, PlanRecord, PromiseRecord } from '../outcomes/records';
import { outcomesToday } from './outcome-records';

/** A day from 120 days before `outcomesToday` to 30 after. */
export const outcomeDay: fc.Arbitrary<PlainDate> = fc
  .integer({ min: -120, max: 30 })
  .map((offset) => addDays(outcomesToday, offset));

/**
 * A promise of one of `customers`, by agent a1 or a2, maybe in a plan (k1 or k2) or cancelled. A
 * plan is one customer's; in one currency unless `plansMixCurrencies` (what a host may still send).
 */
export function arbitraryPromise(
  customers: readonly string[],
  currency: fc.Arbitrary<string>,
  options: { readonly maxMinor: number; readonly plansMixCurrencies?: boolean },
): fc.Arbitrary<Omit<PromiseRecord, 'id'>> {
  return fc
    .record({
      customerRef: fc.constantFrom(...customers),
      agent: fc.constantFrom('a1', 'a2'),
      team: fc.constantFrom('t1', 't2', undefined),
      currency,
      minor: fc.integer({ min: 1, max: options.maxMinor }),
      due: outcomeDay,
      lead: fc.integer({ min: 0, max: 60 }),
      plan: fc.constantFrom('k1', 'k2', undefined),
      cancelled: fc.boolean(),
    })
    .map((p) => ({
      customerRef: p.customerRef,
      agent: p.agent,
      team: p.team,
      amount: money(p.minor, p.currency),
      due: p.due,
      madeOn: addDays(p.due, -p.lead),
      ...(p.plan === undefined
        ? {}
        : {
            planKey: `${p.plan}-${p.customerRef}${options.plansMixCurrencies === true ? '' : `-${p.currency}`}`,
          }),
      ...(p.cancelled ? { cancelled: true } : {}),
    }));
}

/** A payment by one of `customers`. */
export function arbitraryPayment(
  customers: readonly string[],
  currency: fc.Arbitrary<string>,
  maxMinor: number,
): fc.Arbitrary<PaymentRecord> {
  return fc
    .record({
      customerRef: fc.constantFrom(...customers),
      currency,
      minor: fc.integer({ min: 1, max: maxMinor }),
      paidOn: outcomeDay,
    })
    .map((p) => ({
      customerRef: p.customerRef,
      amount: money(p.minor, p.currency),
      paidOn: p.paidOn,
    }));
}

/** Any filters a host may send: agent, team, currency and dates, each maybe absent. */
export function arbitraryFilters(currency: fc.Arbitrary<string>): fc.Arbitrary<OutcomeFilters> {
  return fc.record(
    {
      agent: fc.constantFrom('a1', 'a2'),
      team: fc.constantFrom('t1', 't2'),
      currency,
      from: outcomeDay,
      to: outcomeDay,
    },
    { requiredKeys: [] },
  );
}

/** One plan per plan key of `promises`, as its first promise tells it, of `count` payments. */
export function plansOf(
  promises: readonly PromiseRecord[],
  count: (planKey: string) => number,
): PlanRecord[] {
  return [...new Set(promises.flatMap((p) => p.planKey ?? []))].flatMap((planKey) => {
    const first = promises.find((p) => p.planKey === planKey);
    if (first === undefined) return [];
    return [
      {
        planKey,
        customerRef: first.customerRef,
        agent: first.agent,
        team: first.team,
        acceptedOn: first.madeOn,
        firstDue: first.due,
        count: count(planKey),
        currency: first.amount.currency,
      },
    ];
  });
}
