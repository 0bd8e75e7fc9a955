import { describe, expect, it } from '@jest/globals';
import { testEvent, testFlag } from '../testing/factories';
import type { Flag } from './events';
import { contactAllowedAt, contactGuards, type GuardContext } from './guards';

const chicago = 'America/Chicago';

/** An unanswered outbound call at `at`, and a flag an agent set. */
const call = testEvent;
const flag = testFlag;

const context = (overrides: Partial<GuardContext> = {}): GuardContext => ({
  timeZone: chicago,
  events: [],
  flags: [],
  ...overrides,
});

const codes = (result: { reasons: readonly { code: string }[] }) =>
  result.reasons.map((r) => r.code);

describe('quiet hours', () => {
  it('allows contact at 08:00 and 20:59 local and says so with the moment itself', () => {
    const morning = contactAllowedAt('call', '2026-11-25T08:00:00-06:00', context());
    expect(morning).toMatchObject({ allowed: true, reasons: [] });
    expect(morning.nextAllowedAt).toBe('2026-11-25T08:00:00-06:00');
    expect(contactAllowedAt('sms', '2026-11-25T20:59:00-06:00', context()).allowed).toBe(true);
  });

  it('refuses 07:59 and 21:00 local and points to the next 08:00 in the customer’s zone', () => {
    const early = contactAllowedAt('email', '2026-11-25T13:59:00Z', context());
    expect(early.allowed).toBe(false);
    expect(codes(early)).toEqual(['quiet-hours']);
    expect(early.nextAllowedAt).toBe('2026-11-25T08:00:00-06:00');
    const late = contactAllowedAt('email', '2026-11-25T21:00:00-06:00', context());
    expect(late.nextAllowedAt).toBe('2026-11-26T08:00:00-06:00');
  });

  it('honours a narrower company window and never a wider one', () => {
    const narrow = context({ quietHours: { start: '09:30', end: '17:00' } });
    expect(contactAllowedAt('call', '2026-11-25T09:00:00-06:00', narrow).nextAllowedAt).toBe(
      '2026-11-25T09:30:00-06:00',
    );
    const wide = context({ quietHours: { start: '06:00', end: '23:00' } });
    expect(contactAllowedAt('call', '2026-11-25T07:00:00-06:00', wide).allowed).toBe(false);
    expect(contactAllowedAt('call', '2026-11-25T22:00:00-06:00', wide).allowed).toBe(false);
  });

  it('does not hold letters to the time of day (posting is not a contact moment)', () => {
    expect(contactAllowedAt('letter', '2026-11-25T03:00:00-06:00', context()).allowed).toBe(true);
  });
});

describe('daylight saving time', () => {
  it('New York spring-forward night: next 08:00 is on the new offset', () => {
    const result = contactAllowedAt(
      'call',
      '2026-03-08T01:30:00-05:00',
      context({ timeZone: 'America/New_York' }),
    );
    expect(result.nextAllowedAt).toBe('2026-03-08T08:00:00-04:00');
  });

  it('New York fall-back night: the repeated hour is still quiet, next 08:00 is EST', () => {
    const ny = context({ timeZone: 'America/New_York' });
    expect(contactAllowedAt('call', '2026-11-01T01:30:00-04:00', ny).nextAllowedAt).toBe(
      '2026-11-01T08:00:00-05:00',
    );
    expect(contactAllowedAt('call', '2026-11-01T01:30:00-05:00', ny).nextAllowedAt).toBe(
      '2026-11-01T08:00:00-05:00',
    );
  });

  it('London in British Summer Time: 07:30 UTC is 08:30 local and allowed', () => {
    const london = context({ timeZone: 'Europe/London' });
    expect(contactAllowedAt('sms', '2026-03-29T07:30:00Z', london).allowed).toBe(true);
    expect(contactAllowedAt('sms', '2026-03-28T07:30:00Z', london).allowed).toBe(false);
  });

  it('Lord Howe Island’s half-hour shift lands on +10:30', () => {
    const lordHowe = context({ timeZone: 'Australia/Lord_Howe' });
    expect(contactAllowedAt('call', '2026-04-04T22:00:00+11:00', lordHowe).nextAllowedAt).toBe(
      '2026-04-05T08:00:00+10:30',
    );
  });
});

