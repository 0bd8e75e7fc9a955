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
import { outsideRange, WeekIndex, type ReportWindow } from './week-index';

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

/**
 * Each category's column in a row, looked up by the key a day's `categories` names. A plain object
 * and not a Map: a day's keys are the for-in keys of its own categories, read twice as fast from an
 * object. Only a number is a column: a key such as 'constructor' finds Object.prototype's function.
 */
const categoryColumns: Readonly<Record<string, number | undefined>> = Object.fromEntries(
  toneCategories.map((category, index) => [category, firstCategory + index]),
);
const positiveIndex = toneCategories.indexOf('positive');

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

/**
 * Adds each day in range (and, with `filters`, in scope) to two rows: its week's in `byWeek` and its
 * agent-and-team pair's in `pairs`; answers which weeks each pair has days in, flagged at
 * `pair * weekCount + week`. One pass, in a function of its own and written out in the loop (no
 * call or object per day): V8 then keeps it optimized from one report to the next, where inside
 * the report's function every call would start it cold again, boxing each sum on the heap.
 */
function tallyDays(
  toneDays: readonly ToneDayRecord[],
  weekIndex: WeekIndex,
  filters: OutcomeFilters | undefined,
  byWeek: Float64Array,
  pairs: AgentTeamPairs,
): Uint8Array {
  const weekCount = byWeek.length / rowWidth;
  let pairWeeks = new Uint8Array(64 * weekCount);
  // The last day's pair, held here: days come grouped by agent, and `pairs` is asked only when the
  // agent or team changes (its method stays out of this loop's optimized code).
  let lastAgent: string | undefined;
  let lastTeam: string | undefined;
  let pair = -1;
  let sums = pairs.sums;
  for (let at = 0; at < toneDays.length; at += 1) {
    const day = toneDays[at];
    if (day === undefined) continue;
    const week = weekIndex.weekOf(day.date);
    if (week === outsideRange || (filters !== undefined && !inScope(day, filters))) continue;
    if (pair < 0 || day.agent !== lastAgent || day.team !== lastTeam) {
      lastAgent = day.agent;
      lastTeam = day.team;
      // The offset first: making a pair may grow (replace) `pairs.sums`.
      pair = pairs.offsetOf(lastAgent, lastTeam);
      sums = pairs.sums;
    }
    const row = rowWidth * week;
    // The six counts, each read once and added to the week's row and the pair's.
    let value = day.draftsChecked;
    byWeek[row] = (byWeek[row] ?? 0) + value;
    sums[pair] = (sums[pair] ?? 0) + value;
    value = day.sends;
    byWeek[row + 1] = (byWeek[row + 1] ?? 0) + value;
    sums[pair + 1] = (sums[pair + 1] ?? 0) + value;
    value = day.okFirstTime;
    byWeek[row + 2] = (byWeek[row + 2] ?? 0) + value;
    sums[pair + 2] = (sums[pair + 2] ?? 0) + value;
    value = day.blocksCaught;
    byWeek[row + 3] = (byWeek[row + 3] ?? 0) + value;
    sums[pair + 3] = (sums[pair + 3] ?? 0) + value;
    value = day.sentOverWarning;
    byWeek[row + 4] = (byWeek[row + 4] ?? 0) + value;
    sums[pair + 4] = (sums[pair + 4] ?? 0) + value;
    value = day.suggestionsApplied;
    byWeek[row + 5] = (byWeek[row + 5] ?? 0) + value;
    sums[pair + 5] = (sums[pair + 5] ?? 0) + value;
    // A day names a few categories: its own keys are visited (read by the for-in key, V8's fast
    // path), not the whole vocabulary.
    const categories: Readonly<Record<string, number | undefined>> = day.categories;
    for (const key in categories) {
      const seen = categories[key];
      const column = categoryColumns[key];
      if (typeof column !== 'number' || seen === undefined || seen <= 0) continue;
      byWeek[row + column] = (byWeek[row + column] ?? 0) + seen;
      sums[pair + column] = (sums[pair + column] ?? 0) + seen;
    }
    // Which weeks each pair has days in, for the agents behind a week's row.
    const weekFlag = (pair / rowWidth) * weekCount + week;
    if (weekFlag >= pairWeeks.length) {
      const grown = new Uint8Array(Math.max(pairWeeks.length * 2, weekFlag + 1));
      grown.set(pairWeeks);
      pairWeeks = grown;
    }
    pairWeeks[weekFlag] = 1;
  }
  return pairWeeks;
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
  options: ReportWindow,
): ToneOutcomes {
  const weekIndex = new WeekIndex(options.weeks, options.range);
  const { filters } = options;
  const filtered =
    filters.agent !== undefined || filters.team !== undefined || filters.brandOrOwner !== undefined;
  // A day is added to two rows: its week's and its agent-and-team pair's. Agents, teams and the
  // total are summed from those rows afterwards (whole counts: the order of adding changes nothing).
  const byWeek = new Float64Array(rowWidth * options.weeks.length);
  const pairs = new AgentTeamPairs(rowWidth);
  const weekCount = options.weeks.length;
  const pairWeeks = tallyDays(toneDays, weekIndex, filtered ? filters : undefined, byWeek, pairs);
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
  // Ids in the names' order by the collator; a stable sort keeps names it ties in the order first
  // seen.
  const inNameOrder = (names: readonly string[]) =>
    Array.from(names, (_, id) => id).sort((a, b) => byName(names[a] ?? '', names[b] ?? ''));
  const agentOrder = inNameOrder(pairs.agents);
  // The flagged agents of row `row` in `flags`, in the agents' sorted order (no sort per row).
  const agentsOf = (flags: Uint8Array, row: number): string[] => {
    const agents: string[] = [];
    for (const id of agentOrder) {
      if (flags[row * agentCount + id] === 1) agents.push(pairs.agents[id] ?? '');
    }
    return agents;
  };
  const byAgent: ToneOutcomes['byAgent'] = [];
  for (const id of agentOrder) {
    byAgent.push({ agent: pairs.agents[id] ?? '', ...figures(agentSums, id * rowWidth) });
  }
  return {
    total: figures(fixed, 0),
    byAgent,
    byTeam: inNameOrder(pairs.teams).map((id) => ({
      team: pairs.teams[id] ?? '',
      ...figures(teamSums, id * rowWidth),
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
  options: ReportWindow,
): GuardOutcomes {
  const weekIndex = new WeekIndex(options.weeks, options.range);
  const total: GuardFigures = { notNow: 0, contactsAgainstGuard: 0 };
  const byAgent = new Map<string, GuardFigures>();
  const byWeek = options.weeks.map((): GuardFigures => ({ notNow: 0, contactsAgainstGuard: 0 }));
  const weekAgents = options.weeks.map(() => new Set<string>());
  for (const day of guardDays) {
    const week = weekIndex.weekOf(day.date);
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
