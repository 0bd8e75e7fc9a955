/**
 * Sidebar ready / floor for several builds of the Zendesk app in one run, their loads and the
 * floor's taking turns (the order reversed every other round), as bench/sidebar.ts measures one:
 * headless Chromium, CPU 4× slower, 100 ms added to every host API reply. For A/B changes on a
 * shared, noisy machine: the same run gives every build the same load (issue 16).
 *
 *   npx tsx bench/sidebar-ab.ts <built app dir>… [--rounds 9] [--first-keystroke <ms>]
 *
 * `--first-keystroke <ms>`: instead of ready, the agent who starts a reply `<ms>` after ready (the
 * blank draft filled in one input, bench/sidebar-typing.ts `firstKeystroke`): each build's wait
 * from that edit to its finding painted, against the typing floor (the debounce plus one check
 * timed in the same frame); on stderr, for the last round, the app's script requests (ms from
 * the edit).
 *
 * Each dir is a built app folder (`npm run build` writes dist/zendesk; copy it aside per variant).
 * Prints each round's ready times, then each build's median and its ratio to the floor's; on stderr,
 * for the last round, every load's timeline on one clock (ms since the app frame's navigation): the
 * SDK defined, `ZAFClient.init`, the host messages each frame received (P: the ticket page, F: the
 * app), long tasks (the app and the page share one main thread here), the host API requests, first
 * paint and ready.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../tests/e2e/browser';
import { startPlayground, type Playground } from '../playground/server/server';
import { buildFloorSidebar } from './floors/build';
import { firstKeystroke, probeScript } from './sidebar-typing';
import {
  apiLatencyMs,
  cpuSlowdown,
  median,
  networkQuiet,
  openSidebar,
  readyWatcher,
  waitReady,
  type SidebarPage,
} from './sidebar-page';

declare global {
  interface Window {
    /** Set by `timelineProbe`: [epoch ms, what] for this frame. */
    tactfulBenchEvents?: Array<[number, string]>;
  }
}

/**
 * An init script for every frame: records (in epoch ms) the ZAF SDK's global being defined and its
 * `init` called, each message the frame receives (its ZAF key or call id), DOMContentLoaded and
 * long tasks.
 */
const timelineProbe = `(() => {
  const events = (window.tactfulBenchEvents = []);
  const now = () => Math.round(performance.timeOrigin + performance.now());
  const who = location.pathname.endsWith('/assets/index.html') ? 'F' : 'P';
  addEventListener('message', (event) => {
    let what = '?';
    try {
      const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
      what = data.key ?? 'call ' + data.id + ' ' + (data.request ?? 'answer');
    } catch {}
    events.push([now(), who + ' got ' + String(what).slice(0, 28)]);
  }, true);
  document.addEventListener('DOMContentLoaded', () => events.push([now(), who + ' DOMContentLoaded']));
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        events.push([Math.round(performance.timeOrigin + entry.startTime), who + ' long task ' + Math.round(entry.duration) + ' ms']);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let sdk;
  Object.defineProperty(globalThis, 'ZAFClient', {
    configurable: true,
    get: () => sdk,
    set: (value) => {
      events.push([now(), who + ' ZAF SDK defined']);
      sdk = { init: (...args) => { events.push([now(), who + ' ZAFClient.init']); return value.init(...args); } };
    },
  });
})();`;

interface Variant {
  name: string;
  site: Playground;
  required: string[][];
}

/** The last round's timeline of one load, one line. */
async function timeline(sidebar: SidebarPage): Promise<string> {
  await networkQuiet(sidebar, 1_000);
  const frame = await sidebar.frame.evaluate(() => ({
    origin: performance.timeOrigin,
    ready: window.tactfulBenchReady ?? Number.NaN,
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    events: window.tactfulBenchEvents ?? [],
  }));
  const page = await sidebar.page.evaluate(() => window.tactfulBenchEvents ?? []);
  const events: Array<[number, string]> = [
    ...page,
    ...frame.events,
    ...sidebar.apiRequests.map((request): [number, string] => [
      request.start,
      `API ${request.path.slice(0, 40)}`,
    ]),
    [frame.origin + frame.firstPaint, 'F first paint'],
    [frame.origin + frame.ready, 'F ready'],
  ];
  return events
    .sort((a, b) => a[0] - b[0])
    .map(([at, what]) => `${Math.round(at - frame.origin)} ${what}`)
    .join(', ');
}

