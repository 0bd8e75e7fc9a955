// The current plan read back from the contact's tasks: only Tactful's instalment tasks, the latest
// plan when there were several, and each promise's state from the task's status and date.
import { describe, expect, it } from '@jest/globals';
import type { Engagement } from '../../contract';
import { readCurrentPlan } from './plans';

const task = (id: string, excerpt: string, status = 'NOT_STARTED'): Engagement => ({
  id,
  type: 'tasks',
  occurredAt: '2026-10-01T12:00:00.000Z',
  excerpt,
  status,
});

describe('readCurrentPlan', () => {
  it('is undefined when no task is a plan instalment', () => {
    expect(readCurrentPlan([task('1', 'Call back'), task('2', 'Payment plan')], '2026-11-25')).toBe(
      undefined,
    );
  });

  it('keeps the latest plan and states each promise', () => {
    const plan = readCurrentPlan(
      [
        // An older plan, replaced.
        task('1', 'Payment 1 of 2: 50.00 USD due 2026-09-01'),
        task('2', 'Payment 2 of 2: 50.00 USD due 2026-10-01'),
        // The current one: first paid, second missed, third ahead.
        task('11', 'Payment 1 of 3: 100.00 USD due 2026-10-25', 'COMPLETED'),
        task('12', 'Payment 2 of 3: 100.00 USD due 2026-11-10'),
        task('13', 'Payment 3 of 3: 100.00 USD due 2026-12-10'),
      ],
      '2026-11-25',
    );
    expect(plan?.taskIds).toEqual(['11', '12', '13']);
    expect(plan?.evaluation.promises.map((p) => p.state)).toEqual(['kept', 'broken', 'pending']);
    expect(plan?.evaluation.health).toBe('at-risk');
  });

  it('reads amounts in the currency of the task, exactly (JPY has no decimals)', () => {
    const plan = readCurrentPlan(
      [task('5', 'Payment 1 of 1: 15000 JPY due 2026-12-01')],
      '2026-11-25',
    );
    expect(plan?.evaluation.promises[0]?.promise.amount).toEqual({
      minor: 15000n,
      currency: 'JPY',
    });
  });

  it('ignores a task whose amount does not fit its currency', () => {
    expect(
      readCurrentPlan([task('5', 'Payment 1 of 1: 150.5 JPY due 2026-12-01')], '2026-11-25'),
    ).toBe(undefined);
  });
});
