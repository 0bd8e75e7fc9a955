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
import { AgentTeamPairs } from './tally-rows';
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
const positiveIndex = toneCategories.indexOf('positive');

/**
 * Adds one day's counts to two rows at once (its week's and its agent-and-team pair's), reading
 * each field once: a million days allocate nothing here. A day names a few categories: those are
 * visited, not the whole vocabulary.
 */
function addDay(
  day: ToneDayRecord,
  first: Float64Array,
  firstOffset: number,
  second: Float64Array,
  secondOffset: number,
): void {
  add(first, second, firstOffset, secondOffset, day.draftsChecked);
  add(first, second, firstOffset + 1, secondOffset + 1, day.sends);
  add(first, second, firstOffset + 2, secondOffset + 2, day.okFirstTime);
  add(first, second, firstOffset + 3, secondOffset + 3, day.blocksCaught);
  add(first, second, firstOffset + 4, secondOffset + 4, day.sentOverWarning);
  add(first, second, firstOffset + 5, secondOffset + 5, day.suggestionsApplied);
  for (const key in day.categories) {
    const index = categoryIndex.get(key);
    const category = index === undefined ? undefined : toneCategories[index];
    const seen = category === undefined ? undefined : day.categories[category];
    if (index === undefined || seen === undefined || seen <= 0) continue;
    const column = firstCategory + index;
    add(first, second, firstOffset + column, secondOffset + column, seen);
  }
}

/** Adds `value` at `at` in `first` and at `secondAt` in `second`. */
function add(
  first: Float64Array,
  second: Float64Array,
  at: number,
  secondAt: number,
  value: number,
): void {
  first[at] = (first[at] ?? 0) + value;
  second[secondAt] = (second[secondAt] ?? 0) + value;
}

/** Adds the row at `from` in `source` to the row at `to` in `target`. */
function addRow(source: Float64Array, from: number, target: Float64Array, to: number): void {
  for (let column = 0; column < rowWidth; column += 1) {
    target[to + column] = (target[to + column] ?? 0) + (source[from + column] ?? 0);
  }
}

/**
 * The most frequent problem categories of the row at `offset` (positive signals aside), most
 * frequent first, ties in the vocabulary's order (what a stable sort by count gives), picked by
 * scanning the row: 11k agents' rows make no arrays to sort.
 */
function topCategoriesOf(sums: Float64Array, offset: number): ToneFigures['topCategories'] {
  const top: ToneFigures['topCategories'] = [];
  let previousCount = Infinity;
  let previousIndex = -1;
  while (top.length < topCategoryCount) {
    let best = -1;
    let bestCount = 0;
    for (let index = 0; index < toneCategories.length; index += 1) {
      if (index === positiveIndex) continue;
      const count = sums[offset + firstCategory + index] ?? 0;
      // Only those after the last one picked, in (count descending, vocabulary) order.
      const after = count < previousCount || (count === previousCount && index > previousIndex);
      if (count > bestCount && after) {
        best = index;
        bestCount = count;
      }
    }
    const category = toneCategories[best];
    if (category === undefined) break;
    top.push({ category, count: bestCount });
    previousCount = bestCount;
    previousIndex = best;
  }
  return top;
}

/** The figures of the row at `offset` in `sums`. */
function figures(sums: Float64Array, offset: number): ToneFigures {
  const sends = sums[offset + 1] ?? 0;
  const okFirstTime = sums[offset + 2] ?? 0;
  return {
    draftsChecked: sums[offset] ?? 0,
    sends,
    okFirstTime,
    blocksCaught: sums[offset + 3] ?? 0,
    sentOverWarning: sums[offset + 4] ?? 0,
    suggestionsApplied: sums[offset + 5] ?? 0,
    okFirstTimeShare: rate(okFirstTime, sends),
    topCategories: topCategoriesOf(sums, offset),
  };
}

/** The agents whose days a row sums (the link behind a week's or team's figures), sorted. */
export interface AgentsBehind {
  agents: string[];
}

