/**
 * Property tests: the guards never allow what a rule forbids, and the next allowed time is right.
 * The rules are re-checked here independently of the guards' Luxon code, with Intl's own zone data.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ContactEvent, Flag, GuardChannel } from './events';
import { contactAllowedAt, contactGuards, type GuardContext } from './guards';
import { suggestNudge } from './nudge';
import { summarizeHistory } from './summary';

const zones = [
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Santiago',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
] as const;

// Instants near the 2026 DST changes in the zones above, so edges are hit often.
const transitions = [
  '2026-03-08T07:00:00Z', // New York spring forward
  '2026-11-01T06:00:00Z', // New York fall back
  '2026-03-29T01:00:00Z', // London spring forward
  '2026-10-25T01:00:00Z', // London fall back
  '2026-04-04T15:00:00Z', // Lord Howe back half an hour
  '2026-10-03T15:30:00Z', // Lord Howe forward half an hour
  '2026-04-05T03:00:00Z', // Santiago
  '2026-09-06T04:00:00Z', // Santiago
].map(Date.parse);

const hour = 3_600_000;
const day = 24 * hour;
const yearStart = Date.parse('2026-01-01T00:00:00Z');
const yearEnd = Date.parse('2027-01-01T00:00:00Z');

const instantArb = fc.oneof(
  fc.integer({ min: yearStart, max: yearEnd }),
  fc
    .tuple(fc.constantFrom(...transitions), fc.integer({ min: -2 * day, max: 2 * day }))
    .map(([edge, offset]) => edge + offset),
);

/** Local wall clock and date of an instant, from Intl (not Luxon). */
const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClock(ms: number, zone: string) {
  const format =
    formatters.get(zone) ??
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  formatters.set(zone, format);
  const parts = format.formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    minutes: get('hour') * 60 + get('minute'),
    day: Date.UTC(get('year'), get('month') - 1, get('day')) / day,
  };
}

const quietArb = fc.option(
  fc
    .tuple(fc.integer({ min: 6 * 60, max: 12 * 60 }), fc.integer({ min: 15 * 60, max: 23 * 60 }))
    .map(([start, end]) => ({ start, end })),
  { nil: undefined },
);
const clock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Independent quiet-hours rule: 08:00–21:00 narrowed by the company's window. */
function insideQuietWindow(ms: number, zone: string, window?: { start: number; end: number }) {
  const { minutes } = wallClock(ms, zone);
  const start = Math.max(8 * 60, window?.start ?? 0);
  const end = Math.min(21 * 60, window?.end ?? 24 * 60);
  return minutes >= start && minutes < end;
}

/** A call up to 10 days before `at`; `conversationWeight` out of 6 calls end in a conversation. */
const callArb = (at: number, conversationWeight = 1) =>
  fc
    .record({
      back: fc.oneof(fc.integer({ min: 0, max: 6 * day }), fc.integer({ min: 0, max: 10 * day })),
      direction: fc.constantFrom('outbound', 'outbound', 'inbound') as fc.Arbitrary<
        'outbound' | 'inbound'
      >,
      outcome: (conversationWeight === 0
        ? fc.constantFrom('no-answer', 'voicemail')
        : fc.oneof(
            {
              weight: 6 - conversationWeight,
              arbitrary: fc.constantFrom('no-answer', 'voicemail'),
            },
            { weight: conversationWeight, arbitrary: fc.constant('conversation') },
          )) as fc.Arbitrary<'no-answer' | 'voicemail' | 'conversation'>,
      consentToCall: fc.option(fc.boolean(), { nil: undefined }),
      rightParty: fc.option(fc.boolean(), { nil: undefined }),
      aboutDebt: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((c): ContactEvent => ({
      id: `call-${c.back}`,
      at: new Date(at - c.back).toISOString(),
      channel: 'call',
      direction: c.direction,
      outcome: c.outcome,
      consentToCall: c.consentToCall,
      rightParty: c.rightParty,
      aboutDebt: c.aboutDebt,
    }));

const scenarioArb = fc
  .record({ at: instantArb, zone: fc.constantFrom(...zones), quiet: quietArb })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      // Many calls close together, so the 7-in-7 limit is often reached.
      events: fc.array(callArb(base.at), { maxLength: 24 }),
      flags: fc.array(
        fc.record({
          kind: fc.constantFrom(
            'cease',
            'do-not-call',
            'do-not-sms',
            'dispute',
            'breathing-space',
            'vulnerable',
          ) as fc.Arbitrary<Flag['kind']>,
          // Often near 60 days back, so the end of a breathing space is hit.
          sinceOffset: fc.oneof(
            fc.integer({ min: -90 * day, max: 5 * day }),
            fc.integer({ min: -61 * day, max: -59 * day }),
          ),
          lasts: fc.option(fc.integer({ min: hour, max: 30 * day }), { nil: undefined }),
        }),
        { maxLength: 2 },
      ),
    }),
  );

