/**
 * Sidebar benchmark, each figure next to its floor in the same run: the production Zendesk app and
 * the sidebar floor (bench/floors/sidebar-app.tsx, built with the same webpack configuration) are
 * each opened beside a ticket in the playground's host emulator, in headless Chromium with the CPU
 * throttled 4× (DevTools protocol) and 100 ms added to every mock API reply, loads alternating.
 * - Load: time from the iframe's navigation to the customer and tone panels rendered and ready
 *   (the floor: its one card), median of several cold loads; first paint; the host API requests
 *   made before first paint, before ready and in all, and whether the floor asked for the same.
 * - Typing (bench/sidebar-typing.ts): last keystroke → tone findings visible, against the
 *   debounce interval plus one check timed in the same page.
 * - Memory (bench/sidebar-memory.ts): JS heap after open, tone checks and every panel opened.
 * Needs /usr/bin/chromium; without it the suite throws, and `npm run bench` reports it as skipped.
 * Run standalone with `tsx bench/sidebar.ts`; `benchSidebar()` returns the figures (ms, counts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchBrowser } from '../tests/e2e/browser';
import { startPlayground, type Playground } from '../playground/server/server';
import { builtZendeskApp } from './bundles';
import { buildFloorSidebar } from './floors/build';
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
import { benchTyping } from './sidebar-typing';
import { benchMemory } from './sidebar-memory';

const measuredRuns = 9;
/** The network counts as quiet once no host API request has started for this long. */
const quietMs = 1_500;

/** What must be painted for each app to count as ready (the playground's agent reads English). */
const realReady = [['Customer'], ['Tone check']];
/** The floor paints one card, labelled as the real one in English. */
const floorReady = [['Customer']];

/** What the app frame reports about itself, in ms since the iframe's navigation started. */
interface FrameTimings {
  timeOrigin: number;
  scripts: Array<{ name: string; start: number; end: number }>;
  firstContentfulPaint: number | null;
  ready: number | null;
}

interface LoadRun {
  readyMs: number;
  firstPaintMs: number;
  requestsBeforeFirstPaint: number;
  requestsBeforeReady: number;
  requestsTotal: number;
  /**
   * The paths requested before first paint, numbers blanked, sorted: what the paint waited for,
   * not in which order.
   */
  requestKinds: string;
}

/** One cold load of the ticket page; times in ms from the iframe's navigation start. */
async function loadOnce(
  browser: Browser,
  pageUrl: string,
  required: string[][],
  timeline?: string,
): Promise<LoadRun> {
  const sidebar: SidebarPage = await openSidebar(browser, pageUrl, {
    cpuSlowdown,
    apiLatencyMs,
    initScripts: [readyWatcher(required)],
  });
  try {
    await waitReady(sidebar);
    const timings: FrameTimings = await sidebar.frame.evaluate(() => ({
      timeOrigin: performance.timeOrigin,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => entry instanceof PerformanceResourceTiming)
        .filter((entry) => entry.name.endsWith('.js'))
        .map((entry) => ({
          name: entry.name.replace(/^.*\//, ''),
          start: entry.startTime,
          end: entry.responseEnd,
        })),
      firstContentfulPaint:
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      ready: window.tactfulBenchReady ?? null,
    }));
    await networkQuiet(sidebar, quietMs);
    const ready = timings.ready ?? Number.NaN;
    const firstPaint = timings.firstContentfulPaint ?? ready;
    const since = (epoch: number) => Math.round(epoch - timings.timeOrigin);
    const requests = sidebar.apiRequests;
    if (timeline !== undefined) {
      process.stderr.write(
        `  ${timeline} last load: ${timings.scripts.map((script) => `${script.name} ${Math.round(script.start)}-${Math.round(script.end)}`).join(', ')}; ` +
          `API ${requests.map((request) => `${request.path} @${since(request.start)}`).join(', ')}; ` +
          `first paint ${Math.round(firstPaint)}, ready ${Math.round(ready)} ms\n`,
      );
    }
    const before = (ms: number) =>
      requests.filter((request) => request.start < timings.timeOrigin + ms).length;
    return {
      readyMs: ready,
      firstPaintMs: firstPaint,
      requestsBeforeFirstPaint: before(firstPaint),
      requestsBeforeReady: before(ready),
      requestsTotal: requests.length,
      // What the first paint waits for: the floor makes only these; later reads (the signals
      // panel's comments) come after the paint and are not the floor's job.
      requestKinds: requests
        .filter((request) => request.start < timings.timeOrigin + firstPaint)
        .map((request) => request.path.replace(/\d+/g, 'N'))
        .sort()
        .join(' '),
    };
  } finally {
    await sidebar.close();
  }
}

