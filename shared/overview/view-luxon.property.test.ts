// The overview once read the customer's clock, today and due date through Luxon; issue 16 moved it
// to Intl and integer dates (it is in the Zendesk sidebar's first paint). Luxon's answers, written
// as the overview used to compute them, are the oracle here.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { instantBetween, sameSpaces } from '../testing/luxon-oracle';
import { customerView, dueStatus } from './view';

/** What the overview showed before issue 16, computed as it was then. */
function luxonView(dueDate: string, zone: string | undefined, locale: string, now: Date) {
  const localNow = zone ? DateTime.fromJSDate(now, { zone }) : undefined;
  const today = (
    localNow?.isValid ? localNow : DateTime.fromJSDate(now, { zone: 'utc' })
  ).toISODate();
  return {
    localTime: localNow?.isValid
      ? sameSpaces(localNow.setLocale(locale).toLocaleString(DateTime.TIME_SIMPLE))
      : undefined,
    dueDate: DateTime.fromISO(dueDate).setLocale(locale).toLocaleString(DateTime.DATE_MED),
    due: today === null ? undefined : dueStatus(dueDate, today),
  };
}

const zones = [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Mars/Olympus', undefined];
const locales = ['en-US', 'en-GB', 'es', 'es-419', 'pt-BR', 'de', 'ja'];

describe('the customer overview reads dates as it did with Luxon', () => {
  it('shows the same local time, due date and due status in every zone', () => {
    fc.assert(
      fc.property(
        instantBetween('2000-01-01T00:00:00Z', '2060-01-01T00:00:00Z'),
        fc.integer({ min: -40, max: 40 }),
        fc.constantFrom(...zones),
        fc.constantFrom(...locales),
        (now, daysAway, zone, locale) => {
          const dueDate = new Date(now.getTime() + daysAway * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const customer = {
            name: 'Ana',
            timeZone: zone,
            balance: { amount: { minor: 125_000n, currency: 'USD' }, dueDate },
          };
          const view = customerView(customer, locale, now);
          const expected = luxonView(dueDate, zone, locale, now);
          expect(view.localTime).toBe(expected.localTime);
          expect(view.timeZone).toBe(expected.localTime === undefined ? undefined : zone);
          expect(view.balance?.dueDate).toBe(expected.dueDate);
          expect(view.balance?.due).toEqual(expected.due);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
