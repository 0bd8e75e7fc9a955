/** What the agent can do with a signal in one click: the flag's source, a promise to pay, warnings. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { testSignalItem } from '../testing/factories';
import { readCustomerMessage } from '.';
import { promiseOffer } from './promise-offer';
import { messageSource, parseMessageSource } from './source';
import { unconfirmedFlags } from './unconfirmed';
import { signalsView } from './view';

const today = '2026-11-27'; // a Friday
const viewOf = (...texts: string[]) =>
  signalsView(
    texts.map((text, index) => ({
      commentId: String(70_001 + index),
      reading: readCustomerMessage(text, { today, currency: 'GBP', timeZone: 'Europe/London' }),
    })),
  );

describe('promiseOffer', () => {
  it('offers "I can pay £50 on Friday" as £50.00 due next Friday, from that comment', () => {
    const view = viewOf('I can pay £50 on Friday.');
    const promise = view.items.find((item) => item.kind === 'promise');
    expect(promise).toBeDefined();
    if (promise === undefined) return;
    const offer = promiseOffer(promise, today);
    expect(offer?.amount).toEqual({ minor: 5000, currency: 'GBP' });
    expect(offer?.dueDate).toMatch(/^2026-1[12]-\d{2}$/);
    expect(offer?.dueDate && offer.dueDate >= today).toBe(true);
    expect(offer?.messageId).toBe('70001');
    expect(offer?.excerpt).toMatch(/£50/);
  });

  it('offers nothing for a signal that is not a promise', () => {
    const view = viewOf('Stop contacting me.');
    expect(view.items.map((item) => promiseOffer(item, today))).toEqual(
      view.items.map(() => undefined),
    );
  });

  it('never offers a due date in the past, nor a non-positive amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 60 }),
        (minor, daysAgo) => {
          const date = new Date(Date.UTC(2026, 10, 27 - daysAgo + 30)).toISOString().slice(0, 10);
          const offer = promiseOffer(
            testSignalItem({ promise: { amount: { minor, currency: 'GBP' }, date } }),
            today,
          );
          if (offer?.dueDate !== undefined) expect(offer.dueDate >= today).toBe(true);
          if (offer?.amount !== undefined) expect(offer.amount.minor).toBeGreaterThan(0);
          expect(offer === undefined).toBe(minor <= 0 && date < today);
        },
      ),
    );
  });
});

describe('messageSource', () => {
  it('names the comment or email a flag was set from, and reads it back', () => {
    expect(messageSource('zendesk-comment', '70001')).toBe('zendesk-comment:70001');
    expect(parseMessageSource('hubspot-email:123')).toEqual({ kind: 'hubspot-email', id: '123' });
  });

  it('refuses ids that would break a log line', () => {
    expect(messageSource('zendesk-comment', '1 | set | cease')).toBeUndefined();
    expect(messageSource('hubspot-email', '')).toBeUndefined();
    expect(parseMessageSource('letter:1')).toBeUndefined();
    expect(parseMessageSource('zendesk-comment')).toBeUndefined();
  });
});

describe('unconfirmedFlags', () => {
  it('warns of a suggested do-not-call until it is set, once, with the words behind it', () => {
    const view = viewOf('Please stop calling me at work.', 'Do not call me at work again.');
    expect(unconfirmedFlags(view, {})).toEqual([
      expect.objectContaining({ flag: 'do-not-call', messageId: '70001' }),
    ]);
    expect(unconfirmedFlags(view, { 'do-not-call': true })).toEqual([]);
  });

  it('lists a cease and a dispute, each once, in the vocabulary order', () => {
    const view = viewOf("I don't owe this, it was my ex's card. Stop contacting me.");
    expect(unconfirmedFlags(view, {}).map((entry) => entry.flag)).toEqual(['cease', 'dispute']);
    expect(unconfirmedFlags(view, { cease: true }).map((entry) => entry.flag)).toEqual(['dispute']);
  });
});
