/**
 * Tone over time, as a team lead sees it: drafts checked, the share of sends that were `ok` the
 * first time, `block` findings caught before send, sends over a warning and the top categories, per
 * agent, per team and per ISO week. Read from the day counts each host records (never draft text).
 */
import type { PlainDate } from '../calendar/calendar';
import { toneCategories, type ToneCategory } from '../tone/types';
import { inScope, type OutcomeFilters } from './filters';
import { rate } from './figures';
import type { GuardDayRecord, ToneDayRecord } from './records';
import { TallyRows } from './tally-rows';
import { outsideRange, weekIndexer } from './week-index';
import type { IsoWeek } from './weeks';

/**
 * Agents and teams in the order `localeCompare` gives, from one collator: 11k agents sorted with
 * `localeCompare` cost more than tallying their million days.
 */
const byName = new Intl.Collator().compare;

/** How many categories a row names as its top ones. */
export const topCategoryCount = 3;

/** Tone figures of one agent, team or week. */
export interface ToneFigures {
  draftsChecked: number;
  sends: number;
  okFirstTime: number;
  /** okFirstTime / sends; undefined with no sends. */
  okFirstTimeShare: number | undefined;
  blocksCaught: number;
  sentOverWarning: number;
  suggestionsApplied: number;
  /** The most frequent problem categories (positive signals aside), most frequent first. */
  topCategories: { category: ToneCategory; count: number }[];
}

/**
 * A tally's sums side by side in a row of a Float64Array: the six counts in this order, then the
 * findings by category, indexed as `toneCategories`.
 */
const countFields = [
  'draftsChecked',
  'sends',
  'okFirstTime',
  'blocksCaught',
  'sentOverWarning',
  'suggestionsApplied',
] as const;
const firstCategory = countFields.length;
const rowWidth = firstCategory + toneCategories.length;

/** Each category's position in the vocabulary, to count findings in a row. */
const categoryIndex = new Map<string, number>(
  toneCategories.map((category, index) => [category, index]),
);

/**
 * One day's values as a sparse row: (column, value) pairs in two reused typed arrays, read once and
 * then added to the total, week, agent and team rows, so 1M days allocate nothing here.
 */
class DayValues {
  readonly columns = new Int32Array(rowWidth);
  readonly values = new Float64Array(rowWidth);
  length = 0;

  read(day: ToneDayRecord): void {
    this.values[0] = day.draftsChecked;
    this.values[1] = day.sends;
    this.values[2] = day.okFirstTime;
    this.values[3] = day.blocksCaught;
    this.values[4] = day.sentOverWarning;
    this.values[5] = day.suggestionsApplied;
    let length = firstCategory;
    // A day names a few categories: visit those, not the whole vocabulary.
    for (const key in day.categories) {
      const index = categoryIndex.get(key);
      const category = index === undefined ? undefined : toneCategories[index];
      const seen = category === undefined ? undefined : day.categories[category];
      if (index === undefined || seen === undefined || seen <= 0) continue;
      this.columns[length] = firstCategory + index;
      this.values[length] = seen;
      length += 1;
    }
    this.length = length;
  }

  addTo(sums: Float64Array, offset: number): void {
    const { columns, values } = this;
    for (let i = 0; i < firstCategory; i += 1) {
      sums[offset + i] = (sums[offset + i] ?? 0) + (values[i] ?? 0);
    }
    for (let i = firstCategory; i < this.length; i += 1) {
      const at = offset + (columns[i] ?? 0);
      sums[at] = (sums[at] ?? 0) + (values[i] ?? 0);
    }
  }
}

/** The figures of the row at `offset` in `sums`. */
function figures(sums: Float64Array, offset: number): ToneFigures {
  const at = (column: number) => sums[offset + column] ?? 0;
  const counts = {
    draftsChecked: at(0),
    sends: at(1),
    okFirstTime: at(2),
    blocksCaught: at(3),
    sentOverWarning: at(4),
    suggestionsApplied: at(5),
  };
  const topCategories = toneCategories
    .map((category, index) => ({ category, count: at(firstCategory + index) }))
    .filter((entry) => entry.category !== 'positive' && entry.count > 0)
    // A stable sort: ties stay in the vocabulary's order, so the same data names the same top ones.
    .sort((a, b) => b.count - a.count)
    .slice(0, topCategoryCount);
  return { ...counts, okFirstTimeShare: rate(counts.okFirstTime, counts.sends), topCategories };
}

