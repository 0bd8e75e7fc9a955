import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createTranslator } from '../i18n';
import { testPlanRequest, testPolicy, usd } from '../testing/factories';
import {
  acceptClosed,
  blankPlanForm,
  capacityFieldsOf,
  capacityModes,
  chooserView,
  capacityFormOf,
  planChoices,
  preselectedOption,
  problemOn,
} from './choice';

const { capacity: _capacity, ...request } = testPlanRequest();
const words = { t: createTranslator('en'), locale: 'en-US' };

describe('capacityFormOf', () => {
  it('is no figure yet for a blank form or "not known", whatever was typed before', () => {
    expect(capacityFormOf(blankPlanForm)).toBeUndefined();
    expect(capacityFormOf({ ...blankPlanForm, mode: 'income-and-expenditure' })).toBeUndefined();
    expect(capacityFormOf({ ...blankPlanForm, mode: 'none', amount: '200' })).toBeUndefined();
  });

  it('reads only the fields of the chosen mode', () => {
    const typed = { ...blankPlanForm, amount: '200', income: '2000', outgoings: '1500' };
    expect(capacityFormOf(typed)).toEqual({ mode: 'per-period', amount: '200', per: 'monthly' });
    expect(capacityFormOf({ ...typed, mode: 'income-and-expenditure' })).toEqual({
      mode: 'income-and-expenditure',
      income: '2000',
      outgoings: '1500',
    });
  });

  it('never loses a field the agent typed into: one amount typed in a budget still counts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (income, outgoings) => {
        const form = {
          ...blankPlanForm,
          mode: 'income-and-expenditure' as const,
          income,
          outgoings,
        };
        const blank = income.trim() === '' && outgoings.trim() === '';
        expect(capacityFormOf(form) === undefined).toBe(blank);
      }),
    );
  });
});

describe('capacityFieldsOf', () => {
  it('shows every amount a mode reads, and no other: clearing the rest changes nothing', () => {
    const typed = { ...blankPlanForm, amount: '200', income: '2000', outgoings: '1500' };
    for (const mode of capacityModes) {
      const form = { ...typed, mode };
      const shown: readonly string[] = capacityFieldsOf[mode];
      const others = (['amount', 'income', 'outgoings'] as const).filter((f) => !shown.includes(f));
      const cleared = Object.fromEntries(others.map((field) => [field, '']));
      expect(capacityFormOf({ ...form, ...cleared })).toEqual(capacityFormOf(form));
      for (const field of shown) {
        expect(capacityFormOf({ ...form, [field]: '' })).not.toEqual(capacityFormOf(form));
      }
    }
  });
});

describe('planChoices', () => {
  it('offers the policy’s lowest payments before any figure, with cards and summaries', () => {
    const choices = planChoices(blankPlanForm, request, words);
    expect(choices.ok && choices.value.options.length).toBeGreaterThan(0);
    const first = choices.ok ? choices.value.options[0] : undefined;
    expect(first?.card.title).toBe('Pay in full');
    expect(first?.summary).toBe(first?.option.summary);
  });

  it('says in words what is wrong on the field that is wrong', () => {
    const zero = planChoices({ ...blankPlanForm, amount: '0' }, request, words);
    expect(zero.ok ? [] : zero.error).toEqual([
      { field: 'amount', text: 'Enter an amount above zero.' },
    ]);
    const budget = { ...blankPlanForm, mode: 'income-and-expenditure' as const };
    const equal = planChoices({ ...budget, income: '1500', outgoings: '1500' }, request, words);
    expect(problemOn(equal.ok ? [] : equal.error, 'outgoings')).toBeDefined();
    expect(problemOn(equal.ok ? [] : equal.error, 'income')).toBeUndefined();
  });

  it('puts a request the core refuses on the plan as a whole', () => {
    const refused = planChoices(blankPlanForm, { ...request, balance: usd(0) }, words);
    expect(refused.ok ? [] : refused.error.map((problem) => problem.field)).toEqual(['plan']);
  });

  it('words the "needs a longer plan" notice when no instalment plan fits', () => {
    const short = planChoices(
      { ...blankPlanForm, amount: '10' },
      { ...request, policy: testPolicy({ minInstalment: usd(500), maxTermMonths: 3 }) },
      words,
    );
    expect(short.ok && short.value.anyFits).toBe(false);
    expect(short.ok && short.value.longer[0]?.text).toMatch(/^Needs a longer plan/);
  });
});

describe('choosing and accepting', () => {
  const choices = planChoices({ ...blankPlanForm, amount: '200' }, request, words);
  const options = choices.ok ? choices.value.options : [];

  it('starts on the first option within policy that the customer can afford', () => {
    const start = preselectedOption(options);
    expect(start?.option.withinPolicy).toBe(true);
    expect(start?.option.affordable).not.toBe(false);
    expect(preselectedOption([])).toBeUndefined();
  });

  it('closes Accept outside policy, while saving, and once this option is recorded', () => {
    const option = { id: 'a', withinPolicy: true };
    expect(acceptClosed({ status: 'idle' }, option)).toBeUndefined();
    expect(acceptClosed({ status: 'idle' }, { ...option, withinPolicy: false })).toBe(
      'outside-policy',
    );
    expect(acceptClosed({ status: 'saving', optionId: 'b' }, option)).toBe('saving');
    expect(acceptClosed({ status: 'saved', optionId: 'a' }, option)).toBe('recorded');
    expect(acceptClosed({ status: 'saved', optionId: 'b' }, option)).toBeUndefined();
    expect(acceptClosed({ status: 'failed', optionId: 'a' }, option)).toBeUndefined();
  });
});

describe('chooserView', () => {
  const choices = planChoices({ ...blankPlanForm, amount: '200' }, request, words);
  const options = choices.ok ? choices.value.options : [];

  it('shows nothing before the form is sent, and the problems instead of options after a bad one', () => {
    expect(chooserView(undefined, undefined, true)).toEqual({
      options: [],
      problems: [],
      planProblem: undefined,
      longer: [],
      nothingFits: false,
      chosen: undefined,
    });
    const refused = planChoices(blankPlanForm, { ...request, balance: usd(0) }, words);
    const view = chooserView(refused, undefined, true);
    expect(view.options).toEqual([]);
    expect(view.planProblem).toBeDefined();
  });

  it('chooses the picked option; with nothing picked, the preselected one only when asked', () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom(...options.map((o) => o.id), 'gone')), (picked) => {
        const id = picked ?? undefined;
        const pickedOption = options.find((option) => option.id === id);
        expect(chooserView(choices, id, false).chosen).toBe(pickedOption);
        expect(chooserView(choices, id, true).chosen).toBe(
          pickedOption ?? preselectedOption(options),
        );
      }),
    );
  });

  it('says nothing fits only for options where none is within policy and affordable', () => {
    const short = planChoices(
      { ...blankPlanForm, amount: '10' },
      { ...request, policy: testPolicy({ minInstalment: usd(500), maxTermMonths: 3 }) },
      words,
    );
    expect(chooserView(short, undefined, true).nothingFits).toBe(true);
    expect(chooserView(choices, undefined, true).nothingFits).toBe(false);
  });
});
