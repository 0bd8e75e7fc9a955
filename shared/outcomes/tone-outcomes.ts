/**
 * Tone over time, as a team lead sees it: drafts checked, the share of sends that were `ok` the
 * first time, `block` findings caught before send, sends over a warning and the top categories, per
 * agent, per team and per ISO week. Read from the day counts each host records (never draft text).
 */
import type { PlainDate } from '../calendar/calendar';
import { toneCategories, type ToneCategory } from '../tone/types';
import { inRange, inScope, type OutcomeFilters } from './filters';
import { rate } from './figures';
import type { GuardDayRecord, ToneDayRecord } from './records';
import type { IsoWeek } from './weeks';
import { weekLabeller } from './week-labeller';

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

interface ToneTally {
  draftsChecked: number;
  sends: number;
  okFirstTime: number;
  blocksCaught: number;
  sentOverWarning: number;
  suggestionsApplied: number;
  categories: Map<ToneCategory, number>;
}

function emptyTally(): ToneTally {
  return {
    draftsChecked: 0,
    sends: 0,
    okFirstTime: 0,
    blocksCaught: 0,
    sentOverWarning: 0,
    suggestionsApplied: 0,
    categories: new Map(),
  };
}

function add(tally: ToneTally, day: ToneDayRecord): void {
  tally.draftsChecked += day.draftsChecked;
  tally.sends += day.sends;
  tally.okFirstTime += day.okFirstTime;
  tally.blocksCaught += day.blocksCaught;
  tally.sentOverWarning += day.sentOverWarning;
  tally.suggestionsApplied += day.suggestionsApplied;
  for (const category of toneCategories) {
    const seen = day.categories[category] ?? 0;
    if (seen > 0) tally.categories.set(category, (tally.categories.get(category) ?? 0) + seen);
  }
}

function figures(tally: ToneTally): ToneFigures {
  const { categories, ...counts } = tally;
  const topCategories = [...categories]
    .filter(([category]) => category !== 'positive')
    .map(([category, count]) => ({ category, count }))
    // Ties go in the vocabulary's order, so the same data always names the same top categories.
    .sort(
      (a, b) =>
        b.count - a.count ||
        toneCategories.indexOf(a.category) - toneCategories.indexOf(b.category),
    )
    .slice(0, topCategoryCount);
  return { ...counts, okFirstTimeShare: rate(counts.okFirstTime, counts.sends), topCategories };
}

export interface ToneOutcomes {
  total: ToneFigures;
  byAgent: ({ agent: string } & ToneFigures)[];
  byTeam: ({ team: string } & ToneFigures)[];
  byWeek: ({ week: string; monday: PlainDate } & ToneFigures)[];
}

/** Day counts within the range and the filters' scope (currency does not apply to tone). */
function daysIn<Day extends ToneDayRecord | GuardDayRecord>(
  days: readonly Day[],
  range: { from: PlainDate; to: PlainDate },
  filters: OutcomeFilters,
): Day[] {
  return days.filter((day) => inScope(day, filters) && inRange(day.date, range));
}

function tallyBy(days: readonly ToneDayRecord[], key: (day: ToneDayRecord) => string | undefined) {
  const tallies = new Map<string, ToneTally>();
  for (const day of days) {
    const name = key(day);
    if (name === undefined) continue;
    const tally = tallies.get(name) ?? emptyTally();
    add(tally, day);
    tallies.set(name, tally);
  }
  return tallies;
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
  const days = daysIn(toneDays, options.range, options.filters);
  const weekOf = weekLabeller();
  const total = emptyTally();
  for (const day of days) add(total, day);
  const byWeek = tallyBy(days, (day) => weekOf(day.date).label);
  const sorted = (tallies: Map<string, ToneTally>) =>
    [...tallies].sort(([a], [b]) => a.localeCompare(b));
  return {
    total: figures(total),
    byAgent: sorted(tallyBy(days, (day) => day.agent)).map(([agent, tally]) => ({
      agent,
      ...figures(tally),
    })),
    byTeam: sorted(tallyBy(days, (day) => day.team)).map(([team, tally]) => ({
      team,
      ...figures(tally),
    })),
    byWeek: options.weeks.map((week) => ({
      week: week.label,
      monday: week.monday,
      ...figures(byWeek.get(week.label) ?? emptyTally()),
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
  const days = daysIn(guardDays, options.range, options.filters);
  const weekOf = weekLabeller();
  const total: GuardFigures = { notNow: 0, contactsAgainstGuard: 0 };
  const byAgent = new Map<string, GuardFigures>();
  const byWeek = new Map<string, GuardFigures>();
  for (const day of days) {
    for (const [map, key] of [
      [byAgent, day.agent],
      [byWeek, weekOf(day.date).label],
    ] as const) {
      const figures = map.get(key) ?? { notNow: 0, contactsAgainstGuard: 0 };
      figures.notNow += day.notNow;
      figures.contactsAgainstGuard += day.contactsAgainstGuard;
      map.set(key, figures);
    }
    total.notNow += day.notNow;
    total.contactsAgainstGuard += day.contactsAgainstGuard;
  }
  return {
    total,
    byAgent: [...byAgent]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([agent, figures]) => ({ agent, ...figures })),
    byWeek: options.weeks.map((week) => ({
      week: week.label,
      monday: week.monday,
      ...(byWeek.get(week.label) ?? { notNow: 0, contactsAgainstGuard: 0 }),
    })),
  };
}
