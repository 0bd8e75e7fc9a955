/**
 * Tone over time, as a team lead sees it: drafts checked, the share of sends that were `ok` the
 * first time, `block` findings caught before send, sends over a warning and the top categories, per
 * agent, per team and per ISO week. Read from the day counts each host records (never draft text).
 */
import type { PlainDate } from '../calendar/calendar';
import { toneCategories, type ToneCategory } from '../tone/types';
import { inScope, type OutcomeFilters } from './filters';
import { rate } from './figures';
import { zeroToneCounts, type GuardDayRecord, type ToneDayRecord } from './records';
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

interface ToneTally {
  draftsChecked: number;
  sends: number;
  okFirstTime: number;
  blocksCaught: number;
  sentOverWarning: number;
  suggestionsApplied: number;
  /** Findings by category, indexed as `toneCategories`. */
  categories: number[];
}

function emptyTally(): ToneTally {
  return {
    ...zeroToneCounts(),
    categories: toneCategories.map(() => 0),
  };
}

/** Each category's position in the vocabulary, to count findings in an array. */
const categoryIndex = new Map<string, number>(
  toneCategories.map((category, index) => [category, index]),
);

/**
 * A day's findings as (category position, count) pairs, read from its `categories` once and then
 * added to the total, agent, team and week: the pairs live in one reused array, so 1M days
 * allocate nothing here.
 */
class DayCategories {
  readonly pairs: number[] = [];
  length = 0;

  read(day: ToneDayRecord): void {
    this.length = 0;
    // A day names a few categories: visit those, not the whole vocabulary.
    for (const key in day.categories) {
      const index = categoryIndex.get(key);
      const category = index === undefined ? undefined : toneCategories[index];
      const seen = category === undefined ? undefined : day.categories[category];
      if (index === undefined || seen === undefined || seen <= 0) continue;
      this.pairs[this.length] = index;
      this.pairs[this.length + 1] = seen;
      this.length += 2;
    }
  }
}

function add(tally: ToneTally, day: ToneDayRecord, categories: DayCategories): void {
  tally.draftsChecked += day.draftsChecked;
  tally.sends += day.sends;
  tally.okFirstTime += day.okFirstTime;
  tally.blocksCaught += day.blocksCaught;
  tally.sentOverWarning += day.sentOverWarning;
  tally.suggestionsApplied += day.suggestionsApplied;
  const { pairs } = categories;
  for (let i = 0; i < categories.length; i += 2) {
    const index = pairs[i] ?? 0;
    tally.categories[index] = (tally.categories[index] ?? 0) + (pairs[i + 1] ?? 0);
  }
}

/** The tally under `key`, made when missing. */
function tallyFor(tallies: Map<string, ToneTally>, key: string): ToneTally {
  const found = tallies.get(key);
  if (found !== undefined) return found;
  const tally = emptyTally();
  tallies.set(key, tally);
  return tally;
}

function figures(tally: ToneTally): ToneFigures {
  const { categories, ...counts } = tally;
  const topCategories = toneCategories
    .map((category, index) => ({ category, count: categories[index] ?? 0 }))
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
  const total = emptyTally();
  const byAgent = new Map<string, ToneTally>();
  const byTeam = new Map<string, ToneTally>();
  const byWeek = options.weeks.map(() => emptyTally());
  const categories = new DayCategories();
  // One pass over the days, each added to its totals, agent, team and week; nothing allocated per
  // day (1M days), so the collector is not woken over a heap holding them all.
  for (const day of toneDays) {
    const week = byWeek[weekOf(day.date)];
    if (week === undefined || !inScope(day, options.filters)) continue;
    categories.read(day);
    add(total, day, categories);
    add(week, day, categories);
    add(tallyFor(byAgent, day.agent), day, categories);
    if (day.team !== undefined) add(tallyFor(byTeam, day.team), day, categories);
  }
  const sorted = (tallies: Map<string, ToneTally>) => [...tallies].sort(([a], [b]) => byName(a, b));
  return {
    total: figures(total),
    byAgent: sorted(byAgent).map(([agent, tally]) => ({
      agent,
      ...figures(tally),
    })),
    byTeam: sorted(byTeam).map(([team, tally]) => ({
      team,
      ...figures(tally),
    })),
    byWeek: options.weeks.map((week, index) => ({
      week: week.label,
      monday: week.monday,
      ...figures(byWeek[index] ?? emptyTally()),
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
