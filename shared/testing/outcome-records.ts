/**
 * Test factories for outcome records (shared/outcomes): one promise, payment, plan or day count with
 * sensible defaults, so each test states only what it is about.
 */
import type { PlainDate } from '../calendar/calendar';
import { money } from '../money/money';
import type {
  GuardDayRecord,
  OutcomeRecords,
  PaymentRecord,
  PlanRecord,
  PromiseRecord,
  ToneDayRecord,
} from '../outcomes/records';
import { emptyOutcomeRecordLists } from '../outcomes/records';
import type { ToneSend } from '../outcomes/tone-day-counts';

/** A Wednesday in ISO week 2026-W48: the default "today" of outcome tests. */
export const outcomesToday: PlainDate = '2026-11-25';

let promiseCount = 0;

/** A promise of 100.00 USD by agent a1 in team t1, due and made on the given days. */
export function testPromise(overrides: Partial<PromiseRecord> = {}): PromiseRecord {
  promiseCount += 1;
  return {
    id: `promise-${promiseCount}`,
    customerRef: 'c1',
    agent: 'a1',
    team: 't1',
    amount: money(10_000, 'USD'),
    due: '2026-11-02',
    madeOn: '2026-10-20',
    ...overrides,
  };
}

/** A payment of `minor` units of `currency` by `customerRef` (default c1, USD). */
export function testPayment(
  minor: number,
  paidOn: PlainDate,
  currency = 'USD',
  customerRef = 'c1',
): PaymentRecord {
  return { customerRef, amount: money(minor, currency), paidOn };
}

/** A 3-payment USD plan accepted on 2026-10-20, first payment due a week later. */
export function testPlan(overrides: Partial<PlanRecord> = {}): PlanRecord {
  return {
    planKey: 'plan-1',
    customerRef: 'c1',
    agent: 'a1',
    team: 't1',
    acceptedOn: '2026-10-20',
    firstDue: '2026-10-27',
    count: 3,
    currency: 'USD',
    ...overrides,
  };
}

/** Agent a1 of team t1 on Monday 2026-11-23: whose day the day factories count. */
const agentA1Day = { agent: 'a1', team: 't1', date: '2026-11-23' } as const;

/** One day of tone counts for agent a1: 10 drafts, 8 sends, 6 ok first time. */
export function testToneDay(overrides: Partial<ToneDayRecord> = {}): ToneDayRecord {
  return {
    ...agentA1Day,
    draftsChecked: 10,
    sends: 8,
    okFirstTime: 6,
    blocksCaught: 1,
    sentOverWarning: 0,
    suggestionsApplied: 2,
    categories: { pressure: 2, jargon: 1, positive: 5 },
    ...overrides,
  };
}

/** One day of guard counts for agent a1. */
export function testGuardDay(overrides: Partial<GuardDayRecord> = {}): GuardDayRecord {
  return {
    ...agentA1Day,
    notNow: 2,
    contactsAgainstGuard: 0,
    ...overrides,
  };
}

/** One send by agent 7 of group 360001 on 2026-11-23: checked twice, `review` then `ok`. */
export function testToneSend(sendId: string, overrides: Partial<ToneSend> = {}): ToneSend {
  return {
    sendId,
    agent: '7',
    team: '360001',
    date: '2026-11-23',
    checks: 2,
    firstVerdict: 'review',
    finalVerdict: 'ok',
    blocksCaught: 1,
    sentOverWarning: false,
    suggestionsApplied: 1,
    categories: { pressure: 1 },
    ...overrides,
  };
}

/**
 * Two sends on one agent's day, each checked three times with two suggestions applied: the first
 * `review` then `ok`, the second OK at once but sent over a warning as `review`. Together they
 * make `testToneSendPairCounts`.
 */
export function testToneSendPair(
  sendIds: readonly [string, string],
  overrides: Partial<ToneSend> = {},
): [ToneSend, ToneSend] {
  const first = testToneSend(sendIds[0], {
    checks: 3,
    suggestionsApplied: 2,
    categories: { pressure: 1, positive: 2 },
    ...overrides,
  });
  const second: ToneSend = {
    ...first,
    sendId: sendIds[1],
    firstVerdict: 'ok',
    finalVerdict: 'review',
    sentOverWarning: true,
  };
  return [first, second];
}

/** The day counts `testToneSendPair` adds up to. */
export const testToneSendPairCounts = {
  draftsChecked: 6,
  sends: 2,
  okFirstTime: 1,
  blocksCaught: 2,
  sentOverWarning: 1,
  suggestionsApplied: 4,
  categories: { pressure: 2, positive: 4 },
  verdicts: { ok: 1, review: 1, block: 0 },
} as const;

/** Records with the given parts and nothing else. */
export function testOutcomeRecords(parts: Partial<OutcomeRecords> = {}): OutcomeRecords {
  return { ...emptyOutcomeRecordLists(), ...parts };
}

/** A `tactful_plan_record` custom object record as Zendesk lists it, with these fields. */
export function zendeskPlanRecord(id: number, fields: Record<string, string | number | boolean>) {
  return {
    id: String(id),
    name: `r${id}`,
    external_id: `r${id}`,
    custom_object_key: 'tactful_plan_record',
    custom_object_fields: fields,
    created_at: '2026-10-20T10:00:00Z',
    updated_at: '2026-10-20T10:00:00Z',
  };
}