function contextOf(scenario: ScenarioValue): GuardContext {
  const { base, events, flags } = scenario;
  return {
    timeZone: base.zone,
    events,
    flags: flags.map((f) => ({
      kind: f.kind,
      since: new Date(base.at + f.sinceOffset).toISOString(),
      until:
        f.lasts === undefined
          ? undefined
          : new Date(base.at + f.sinceOffset + f.lasts).toISOString(),
      source: 'test',
    })),
    quietHours: base.quiet && { start: clock(base.quiet.start), end: clock(base.quiet.end) },
  };
}
type ScenarioValue = {
  base: { at: number; zone: (typeof zones)[number]; quiet?: { start: number; end: number } };
  events: ContactEvent[];
  flags: { kind: Flag['kind']; sinceOffset: number; lasts?: number }[];
};

/** Independent call rules at instant `ms`: 7-in-7 over local days and the conversation pause. */
function callRulesAllow(ms: number, zone: string, events: readonly ContactEvent[]) {
  const today = wallClock(ms, zone).day;
  const past = events.filter((e) => Date.parse(e.at) <= ms);
  const inWindow = (e: ContactEvent) => {
    const d = wallClock(Date.parse(e.at), zone).day;
    return d >= today - 6 && d <= today;
  };
  const attempts = past.filter(
    (e) => e.direction === 'outbound' && !e.consentToCall && inWindow(e),
  );
  const conversations = past.filter(
    (e) =>
      e.outcome === 'conversation' &&
      e.rightParty !== false &&
      e.aboutDebt !== false &&
      inWindow(e),
  );
  return attempts.length < 7 && conversations.length === 0;
}

/** Independent flag rule: false when a flag that closes the channel is surely in force. */
function flagsAllow(ms: number, channel: GuardChannel, flags: readonly Flag[]) {
  return flags.every((f) => {
    const since = Date.parse(f.since);
    // Breathing space runs 60 calendar days; a DST change inside can shorten it by an hour at most.
    const defaultEnd = f.kind === 'breathing-space' ? since + 60 * day - hour : Infinity;
    const end = f.until !== undefined ? Date.parse(f.until) : defaultEnd;
    const closes =
      f.kind === 'do-not-call'
        ? channel === 'call'
        : f.kind === 'do-not-sms'
          ? channel === 'sms'
          : f.kind !== 'vulnerable';
    return !(closes && ms >= since && ms < end);
  });
}

