/**
 * `tactful outcomes`: reads outcome records as JSON lines on stdin (promises, payments, plans, first
 * contacts, tone and guard day counts, as the hosts keep them) and prints what a team lead sees:
 * the headline figures and every table, or one table as CSV with `--csv <table>`. Bad input (a line
 * that is not a record, an unknown table, a date that is not a date): stderr and exit code 2.
 */
import { commandArgs, dayOptions, localeOption, refuse } from '../args';
import { exitCodes, type CliIo } from '../io';
import {
  isValidTimeZone,
  parsePlainDate,
  todayIn,
  type PlainDate,
} from '../../../shared/calendar/calendar';
import { createTranslator, type Translate } from '../../../shared/i18n';
import {
  cellText,
  emptyOutcomeRecordLists,
  outcomeTableIds,
  outcomesReport,
  outcomesView,
  readOutcomeRecord,
  tableCsv,
  type OutcomeFilters,
  type OutcomeRecordLists,
  type OutcomeTable,
  type OutcomesView,
} from '../../../shared/outcomes';

const help = `Usage: tactful outcomes [options] < records.jsonl

Reads one record a line: {"type":"promise"|"payment"|"plan"|"first-contact"|"tone-day"|"guard-day",...}
(the shapes are in the README, "Outcomes") and prints the outcomes tables for the 12 ISO weeks
ending this week, or for --from/--to.

Options:
  --today YYYY-MM-DD       the team's today (default: today in --time-zone)
  --time-zone ZONE         the team's IANA time zone for today (default UTC)
  --from, --to YYYY-MM-DD  the date range (inclusive)
  --team, --agent, --brand-or-owner, --currency   narrow the figures
  --csv TABLE              print one table as CSV: ${outcomeTableIds.join(', ')}
  --locale en|es           words for the tables (English by default)
`;

const options = {
  ...dayOptions,
  from: { type: 'string' },
  to: { type: 'string' },
  team: { type: 'string' },
  agent: { type: 'string' },
  'brand-or-owner': { type: 'string' },
  currency: { type: 'string' },
  csv: { type: 'string' },
  ...localeOption,
} as const;

const isTableId = (name: string): name is (typeof outcomeTableIds)[number] =>
  outcomeTableIds.some((id) => id === name);

/** Every line as a record, or the first problem with its line number. */
function readRecords(
  input: string,
): { ok: true; value: OutcomeRecordLists } | { ok: false; error: string } {
  const records = emptyOutcomeRecordLists();
  const lines = input.split('\n');
  let seen = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return { ok: false, error: `line ${index + 1}: not valid JSON` };
    }
    const problem = readOutcomeRecord(json, records);
    if (problem !== undefined) return { ok: false, error: `line ${index + 1}: ${problem}` };
    seen += 1;
  }
  if (seen === 0) return { ok: false, error: 'no records: every line is blank' };
  return { ok: true, value: records };
}

/** A table as aligned text: its title, a header row and one line a row. */
function tableText(t: Translate, locale: string, table: OutcomeTable): string {
  const rows = [
    table.columns.map((column) => t(column.label)),
    ...table.rows.map((row) => row.cells.map((cell) => cellText(t, locale, cell))),
  ];
  const widths = table.columns.map((_, column) =>
    Math.max(...rows.map((row) => [...(row[column] ?? '')].length)),
  );
  const lines = rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  const body = table.rows.length === 0 ? [t('outcomes.none')] : lines;
  return [`${t(table.title)} [${table.id}]`, ...body].join('\n');
}

/** The headline figures in words, one a line. */
function headlineText(t: Translate, locale: string, view: OutcomesView): string {
  const { headline } = view;
  const rate = (value: number | undefined) => cellText(t, locale, { kind: 'rate', value });
  const count = (value: number) => cellText(t, locale, { kind: 'count', value });
  return [
    `${t('outcomes.title')}: ${view.range.from} – ${view.range.to}`,
    `${t('outcomes.column.keptRate')}: ${rate(headline.keptRate)}`,
    `${t('outcomes.column.made')}: ${count(headline.promisesMade)}`,
    `${t('outcomes.column.plans')}: ${count(headline.plansStarted)}`,
    `${t('outcomes.column.completionRate')}: ${rate(headline.planCompletionRate)}`,
    `${t('outcomes.medianDaysToFirstPromise')}: ${cellText(t, locale, { kind: 'days', value: headline.medianDaysToFirstPromise })}`,
    `${t('outcomes.column.okFirstTimeShare')}: ${rate(headline.okFirstTimeShare)}`,
    `${t('outcomes.column.contactsAgainstGuard')}: ${count(headline.contactsAgainstGuard)}`,
  ].join('\n');
}

/** Runs the command; 0 on success, 2 for input it cannot use. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsedArgs = commandArgs(args, io, { name: 'outcomes', options, usage: help });
  if ('exitCode' in parsedArgs) return parsedArgs.exitCode;
  const given = parsedArgs.options;
  const dates: Partial<Record<'today' | 'from' | 'to', PlainDate>> = {};
  for (const name of ['today', 'from', 'to'] as const) {
    const text = given[name];
    if (text === undefined) continue;
    const date = parsePlainDate(text);
    if (date === undefined)
      return refuse(io, 'outcomes', `--${name} "${text}" is not a YYYY-MM-DD date`);
    dates[name] = date;
  }
  const timeZone = given['time-zone'] ?? 'UTC';
  if (!isValidTimeZone(timeZone)) {
    return refuse(io, 'outcomes', `--time-zone "${timeZone}" is not an IANA time zone`);
  }
  if (given.csv !== undefined && !isTableId(given.csv)) {
    return refuse(
      io,
      'outcomes',
      `--csv "${given.csv}" is not a table; one of ${outcomeTableIds.join(', ')}`,
    );
  }
  if (given.currency !== undefined && !/^[A-Z]{3}$/.test(given.currency)) {
    return refuse(
      io,
      'outcomes',
      `--currency "${given.currency}" is not an ISO 4217 code such as EUR`,
    );
  }
  if (dates.from !== undefined && dates.to !== undefined && dates.from > dates.to) {
    return refuse(io, 'outcomes', '--from is after --to');
  }
  const records = readRecords(await io.readStdin());
  if (!records.ok) return refuse(io, 'outcomes', records.error);

  const filters: OutcomeFilters = {
    team: given.team,
    agent: given.agent,
    brandOrOwner: given['brand-or-owner'],
    currency: given.currency,
    from: dates.from,
    to: dates.to,
  };
  // The clock is read here, at the edge: the core takes the team's calendar date.
  const today = dates.today ?? todayIn(new Date(), timeZone);
  const report = outcomesReport(records.value, { today, filters });
  // Whoever holds the records and runs the command sees every agent's figures.
  const view = outcomesView(report, { agent: '', seesEveryAgent: true });
  const csvTable = view.tables.find((table) => table.id === given.csv);
  if (csvTable !== undefined) {
    io.stdout(tableCsv(csvTable));
    return exitCodes.ok;
  }
  const locale = given.locale ?? 'en';
  const t = createTranslator(locale);
  io.stdout(
    `${[headlineText(t, locale, view), ...view.tables.map((table) => tableText(t, locale, table))].join('\n\n')}\n`,
  );
  return exitCodes.ok;
}
