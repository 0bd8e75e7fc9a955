import { describe, expect, it } from '@jest/globals';
import {
  parseContactEvents,
  parseFlags,
  parseHistoryRequest,
  parseHistoryRequestJson,
} from './schema';

const request = {
  now: '2026-11-25T15:00:00Z',
  timeZone: 'America/Chicago',
  events: [
    {
      at: '2026-11-24T16:00:00-06:00',
      channel: 'call',
      direction: 'outbound',
      outcome: 'voicemail',
    },
  ],
  flags: [{ kind: 'do-not-call', since: '2026-11-01' }],
};

describe('parseHistoryRequest', () => {
  it('accepts the documented request and fills ids, outcomes and flag sources', () => {
    const parsed = parseHistoryRequest({
      ...request,
      events: [...request.events, { at: '2026-11-20T12:00:00Z', channel: 'payment' }],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.events.map((e) => [e.id, e.direction, e.outcome])).toEqual([
      ['event-1', 'outbound', 'voicemail'],
      ['event-2', 'inbound', 'unknown'],
    ]);
    expect(parsed.value.flags[0]).toMatchObject({ kind: 'do-not-call', source: 'unspecified' });
  });

  it('names every bad field in one message', () => {
    const parsed = parseHistoryRequest({
      now: '25/11/2026',
      timeZone: 'Mars/Olympus',
      events: [
        { at: '2026-11-24T16:00:00', channel: 'fax', direction: 'outbound' },
        { at: '2026-11-24T16:00:00Z', channel: 'call' },
      ],
      flags: [{ kind: 'cease' }],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message.split('\n')).toEqual([
      'now: expected an ISO 8601 instant with offset or Z',
      'timeZone: expected an IANA time zone such as America/Chicago',
      'events[0].at: expected an ISO 8601 instant with offset or Z',
      expect.stringMatching(/^events\[0\]\.channel: /),
      'events[1].direction: a call needs a direction (inbound or outbound)',
      expect.stringMatching(/^flags\[0\]\.since: /),
    ]);
  });

  it('refuses quiet hours that leave no time, and promises without a due date', () => {
    const quiet = parseHistoryRequest({ ...request, quietHours: { start: '21:00', end: '23:00' } });
    expect(quiet.ok).toBe(false);
    const events = parseContactEvents([{ at: '2026-11-24T16:00:00Z', channel: 'promise' }]);
    expect(events.ok ? '' : events.error.message).toBe(
      '[0].promise: a promise needs { state, dueDate }',
    );
  });

  it('turns bad JSON into a value, not an exception', () => {
    const parsed = parseHistoryRequestJson('{"now": ');
    expect(parsed).toMatchObject({ ok: false, error: { code: 'invalid-json' } });
  });

  it('parses flags from a host on their own', () => {
    const flags = parseFlags([
      { kind: 'breathing-space', since: '2026-11-01T09:00:00Z', source: 'zendesk' },
    ]);
    expect(flags).toMatchObject({
      ok: true,
      value: [{ kind: 'breathing-space', source: 'zendesk' }],
    });
    expect(parseFlags([{ kind: 'maybe', since: '2026-11-01', source: 'x' }]).ok).toBe(false);
  });
});
