// `npm run bench`: runs every benchmark, prints one compact table and writes bench/results.json
// so figures can be compared between commits. Figures, not pass/fail.
import { writeFileSync } from 'node:fs';
import os from 'node:os';

type Figures = Record<string, number>;

// Each suite is a module in this folder exporting an async function that returns named figures.
const suites = [
  ['tone', 'benchTone'],
  ['plans', 'benchPlans'],
  ['history', 'benchHistory'],
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
// Only a full run is written down, so bench/results.json always compares like with like.
if (only.length === 0) {
  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify({ machine, date: new Date().toISOString(), results }, null, 2)}\n`,
  );
} else {
  process.stderr.write('bench: a partial run; bench/results.json left as it was\n');
}
