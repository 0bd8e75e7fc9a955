// `npm run bench`: runs every benchmark, prints one compact table and writes bench/results.json
// so figures can be compared between commits. Figures, not pass/fail. Each figure that has a floor
// (the least any app doing the same job costs, built in bench/floors/ and measured in the same run)
// is also printed as `figure / floor` with issue 16's goal, and kept under `floors` in results.json:
// absolute times on a shared machine are noisy, ratios taken in one run are not.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { z } from 'zod';

type Figures = Record<string, number>;

// Each suite is a module in this folder exporting an async function that returns named figures.
const suites = [
  ['tone', 'benchTone'],
  ['signals', 'benchSignals'],
  ['plans', 'benchPlans'],
  ['history', 'benchHistory'],
  ['outcomes', 'benchOutcomes'],
  ['bundles', 'benchBundles'],
  ['sidebar', 'benchSidebar'],
  ['backend', 'benchBackend'],
] as const;

async function loadSuite(file: string, exportName: string): Promise<() => Promise<Figures>> {
  const module: Record<string, unknown> = await import(`./${file}.ts`);
  const bench = module[exportName];
  if (typeof bench !== 'function')
    throw new Error(`bench/${file}.ts does not export ${exportName}`);
  return bench as () => Promise<Figures>;
}

const only = process.argv.slice(2);
const resultsFile = new URL('./results.json', import.meta.url);
/**
 * What bench/results.json holds: a partial run (`npm run bench backend`) replaces only its suites'
 * figures, each suite's own measurement date is kept under `measured`, and floor ratios are always
 * taken from one suite's own run, so what is compared still comes from the same run.
 */
const resultsFileSchema = z
  .object({
    date: z.string(),
    results: z.record(z.string(), z.record(z.string(), z.number())),
    measured: z.record(z.string(), z.string()).optional(),
  })
  .loose();
const earlier =
  only.length > 0 && existsSync(resultsFile)
    ? resultsFileSchema.parse(JSON.parse(readFileSync(resultsFile, 'utf8')))
    : undefined;
const results: Record<string, Figures> = {};
for (const [name, exportName] of suites) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stderr.write(`bench ${name}...\n`);
  try {
    results[name] = await (await loadSuite(name, exportName))();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`bench ${name}: skipped (${message})\n`);
  }
}

/** A figure next to its floor (both measured in this run), and issue 16's goal for it. */
interface FloorRow {
  label: string;
  unit: string;
  figure: readonly [suite: string, name: string];
  floor: readonly [suite: string, name: string];
  goal: string;
}

