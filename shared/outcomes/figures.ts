/**
 * Small figures every outcomes table uses: a rate that never divides by zero and a median of days.
 */

/** `part / whole` in [0, 1], or undefined when there is nothing to divide (whole 0). */
export function rate(part: number, whole: number): number | undefined {
  if (whole <= 0) return undefined;
  return Math.min(1, Math.max(0, part / whole));
}

/** The median of whole numbers (the mean of the middle two for an even count); undefined if none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/**
 * Days since 1970-01-01 of a valid 'YYYY-MM-DD' date: the difference of two is the days between
 * them, with no time zone involved and without a date library's cost over 100k records.
 */
export function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    86_400_000
  );
}

/**
 * Two Numbers of at most 2^52 add up to at most 2^53, still exact: amounts up to this size are
 * added as Numbers, and a running sum past it moves into the BigInt before the next add.
 */
const smallLimit = 2 ** 52;

/**
 * An exact running sum of minor units that adds ordinary amounts as Numbers (a BigInt sum allocates
 * on every add: 400k times for 100k promises) and keeps whatever would lose precision as a BigInt.
 */
export class MinorUnitSum {
  private small = 0;
  private big = 0n;

  add(minor: bigint): void {
    // Number(minor) is exact up to 2^53 in size and at least 2^53 beyond it: a Number comparison
    // then tells the two apart without a BigInt comparison per add.
    const asNumber = Number(minor);
    if (asNumber > smallLimit || asNumber < -smallLimit) {
      this.big += minor;
      return;
    }
    this.small += asNumber;
    if (this.small > smallLimit || this.small < -smallLimit) {
      this.big += BigInt(this.small);
      this.small = 0;
    }
  }

  total(): bigint {
    return this.big + BigInt(this.small);
  }
}
