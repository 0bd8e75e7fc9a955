/**
 * The outcomes page's view model, the same in every host: which tables a viewer sees, their columns
 * and cells (codes and plain values, never sentences), the headline figures, and who may see whose
 * figures. Each host renders the tables (and charts drawn from them, with the table behind each
 * chart); words come from the shared catalog through `cellText`, CSV from `./csv`.
 */
import type { MessageKey, Translate } from '../i18n';
import { formatMoney, type Money } from '../money/money';
import type { ToneCategory } from '../tone/types';
import {
  planLengthBuckets,
  planStatuses,
  firstPaymentTimings,
  type PlanCompletion,
} from './plan-outcomes';
import type { OutcomeRecordLists } from './records';
import type { OutcomesReport } from './report';
import type { GuardFigures, ToneFigures } from './tone-outcomes';

/** Every table of the page, in the order shown; each has a CSV export. */
export const outcomeTableIds = [
  'promises-by-week',
  'amounts-by-week',
  'plans-by-status',
  'plans-by-length',
  'plans-by-first-payment',
  'tone-by-week',
  'tone-by-team',
  'tone-by-agent',
  'guards-by-week',
  'guards-by-agent',
] as const;
export type OutcomeTableId = (typeof outcomeTableIds)[number];

/** One cell: a plain value and how to show it. */
export type OutcomeCell =
  | { kind: 'text'; value: string }
  | { kind: 'label'; code: MessageKey; value: string }
  | { kind: 'count'; value: number }
  | { kind: 'rate'; value: number | undefined }
  | { kind: 'days'; value: number | undefined }
  | { kind: 'money'; value: Money }
  | { kind: 'categories'; value: { category: ToneCategory; count: number }[] };

export interface OutcomeColumn {
  /** Stable machine name: the CSV header. */
  key: string;
  label: MessageKey;
}

export interface OutcomeRow {
  cells: OutcomeCell[];
  /** The customers behind the row (requester or contact ids), for the host to link to. */
  customerRefs?: string[];
  /**
   * The agents behind a tone or guard row (their day counts hold no customer or ticket, by
   * design), for the host to link to their work; `outcomeRowLinks` turns both into links.
   */
  agentRefs?: string[];
}

export interface OutcomeTable {
  id: OutcomeTableId;
  title: MessageKey;
  columns: OutcomeColumn[];
  rows: OutcomeRow[];
  /** A weekly trend the host may draw as a line or stacked bars (with this table behind it). */
  chart?: 'trend' | 'stacked';
}

/** Who is looking: admins and allowed roles see every agent; an agent sees only their own row. */
export interface OutcomesViewer {
  agent: string;
  seesEveryAgent: boolean;
}

export interface OutcomesView {
  range: { from: string; to: string };
  headline: {
    keptRate: number | undefined;
    promisesMade: number;
    plansStarted: number;
    planCompletionRate: number | undefined;
    medianDaysToFirstPromise: number | undefined;
    okFirstTimeShare: number | undefined;
    contactsAgainstGuard: number;
  };
  tables: OutcomeTable[];
  /** True when per-agent rows other than the viewer's were left out. */
  agentsHidden: boolean;
  currencies: string[];
}

/** Each column by its CSV header (a stable machine name), with its label: the vocabulary, once. */
const columnLabels = {
  week: 'outcomes.column.week',
  made: 'outcomes.column.made',
  kept: 'outcomes.column.kept',
  partly_kept: 'outcomes.column.partlyKept',
  broken: 'outcomes.column.broken',
  open: 'outcomes.column.open',
  kept_rate: 'outcomes.column.keptRate',
  currency: 'outcomes.column.currency',
  promised: 'outcomes.column.promised',
  received: 'outcomes.column.received',
  status: 'outcomes.column.status',
  plans: 'outcomes.column.plans',
  length: 'outcomes.column.length',
  first_payment: 'outcomes.column.firstPayment',
  started: 'outcomes.column.started',
  completed: 'outcomes.column.completed',
  completion_rate: 'outcomes.column.completionRate',
  team: 'outcomes.column.team',
  agent: 'outcomes.column.agent',
  drafts_checked: 'outcomes.column.draftsChecked',
  ok_first_time_share: 'outcomes.column.okFirstTimeShare',
  blocks_caught: 'outcomes.column.blocksCaught',
  sent_over_warning: 'outcomes.column.sentOverWarning',
  top_categories: 'outcomes.column.topCategories',
  not_now: 'outcomes.column.notNow',
  contacts_against_guard: 'outcomes.column.contactsAgainstGuard',
} as const satisfies Record<string, MessageKey>;

/** The columns named by `keys`, in that order. */
const columns = (...keys: (keyof typeof columnLabels)[]): OutcomeColumn[] =>
  keys.map((key) => ({ key, label: columnLabels[key] }));

const count = (value: number): OutcomeCell => ({ kind: 'count', value });
const text = (value: string): OutcomeCell => ({ kind: 'text', value });
const share = (value: number | undefined): OutcomeCell => ({ kind: 'rate', value });