const floorRows: FloorRow[] = [
  {
    label: 'Zendesk ticket sidebar JS before first paint, gzip',
    unit: 'KB',
    figure: ['bundles', 'zendesk ticket sidebar first paint JS KB gz'],
    floor: ['bundles', 'floor React + styled-components + Garden JS KB gz'],
    goal: '≤ 1.2× (≤ 110 KB)',
  },
  {
    label: 'the same, against React + ReactDOM alone',
    unit: 'KB',
    figure: ['bundles', 'zendesk ticket sidebar first paint JS KB gz'],
    floor: ['bundles', 'floor React + ReactDOM JS KB gz'],
    goal: '',
  },
  {
    label: 'HubSpot card bundle, gzip, React and ui-extensions external',
    unit: 'KB',
    figure: ['bundles', 'hubspot card KB gz (react, ui-extensions external)'],
    floor: ['bundles', 'hubspot card own code KB gz (every package external)'],
    goal: '≤ 70 KB',
  },
  {
    label: 'Zendesk sidebar ready, 4× CPU, 100 ms API (median)',
    unit: 'ms',
    figure: ['sidebar', 'ticket sidebar ready ms (median, 4× CPU, 100 ms API)'],
    floor: ['sidebar', 'floor sidebar ready ms (median)'],
    goal: '≤ 1.25×',
  },
  {
    label: 'Zendesk sidebar first paint (median)',
    unit: 'ms',
    figure: ['sidebar', 'ticket sidebar first paint ms (median)'],
    floor: ['sidebar', 'floor sidebar first paint ms (median)'],
    goal: '',
  },
  {
    label: 'Tone findings visible after the last keystroke, 4× CPU (median)',
    unit: 'ms',
    figure: ['sidebar', 'tone findings visible after last key ms (median, 4× CPU)'],
    floor: ['sidebar', 'floor: debounce + one check ms'],
    goal: '≤ 300 ms',
  },
  {
    label: 'Sidebar JS heap after open (ticket page included)',
    unit: 'MiB',
    figure: ['sidebar', 'sidebar JS heap after open MiB'],
    floor: ['sidebar', 'floor sidebar JS heap after open MiB'],
    goal: 'bounded',
  },
  {
    label: 'Backend settings read, 20 clients, requests/s',
    unit: 'req/s',
    figure: ['backend', 'settings read requests/s'],
    floor: ['backend', 'floor settings read requests/s'],
    goal: '≥ 0.5×',
  },
  {
    label: 'Backend settings read p99',
    unit: 'ms',
    figure: ['backend', 'settings read p99 ms'],
    floor: ['backend', 'floor settings read p99 ms'],
    goal: '≤ 100 ms',
  },
  {
    label: 'Backend history page, 10 portals, HubSpot answering in 50 ms, requests/s',
    unit: 'req/s',
    figure: ['backend', 'history requests/s (HubSpot 50 ms)'],
    floor: ['backend', 'floor settings read requests/s, alternating with the history'],
    goal: '≥ 0.5×',
  },
  {
    label: 'Backend history page p99',
    unit: 'ms',
    figure: ['backend', 'history p99 ms'],
    floor: ['backend', 'floor settings read p99 ms, alternating with the history'],
    goal: '≤ 100 ms',
  },
  {
    label: 'Backend history page, CPU time a request (the load moves it less)',
    unit: 'µs',
    figure: ['backend', 'history backend CPU µs a request'],
    floor: ['backend', 'floor CPU µs a request, alternating with the history'],
    goal: '',
  },
];

/** The rows whose figure and floor were both measured, with `figure / floor`. */
function floorComparisons() {
  return floorRows.flatMap((row) => {
    const figure = results[row.figure[0]]?.[row.figure[1]];
    const floor = results[row.floor[0]]?.[row.floor[1]];
    if (figure === undefined || floor === undefined) return [];
    const ratio = Math.round((figure / floor) * 100) / 100;
    return [{ label: row.label, unit: row.unit, figure, floor, ratio, goal: row.goal }];
  });
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const rows = Object.entries(results).flatMap(([suite, figures]) =>
  Object.entries(figures).map(([figure, value]) => [suite, figure, value] as const),
);
const width = Math.max(...rows.map(([suite, figure]) => `${suite} ${figure}`.length), 10);
console.log(`Machine: ${machine}`);
for (const [suite, figure, value] of rows) {
  console.log(
    `${`${suite} ${figure}`.padEnd(width)}  ${Number.isInteger(value) ? value : value.toFixed(3)}`,
  );
}
const comparisons = floorComparisons();
if (comparisons.length > 0) {
  console.log('\nEach figure next to its floor (figure / floor), as a Markdown table:\n');
  console.log('| Figure | Value | Floor | Figure / floor | Goal |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of comparisons) {
    console.log(
      `| ${row.label} | ${row.figure} ${row.unit} | ${row.floor} ${row.unit} | ${row.ratio}× | ${row.goal} |`,
    );
  }
}
// A full run replaces the file; a partial one replaces the figures of the suites it ran.
const date = new Date().toISOString();
const measured = {
  // Suites from before `measured` was kept were measured on the file's date.
  ...Object.fromEntries(Object.keys(earlier?.results ?? {}).map((suite) => [suite, earlier?.date])),
  ...(earlier?.measured ?? {}),
  ...Object.fromEntries(Object.keys(results).map((suite) => [suite, date])),
};
if (earlier) {
  for (const [suite, figures] of Object.entries(earlier.results)) results[suite] ??= figures;
}
writeFileSync(
  resultsFile,
  `${JSON.stringify({ machine, date, measured, results, floors: floorComparisons() }, null, 2)}\n`,
);
