import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { main } from '../../apps/cli/main';
import { run } from '../../apps/cli/commands/plan';
import { planRequestJson } from '../../shared/testing/factories';
import { fakeIo } from './fake-io';

/** The request from issue 5, verbatim. */
const issueRequest = planRequestJson();

async function plan(request: unknown) {
  const fake = fakeIo(typeof request === 'string' ? request : JSON.stringify(request));
  const code = await main(['plan'], fake.io);
  const stdout = fake.stdout();
  return {
    code,
    stdout,
    json: (stdout === '' ? {} : JSON.parse(stdout)) as Record<string, unknown>,
    stderr: fake.stderr(),
  };
}

interface OptionJson {
  kind: string;
  frequency: string;
  instalments: { due: string; amount: string }[];
  total: string;
  discount: string;
  summary: string;
  withinPolicy: boolean;
  why: string;
  breaks: string[];
}

describe('tactful plan', () => {
  it('answers issue 5’s request with ranked options in decimal strings', async () => {
    const { code, json } = await plan(issueRequest);
    expect(code).toBe(0);
    const options = json.options as OptionJson[];
    expect(options.map((o) => `${o.kind}/${o.frequency}`)).toEqual([
      'pay-in-full/once',
      'instalments/monthly',
      'instalments/biweekly',
      'instalments/weekly',
      'settlement/once',
    ]);
    for (const option of options) {
      const cents = option.instalments.reduce(
        (sum, i) => sum + BigInt(i.amount.replace('.', '')),
        0n,
      );
      expect(`${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`).toBe(option.total);
      expect(option.instalments.every((i) => /^\d+\.\d{2}$/.test(i.amount))).toBe(true);
      expect(typeof option.summary).toBe('string');
      expect(typeof option.why).toBe('string');
    }
    expect(options[4]).toMatchObject({ total: '1000.00', discount: '250.00', withinPolicy: true });
  });

  it('lists the frequencies that would need a longer plan than policy allows, with the shortfall', async () => {
    // 100,000 at $1 a week: issue 19's 2,600 payments over 50 years are never offered.
    const { code, json } = await plan(
      planRequestJson({ balance: '100000.00', capacity: { amount: '1.00', per: 'week' } }),
    );
    expect(code).toBe(0);
    const options = json.options as OptionJson[];
    expect(options.some((o) => o.kind === 'instalments' && o.withinPolicy)).toBe(false);
    const longer = json.needsLongerPlan as Array<Record<string, unknown>>;
    expect(longer.map((entry) => entry.frequency)).toEqual(['weekly', 'biweekly', 'monthly']);
    const weekly = longer[0];
    expect(weekly).toMatchObject({ maxTermMonths: 12, affordable: '1.00' });
    expect(Number(weekly?.paymentNeeded) - Number(weekly?.shortfall)).toBeCloseTo(1, 2);
    expect(Number(weekly?.paymentNeeded) * Number(weekly?.payments)).toBeGreaterThanOrEqual(100000);
  });

  it('reports no longer plan when the pace fits the term', async () => {
    const { json } = await plan(issueRequest);
    expect(json.needsLongerPlan).toEqual([]);
  });

  it.each([
    ['JPY', '125000', '2500', '20000', '17857'],
    ['KWD', '100.000', '5.000', '30.000', '25.000'],
  ])(
    'writes amounts in %s’s own precision (JPY none, KWD three)',
    async (currency, balance, minInstalment, affordable, firstMonthly) => {
      const { json } = await plan({
        ...issueRequest,
        balance,
        currency,
        policy: { ...issueRequest.policy, minInstalment },
        capacity: { amount: affordable, per: 'month' },
      });
      expect((json.options as OptionJson[])[1]?.instalments[0]?.amount).toBe(firstMonthly);
    },
  );

  it('summarises in Spanish for a Spanish-speaking customer', async () => {
    const { json } = await plan({ ...issueRequest, locale: 'es-ES' });
    expect((json.options as OptionJson[])[0]?.summary).toBe(
      'Un pago de 1250,00\u00a0US$ el 25 de noviembre de 2026.',
    );
  });

  it.each([
    [{ ...issueRequest, balance: '-10.00' }, 'balance'],
    [{ ...issueRequest, balance: '12.345' }, 'balance'],
    [{ ...issueRequest, balance: 'lots' }, 'balance'],
    [{ ...issueRequest, currency: 'XYZ' }, 'currency'],
    [{ ...issueRequest, timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ ...issueRequest, today: '2026-02-30' }, 'today'],
    [
      { ...issueRequest, policy: { ...issueRequest.policy, maxTermMonths: 0 } },
      'policy.maxTermMonths',
    ],
    [
      { ...issueRequest, policy: { ...issueRequest.policy, frequencies: [] } },
      'policy.frequencies',
    ],
    [
      { ...issueRequest, policy: { ...issueRequest.policy, minInstalment: '0.00' } },
      'policy.minInstalment',
    ],
    [
      { ...issueRequest, policy: { ...issueRequest.policy, maxSettlementDiscountPercent: 100 } },
      'policy.maxSettlementDiscountPercent',
    ],
    [{ ...issueRequest, capacity: { amount: '-1.00', per: 'month' } }, 'capacity.amount'],
    ['{not json', 'request'],
  ])(
    'refuses bad input %#: the field on stderr, exit 2, nothing on stdout',
    async (request, field) => {
      const { code, stdout, stderr } = await plan(request);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(new RegExp(`^tactful plan: ${field.replaceAll('.', '\\.')}: .+\n$`));
    },
  );

  it('takes today in the customer’s time zone when the request gives no date', async () => {
    const { today: _today, ...withoutToday } = issueRequest;
    const fake = fakeIo(JSON.stringify(withoutToday));
    // 03:30 UTC on 26 November is still 25 November in New York.
    const code = await run([], fake.io, () => new Date('2026-11-26T03:30:00Z'));
    expect(code).toBe(0);
    const options = (JSON.parse(fake.stdout()) as { options: OptionJson[] }).options;
    expect(options[0]?.instalments[0]?.due).toBe('2026-11-25');
  });

  it('accepts income and expenditure instead of an amount', async () => {
    const { code, json } = await plan({
      ...issueRequest,
      capacity: { monthlyIncome: '2100.00', monthlyEssentialOutgoings: '1900.00' },
    });
    expect(code).toBe(0);
    const monthly = (json.options as OptionJson[]).find((o) => o.frequency === 'monthly');
    expect(monthly?.instalments).toHaveLength(7);
  });

  it('runs as `npx tactful plan` and prints no stack trace on bad input', () => {
    const good = spawnSync('npx', ['tactful', 'plan'], {
      input: JSON.stringify(issueRequest),
      encoding: 'utf8',
    });
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout).options).toHaveLength(5);
    const bad = spawnSync('npx', ['tactful', 'plan'], {
      input: JSON.stringify({ ...issueRequest, currency: 'XYZ' }),
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('tactful plan: currency: "XYZ" is not an ISO 4217 currency\n');
  });
});