describe('contact guard properties', () => {
  it('never allows a moment that a rule forbids', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const context = contextOf(scenario);
        const at = new Date(scenario.base.at).toISOString();
        const guards = contactGuards(at, context);
        for (const channel of ['call', 'email', 'sms'] as const) {
          if (!guards[channel].allowed) continue;
          expect(insideQuietWindow(scenario.base.at, scenario.base.zone, scenario.base.quiet)).toBe(
            true,
          );
          expect(flagsAllow(scenario.base.at, channel, context.flags)).toBe(true);
          if (channel === 'call') {
            expect(callRulesAllow(scenario.base.at, scenario.base.zone, context.events)).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the call verdict matches the 7-in-7 and conversation rules exactly', () => {
    const busyCalls = fc
      .record({ at: instantArb, zone: fc.constantFrom(...zones) })
      .chain(({ at, zone }) =>
        fc.record({
          at: fc.constant(at),
          zone: fc.constant(zone),
          events: fc.oneof(
            fc.array(callArb(at, 0), { minLength: 5, maxLength: 12 }),
            fc.array(callArb(at, 3), { maxLength: 3 }),
          ),
        }),
      );
    fc.assert(
      fc.property(busyCalls, ({ at, zone, events }) => {
        const result = contactAllowedAt('call', new Date(at).toISOString(), {
          timeZone: zone,
          events,
          flags: [],
        });
        const expected = insideQuietWindow(at, zone) && callRulesAllow(at, zone, events);
        expect(result.allowed).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('the next allowed moment is itself allowed, never earlier than asked, and allowed now means now', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom('call', 'email', 'sms', 'letter') as fc.Arbitrary<GuardChannel>,
        (scenario, channel) => {
          const context = contextOf(scenario);
          const at = new Date(scenario.base.at).toISOString();
          const result = contactAllowedAt(channel, at, context);
          if (result.nextAllowedAt === null) {
            expect(result.allowed).toBe(false);
            return;
          }
          const next = Date.parse(result.nextAllowedAt);
          expect(next).toBeGreaterThanOrEqual(scenario.base.at);
          expect(next === scenario.base.at).toBe(result.allowed);
          expect(contactAllowedAt(channel, result.nextAllowedAt, context).allowed).toBe(true);
          if (channel === 'call')
            expect(callRulesAllow(next, scenario.base.zone, context.events)).toBe(true);
          if (channel !== 'letter') {
            expect(insideQuietWindow(next, scenario.base.zone, scenario.base.quiet)).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('with only quiet hours in play, the answer matches the rule exactly and no earlier minute is open', () => {
    fc.assert(
      fc.property(instantArb, fc.constantFrom(...zones), quietArb, (at, zone, quiet) => {
        const quietHours = quiet && { start: clock(quiet.start), end: clock(quiet.end) };
        const result = contactAllowedAt('email', new Date(at).toISOString(), {
          timeZone: zone,
          events: [],
          flags: [],
          quietHours,
        });
        expect(result.allowed).toBe(insideQuietWindow(at, zone, quiet));
        const next = Date.parse(result.nextAllowedAt ?? 'never');
        expect(insideQuietWindow(next, zone, quiet)).toBe(true);
        // Every whole minute strictly between is closed.
        for (let m = Math.ceil(at / 60_000) * 60_000; m < next; m += 60_000) {
          expect(insideQuietWindow(m, zone, quiet)).toBe(false);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('a nudge’s time is always allowed for its channel', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.option(fc.integer({ min: -40, max: 120 }), { nil: undefined }),
        (scenario, dueOffsetDays) => {
          const context = contextOf(scenario);
          const now = new Date(scenario.base.at).toISOString();
          const dueDate =
            dueOffsetDays === undefined
              ? undefined
              : new Date(scenario.base.at - dueOffsetDays * day).toISOString().slice(0, 10);
          const summary = summarizeHistory(context.events, {
            now,
            timeZone: context.timeZone,
            dueDate,
          });
          const nudge = suggestNudge({ ...context, now, summary, dueDate });
          if (nudge.channel === null || nudge.at === null) return;
          const guard = contactAllowedAt(nudge.channel, now, context);
          expect(guard.nextAllowedAt).not.toBeNull();
          expect(Date.parse(nudge.at)).toBeGreaterThanOrEqual(
            Date.parse(guard.nextAllowedAt ?? ''),
          );
          expect(contactAllowedAt(nudge.channel, nudge.at, context).allowed).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