const toneColumns: OutcomeColumn[] = columns(
  'drafts_checked',
  'ok_first_time_share',
  'blocks_caught',
  'sent_over_warning',
  'top_categories',
);
const toneCells = (figures: ToneFigures): OutcomeCell[] => [
  count(figures.draftsChecked),
  share(figures.okFirstTimeShare),
  count(figures.blocksCaught),
  count(figures.sentOverWarning),
  { kind: 'categories', value: figures.topCategories },
];
const guardColumns: OutcomeColumn[] = columns('not_now', 'contacts_against_guard');
const guardCells = (figures: GuardFigures): OutcomeCell[] => [
  count(figures.notNow),
  count(figures.contactsAgainstGuard),
];
const completionColumns: OutcomeColumn[] = columns(
  'started',
  'completed',
  'broken',
  'completion_rate',
);
const completionCells = (completion: PlanCompletion): OutcomeCell[] => [
  count(completion.started),
  count(completion.completed),
  count(completion.broken),
  share(completion.completionRate),
];

/** The figures a tone or guard table shows after its first column, and how. */
const toneFigures = { columns: toneColumns, cells: toneCells };
const guardFigures = { columns: guardColumns, cells: guardCells };

/**
 * A table of tone or guard figures, one row per week, team or agent (its first column), each with
 * the agents behind it: the agent of an agent's row, the agents a week's or team's row sums.
 */
function groupedTable<By extends 'week' | 'team' | 'agent', Figures>(
  id: OutcomeTableId,
  title: MessageKey,
  by: By,
  rows: (Figures & Record<By, string> & { agents?: string[] })[],
  figures: { columns: OutcomeColumn[]; cells: (row: Figures) => OutcomeCell[] },
  /** The agents the viewer may see named. */
  visibleAgents: (agents: string[]) => string[],
  chart?: OutcomeTable['chart'],
): OutcomeTable {
  return {
    id,
    title,
    ...(chart === undefined ? {} : { chart }),
    columns: [...columns(by), ...figures.columns],
    rows: rows.map((row) => ({
      cells: [text(row[by]), ...figures.cells(row)],
      agentRefs: visibleAgents(by === 'agent' ? [row[by]] : (row.agents ?? [])),
    })),
  };
}

/** Plan completion, one row per bucket (plan length, or when the first payment was taken). */
function completionTable<Bucket extends string>(
  id: OutcomeTableId,
  title: MessageKey,
  by: 'length' | 'first_payment',
  buckets: readonly (readonly [Bucket, MessageKey])[],
  completion: Readonly<Record<Bucket, PlanCompletion>>,
): OutcomeTable {
  return {
    id,
    title,
    columns: [...columns(by), ...completionColumns],
    rows: buckets.map(([bucket, label]) => ({
      cells: [
        { kind: 'label', code: label, value: bucket },
        ...completionCells(completion[bucket]),
      ],
    })),
  };
}

/** The page for `viewer` from a report. */
export function outcomesView(report: OutcomesReport, viewer: OutcomesViewer): OutcomesView {
  const { promises, plans, tone, guards } = report;
  const visible = <Row extends { agent: string }>(rows: Row[]) =>
    viewer.seesEveryAgent ? rows : rows.filter((row) => row.agent === viewer.agent);
  // Agents behind a week's or team's row are named only to a viewer who sees every agent.
  const visibleAgents = (agents: string[]) =>
    viewer.seesEveryAgent ? agents : agents.filter((agent) => agent === viewer.agent);
  const toneAgents = visible(tone.byAgent);
  const guardAgents = visible(guards.byAgent);
  const tables: OutcomeTable[] = [
    {
      id: 'promises-by-week',
      title: 'outcomes.table.promisesByWeek',
      chart: 'stacked',
      columns: columns('week', 'made', 'kept', 'partly_kept', 'broken', 'open', 'kept_rate'),
      rows: promises.weeks.map((week) => ({
        cells: [
          text(week.week),
          count(week.made),
          count(week.kept),
          count(week.partlyKept),
          count(week.broken),
          count(week.open),
          share(week.keptRate),
        ],
        customerRefs: week.customerRefs,
      })),
    },
    {
      id: 'amounts-by-week',
      title: 'outcomes.table.amountsByWeek',
      columns: columns('week', 'currency', 'promised', 'received'),
      rows: promises.amounts.map((amount) => ({
        cells: [
          text(amount.week),
          text(amount.currency),
          { kind: 'money', value: amount.promised },
          { kind: 'money', value: amount.received },
        ],
      })),
    },
    {
      id: 'plans-by-status',
      title: 'outcomes.table.plansByStatus',
      columns: columns('status', 'plans'),
      rows: planStatuses.map((status) => ({
        cells: [
          { kind: 'label', code: `outcomes.planStatus.${status}`, value: status },
          count(plans.byStatus[status]),
        ],
        customerRefs: plans.customerRefsByStatus[status],
      })),
    },
    completionTable(
      'plans-by-length',
      'outcomes.table.plansByLength',
      'length',
      planLengthBuckets.map((bucket) => [bucket, `outcomes.planLength.${bucket}`] as const),
      plans.byLength,
    ),
    completionTable(
      'plans-by-first-payment',
      'outcomes.table.plansByFirstPayment',
      'first_payment',
      firstPaymentTimings.map((timing) => [timing, `outcomes.firstPayment.${timing}`] as const),
      plans.byFirstPayment,
    ),
    groupedTable(
      'tone-by-week',
      'outcomes.table.toneByWeek',
      'week',
      tone.byWeek,
      toneFigures,
      visibleAgents,
      'trend',
    ),
    groupedTable(
      'tone-by-team',
      'outcomes.table.toneByTeam',
      'team',
      tone.byTeam,
      toneFigures,
      visibleAgents,
    ),
    groupedTable(
      'tone-by-agent',
      'outcomes.table.toneByAgent',
      'agent',
      toneAgents,
      toneFigures,
      visibleAgents,
    ),
    groupedTable(
      'guards-by-week',
      'outcomes.table.guardsByWeek',
      'week',
      guards.byWeek,
      guardFigures,
      visibleAgents,
      'trend',
    ),
    groupedTable(
      'guards-by-agent',
      'outcomes.table.guardsByAgent',
      'agent',
      guardAgents,
      guardFigures,
      visibleAgents,
    ),
  ];
  return {
    range: report.range,
    headline: {
      keptRate: promises.total.keptRate,
      promisesMade: promises.total.made,
      plansStarted: plans.started,
      planCompletionRate: plans.completionRate,
      medianDaysToFirstPromise: promises.medianDaysToFirstPromise,
      okFirstTimeShare: tone.total.okFirstTimeShare,
      contactsAgainstGuard: guards.total.contactsAgainstGuard,
    },
    tables,
    agentsHidden:
      toneAgents.length < tone.byAgent.length || guardAgents.length < guards.byAgent.length,
    currencies: report.currencies,
  };
}

