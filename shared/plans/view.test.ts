import { describe, expect, it } from '@jest/globals';
import { testPlanRequest, testPolicy, usd } from '../testing/factories';
import { createTranslator } from '../i18n';
import { evaluatePromises, type PromiseToPay } from './promises';
import { defaultSettings, toPlanPolicy } from '../settings';
import { chooserCaseBalance, planChooserCases } from '../testing/plan-chooser-cases';
import { blankPlanForm, chooserView, planChoices } from './choice';
import { chooserNotices, suggestFromForm } from './view';
import { promiseRows } from './view-words';

/** Issue 5's request without its capacity: what the form is for. */
const { capacity: _capacity, ...request } = testPlanRequest();

describe('suggestFromForm', () => {
  it('offers the options for what the agent typed, read in their locale', () => {
    const typed = suggestFromForm(
      { mode: 'per-period', amount: '200', per: 'monthly' },
      request,
      'en-US',
    );
    expect(typed.ok && typed.value.options.length).toBeGreaterThan(0);
    expect(typed.ok && typed.value.anyFits).toBe(true);
    expect(typed.ok && typed.value.longer).toEqual([]);
  });

  it('offers the policy’s lowest payments when no figure is typed yet', () => {
    const blank = suggestFromForm(undefined, request, 'en-US');
    expect(blank.ok && blank.value.options.length).toBeGreaterThan(0);
  });

  it('names the field to fix, and asks the core nothing', () => {
    const zero = suggestFromForm(
      { mode: 'per-period', amount: '0', per: 'monthly' },
      request,
      'en-US',
    );
    expect(zero).toEqual({
      ok: false,
      error: { kind: 'form', problems: [{ field: 'amount', error: 'zero' }] },
    });
  });

  it('says what would fit when no instalment plan fits the policy’s term', () => {
    const short = suggestFromForm(
      { mode: 'per-period', amount: '10', per: 'monthly' },
      { ...request, policy: testPolicy({ minInstalment: usd(500), maxTermMonths: 3 }) },
      'en-US',
    );
    expect(short.ok && short.value.anyFits).toBe(false);
    expect(short.ok && short.value.longer.map((notice) => notice.frequency)).toContain('monthly');
  });
});

describe('promiseRows', () => {
  it('names each promise by its due day as a calendar date beside the day in the agent’s words', () => {
    const promise: PromiseToPay = {
      id: 'plan-1',
      amount: usd(5000),
      due: '2026-12-01',
      channel: 'phone',
      recordedBy: 'agent-1',
    };
    const evaluation = evaluatePromises([promise], [], '2026-11-20');
    const [row] = promiseRows(evaluation, createTranslator('en'), 'en-US').rows;
    expect(row).toMatchObject({ dueOn: '2026-12-01', due: 'December 1, 2026', state: 'pending' });
  });
});

describe('chooserNotices: the shared plan chooser cases', () => {
  const policy = toPlanPolicy(defaultSettings.policy, 'USD');
  const words = { t: createTranslator('en'), locale: 'en-US' };
  const noticesFor = (amount: string) => {
    if (!policy.ok) throw new Error('the default policy is valid');
    const form = { ...blankPlanForm, amount };
    const request = { ...testPlanRequest(), policy: policy.value };
    const balance = { ...request, balance: { minor: chooserCaseBalance, currency: 'USD' } };
    const view = chooserView(planChoices(form, balance, words), undefined, false);
    return { view, notices: chooserNotices(view) };
  };

  it.each(planChooserCases)('$name', (c) => {
    const { view, notices } = noticesFor(c.perMonth);
    expect(notices.map((notice) => notice.key)).toEqual([
      ...(c.nothingFits ? ['nothing-fits'] : []),
      ...c.longer.map((frequency) => `needs-longer-plan-${frequency}`),
    ]);
    expect(view.options.some((option) => option.id === 'instalments-monthly')).toBe(
      c.monthlyInstalments,
    );
  });

  it('puts what is wrong with the plan as a whole first', () => {
    const notices = chooserNotices({
      planProblem: 'The policy allows no plan.',
      nothingFits: true,
      longer: [],
    });
    expect(notices).toEqual([
      { code: 'plan-problem', key: 'problem', text: 'The policy allows no plan.' },
      { code: 'nothing-fits', key: 'nothing-fits' },
    ]);
  });
});
