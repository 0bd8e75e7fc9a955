/** The shared signal entry cases (shared/testing/signal-entry-cases.ts) on the view model itself. */
import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import {
  signalEntryCaseNow,
  signalEntryCases,
  signalEntryCaseZone,
} from '../testing/signal-entry-cases';
import { installShippedSignalModel } from './model/install';
import { messageReader } from './reader';
import { signalEntryView, signalsView, type SignalEntryContext } from './view';

const t = createTranslator('en-US');

describe('the shared signal entry cases, on signalEntryView', () => {
  it.each(signalEntryCases)('$name', (c) => {
    // The hosts load the learned model with the section; so does this.
    installShippedSignalModel();
    const reader = messageReader(
      { language: 'en', timeZone: signalEntryCaseZone, currency: 'USD' },
      new Date(signalEntryCaseNow),
    );
    const [first] = signalsView([reader.read('70001', c.text)]).items;
    if (first === undefined) throw new Error('no signal read');
    expect(first.kind).toBe(c.kind);
    // Zendesk records a promise in the account's currency, HubSpot in the customer's: here the same.
    for (const currency of ['USD', 'as-written'] satisfies SignalEntryContext['currency'][]) {
      const entry = signalEntryView(t, first, {
        sourceKind: 'zendesk-comment',
        isSet: (flag) => c.setFlags.includes(flag),
        today: c.viewedOn ?? reader.today,
        locale: 'en-US',
        currency,
      });
      expect(entry.flags.map(({ flag, alreadySet }) => ({ flag, alreadySet }))).toEqual(c.flags);
      expect(Object.values(entry.promise ?? {})).toEqual(c.promiseTags);
      expect(entry.prefill !== undefined).toBe(c.promiseToPay);
      expect(entry.promiseNote).toBe(
        c.dayHasPassed ? t('signals.promise.why.past-date') : undefined,
      );
    }
  });
});
