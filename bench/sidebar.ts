/**
 * Sidebar-load benchmark: the production Zendesk app opened beside a ticket in the playground's
 * host emulator, in headless Chromium with the CPU throttled 4× (DevTools protocol) and 100 ms
 * added to every mock API reply. Measures the time from the iframe's navigation to the customer
 * and tone panels being rendered and ready (median of several cold loads), and the host API
 * requests made before the app's first paint, before ready, and in total once the network is quiet.
 * Needs /usr/bin/chromium; without it the suite throws, and `npm run bench` reports it as skipped.
 * Run standalone with `tsx bench/sidebar.ts`; `benchSidebar()` returns the figures (ms, counts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchBrowser } from '../tests/e2e/browser';
import en from '../manifests/zendesk/translations/en.json';
import es from '../manifests/zendesk/translations/es.json';
import { startPlayground } from '../playground/server/server';
import { buildZendeskApp } from './bundles';

const cpuSlowdown = 4;
const apiLatencyMs = 100;
const measuredRuns = 9;
const readyTimeoutMs = 30_000;
/** The network counts as quiet once no host API request has started for this long. */
const quietMs = 1_500;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What the app frame reports about itself, in ms since the iframe's navigation started. */
interface FrameTimings {
  timeOrigin: number;
  scripts: Array<{ name: string; start: number; end: number }>;
  firstContentfulPaint: number | null;
  ready: number | null;
}

declare global {
  interface Window {
    /** Set by the bench's init script when the customer and tone panels are ready. */
    tactfulBenchReady?: number;
  }
}

/**
 * Runs in every frame; in the app's frame it watches the DOM until the customer card and the tone
 * panel (no longer busy) are both there, then records the time of the next frame, when they paint.
 * A string, not a function: tsx's name-keeping helpers would not exist in the page.
 */
function readyWatcher(titles: { customer: string[]; tone: string[] }): string {
  return `(() => {
  if (!location.pathname.endsWith('/assets/index.html')) return;
  const titles = ${JSON.stringify(titles)};
  const labelled = (names) =>
    [...document.querySelectorAll('section[aria-label]')].find((section) =>
      names.includes(section.getAttribute('aria-label') ?? ''));
  const observer = new MutationObserver(() => {
    const customer = labelled(titles.customer);
    const tone = labelled(titles.tone);
    if (!customer || !tone || tone.querySelector('[aria-busy="true"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.tactfulBenchReady = performance.now(); });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

interface LoadRun {
  readyMs: number;
  firstPaintMs: number;
  requestsBeforeFirstPaint: number;
  requestsBeforeReady: number;
  requestsTotal: number;
}

/** One cold load of the ticket page; times in ms from the iframe's navigation start. */
async function loadOnce(browser: Browser, pageUrl: string, showTimeline = false): Promise<LoadRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.addInitScript(
      readyWatcher({
        customer: [en.ui.customer.title, es.ui.customer.title],
        tone: [en.ui.tone.title, es.ui.tone.title],
      }),
    );
    // The app's host API calls (ZAF `client.request` through the emulator's proxy), not the
    // page's own reads of the ticket, which Zendesk has already made before the app loads.
    const apiRequestStarts: number[] = [];
    const apiRequestPaths: string[] = [];
    await page.route('**/zendesk-api/**', async (route) => {
      if (route.request().headers()['x-playground-page'] === undefined) {
        apiRequestStarts.push(Date.now());
        apiRequestPaths.push(new URL(route.request().url()).pathname.replace('/zendesk-api', ''));
        await sleep(apiLatencyMs);
      }
      await route.continue();
    });
    await page.goto(pageUrl);
    const deadline = Date.now() + readyTimeoutMs;
    let frame = page.frames().find((candidate) => candidate.url().includes('/assets/index.html'));
    while (frame === undefined) {
      if (Date.now() > deadline) throw new Error('the app iframe never navigated');
      await sleep(50);
      frame = page.frames().find((candidate) => candidate.url().includes('/assets/index.html'));
    }
    await frame.waitForFunction(() => window.tactfulBenchReady !== undefined, undefined, {
      timeout: readyTimeoutMs,
      polling: 100,
    });
    const timings: FrameTimings = await frame.evaluate(() => ({
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
    while (Date.now() - Math.max(...apiRequestStarts, 0) < quietMs) await sleep(250);
    const ready = timings.ready ?? Number.NaN;
    const firstPaint = timings.firstContentfulPaint ?? ready;
    const since = (epoch: number) => Math.round(epoch - timings.timeOrigin);
    if (showTimeline) {
      process.stderr.write(
        `  last load: ${timings.scripts.map((script) => `${script.name} ${Math.round(script.start)}-${Math.round(script.end)}`).join(', ')}; ` +
          `API ${apiRequestPaths.map((p, i) => `${p} @${since(apiRequestStarts[i] ?? 0)}`).join(', ')}; ` +
          `first paint ${Math.round(firstPaint)}, ready ${Math.round(ready)} ms\n`,
      );
    }
    const before = (ms: number) =>
      apiRequestStarts.filter((start) => start < timings.timeOrigin + ms).length;
    return {
      readyMs: ready,
      firstPaintMs: firstPaint,
      requestsBeforeFirstPaint: before(firstPaint),
      requestsBeforeReady: before(ready),
      requestsTotal: apiRequestStarts.length,
    };
  } finally {
    await context.close();
  }
}

/** The figures: median ms to ready and to first paint, host API requests (median counts). */
export async function benchSidebar(): Promise<Record<string, number>> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath} (apt-get install chromium to measure)`);
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'tactful-bench-sidebar-'));
  let browser: Browser | undefined;
  // TACTFUL_BENCH_ZENDESK_DIR measures an app built elsewhere (an A/B variant) instead of HEAD.
  const prebuilt = process.env['TACTFUL_BENCH_ZENDESK_DIR'];
  const appDir = prebuilt ?? scratch;
  const playgroundStarted = (prebuilt ? Promise.resolve() : buildZendeskApp(scratch)).then(() =>
    startPlayground({ port: 0, appPort: 0, zendeskAppDir: appDir }),
  );
  try {
    const playground = await playgroundStarted;
    try {
      browser = await launchBrowser();
      await loadOnce(browser, playground.zendeskUrl); // warm-up: Chromium's own first-run costs
      const runs: LoadRun[] = [];
      for (let run = 0; run < measuredRuns; run += 1) {
        runs.push(await loadOnce(browser, playground.zendeskUrl, run === measuredRuns - 1));
      }
      process.stderr.write(
        `sidebar loads (ms to ready): ${runs.map((run) => Math.round(run.readyMs)).join(', ')}\n`,
      );
      const pick = (key: keyof LoadRun) => median(runs.map((run) => run[key]));
      return {
        'ticket sidebar ready ms (median, 4× CPU, 100 ms API)': Math.round(pick('readyMs')),
        'ticket sidebar first paint ms (median)': Math.round(pick('firstPaintMs')),
        'host API requests before first paint': pick('requestsBeforeFirstPaint'),
        'host API requests before ready': pick('requestsBeforeReady'),
        'host API requests in total': pick('requestsTotal'),
        'sidebar runs': runs.length,
      };
    } finally {
      await browser?.close();
      await playground.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchSidebar();
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(56)} ${value}`);
}
