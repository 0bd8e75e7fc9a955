import { describe, expect, it } from '@jest/globals';
import { money } from '../money/money';
import {
  outcomesToday,
  testGuardDay,
  testOutcomeRecords,
  testPayment,
  testPlan,
  testPromise,
  testToneDay,
} from '../testing/outcome-records';
import { planStatusOf } from './plan-outcomes';
import { outcomesReport } from './report';

// Customer c1 (USD) kept one promise, part-paid one, missed one and has one still to come this
// week; customer c2 (EUR) kept one. Today is Wednesday 2026-11-25 (week 48).
const records = testOutcomeRecords({
  promises: [
    testPromise({ id: 'p1', planKey: 'plan-1', due: '2026-11-02' }),
    testPromise({ id: 'p2', planKey: 'plan-1', due: '2026-11-09' }),
    testPromise({ id: 'p3', planKey: 'plan-1', due: '2026-11-16' }),
    testPromise({ id: 'p4', due: '2026-11-27', madeOn: '2026-11-20' }),
    testPromise({
      id: 'e1',
      customerRef: 'c2',
      agent: 'a2',
      team: 't2',
      amount: money(5_000, 'EUR'),
      due: '2026-11-10',
      madeOn: '2026-11-03',
    }),
  ],
  payments: [
    testPayment(10_000, '2026-11-01'),
    testPayment(4_000, '2026-11-08'),
    testPayment(5_000, '2026-11-10', 'EUR', 'c2'),
  ],
  plans: [testPlan({ planKey: 'plan-1', count: 3, firstDue: '2026-11-02' })],
  firstContacts: [
    { customerRef: 'c1', on: '2026-10-10' },
    { customerRef: 'c2', on: '2026-11-01' },
  ],
});

describe('promise outcomes', () => {
  const report = outcomesReport(records, { today: outcomesToday });

  it('counts each promise in the ISO week it fell due, over the last 12 weeks', () => {
    expect(report.weeks).toHaveLength(12);
    expect(report.range).toEqual({ from: '2026-09-07', to: '2026-11-29' });
    const byWeek = Object.fromEntries(report.promises.weeks.map((week) => [week.week, week]));
    expect(byWeek['2026-W45']).toMatchObject({
      made: 1,
      kept: 1,
      keptRate: 1,
      customerRefs: ['c1'],
    });
    expect(byWeek['2026-W46']).toMatchObject({ made: 2, kept: 1, partlyKept: 1, keptRate: 0.5 });
    expect(byWeek['2026-W47']).toMatchObject({ made: 1, broken: 1, keptRate: 0 });
    // Due on Friday of this week: still open, and no kept rate from open promises.
    expect(byWeek['2026-W48']).toMatchObject({ made: 1, open: 1, keptRate: undefined });
    expect(byWeek['2026-W40']).toMatchObject({ made: 0, keptRate: undefined });
  });

  it('counts only the promises due within a date range the lead chooses', () => {
    const range = outcomesReport(records, {
      today: outcomesToday,
      filters: { from: '2026-11-09', to: '2026-11-25' },
    });
    expect(range.weeks.map((week) => week.label)).toEqual(['2026-W46', '2026-W47', '2026-W48']);
    expect(range.promises.total).toMatchObject({ made: 3, partlyKept: 1, broken: 1, kept: 1 });
  });

  it('gives the kept rate of decided promises and the amounts per currency, never summed', () => {
    expect(report.promises.total).toMatchObject({
      made: 5,
      kept: 2,
      partlyKept: 1,
      broken: 1,
      open: 1,
      keptRate: 0.5,
    });
    expect(report.promises.amountTotals).toEqual([
      { currency: 'EUR', promised: money(5_000, 'EUR'), received: money(5_000, 'EUR') },
      { currency: 'USD', promised: money(40_000, 'USD'), received: money(14_000, 'USD') },
    ]);
  });

  it('gives the median days from first contact to first promise', () => {
    // c1: 10 Oct → 20 Oct (10 days); c2: 1 Nov → 3 Nov (2 days).
    expect(report.promises.medianDaysToFirstPromise).toBe(6);
  });

  it('narrows by agent, team and currency', () => {
    const euro = outcomesReport(records, { today: outcomesToday, filters: { currency: 'EUR' } });
    expect(euro.promises.total).toMatchObject({ made: 1, kept: 1 });
    expect(euro.promises.medianDaysToFirstPromise).toBe(2);
    const team = outcomesReport(records, { today: outcomesToday, filters: { team: 't1' } });
    expect(team.promises.amountTotals.map((amount) => amount.currency)).toEqual(['USD']);
    const nobody = outcomesReport(records, { today: outcomesToday, filters: { agent: 'zz' } });
    expect(nobody.promises.total.keptRate).toBeUndefined();
  });
});

