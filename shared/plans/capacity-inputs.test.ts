import { describe, expect, it } from '@jest/globals';
import { blankPlanForm } from './choice';
import { capacityInputs } from './capacity-inputs';

describe('capacityInputs', () => {
  it('asks for an amount and how often, per period', () => {
    const inputs = capacityInputs({ ...blankPlanForm, amount: '200' }, []);
    expect(inputs).toEqual({
      amounts: [{ field: 'amount', value: '200', problem: undefined }],
      asksPer: true,
    });
  });

  it('asks for income and outgoings for a budget, each with its own problem', () => {
    const form = { ...blankPlanForm, mode: 'income-and-expenditure', income: '1,500' } as const;
    const problems = [{ field: 'outgoings', text: 'Enter an amount.' }] as const;
    expect(capacityInputs(form, problems)).toEqual({
      amounts: [
        { field: 'income', value: '1,500', problem: undefined },
        { field: 'outgoings', value: '', problem: 'Enter an amount.' },
      ],
      asksPer: false,
    });
  });

  it('asks for nothing while the means are not known', () => {
    expect(capacityInputs({ ...blankPlanForm, mode: 'none', amount: '9' }, [])).toEqual({
      amounts: [],
      asksPer: false,
    });
  });
});
