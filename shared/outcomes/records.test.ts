import { describe, expect, it } from '@jest/globals';
import { money } from '../money/money';
import { emptyOutcomeRecordLists, readOutcomeRecord } from './records';

const empty = emptyOutcomeRecordLists;

describe('reading outcome records', () => {
  it('reads a promise with its amount exact in the currency', () => {
    const into = empty();
    const problem = readOutcomeRecord(
      {
        type: 'promise',
        id: 'p1',
        customerRef: '42',
        agent: '7',
        amount: '1250.5',
        currency: 'KWD',
        due: '2026-11-02',
        madeOn: '2026-10-20',
      },
      into,
    );
    expect(problem).toBeUndefined();
    expect(into.promises[0]?.amount).toEqual(money(1_250_500, 'KWD'));
  });

  it('says what is wrong with a record it cannot read', () => {
    const promise = {
      type: 'promise',
      id: 'p1',
      customerRef: '42',
      agent: '7',
      amount: '10.00',
      currency: 'USD',
      due: '2026-11-02',
      madeOn: '2026-10-20',
    };
    expect(readOutcomeRecord({ ...promise, due: '2026-02-30' }, empty())).toBe(
      '"due": "2026-02-30" is not a YYYY-MM-DD calendar date',
    );
    expect(readOutcomeRecord({ ...promise, amount: '10.001' }, empty())).toBe(
      '"amount": USD amounts have at most 2 decimal places',
    );
    expect(readOutcomeRecord({ ...promise, amount: '-5' }, empty())).toBe(
      '"amount": an amount cannot be negative',
    );
    expect(readOutcomeRecord({ type: 'visit' }, empty())).toMatch(/^"type": /);
    expect(
      readOutcomeRecord(
        {
          type: 'plan',
          planKey: 'k1',
          customerRef: '42',
          agent: '7',
          acceptedOn: '2026-10-20',
          firstDue: '2026-10-20',
          count: 3,
          currency: 'ABC',
        },
        empty(),
      ),
    ).toBe('"currency": not an ISO 4217 currency such as EUR');
    expect(
      readOutcomeRecord(
        {
          type: 'tone-day',
          agent: '7',
          date: '2026-11-02',
          draftsChecked: 3,
          okFirstTime: 4,
          sends: 2,
          blocksCaught: 0,
          sentOverWarning: 0,
          suggestionsApplied: 0,
          categories: { threat: 1 },
        },
        empty(),
      ),
    ).toBe('"okFirstTime": more than "sends"');
  });
});
