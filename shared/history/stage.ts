/** Where an account is by days past due: pre-due, 1–15, 16–30, 31–60, 61–90, 90+ (configurable). */

/** One stage: it covers every day past due up to `maxDaysPastDue` (inclusive); `null` = no upper end. */
export interface StageDefinition {
  readonly id: string;
  readonly maxDaysPastDue: number | null;
}

/** The default stages. Day 0 (the due date itself) and earlier are `pre-due`. */
export const defaultStages: readonly StageDefinition[] = [
  { id: 'pre-due', maxDaysPastDue: 0 },
  { id: '1-15', maxDaysPastDue: 15 },
  { id: '16-30', maxDaysPastDue: 30 },
  { id: '31-60', maxDaysPastDue: 60 },
  { id: '61-90', maxDaysPastDue: 90 },
  { id: '90+', maxDaysPastDue: null },
];

/**
 * The id of the first stage whose upper end is at or above `daysPastDue` (negative = before the due
 * date). Stages must be in ascending order; past the last bounded one, the last stage applies.
 */
export function stageFor(
  daysPastDue: number,
  stages: readonly StageDefinition[] = defaultStages,
): string {
  const last = stages[stages.length - 1];
  if (last === undefined) throw new RangeError('at least one stage is needed');
  const stage = stages.find((s) => s.maxDaysPastDue === null || daysPastDue <= s.maxDaysPastDue);
  return (stage ?? last).id;
}
