/**
 * The outcomes page's headline and filter choices, the same on both hosts: which figures lead
 * the page, in what order and how each is formatted, and which teams, agents and currencies the
 * filters offer (those found in the records, sorted).
 */
import type { MessageKey } from '../i18n/messages/en';
import type { OutcomeRecords } from './records';
import type { OutcomeCell, OutcomesView } from './view';

/** One headline figure: a stable id, its label code and its cell (format it with `cellText`). */
export interface HeadlineFigure {
  id: string;
  label: MessageKey;
  cell: OutcomeCell;
}

/** The headline figures in the order the page shows them. */
export function headlineFigures(headline: OutcomesView['headline']): HeadlineFigure[] {
  const rate = (value: number | undefined): OutcomeCell => ({ kind: 'rate', value });
  const count = (value: number): OutcomeCell => ({ kind: 'count', value });
  return [
    { id: 'kept-rate', label: 'outcomes.column.keptRate', cell: rate(headline.keptRate) },
    { id: 'promises', label: 'outcomes.column.made', cell: count(headline.promisesMade) },
    { id: 'plans', label: 'outcomes.column.started', cell: count(headline.plansStarted) },
    {
      id: 'completion',
      label: 'outcomes.column.completionRate',
      cell: rate(headline.planCompletionRate),
    },
    {
      id: 'median-days',
      label: 'outcomes.medianDaysToFirstPromise',
      cell: { kind: 'days', value: headline.medianDaysToFirstPromise },
    },
    {
      id: 'ok-first-time',
      label: 'outcomes.column.okFirstTimeShare',
      cell: rate(headline.okFirstTimeShare),
    },
    {
      id: 'against-guard',
      label: 'outcomes.column.contactsAgainstGuard',
      cell: count(headline.contactsAgainstGuard),
    },
  ];
}

/** What the team, agent, owner and currency filters offer: the values in the records, sorted. */
export interface RecordFilterChoices {
  teams: string[];
  agents: string[];
  /** The brands (Zendesk) or owners (HubSpot) the records were made for. */
  owners: string[];
  currencies: string[];
}

/** The filter choices `records` hold. */
export function recordFilterChoices(
  records: Pick<OutcomeRecords, 'promises' | 'plans' | 'toneDays' | 'guardDays'>,
): RecordFilterChoices {
  const teams = new Set<string>();
  const agents = new Set<string>();
  const owners = new Set<string>();
  const currencies = new Set<string>();
  for (const list of [records.promises, records.plans, records.toneDays, records.guardDays]) {
    for (const record of list) {
      agents.add(record.agent);
      if (record.team !== undefined) teams.add(record.team);
      if (record.brandOrOwner !== undefined) owners.add(record.brandOrOwner);
    }
  }
  for (const promise of records.promises) currencies.add(promise.amount.currency);
  for (const plan of records.plans) currencies.add(plan.currency);
  const sorted = (values: Set<string>) => [...values].sort();
  return {
    teams: sorted(teams),
    agents: sorted(agents),
    owners: sorted(owners),
    currencies: sorted(currencies),
  };
}

/** A filter chosen from a list (the dates are typed instead). */
export type ChoiceFilterKey = 'team' | 'agent' | 'brandOrOwner' | 'currency';

/** One filter's select: what it filters, its label code and what it offers besides "All". */
export interface FilterSelect {
  key: ChoiceFilterKey;
  label: MessageKey;
  options: { value: string; label: string }[];
}

/**
 * The filter selects in the order both pages show them: team, agent, brand or owner, currency,
 * each offering the values the records hold, shown as themselves. The brand or owner select has the
 * host's label and, where the host knows them (Zendesk brands), its own named options; it is left
 * out when there is none to choose.
 */
export function filterSelects(
  choices: RecordFilterChoices,
  owner: { label: MessageKey; options?: { value: string; label: string }[] },
): FilterSelect[] {
  const named = (values: string[]) => values.map((value) => ({ value, label: value }));
  const owners = owner.options ?? named(choices.owners);
  return [
    { key: 'team', label: 'outcomes.column.team', options: named(choices.teams) },
    { key: 'agent', label: 'outcomes.column.agent', options: named(choices.agents) },
    ...(owners.length > 0
      ? [{ key: 'brandOrOwner' as const, label: owner.label, options: owners }]
      : []),
    { key: 'currency', label: 'outcomes.column.currency', options: named(choices.currencies) },
  ];
}

/** `filters` with `select` set to `value`; a value it does not offer ("All") clears it. */
export function withFilterChoice<Filters extends Partial<Record<ChoiceFilterKey, string>>>(
  filters: Filters,
  select: FilterSelect,
  value: unknown,
): Filters {
  const offered = select.options.find((option) => option.value === value)?.value;
  return { ...filters, [select.key]: offered };
}