describe('call frequency (Reg F §1006.14(b)(2))', () => {
  const sevenCalls = [19, 20, 21, 22, 23, 24, 25].map((day) => call(`2026-11-${day}T15:00:00Z`));

  it('refuses an 8th call within 7 consecutive days and names the day calls may resume', () => {
    const result = contactAllowedAt(
      'call',
      '2026-11-25T17:00:00Z',
      context({ events: sevenCalls }),
    );
    expect(result.allowed).toBe(false);
    expect(codes(result)).toEqual(['call-frequency']);
    // The oldest call (19 Nov) leaves the 7-day window on 26 Nov.
    expect(result.nextAllowedAt).toBe('2026-11-26T08:00:00-06:00');
  });

  it('leaves email open while calls are capped', () => {
    const guards = contactGuards('2026-11-25T17:00:00Z', context({ events: sevenCalls }));
    expect(guards.call.allowed).toBe(false);
    expect(guards.email.allowed).toBe(true);
  });

  it('does not count calls made with the customer’s prior consent, or inbound calls', () => {
    const [first, ...rest] = sevenCalls;
    expect(first).toBeDefined();
    const consented = [{ ...first!, consentToCall: true }, ...rest];
    expect(
      contactAllowedAt('call', '2026-11-25T17:00:00Z', context({ events: consented })).allowed,
    ).toBe(true);
    const inbound = [{ ...first!, direction: 'inbound' as const }, ...rest];
    expect(
      contactAllowedAt('call', '2026-11-25T17:00:00Z', context({ events: inbound })).allowed,
    ).toBe(true);
  });

  it('pauses calls for 7 days after a conversation about the debt, its day being day 1', () => {
    const spoke = [call('2026-11-23T16:00:00Z', { outcome: 'conversation', direction: 'inbound' })];
    const result = contactAllowedAt('call', '2026-11-29T16:00:00Z', context({ events: spoke }));
    expect(codes(result)).toEqual(['call-after-conversation']);
    expect(result.nextAllowedAt).toBe('2026-11-30T08:00:00-06:00');
    expect(
      contactAllowedAt('call', '2026-11-30T16:00:00Z', context({ events: spoke })).allowed,
    ).toBe(true);
  });

  it('ignores conversations with someone else or about something else', () => {
    const events = [
      call('2026-11-24T16:00:00Z', { outcome: 'conversation', rightParty: false }),
      call('2026-11-24T17:00:00Z', { outcome: 'conversation', aboutDebt: false }),
    ];
    expect(contactAllowedAt('call', '2026-11-25T16:00:00Z', context({ events })).allowed).toBe(
      true,
    );
  });

  it('ignores events after the moment asked about', () => {
    const later = [call('2026-11-26T16:00:00Z', { outcome: 'conversation' })];
    expect(
      contactAllowedAt('call', '2026-11-25T16:00:00Z', context({ events: later })).allowed,
    ).toBe(true);
  });
});

