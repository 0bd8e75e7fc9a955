/**
 * The core test factory: the policies, plan requests, contact events, flags and settings that the
 * unit tests, the CLI tests, the bench and the fuzz build on, written once. Each builder returns a
 * fresh value from a documented default and takes overrides for what a test is about (test support
 * only: nothing in the product imports this file).
 */
import { money, type Money } from '../money/money';
import type { ContactEvent, Flag, PromiseState } from '../history/events';
import { eventChannels, outcomes } from '../history/events';
import type { Policy } from '../plans/policy';
import type { PlanRequest } from '../plans/suggest';
import { defaultSettings, type TactfulSettings } from '../settings/settings';
import { actionFor } from '../signals/kinds';
import type { SignalItem } from '../signals/view';
import type { Finding, ToneResult } from '../tone/types';

/** An amount in US dollars, in cents: `usd(2500)` is $25.00. */
export const usd = (minor: number): Money => money(minor, 'USD');

/**
 * Issue 5's policy: at least $25.00 a payment, at most 12 months, weekly, biweekly or monthly, up to
 * 20% off to settle, the first payment within 14 days, fees not waivable, weekends rolled forward.
 */
export function testPolicy(overrides: Partial<Policy> = {}): Policy {
  return {
    minInstalment: usd(2500),
    maxTermMonths: 12,
    frequencies: ['weekly', 'biweekly', 'monthly'],
    maxSettlementDiscountPercent: 20,
    firstPaymentWithinDays: 14,
    feesWaivable: false,
    rollWeekends: true,
    ...overrides,
  };
}

/** Issue 5's request: $1,250.00 owed on 2026-11-25 (en-US), $200.00 a month affordable. */
export function testPlanRequest(overrides: Partial<PlanRequest> = {}): PlanRequest {
  return {
    balance: usd(125000),
    today: '2026-11-25',
    locale: 'en-US',
    policy: testPolicy(),
    capacity: { kind: 'per-period', amount: usd(20000), per: 'monthly' },
    ...overrides,
  };
}

/** Issue 5's request as `tactful plan` reads it on stdin (decimal strings, `per: 'month'`). */
export function planRequestJson(overrides: Record<string, unknown> = {}) {
  return {
    balance: '1250.00',
    currency: 'USD',
    today: '2026-11-25',
    timeZone: 'America/New_York',
    locale: 'en-US',
    policy: {
      minInstalment: '25.00',
      maxTermMonths: 12,
      frequencies: ['weekly', 'biweekly', 'monthly'],
      maxSettlementDiscountPercent: 20,
      firstPaymentWithinDays: 14,
    },
    capacity: { amount: '200.00', per: 'month' },
    ...overrides,
  };
}

/**
 * A plan as the HubSpot card sends it to our backend to record (POST /api/contacts/:id/plans):
 * three monthly payments of $100.00 from 1 December 2026 unless overridden.
 */
export function planWriteJson(idempotencyKey: string, overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey,
    currency: 'USD',
    summary: '3 monthly payments of $100.00',
    instalments: ['2026-12-01', '2027-01-01', '2027-02-01'].map((due) => ({
      due,
      amount: '100.00',
    })),
    ...overrides,
  };
}

/** A promise to pay as the HubSpot card sends it to our backend (POST /api/contacts/:id/promises). */
export function promiseWriteJson(idempotencyKey: string, overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey,
    amount: { amount: '200.00', currency: 'USD' },
    due: '2026-12-01',
    channel: 'call',
    summary: 'Will pay $200.00 on 1 December 2026.',
    ...overrides,
  };
}

/** The moment history tests see the timeline from: Wednesday 2026-11-25, 09:00 in Chicago. */
export const historyNow = '2026-11-25T15:00:00Z';
/** The customer's zone in history tests. */
export const historyTimeZone = 'America/Chicago';

/** A contact event at `at`: an unanswered outbound call unless overridden; its id names `at`. */
export function testEvent(at: string, overrides: Partial<ContactEvent> = {}): ContactEvent {
  return {
    id: `e-${at}`,
    at,
    channel: 'call',
    direction: 'outbound',
    outcome: 'no-answer',
    ...overrides,
  };
}

