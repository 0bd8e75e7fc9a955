/**
 * How often a plan's instalments fall due, and how many of each fit in a year.
 */

import { isOneOf } from '../vocabulary/one-of';

/** The payment frequencies a policy may allow. */
export const frequencies = ['weekly', 'biweekly', 'semimonthly', 'monthly'] as const;
export type Frequency = (typeof frequencies)[number];

/** Periods a year for each frequency: 52, 26, 24 and 12. */
export const periodsPerYear: Readonly<Record<Frequency, bigint>> = {
  weekly: 52n,
  biweekly: 26n,
  semimonthly: 24n,
  monthly: 12n,
};

/** True for one of the four frequencies. */
export const isFrequency = isOneOf(frequencies);
