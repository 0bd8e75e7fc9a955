/** The outcomes page's headline and filter choices, as both hosts show them. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createTranslator } from '../i18n';
import { money } from '../money/money';
import { testOutcomeRecords, testPromise, testToneDay } from '../testing/outcome-records';
import { filterSelects, headlineFigures, recordFilterChoices, withFilterChoice } from './page-view';
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

describe('filterSelects', () => {
  const choices = { teams: ['t1'], agents: ['a1', 'a2'], owners: ['360001'], currencies: ['EUR'] };

  it('offers team, agent, brand or owner and currency in that order, each from the records', () => {
    const selects = filterSelects(choices, { label: 'outcomes.filter.owner' });
    expect(selects.map((select) => [select.key, select.label])).toEqual([
      ['team', 'outcomes.column.team'],
      ['agent', 'outcomes.column.agent'],
      ['brandOrOwner', 'outcomes.filter.owner'],
      ['currency', 'outcomes.column.currency'],
    ]);
    expect(selects[1]?.options).toEqual([
      { value: 'a1', label: 'a1' },
      { value: 'a2', label: 'a2' },
    ]);
  });

  it('names brands as the host knows them, and leaves the select out when there is none', () => {
    const brand = { value: '360001', label: 'Acme Collections' };
    const named = filterSelects(choices, { label: 'outcomes.filter.brand', options: [brand] });
    expect(named.find((select) => select.key === 'brandOrOwner')?.options).toEqual([brand]);
    const none = filterSelects(choices, { label: 'outcomes.filter.brand', options: [] });
    expect(none.map((select) => select.key)).toEqual(['team', 'agent', 'currency']);
  });

  it('sets a filter only to a value its select offers; anything else ("All") clears it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom('a1', 'a2', ''), fc.string()), (value) => {
        const agent = filterSelects(choices, { label: 'outcomes.filter.owner' })[1];
        if (agent === undefined) throw new Error('no agent select');
        const chosen = withFilterChoice({ team: 't1', agent: 'a1' }, agent, value);
        expect(chosen.team).toBe('t1');
        expect(chosen.agent).toBe(['a1', 'a2'].includes(value) ? value : undefined);
      }),
    );
  });
});