/** A promise to pay the customer made at `at` for `dueDate`, now in `state` (an inbound event). */
export function testPromise(
  at: string,
  state: PromiseState,
  dueDate: string,
  overrides: Partial<ContactEvent> = {},
): ContactEvent {
  return testEvent(at, {
    channel: 'promise',
    direction: 'inbound',
    outcome: 'unknown',
    promise: { state, dueDate },
    ...overrides,
  });
}

/** A flag an agent set on `since` (an instant or a calendar date). */
export function testFlag(kind: Flag['kind'], since: string, overrides: Partial<Flag> = {}): Flag {
  return { kind, since, source: 'agent', ...overrides };
}

/**
 * A deterministic timeline of `count` events over the two years before `now` (a linear
 * congruential generator from `seed`): every channel and outcome, promises kept or broken.
 */
export function syntheticTimeline(count: number, now = historyNow, seed = 42): ContactEvent[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const end = Date.parse(now);
  const span = 2 * 365 * 86_400_000;
  return Array.from({ length: count }, (_, i): ContactEvent => {
    const channel = eventChannels[Math.floor(next() * eventChannels.length)] ?? 'call';
    return {
      id: `e${i}`,
      at: new Date(end - Math.floor(next() * next() * span)).toISOString(),
      channel,
      direction: next() < 0.6 ? 'outbound' : 'inbound',
      outcome: outcomes[Math.floor(next() * outcomes.length)] ?? 'unknown',
      ...(channel === 'promise'
        ? { promise: { state: next() < 0.5 ? 'kept' : 'broken', dueDate: '2026-10-01' } }
        : {}),
    };
  });
}

/**
 * A history request as `tactful history` reads it on stdin: 09:00 in Chicago, due 2026-11-10, a
 * call answered two days ago, an email reply yesterday, and no texts since June.
 */
export function historyRequestJson(overrides: Record<string, unknown> = {}) {
  return {
    now: historyNow,
    timeZone: historyTimeZone,
    dueDate: '2026-11-10',
    events: [
      {
        at: '2026-11-23T16:00:00Z',
        channel: 'call',
        direction: 'outbound',
        outcome: 'conversation',
      },
      { at: '2026-11-24T18:00:00Z', channel: 'email', direction: 'inbound', outcome: 'replied' },
    ],
    flags: [{ kind: 'do-not-sms', since: '2026-06-01', source: 'customer' }],
    ...overrides,
  };
}

/** Each settings section, partly: what a test changes from the defaults. */
export type SettingsOverrides = {
  [Section in keyof TactfulSettings]?: Partial<TactfulSettings[Section]>;
};

/** Settings as a plain object type (not the interface), so they also pass as a JSON record. */
export type TestSettings = { [Section in keyof TactfulSettings]: TactfulSettings[Section] };

/** The default settings with some fields of some sections changed (each section merged, not replaced). */
export function testSettings(overrides: SettingsOverrides = {}): TestSettings {
  const merged: Record<string, unknown> = { ...defaultSettings };
  for (const [section, fields] of Object.entries(overrides)) {
    merged[section] = { ...(merged[section] as object), ...(fields as object) };
  }
  return merged as unknown as TestSettings;
}

/** A tone finding: a one-character `jargon` review at the start, unless overridden. */
export function testFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'test',
    category: 'jargon',
    severity: 'review',
    start: 0,
    end: 1,
    excerpt: 'x',
    reason: 'test',
    ...overrides,
  };
}

/** An English tone check with `verdict` and `findings`, scored 50. */
export function testToneResult(verdict: ToneResult['verdict'], findings: Finding[]): ToneResult {
  return { verdict, score: 50, locale: 'en', findings };
}

/**
 * A signals view item of the kind given (the customer's "I can pay" promise unless said), in comment
 * 70001, its label and suggested action those the view gives that kind.
 */
export function testSignalItem(overrides: Partial<SignalItem> = {}): SignalItem {
  const kind = overrides.kind ?? 'promise';
  return {
    key: 'k',
    kind,
    commentId: '70001',
    label: `signals.kind.${kind}`,
    action: actionFor(kind),
    details: [],
    excerpt: 'I can pay',
    suggestedFlags: [],
    selfHarm: false,
    ...overrides,
  };
}
