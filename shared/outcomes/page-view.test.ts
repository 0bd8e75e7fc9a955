/** The outcomes page's headline and filter choices, as both hosts show them. */
import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import { money } from '../money/money';
import { testOutcomeRecords, testPromise, testToneDay } from '../testing/outcome-records';
import { headlineFigures, recordFilterChoices } from './page-view';
import { cellText } from './view';

describe('headlineFigures', () => {
  it('leads with the kept rate and formats each figure by its kind, a missing rate as a dash', () => {
    const t = createTranslator('en');
    const figures = headlineFigures({
      keptRate: 0.5,
      promisesMade: 1234,
      plansStarted: 3,
      planCompletionRate: undefined,
      medianDaysToFirstPromise: 4,
      okFirstTimeShare: 0.75,
      contactsAgainstGuard: 0,
    });
    expect(figures.map((figure) => figure.id)).toEqual([
      'kept-rate',
      'promises',
      'plans',
      'completion',
      'median-days',
      'ok-first-time',
      'against-guard',
    ]);
    const text = figures.map((figure) => [t(figure.label), cellText(t, 'en', figure.cell)]);
    expect(text[0]).toEqual(['Kept rate', cellText(t, 'en', { kind: 'rate', value: 0.5 })]);
    expect(text[1]?.[1]).toBe('1,234');
    expect(text[3]?.[1]).toBe(cellText(t, 'en', { kind: 'rate', value: undefined }));
  });
});

describe('recordFilterChoices', () => {
  it('offers each team, agent, owner and currency found in the records once, sorted', () => {
    const records = testOutcomeRecords({
      promises: [
        testPromise({ agent: 'b2', team: 't2', amount: money(100, 'USD'), brandOrOwner: 'o1' }),
        testPromise({ agent: 'a1', amount: money(100, 'EUR') }),
      ],
      toneDays: [testToneDay({ agent: 'c3', team: undefined })],
    });
    expect(recordFilterChoices(records)).toEqual({
      teams: ['t1', 't2'],
      agents: ['a1', 'b2', 'c3'],
      owners: ['o1'],
      currencies: ['EUR', 'USD'],
    });
  });
});
