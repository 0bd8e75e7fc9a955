import { describe, expect, it } from '@jest/globals';
import Holidays from 'date-holidays';
import fc from 'fast-check';
import { addDays, isWeekend, type PlainDate } from '../calendar/calendar';
import { closedDays } from '../calendar/holidays';
import { currencyDigits, type Money } from '../money/money';
import { frequencies } from './frequency';
import type { Policy } from './policy';
import { suggestPlans, type PlanOption } from './suggest';

/** Countries (and regions) on four continents, with fixed, moving and substitute holidays. */
const places = ['US', 'US-CA', 'GB-ENG', 'GB-SCT', 'DE-BY', 'ES', 'FR', 'JP', 'MX', 'AU-NSW', 'BR'];

/** The library's own holiday list, read apart from the code under test: place → year → dates. */
const oracles = new Map<string, { holidays: Holidays; years: Map<string, Set<string>> }>();
function isHolidayIn(place: string, date: PlainDate): boolean {
  let oracle = oracles.get(place);
  if (oracle === undefined) {
    const [country = '', region] = place.split('-');
    const holidays = new Holidays();
    if (region === undefined) holidays.init(country, { types: ['public', 'bank'] });
    else holidays.init(country, region, { types: ['public', 'bank'] });
    oracle = { holidays, years: new Map() };
    oracles.set(place, oracle);
  }
  const year = date.slice(0, 4);
  let dates = oracle.years.get(year);
  if (dates === undefined) {
    dates = new Set(
      oracle.holidays
        .getHolidays(Number(year))
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => h.date.slice(0, 10)),
    );
    oracle.years.set(year, dates);
  }
  return dates.has(date);
}

const today: fc.Arbitrary<PlainDate> = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((days) => addDays('2026-11-01', days));

const scenario = fc
  .record({
    place: fc.constantFrom(...places),
    currency: fc.constantFrom('USD', 'EUR', 'GBP', 'JPY'),
    today,
    units: fc.integer({ min: 1, max: 100_000 }),
    capacityShare: fc.integer({ min: 1, max: 100 }),
    maxTermMonths: fc.integer({ min: 1, max: 36 }),
    frequencies: fc.subarray([...frequencies], { minLength: 1 }),
    downPercent: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
    // Closure days near today, runs included (a week over Christmas).
    closureOffsets: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 25 }),
    closureRun: fc.integer({ min: 0, max: 9 }),
    withCapacity: fc.boolean(),
  })
  .map((s) => {
    const scale = 10n ** BigInt(currencyDigits(s.currency) ?? 2);
    const money = (minor: bigint): Money => ({ minor, currency: s.currency });
    const balance = money(BigInt(s.units) * scale);
    const closures = [
      ...new Set([
        ...s.closureOffsets.map((offset) => addDays(s.today, offset)),
        ...Array.from({ length: s.closureRun }, (_, i) => addDays(s.today, 20 + i)),
      ]),
    ];
    const policy: Policy = {
      minInstalment: money(10n * scale),
      maxTermMonths: s.maxTermMonths,
      frequencies: s.frequencies,
      ...(s.downPercent === undefined
        ? {}
        : { downPayment: { kind: 'percent' as const, percent: s.downPercent } }),
      firstPaymentWithinDays: 14,
      maxSettlementDiscountPercent: 10,
      feesWaivable: false,
      rollWeekends: true,
    };
    const capacity = money((balance.minor * BigInt(s.capacityShare)) / 100n + 1n);
    return { ...s, balance, closures, policy, capacity };
  });

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function plan(s: Scenario) {
  const calendar = closedDays({ holidays: s.place, closures: s.closures });
  if (!calendar.ok) throw new Error(calendar.error.code);
  const result = suggestPlans({
    balance: s.balance,
    today: s.today,
    locale: 'en-GB',
    policy: s.policy,
    closedDays: calendar.value,
    ...(s.withCapacity
      ? { capacity: { kind: 'per-period' as const, amount: s.capacity, per: 'monthly' as const } }
      : {}),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const sum = (option: PlanOption): bigint =>
  option.instalments.reduce((total, instalment) => total + instalment.amount.minor, 0n);

describe('plans on real calendars (US, GB, DE, ES, FR, JP, MX, AU, BR; company closures)', () => {
  it('no payment falls on a weekend, a public holiday there or a closure day', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const closures = new Set(s.closures);
        for (const option of plan(s).options) {
          for (const { due } of option.instalments) {
            expect({ due, weekend: isWeekend(due) }).toEqual({ due, weekend: false });
            expect({ due, holiday: isHolidayIn(s.place, due) }).toEqual({ due, holiday: false });
            expect({ due, closed: closures.has(due) }).toEqual({ due, closed: false });
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('dates stay in order, one payment a day, and amounts add up to the balance exactly', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        for (const option of plan(s).options) {
          const dues = option.instalments.map((i) => i.due);
          expect(dues.every((due, i) => i === 0 || (dues[i - 1] as PlainDate) < due)).toBe(true);
          expect(dues[0]).toBe(option.firstDue);
          expect(dues[dues.length - 1]).toBe(option.endDate);
          expect(sum(option)).toBe(option.total.minor);
          expect(option.total.minor + option.discount.minor).toBe(s.balance.minor);
          expect(option.breaks).not.toContain('maxTermMonths');
        }
      }),
      { numRuns: 100 },
    );
  });
});
