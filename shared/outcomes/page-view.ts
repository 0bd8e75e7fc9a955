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
