// HubSpot engagements as timeline events, and the contract's flags as the history core's.
import { describe, expect, it } from '@jest/globals';
import { toContactEvent, toHistoryFlag, flagWriteRequest } from './engagements';

describe('toContactEvent', () => {
  it('reads a connected call as a conversation and a no-answer as such', () => {
    const base = { id: '1', type: 'calls' as const, occurredAt: '2026-11-20T16:00:00.000Z' };
    expect(
      toContactEvent({
        ...base,
        direction: 'outbound',
        status: 'f240bbac-87c9-4f6e-bf70-924b57d47db7',
        excerpt: 'Spoke about the balance',
      }),
    ).toMatchObject({ channel: 'call', direction: 'outbound', outcome: 'conversation' });
    expect(
      toContactEvent({ ...base, status: '73a0d17f-1163-4015-bdd5-ec830791da20', excerpt: '' }),
    ).toMatchObject({ channel: 'call', outcome: 'no-answer' });
  });

  it('keeps an unknown call disposition unknown rather than guessing', () => {
    expect(
      toContactEvent({
        id: '2',
        type: 'calls',
        occurredAt: '2026-11-20T16:00:00.000Z',
        status: 'custom-disposition',
        excerpt: '',
      }).outcome,
    ).toBe('unknown');
  });

  it('reads an incoming email as an inbound reply, and notes and tasks as notes', () => {
    const at = '2026-11-20T16:00:00.000Z';
    expect(
      toContactEvent({
        id: '3',
        type: 'emails',
        occurredAt: at,
        direction: 'inbound',
        excerpt: 'Re',
      }),
    ).toMatchObject({ channel: 'email', direction: 'inbound', outcome: 'replied' });
    expect(toContactEvent({ id: '4', type: 'tasks', occurredAt: at, excerpt: 'x' }).channel).toBe(
      'note',
    );
  });
});

describe('toHistoryFlag', () => {
  it('reads an empty reason as no reason', () => {
    expect(
      toHistoryFlag({ kind: 'do-not-sms', since: '2026-11-01', source: 'customer', reason: '' }),
    ).toEqual({ kind: 'do-not-sms', since: '2026-11-01', source: 'customer' });
  });
});

describe('flagWriteRequest', () => {
  const set = { kind: 'dispute', on: true, reason: 'Says the amount is wrong' } as const;

  it('sets a flag from the day and who raised it, and clears one with its reason alone', () => {
    expect(flagWriteRequest(set, '2026-11-27', 'agent')).toEqual({
      set: true,
      since: '2026-11-27',
      source: 'agent',
      reason: 'Says the amount is wrong',
    });
    expect(flagWriteRequest({ ...set, on: false }, '2026-11-27', 'agent')).toEqual({
      set: false,
      reason: 'Says the amount is wrong',
    });
  });

  it('keys a flag set from an email by the flag and the email, so a second click replays', () => {
    const request = flagWriteRequest(set, '2026-11-27', 'customer', 'hubspot-email:77');
    expect(request).toMatchObject({
      fromMessage: 'hubspot-email:77',
      idempotencyKey: 'signal:dispute:hubspot-email:77',
    });
  });
});
