// HubSpot engagements as timeline events, and the contract's flags as the history core's.
import { describe, expect, it } from '@jest/globals';
import { toContactEvent, toHistoryFlag } from './engagements';

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
