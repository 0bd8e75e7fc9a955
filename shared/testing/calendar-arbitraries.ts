/**
 * fast-check arbitraries for calendar dates (YYYY-MM-DD), as the property tests of anything that
 * reads or shows a day take them.
 */
import fc from 'fast-check';

/** Any calendar date from `from` to `to` (both YYYY-MM-DD, inclusive). */
export const calendarDateBetween = (from: string, to: string): fc.Arbitrary<string> =>
  fc
    .date({
      min: new Date(`${from}T00:00:00Z`),
      max: new Date(`${to}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));