/** One cold load: ms from the app frame's navigation to ready (and the timeline when asked). */
async function loadOnce(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  variant: Variant,
  withTimeline: boolean,
): Promise<number> {
  const sidebar = await openSidebar(browser, variant.site.zendeskUrl, {
    cpuSlowdown,
    apiLatencyMs,
    initScripts: [readyWatcher(variant.required), timelineProbe],
  });
  try {
    await waitReady(sidebar);
    const ready = await sidebar.frame.evaluate(() => window.tactfulBenchReady ?? Number.NaN);
    if (withTimeline) process.stderr.write(`  ${variant.name}: ${await timeline(sidebar)}\n`);
    return ready;
  } finally {
    await sidebar.close();
  }
}

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt === -1 ? 9 : Number(args[roundsAt + 1]);
const typingAt = args.indexOf('--first-keystroke');
const typeAfterReadyMs = typingAt === -1 ? undefined : Number(args[typingAt + 1]);
/** The options' values, not build dirs (an option not given has none). */
const optionValues = [roundsAt, typingAt].filter((at) => at !== -1).map((at) => at + 1);
const dirs = args.filter((arg, index) => !arg.startsWith('--') && !optionValues.includes(index));
if (
  dirs.length === 0 ||
  !Number.isInteger(rounds) ||
  rounds < 1 ||
  (typeAfterReadyMs !== undefined && !(typeAfterReadyMs >= 0))
) {
  throw new Error(
    'usage: npx tsx bench/sidebar-ab.ts <built app dir>… [--rounds 9] [--first-keystroke <ms>]',
  );
}

/**
 * `measure` for every variant, once untimed (Chromium's own first-run costs), then `rounds` rounds
 * taking turns, the order reversed every other round so no build always follows the same one;
 * `line` prints a round. Returns each variant's figures in round order.
 */
async function takingTurns<T>(
  variants: Variant[],
  measure: (variant: Variant, lastRound: boolean) => Promise<T>,
  line: (variant: Variant, figure: T | undefined) => string,
): Promise<T[][]> {
  for (const variant of variants) await measure(variant, false);
  const figures = variants.map((): T[] => []);
  for (let round = 0; round < rounds; round += 1) {
    const order = [...variants.keys()];
    if (round % 2 === 1) order.reverse();
    for (const index of order) {
      const variant = variants[index];
      if (variant !== undefined) figures[index]?.push(await measure(variant, round === rounds - 1));
    }
    console.log(
      `round ${round + 1}: ${variants.map((variant, index) => line(variant, figures[index]?.at(-1))).join(', ')}`,
    );
  }
  return figures;
}

/** Each build's first-keystroke figures, the builds taking turns as in the ready rounds. */
async function firstKeystrokeRounds(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  variants: Variant[],
  afterReadyMs: number,
): Promise<void> {
  const probe = await probeScript();
  const figures = await takingTurns(
    variants,
    async (variant, lastRound) => {
      const figure = await firstKeystroke(browser, variant.site, probe, {
        cpuSlowdown,
        apiLatencyMs,
        ready: variant.required,
        typeAfterReadyMs: afterReadyMs,
      });
      if (lastRound) process.stderr.write(`  ${variant.name}: ${figure.scripts.join(', ')}\n`);
      return figure;
    },
    (variant, figure) =>
      `${variant.name} ${Math.round(figure?.wait ?? NaN)} (floor ${Math.round(figure?.floor ?? NaN)})`,
  );
  const floor = median(figures.flat().map((figure) => figure.floor));
  variants.forEach((variant, index) => {
    const wait = median((figures[index] ?? []).map((figure) => figure.wait));
    console.log(
      `${variant.name}: reply started ${afterReadyMs} ms after ready, first finding median ${Math.round(wait)} ms, / typing floor ${(wait / floor).toFixed(2)} (floor ${Math.round(floor)} ms)`,
    );
  });
}

/** Each build's ready and the floor's, taking turns; the floor's site is the last variant. */
async function readyRounds(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  variants: Variant[],
): Promise<void> {
  const times = await takingTurns(
    variants,
    (variant, lastRound) => loadOnce(browser, variant, lastRound),
    (variant, ready) => `${variant.name} ${Math.round(ready ?? Number.NaN)}`,
  );
  const floorMedian = median(times.at(-1) ?? []);
  variants.forEach((variant, index) => {
    const ready = median(times[index] ?? []);
    console.log(
      `${variant.name}: ready median ${Math.round(ready)} ms, / floor ${(ready / floorMedian).toFixed(2)}`,
    );
  });
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'tactful-bench-ab-'));
const started: Array<{ close(): Promise<void> }> = [];
try {
  const variants: Variant[] = [];
  for (const dir of dirs) {
    const site = await startPlayground({ port: 0, appPort: 0, zendeskAppDir: dir });
    started.push(site);
    variants.push({ name: dir, site, required: [['Customer'], ['Tone check']] });
  }
  const browser = await launchBrowser();
  started.push(browser);
  if (typeAfterReadyMs === undefined) {
    const floorDir = path.join(scratch, 'floor');
    await buildFloorSidebar(floorDir);
    const floorSite = await startPlayground({ port: 0, appPort: 0, zendeskAppDir: floorDir });
    started.push(floorSite);
    await readyRounds(browser, [
      ...variants,
      { name: 'floor', site: floorSite, required: [['Customer']] },
    ]);
  } else {
    await firstKeystrokeRounds(browser, variants, typeAfterReadyMs);
  }
} finally {
  for (const running of started.reverse()) await running.close();
  rmSync(scratch, { recursive: true, force: true });
}
