/**
 * The signals section as both hosts show it (signalsSectionView, signalEntryView): which note an
 * empty section shows, the help line, a flag's one-click request, and why a promise is not offered;
 * and the small words beside it (the promise form's problems, the recorded line, the warnings).
 */
import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import { money } from '../money/money';
import { testSignalItem } from '../testing/factories';
import { needsPromiseAccount, promiseProblemCodes } from './promise-offer';
import { signalEntryView, signalsSectionView, type SignalEntryContext } from './view';
import { pendingFlagWarningLines, promiseRecordedWords } from './view-words';

const t = createTranslator('en-US');
const context: SignalEntryContext = {
  sourceKind: 'zendesk-comment',
  isSet: () => false,
  today: '2026-11-25',
  locale: 'en-US',
  currency: 'USD',
};
const cease = testSignalItem({
  kind: 'cease',
  excerpt: 'Stop contacting me',
  suggestedFlags: ['cease'],
});
const promise = (date: string, currency = 'USD') =>
  testSignalItem({ promise: { amount: { minor: 5000, currency }, date } });

describe('signalsSectionView', () => {
  it('says the customer has not written, or wrote nothing to act on, and lists nothing then', () => {
    const none = { items: [] };
    expect(signalsSectionView(t, { hasMessage: false, view: none }, context)).toEqual({
      empty: 'no-message',
      signposting: undefined,
      entries: [],
    });
    expect(signalsSectionView(t, { hasMessage: true, view: none }, context).empty).toBe('none');
  });

  it('lists the entries in the view’s order, with the self-harm help line in words', () => {
    const view = {
      items: [cease, promise('2026-11-27')],
      signposting: 'signals.signposting.selfHarm' as const,
    };
    const section = signalsSectionView(t, { hasMessage: true, view }, context);
    expect(section.empty).toBeUndefined();
    expect(section.signposting).toMatch(/Samaritans/);
    expect(section.entries.map((entry) => entry.label)).toEqual([
      'Asks us to stop contact',
      'Offers a payment',
    ]);
  });
});

describe('signalEntryView', () => {
  it('sets a suggested flag with the customer’s words as the reason and the comment as the source', () => {
    const entry = signalEntryView(t, cease, context);
    expect(entry.flagsNote).toBe('Suggested flag, not set: you decide.');
    expect(entry.flags).toEqual([
      {
        flag: 'cease',
        alreadySet: false,
        label: 'Set flag: Cease communication',
        request: {
          flag: 'cease',
          reason: 'The customer wrote: “Stop contacting me”',
          setNow: true,
          source: 'zendesk-comment:70001',
        },
      },
    ]);
    expect(
      signalEntryView(t, testSignalItem({ kind: 'anger' }), context).flagsNote,
    ).toBeUndefined();
  });

  it('says why a promise is not offered when the agent has something to do, and only then', () => {
    const why = (item: ReturnType<typeof promise>, currency: SignalEntryContext['currency']) =>
      signalEntryView(t, item, { ...context, currency });
    expect(why(promise('2026-11-20'), 'USD').promiseNote).toMatch(/has passed/);
    expect(why(promise('2026-11-27', 'EUR'), 'USD').promiseNote).toMatch(/another currency/);
    // The customer's own currency (HubSpot) is never another one.
    expect(why(promise('2026-11-27', 'EUR'), 'as-written').prefill?.amount.currency).toBe('EUR');
    // No account read yet, or no balance: no button and nothing to say.
    expect(why(promise('2026-11-27'), undefined)).toMatchObject({
      prefill: undefined,
      promiseNote: undefined,
    });
  });
});

describe('needsPromiseAccount', () => {
  it('reads the account only for a promise with both an amount and a day', () => {
    expect(needsPromiseAccount([cease, promise('2026-11-27')])).toBe(true);
    expect(needsPromiseAccount([testSignalItem({ promise: { date: '2026-11-27' } })])).toBe(false);
    expect(needsPromiseAccount([cease])).toBe(false);
  });
});

describe('the promise form’s words', () => {
  it('names each field’s problem, and nothing for a good field', () => {
    expect(
      promiseProblemCodes([
        { field: 'amount', error: 'not-positive' },
        { field: 'dueDate', error: 'past' },
      ]),
    ).toEqual({
      amount: 'signals.promise.problem.amountPositive',
      dueDate: 'signals.promise.problem.pastDate',
    });
    expect(promiseProblemCodes([])).toEqual({});
  });

  it('says what was recorded, in the agent’s locale', () => {
    expect(
      promiseRecordedWords(t, { amount: money(5000n, 'USD'), dueDate: '2026-11-27' }, 'en-US'),
    ).toBe('Promise to pay recorded: $50.00 due Nov 27, 2026. The ticket follows it.');
  });
});

describe('pendingFlagWarningLines', () => {
  it('words each pending flag with its reason', () => {
    expect(
      pendingFlagWarningLines(t, [{ kind: 'cease', reason: 'In writing' }], [], () => false),
    ).toEqual([{ flag: 'cease', line: 'Cease communication: In writing' }]);
  });
});