export interface ToneOutcomes {
  total: ToneFigures;
  byAgent: ({ agent: string } & ToneFigures)[];
  byTeam: ({ team: string } & ToneFigures & AgentsBehind)[];
  byWeek: ({ week: string; monday: PlainDate } & ToneFigures & AgentsBehind)[];
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
  const { filters } = options;
  const filtered =
    filters.agent !== undefined || filters.team !== undefined || filters.brandOrOwner !== undefined;
  // A day is added to two rows: its week's and its agent-and-team pair's. Agents, teams and the
  // total are summed from those rows afterwards (whole counts: the order of adding changes nothing).
  const byWeek = new Float64Array(rowWidth * options.weeks.length);
  const pairs = new AgentTeamPairs(rowWidth);
  const weekCount = options.weeks.length;
  let pairWeeks = new Uint8Array(64 * weekCount);
  for (const day of toneDays) {
    const week = weekOf(day.date);
    if (week === outsideRange || (filtered && !inScope(day, filters))) continue;
    // The offset first: making a pair may grow (replace) `pairs.sums`.
    const pair = pairs.offsetOf(day.agent, day.team);
    addDay(day, byWeek, rowWidth * week, pairs.sums, pair);
    // Which weeks each pair has days in, for the agents behind a week's row.
    const weekFlag = (pair / rowWidth) * weekCount + week;
    if (weekFlag >= pairWeeks.length) {
      const grown = new Uint8Array(Math.max(pairWeeks.length * 2, weekFlag + 1));
      grown.set(pairWeeks);
      pairWeeks = grown;
    }
    pairWeeks[weekFlag] = 1;
  }
  const fixed = new Float64Array(rowWidth);
  for (let week = 0; week < options.weeks.length; week += 1) {
    addRow(byWeek, rowWidth * week, fixed, 0);
  }
  // Agent and team ids are their positions in `pairs.agents` and `pairs.teams`.
  const agentCount = pairs.agents.length;
  const agentSums = new Float64Array(rowWidth * agentCount);
  const teamSums = new Float64Array(rowWidth * pairs.teams.length);
  // Agents behind each week's and each team's row, flagged by agent id.
  const weekAgents = new Uint8Array(weekCount * agentCount);
  const teamAgents = new Uint8Array(pairs.teams.length * agentCount);
  for (let pair = 0; pair < pairs.count; pair += 1) {
    const agent = pairs.agentOf[pair] ?? 0;
    const team = pairs.teamOf[pair] ?? -1;
    addRow(pairs.sums, pair * rowWidth, agentSums, agent * rowWidth);
    if (team >= 0) {
      addRow(pairs.sums, pair * rowWidth, teamSums, team * rowWidth);
      teamAgents[team * agentCount + agent] = 1;
    }
    for (let week = 0; week < weekCount; week += 1) {
      if (pairWeeks[pair * weekCount + week] === 1) weekAgents[week * agentCount + agent] = 1;
    }
  }
  // Names sorted by the collator; a stable sort keeps names it ties in the order first seen.
  const sorted = (names: readonly string[]) =>
    names
      .map((name, id) => ({ name, id, offset: id * rowWidth }))
      .sort((a, b) => byName(a.name, b.name));
  const agentsInOrder = sorted(pairs.agents);
  // The flagged agents of row `row` in `flags`, in the agents' sorted order (no sort per row).
  const agentsOf = (flags: Uint8Array, row: number) =>
    agentsInOrder.filter(({ id }) => flags[row * agentCount + id] === 1).map(({ name }) => name);
  return {
    total: figures(fixed, 0),
    byAgent: agentsInOrder.map(({ name, offset }) => ({
      agent: name,
      ...figures(agentSums, offset),
    })),
    byTeam: sorted(pairs.teams).map(({ name, id, offset }) => ({
      team: name,
      ...figures(teamSums, offset),
      agents: agentsOf(teamAgents, id),
    })),
    byWeek: options.weeks.map((week, index) => ({
      week: week.label,
      monday: week.monday,
      ...figures(byWeek, rowWidth * index),
      agents: agentsOf(weekAgents, index),
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
  byWeek: ({ week: string; monday: PlainDate } & GuardFigures & AgentsBehind)[];
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
  const weekAgents = options.weeks.map(() => new Set<string>());
  for (const day of guardDays) {
    const week = weekOf(day.date);
    if (week === outsideRange || !inScope(day, options.filters)) continue;
    let agent = byAgent.get(day.agent);
    if (agent === undefined) {
      agent = { notNow: 0, contactsAgainstGuard: 0 };
      byAgent.set(day.agent, agent);
    }
    weekAgents[week]?.add(day.agent);
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
      agents: [...(weekAgents[index] ?? [])].sort(byName),
    })),
  };
}
