/** The signals section's words, as both hosts show them. */
import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import { readCustomerMessage } from '.';
import { signalsView } from './view';
import {
  pendingFlagWarnings,
  promiseOfferWords,
  signalFlagReason,
  signalFlagSuggestions,
  suggestedFlagWords,
} from './view-words';

const t = createTranslator('en');
const today = '2026-11-27';
const itemsOf = (text: string, commentId = '70001') =>
  signalsView([
    {
      commentId,
      reading: readCustomerMessage(text, { today, currency: 'GBP', timeZone: 'Europe/London' }),
    },
  ]).items;

describe('signalFlagReason', () => {
  it('quotes the customer and cuts a long excerpt to the limit with an ellipsis', () => {
    expect(signalFlagReason(t, 'stop calling', 500)).toContain('“stop calling”');
    const cut = signalFlagReason(t, 'x'.repeat(600), 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut).toContain('…');
  });
});

describe('suggestedFlagWords', () => {
  it('offers Set for a flag the customer lacks and says "already set" for one they have', () => {
    const item = itemsOf('Stop contacting me.').find((i) => i.suggestedFlags.length > 0);
    if (item === undefined) throw new Error('expected a suggested flag');
    const [flag] = item.suggestedFlags;
    const unset = suggestedFlagWords(t, item, () => false);
    expect(unset[0]).toEqual({
      flag,
      alreadySet: false,
      label: expect.stringMatching(/^Set flag: /),
    });
    const set = suggestedFlagWords(t, item, () => true);
    expect(set[0]).toEqual({
      flag,
      alreadySet: true,
      label: expect.stringMatching(/already set$/),
    });
  });
});

describe('signalFlagSuggestions', () => {
  it('names the comment each suggestion comes from, and skips a comment id the log cannot keep', () => {
    const kept = signalFlagSuggestions(t, itemsOf('Stop contacting me.'), 'zendesk-comment', 500);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((s) => s.source === 'zendesk-comment:70001')).toBe(true);
    expect(kept[0]?.reason).toContain('“');
    const bad = itemsOf('Stop contacting me.', 'bad id!');
    expect(signalFlagSuggestions(t, bad, 'zendesk-comment', 500)).toEqual([]);
  });
});

describe('promiseOfferWords', () => {
  it('says the amount in the agent’s locale and the day with its year', () => {
    const words = promiseOfferWords(
      t,
      {
        messageId: '1',
        excerpt: 'x',
        amount: { minor: 5000, currency: 'GBP' },
        dueDate: '2026-12-04',
      },
      'en-GB',
    );
    expect(words.amount).toBe('Amount: £50.00');
    expect(words.due).toMatch(/^Due: .*2026/);
    expect(promiseOfferWords(t, { messageId: '1', excerpt: 'x' }, 'en')).toEqual({});
  });
});

describe('pendingFlagWarnings', () => {
  it('keeps the logged reason first, adds a just-suggested flag the customer lacks, once each', () => {
    const lines = pendingFlagWarnings(
      [{ kind: 'cease', reason: 'logged' }],
      [
        { flag: 'cease', reason: 'new' },
        { flag: 'vulnerable', reason: 'words' },
        { flag: 'dispute', reason: 'already on' },
      ],
      (flag) => flag === 'dispute',
    );
    expect(lines).toEqual([
      { flag: 'cease', reason: 'logged' },
      { flag: 'vulnerable', reason: 'words' },
    ]);
  });
});