export interface ToneOutcomes {
  total: ToneFigures;
  byAgent: ({ agent: string } & ToneFigures)[];
  byTeam: ({ team: string } & ToneFigures)[];
  byWeek: ({ week: string; monday: PlainDate } & ToneFigures)[];
}

/** Tone figures for the range's weeks, per agent, team and week. */
export function toneOutcomes(
  toneDays: readonly ToneDayRecord[],
  options: {
    weeks: readonly IsoWeek[];
    range: { from: PlainDate; to: PlainDate };
    filters: OutcomeFilters;
  },
): ToneOutcomes {
  const weekOf = weekIndexer(options.weeks, options.range);
  // Row 0 is the total, row 1 + w the week w.
  const fixed = new Float64Array(rowWidth * (1 + options.weeks.length));
  const byAgent = new TallyRows(rowWidth);
  const byTeam = new TallyRows(rowWidth);
  const values = new DayValues();
  // One pass over the days, each read once and added to its total, week, agent and team rows.
  for (const day of toneDays) {
    const week = weekOf(day.date);
    if (week === outsideRange || !inScope(day, options.filters)) continue;
    values.read(day);
    values.addTo(fixed, 0);
    values.addTo(fixed, rowWidth * (1 + week));
    const agentRow = byAgent.offsetOf(day.agent);
    values.addTo(byAgent.sums, agentRow);
    if (day.team !== undefined) {
      const teamRow = byTeam.offsetOf(day.team);
      values.addTo(byTeam.sums, teamRow);
    }
  }
  // Names sorted by the collator; a stable sort keeps names it ties in the order first seen.
  const sorted = (rows: TallyRows) =>
    rows.names
      .map((name, id) => ({ name, offset: id * rowWidth }))
      .sort((a, b) => byName(a.name, b.name));
  return {
    total: figures(fixed, 0),
    byAgent: sorted(byAgent).map(({ name, offset }) => ({
      agent: name,
      ...figures(byAgent.sums, offset),
    })),
    byTeam: sorted(byTeam).map(({ name, offset }) => ({
      team: name,
      ...figures(byTeam.sums, offset),
    })),
    byWeek: options.weeks.map((week, index) => ({
      week: week.label,
      monday: week.monday,
      ...figures(fixed, rowWidth * (1 + index)),
    })),
  };
}

/** Guard figures of one agent or week. */
export interface GuardFigures {
  notNow: number;
  contactsAgainstGuard: number;
}

export interface GuardOutcomes {
  total: GuardFigures;
  byAgent: ({ agent: string } & GuardFigures)[];
  byWeek: ({ week: string; monday: PlainDate } & GuardFigures)[];
}

/** How often a guard said "not now", and contacts made against one, per agent and week. */
export function guardOutcomes(
  guardDays: readonly GuardDayRecord[],
  options: {
    weeks: readonly IsoWeek[];
    range: { from: PlainDate; to: PlainDate };
    filters: OutcomeFilters;
  },
): GuardOutcomes {
  const weekOf = weekIndexer(options.weeks, options.range);
  const total: GuardFigures = { notNow: 0, contactsAgainstGuard: 0 };
  const byAgent = new Map<string, GuardFigures>();
  const byWeek = options.weeks.map((): GuardFigures => ({ notNow: 0, contactsAgainstGuard: 0 }));
  for (const day of guardDays) {
    const week = weekOf(day.date);
    if (week === outsideRange || !inScope(day, options.filters)) continue;
    let agent = byAgent.get(day.agent);
    if (agent === undefined) {
      agent = { notNow: 0, contactsAgainstGuard: 0 };
      byAgent.set(day.agent, agent);
    }
    for (const figures of [total, agent, byWeek[week]]) {
      if (figures === undefined) continue;
      figures.notNow += day.notNow;
      figures.contactsAgainstGuard += day.contactsAgainstGuard;
    }
  }
  return {
    total,
    byAgent: [...byAgent]
      .sort(([a], [b]) => byName(a, b))
      .map(([agent, figures]) => ({ agent, ...figures })),
    byWeek: options.weeks.map((week, index) => ({
      week: week.label,
      monday: week.monday,
      ...(byWeek[index] ?? { notNow: 0, contactsAgainstGuard: 0 }),
    })),
  };
}