describe('plan outcomes', () => {
  it('says where each plan stands and its completion by length and first payment', () => {
    const report = outcomesReport(records, { today: outcomesToday });
    // plan-1: kept, partly kept, broken: two misses in a row.
    expect(report.plans.byStatus).toEqual({ 'on-track': 0, 'at-risk': 0, completed: 0, broken: 1 });
    expect(report.plans.byLength['up-to-3']).toEqual({
      started: 1,
      completed: 0,
      broken: 1,
      completionRate: 0,
    });
    expect(report.plans.byLength['over-12'].completionRate).toBeUndefined();
    expect(report.plans.byFirstPayment.later.started).toBe(1);
    expect(report.plans.customerRefsByStatus.broken).toEqual(['c1']);
  });

  it('puts a plan at risk after one miss and back on track after a kept promise', () => {
    expect(planStatusOf(['kept', 'kept'])).toBe('completed');
    expect(planStatusOf(['kept', 'broken', 'pending'])).toBe('at-risk');
    expect(planStatusOf(['broken', 'kept', 'pending'])).toBe('on-track');
    expect(planStatusOf(['partly-kept', 'cancelled', 'broken'])).toBe('broken');
    expect(planStatusOf(['pending', 'pending'])).toBe('on-track');
    // Nothing left to pay for, and not every promise kept: the plan ended broken.
    expect(planStatusOf(['kept', 'broken'])).toBe('broken');
  });
});

describe('tone and guard outcomes', () => {
  const report = outcomesReport(
    testOutcomeRecords({
      toneDays: [
        testToneDay(),
        testToneDay({ date: '2026-11-16', sentOverWarning: 2, categories: { threat: 3 } }),
        testToneDay({ agent: 'a2', team: 't2', sends: 0, okFirstTime: 0, categories: {} }),
      ],
      guardDays: [testGuardDay(), testGuardDay({ agent: 'a2', contactsAgainstGuard: 1 })],
    }),
    { today: outcomesToday },
  );

  it('gives drafts checked, the share ok the first time and the top categories per agent', () => {
    const a1 = report.tone.byAgent.find((row) => row.agent === 'a1');
    expect(a1).toMatchObject({
      draftsChecked: 20,
      okFirstTimeShare: 0.75,
      blocksCaught: 2,
      sentOverWarning: 2,
      topCategories: [
        { category: 'threat', count: 3 },
        { category: 'pressure', count: 2 },
        { category: 'jargon', count: 1 },
      ],
    });
    // No sends: no share, rather than a division by zero.
    expect(report.tone.byAgent.find((row) => row.agent === 'a2')?.okFirstTimeShare).toBeUndefined();
    expect(report.tone.byTeam.map((row) => row.team)).toEqual(['t1', 't2']);
  });

  it('gives a weekly trend and the guard figures', () => {
    const weeks = Object.fromEntries(report.tone.byWeek.map((week) => [week.week, week]));
    expect(weeks['2026-W47']?.draftsChecked).toBe(10);
    expect(weeks['2026-W48']?.draftsChecked).toBe(20);
    expect(report.guards.total).toEqual({ notNow: 4, contactsAgainstGuard: 1 });
    expect(report.guards.byWeek.at(-1)).toMatchObject({ week: '2026-W48', notNow: 4 });
  });
});