/** A cell in the viewer's words: "87%", "€1,250.00", "threat (4), pressure (2)", "—" for none. */
export function cellText(t: Translate, locale: string, cell: OutcomeCell): string {
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'label':
      return t(cell.code);
    case 'count':
      return new Intl.NumberFormat(locale).format(cell.value);
    case 'rate':
      return cell.value === undefined
        ? t('outcomes.none')
        : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
            cell.value,
          );
    case 'days':
      return cell.value === undefined
        ? t('outcomes.none')
        : t('outcomes.days', { days: cell.value });
    case 'money':
      return formatMoney(cell.value, locale);
    case 'categories':
      return cell.value.length === 0
        ? t('outcomes.none')
        : cell.value
            .map((entry) =>
              t('outcomes.categoryCount', {
                category: t(`tone.category.${entry.category}`),
                count: entry.count,
              }),
            )
            .join(', ');
  }
}

/** Who is asking for the page, as the host knows them. */
export interface OutcomesAsker {
  agent: string;
  /** May manage the app (HubSpot: super admin; Zendesk: admin). */
  managesApp: boolean;
  /** The teams or groups the user is in. */
  teamIds: readonly string[];
}

/**
 * What `asker` may see, decided once for every host: people who manage the app see everything;
 * members of a team the admin chose see every figure, and other agents' rows only when the admin
 * allowed that; anyone else sees only their own figures (`ownFiguresOnly`: the host narrows the
 * records to that agent before the report, so no team or week figure includes anyone else).
 */
export function outcomesAccess(
  asker: OutcomesAsker,
  settings: { viewerTeamIds: readonly string[]; viewerTeamsSeeEveryAgent: boolean },
): { viewer: OutcomesViewer; ownFiguresOnly: boolean } {
  if (asker.managesApp) {
    return { viewer: { agent: asker.agent, seesEveryAgent: true }, ownFiguresOnly: false };
  }
  const inViewerTeam = asker.teamIds.some((team) => settings.viewerTeamIds.includes(team));
  if (inViewerTeam) {
    return {
      viewer: { agent: asker.agent, seesEveryAgent: settings.viewerTeamsSeeEveryAgent },
      ownFiguresOnly: false,
    };
  }
  return { viewer: { agent: asker.agent, seesEveryAgent: false }, ownFiguresOnly: true };
}

/**
 * Only `agent`'s records, for a viewer who sees their own figures only (`ownFiguresOnly`): their
 * promises, plans and day counts, and the payments and first contacts of their promises' customers.
 */
export function ownOutcomeRecords(records: OutcomeRecordLists, agent: string): OutcomeRecordLists {
  const mine = <Row extends { agent: string }>(rows: Row[]) =>
    rows.filter((row) => row.agent === agent);
  const promises = mine(records.promises);
  const customers = new Set(promises.map((promise) => promise.customerRef));
  return {
    promises,
    payments: records.payments.filter((payment) => customers.has(payment.customerRef)),
    plans: mine(records.plans),
    firstContacts: records.firstContacts.filter((first) => customers.has(first.customerRef)),
    toneDays: mine(records.toneDays),
    guardDays: mine(records.guardDays),
  };
}
