import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays, type PlainDate } from '../calendar/calendar';
import { money } from '../money/money';
import { evaluatePromises, promisesFromPlan, type Payment, type PromiseToPay } from './promises';

const usd = (minor: number) => money(minor, 'USD');

const promise = (id: string, due: PlainDate, minor: number, extra: Partial<PromiseToPay> = {}) => ({
  id,
  due,
  amount: usd(minor),
  channel: 'phone',
  recordedBy: 'agent-7',
  ...extra,
});
const paid = (paidOn: PlainDate, minor: number): Payment => ({ paidOn, amount: usd(minor) });

const plan = [
  promise('p1', '2026-12-01', 10000),
  promise('p2', '2027-01-01', 10000),
  promise('p3', '2027-02-01', 10000),
];

const states = (evaluation: ReturnType<typeof evaluatePromises>) =>
  evaluation.promises.map((p) => p.state);

describe('evaluatePromises', () => {
  it('keeps promises paid on or before their date, and leaves future ones pending', () => {
    const result = evaluatePromises(plan, [paid('2026-11-30', 10000)], '2026-12-15');
    expect(states(result)).toEqual(['kept', 'pending', 'pending']);
    expect(result.health).toBe('on-track');
  });

  it('puts the plan at risk after one miss and breaks it after two in a row', () => {
    expect(evaluatePromises(plan, [], '2026-12-02').health).toBe('at-risk');
    const twoMisses = evaluatePromises(plan, [], '2027-01-02');
    expect(states(twoMisses)).toEqual(['broken', 'broken', 'pending']);
    expect(twoMisses.health).toBe('broken');
  });

  it('recovers from one miss when the next promise is kept; a late payment counts for the next', () => {
    const result = evaluatePromises(plan, [paid('2026-12-20', 10000)], '2027-01-05');
    expect(states(result)).toEqual(['broken', 'kept', 'pending']);
    expect(result.health).toBe('on-track');
  });

  it('calls a short payment partly kept, unless within the tolerance', () => {
    const short = [paid('2026-12-01', 9950)];
    const strict = evaluatePromises(plan, short, '2026-12-02');
    expect(strict.promises[0]).toMatchObject({
      state: 'partly-kept',
      paid: usd(9950),
      shortfall: usd(50),
    });
    expect(strict.health).toBe('at-risk');
    const lenient = evaluatePromises(plan, short, '2026-12-02', {
      tolerance: { amount: usd(100) },
    });
    expect(lenient.promises[0]?.state).toBe('kept');
  });

  it('gives grace days when the tolerance says so', () => {
    const late = [paid('2026-12-03', 10000)];
    expect(states(evaluatePromises(plan, late, '2026-12-10'))[0]).toBe('broken');
    const graced = evaluatePromises(plan, late, '2026-12-10', { tolerance: { graceDays: 3 } });
    expect(states(graced)[0]).toBe('kept');
  });

  it('skips cancelled promises, which never count as misses', () => {
    const withCancelled = [plan[0], { ...plan[1], cancelled: true }, plan[2]].filter(
      (p): p is PromiseToPay => p !== undefined,
    );
    const result = evaluatePromises(withCancelled, [], '2027-01-15');
    expect(states(result)).toEqual(['broken', 'cancelled', 'pending']);
    expect(result.health).toBe('at-risk');
  });

  it('never loses or invents money: matched plus unmatched equals what was paid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 50_000 })), {
          maxLength: 12,
        }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 50_000 })), {
          maxLength: 12,
        }),
        fc.integer({ min: 0, max: 450 }),
        (promiseSpecs, paymentSpecs, todayOffset) => {
          const start: PlainDate = '2026-01-31';
          const promises = promiseSpecs.map(([day, minor], i) =>
            promise(`p${i}`, addDays(start, day), minor),
          );
          const payments = paymentSpecs.map(([day, minor]) => paid(addDays(start, day), minor));
          const today = addDays(start, todayOffset);
          const result = evaluatePromises(promises, payments, today);
          const matched = result.promises.reduce((sum, p) => sum + p.paid.minor, 0n);
          const total = payments.reduce((sum, p) => sum + p.amount.minor, 0n);
          expect(matched + result.unmatched.minor).toBe(total);
          for (const evaluated of result.promises) {
            expect(evaluated.paid.minor + evaluated.shortfall.minor).toBe(
              evaluated.promise.amount.minor,
            );
            if (evaluated.promise.due >= today)
              expect(['kept', 'pending']).toContain(evaluated.state);
          }
          // Paying every promise in full on its date keeps them all.
          const keptAll = evaluatePromises(
            promises,
            promises.map((p) => paid(p.due, Number(p.amount.minor))),
            today,
          );
          expect(keptAll.promises.every((p) => p.state === 'kept')).toBe(true);
          expect(keptAll.health).toBe('on-track');
        },
      ),
    );
  });
});

describe('promisesFromPlan', () => {
  const option = {
    instalments: [
      { due: '2026-12-05' as const, amount: usd(12000) },
      { due: '2026-12-19' as const, amount: usd(12000) },
    ],
  };
  const acceptance = { customerRef: 'zendesk-user-42', channel: 'chat', recordedBy: 'agent-7' };

  it('makes one promise per payment with ids derived from the plan', () => {
    const { planKey, promises } = promisesFromPlan(option, acceptance);
    expect(planKey).toMatch(/^tactful-plan-[0-9a-f]{16}$/);
    expect(promises.map((p) => [p.id, p.due, p.amount.minor])).toEqual([
      [`${planKey}-1`, '2026-12-05', 12000n],
      [`${planKey}-2`, '2026-12-19', 12000n],
    ]);
  });

  it('gives a retried acceptance the same key, so the write is never duplicated', () => {
    expect(promisesFromPlan(option, acceptance)).toEqual(promisesFromPlan(option, acceptance));
    expect(promisesFromPlan(option, { ...acceptance, recordedBy: 'agent-8' }).planKey).toBe(
      promisesFromPlan(option, acceptance).planKey,
    );
  });

  it('gives a different plan or customer a different key', () => {
    const key = promisesFromPlan(option, acceptance).planKey;
    expect(
      promisesFromPlan(option, { ...acceptance, customerRef: 'zendesk-user-43' }).planKey,
    ).not.toBe(key);
    const moved = {
      instalments: [
        option.instalments[0]!,
        { ...option.instalments[1]!, due: '2026-12-20' as const },
      ],
    };
    expect(promisesFromPlan(moved, acceptance).planKey).not.toBe(key);
  });
});