const ratio = (figure: number, floor: number) => Math.round((figure / floor) * 100) / 100;

/** Real and floor loads, alternating so both see the same machine. */
async function loadFigures(
  browser: Browser,
  real: Playground,
  floor: Playground,
): Promise<Record<string, number>> {
  // Warm-up: Chromium's own first-run costs.
  await loadOnce(browser, real.zendeskUrl, realReady);
  await loadOnce(browser, floor.zendeskUrl, floorReady);
  const realRuns: LoadRun[] = [];
  const floorRuns: LoadRun[] = [];
  for (let run = 0; run < measuredRuns; run += 1) {
    const last = run === measuredRuns - 1;
    realRuns.push(
      await loadOnce(browser, real.zendeskUrl, realReady, last ? 'sidebar' : undefined),
    );
    floorRuns.push(
      await loadOnce(browser, floor.zendeskUrl, floorReady, last ? 'floor' : undefined),
    );
  }
  const show = (runs: LoadRun[]) => runs.map((run) => Math.round(run.readyMs)).join(', ');
  process.stderr.write(
    `sidebar loads (ms to ready): ${show(realRuns)}\nfloor loads (ms to ready): ${show(floorRuns)}\n`,
  );
  const realKinds = realRuns.at(-1)?.requestKinds ?? '';
  const floorKinds = floorRuns.at(-1)?.requestKinds ?? '';
  if (realKinds !== floorKinds) {
    process.stderr.write(
      `sidebar floor: asks for ${floorKinds}, the sidebar before first paint for ${realKinds}: ` +
        'update bench/floors/sidebar-app.tsx\n',
    );
  }
  const pick = (runs: LoadRun[], key: Exclude<keyof LoadRun, 'requestKinds'>) =>
    median(runs.map((run) => run[key]));
  const ready = Math.round(pick(realRuns, 'readyMs'));
  const floorReadyMs = Math.round(pick(floorRuns, 'readyMs'));
  const firstPaint = Math.round(pick(realRuns, 'firstPaintMs'));
  const floorFirstPaint = Math.round(pick(floorRuns, 'firstPaintMs'));
  return {
    'ticket sidebar ready ms (median, 4× CPU, 100 ms API)': ready,
    'floor sidebar ready ms (median)': floorReadyMs,
    'ticket sidebar ready / floor': ratio(ready, floorReadyMs),
    'ticket sidebar first paint ms (median)': firstPaint,
    'floor sidebar first paint ms (median)': floorFirstPaint,
    'ticket sidebar first paint / floor': ratio(firstPaint, floorFirstPaint),
    'host API requests before first paint': pick(realRuns, 'requestsBeforeFirstPaint'),
    'host API requests before ready': pick(realRuns, 'requestsBeforeReady'),
    'host API requests in total': pick(realRuns, 'requestsTotal'),
    'floor host API requests in total': pick(floorRuns, 'requestsTotal'),
    'floor asks for the same requests as the first paint (1 = yes)':
      realKinds === floorKinds ? 1 : 0,
    'sidebar runs': realRuns.length,
  };
}

/** The figures: load, typing and memory, each with its floor and the ratio. */
export async function benchSidebar(): Promise<Record<string, number>> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath} (apt-get install chromium to measure)`);
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'tactful-bench-sidebar-'));
  const started: Array<{ close(): Promise<void> }> = [];
  try {
    // TACTFUL_BENCH_ZENDESK_DIR measures an app built elsewhere (an A/B variant) instead of HEAD.
    const prebuilt = process.env['TACTFUL_BENCH_ZENDESK_DIR'];
    const realDir = prebuilt ?? (await builtZendeskApp()).dir;
    const floorDir = path.join(scratch, 'floor');
    await buildFloorSidebar(floorDir);
    const real = await startPlayground({ port: 0, appPort: 0, zendeskAppDir: realDir });
    started.push(real);
    const floor = await startPlayground({ port: 0, appPort: 0, zendeskAppDir: floorDir });
    started.push(floor);
    const browser = await launchBrowser();
    started.push(browser);
    return {
      ...(await loadFigures(browser, real, floor)),
      ...(await benchTyping(browser, real, { cpuSlowdown, apiLatencyMs, ready: realReady })),
      ...(await benchMemory(browser, real, floor, { realReady, floorReady })),
    };
  } finally {
    for (const running of started.reverse()) await running.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchSidebar();
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(56)} ${value}`);
}
