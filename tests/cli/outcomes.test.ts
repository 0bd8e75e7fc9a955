import { describe, expect, it } from '@jest/globals';
import { main } from '../../apps/cli/main';
import { fakeIo } from './fake-io';

// Customer 1 (USD) kept a promise and broke the next; customer 2 (EUR) kept one. Agent 7 checked
// drafts on Monday of week 48.
const records = [
  {
    type: 'promise',
    id: 'p1',
    customerRef: '1',
    agent: '7',
    team: 'north',
    amount: '100.00',
    currency: 'USD',
    due: '2026-11-02',
    madeOn: '2026-10-20',
    planKey: 'k1',
  },
  {
    type: 'promise',
    id: 'p2',
    customerRef: '1',
    agent: '7',
    team: 'north',
    amount: '100.00',
    currency: 'USD',
    due: '2026-11-09',
    madeOn: '2026-10-20',
    planKey: 'k1',
  },
  {
    type: 'promise',
    id: 'p3',
    customerRef: '2',
    agent: '8',
    team: 'south',
    amount: '50.00',
    currency: 'EUR',
    due: '2026-11-10',
    madeOn: '2026-11-03',
  },
  { type: 'payment', customerRef: '1', amount: '100.00', currency: 'USD', paidOn: '2026-11-01' },
  { type: 'payment', customerRef: '2', amount: '50.00', currency: 'EUR', paidOn: '2026-11-10' },
  {
    type: 'plan',
    planKey: 'k1',
    customerRef: '1',
    agent: '7',
    team: 'north',
    acceptedOn: '2026-10-20',
    firstDue: '2026-11-02',
    count: 2,
    currency: 'USD',
  },
  { type: 'first-contact', customerRef: '1', on: '2026-10-10' },
  {
    type: 'tone-day',
    agent: '7',
    team: 'north',
    date: '2026-11-23',
    draftsChecked: 12,
    sends: 10,
    okFirstTime: 9,
    blocksCaught: 2,
    sentOverWarning: 1,
    suggestionsApplied: 3,
    categories: { threat: 2, jargon: 4 },
  },
  {
    type: 'guard-day',
    agent: '7',
    team: 'north',
    date: '2026-11-23',
    notNow: 3,
    contactsAgainstGuard: 0,
  },
];
const jsonl = records.map((record) => JSON.stringify(record)).join('\n');

async function outcomes(args: string[], stdin = jsonl) {
  const fake = fakeIo(stdin);
  const code = await main(['outcomes', '--today', '2026-11-25', ...args], fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('tactful outcomes', () => {
  it('prints the headline figures and every table', async () => {
    const run = await outcomes([]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Collections outcomes: 2026-09-07 – 2026-11-29');
    expect(run.stdout).toContain('Kept rate: 67%');
    expect(run.stdout).toContain('Median time from first contact to first promise: 10 days');
    expect(run.stdout).toMatch(/^2026-W46 +2 +1 +0 +1 +0 +50%$/m);
    expect(run.stdout).toMatch(/^Broken +1$/m);
    expect(run.stdout).toMatch(/^7 +12 +90% +2 +1 +Jargon \(4\), Threat \(2\)$/m);
  });

  it('prints one table as CSV, amounts in their own currency', async () => {
    const run = await outcomes(['--csv', 'amounts-by-week']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'week,currency,promised,received\r\n2026-W45,USD,100.00,100.00\r\n2026-W46,EUR,50.00,50.00\r\n2026-W46,USD,100.00,0.00\r\n',
    );
  });

  it('narrows by team and currency, in Spanish', async () => {
    const run = await outcomes(['--team', 'south', '--currency', 'EUR', '--locale', 'es']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Tasa de cumplimiento: 100');
    expect(run.stdout).not.toContain('USD');
  });

  it.each([
    [['--csv', 'nope'], /--csv "nope" is not a table; one of promises-by-week,/],
    [['--from', '2026-13-01'], /--from "2026-13-01" is not a YYYY-MM-DD date/],
    [['--from', '2026-11-20', '--to', '2026-11-01'], /--from is after --to/],
    [['--currency', 'euro'], /--currency "euro" is not an ISO 4217 code/],
    [['--time-zone', 'Mars/Olympus'], /--time-zone "Mars\/Olympus" is not an IANA time zone/],
  ])('refuses %j with exit code 2', async (args, message) => {
    const run = await outcomes(args);
    expect(run).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(message) });
  });

  it('names the line of a record it cannot read', async () => {
    const bad = `${jsonl}\n{"type":"payment","customerRef":"1","amount":"1.005","currency":"USD","paidOn":"2026-11-01"}`;
    const run = await outcomes([], bad);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tactful outcomes: line 10: "amount": USD amounts have at most 2 decimal places\n',
    });
    const notJson = await outcomes([], 'promise p1');
    expect(notJson.stderr).toBe('tactful outcomes: line 1: not valid JSON\n');
  });
});