describe('flags', () => {
  const noon = '2026-11-25T18:00:00Z';

  it('a cease request closes every channel until cleared, except its confirmation in writing', () => {
    const flags = [flag('cease', '2026-11-01')];
    const guards = contactGuards(noon, context({ flags }));
    for (const result of Object.values(guards)) {
      expect(result).toMatchObject({ allowed: false, nextAllowedAt: null });
      expect(codes(result)).toContain('cease');
    }
    const confirm = contactGuards(noon, context({ flags, purpose: 'cease-confirmation' }));
    expect(confirm.letter.allowed).toBe(true);
    expect(confirm.email.allowed).toBe(true);
    expect(confirm.email.notices.map((n) => n.code)).toEqual(['cease-confirmation-only']);
    expect(confirm.call.allowed).toBe(false);
  });

  it('a channel opt-out closes only that channel', () => {
    const guards = contactGuards(
      noon,
      context({ flags: [flag('do-not-call', '2026-10-01T00:00:00Z')] }),
    );
    expect(guards.call).toMatchObject({ allowed: false, nextAllowedAt: null });
    expect(guards.sms.allowed).toBe(true);
    expect(guards.email.allowed).toBe(true);
  });

  it('a dispute with an answer date pauses everything until then, within quiet hours', () => {
    const flags = [flag('dispute', '2026-11-20', { until: '2026-12-02' })];
    const result = contactAllowedAt('sms', noon, context({ flags }));
    expect(codes(result)).toEqual(['dispute']);
    expect(result.nextAllowedAt).toBe('2026-12-02T08:00:00-06:00');
  });

  it('breathing space lasts 60 days from its start', () => {
    const flags = [flag('breathing-space', '2026-10-01T09:00:00+01:00')];
    const london = context({ timeZone: 'Europe/London', flags });
    const result = contactAllowedAt('email', '2026-11-25T10:00:00Z', london);
    expect(codes(result)).toEqual(['breathing-space']);
    // 60 calendar days later, same wall-clock time, after the clocks went back.
    expect(result.nextAllowedAt).toBe('2026-11-30T09:00:00+00:00');
  });

  it('bankruptcy and death close all channels with no reopening date', () => {
    for (const kind of ['bankruptcy', 'deceased'] as const) {
      const guards = contactGuards(noon, context({ flags: [flag(kind, '2026-11-01')] }));
      expect(guards.call.nextAllowedAt).toBeNull();
      expect(guards.letter.nextAllowedAt).toBeNull();
    }
  });

  /** Whether a call may go at noon to a customer with one flag, from `since`. */
  const callAtNoonWithFlag = (kind: Flag['kind'], since: string) =>
    contactAllowedAt('call', noon, context({ flags: [flag(kind, since)] }));

  it('a flag that starts later does not close the channel now', () => {
    const result = callAtNoonWithFlag('dispute', '2026-12-01');
    expect(result.allowed).toBe(true);
  });

  it('vulnerability is a notice about tone and pace, not a stop', () => {
    const result = callAtNoonWithFlag('vulnerable', '2026-11-01');
    expect(result.allowed).toBe(true);
    expect(result.notices.map((n) => n.code)).toEqual(['vulnerable']);
  });
});

describe('times the customer said do not suit them', () => {
  it('skips a weekday working-hours window', () => {
    const inconvenientTimes = [{ start: '09:00', end: '17:30', weekdays: [1, 2, 3, 4, 5] }];
    // Wednesday 25 Nov 2026, 12:00 in Chicago.
    const result = contactAllowedAt('call', '2026-11-25T18:00:00Z', context({ inconvenientTimes }));
    expect(codes(result)).toEqual(['inconvenient-time']);
    expect(result.nextAllowedAt).toBe('2026-11-25T17:30:00-06:00');
    // Saturday is fine.
    expect(
      contactAllowedAt('call', '2026-11-28T18:00:00Z', context({ inconvenientTimes })).allowed,
    ).toBe(true);
  });

  it('handles a window running over midnight and one limited to a channel', () => {
    const inconvenientTimes = [
      { start: '19:00', end: '10:00' },
      { start: '10:00', end: '12:00', channels: ['call' as const] },
    ];
    const result = contactAllowedAt(
      'call',
      '2026-11-25T20:00:00-06:00',
      context({ inconvenientTimes }),
    );
    expect(result.nextAllowedAt).toBe('2026-11-26T12:00:00-06:00');
    const sms = contactAllowedAt(
      'sms',
      '2026-11-25T20:00:00-06:00',
      context({ inconvenientTimes }),
    );
    expect(sms.nextAllowedAt).toBe('2026-11-26T10:00:00-06:00');
  });

  it('returns no time when the customer ruled out every allowed hour', () => {
    const inconvenientTimes = [{ start: '00:00', end: '24:00' }];
    const result = contactAllowedAt(
      'email',
      '2026-11-25T18:00:00Z',
      context({ inconvenientTimes }),
    );
    expect(result.nextAllowedAt).toBeNull();
    expect(codes(result)).toContain('no-allowed-time');
  });
});
