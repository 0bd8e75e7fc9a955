/**
 * What the sidebar benchmarks share: a fresh page on the playground's ticket, CPU throttled through
 * the DevTools protocol, the app's host API requests counted (and delayed like a real network), and
 * the app's iframe found once it has navigated. Used by bench/sidebar.ts, bench/sidebar-typing.ts
 * and bench/sidebar-memory.ts.
 */
import type { Browser, BrowserContext, CDPSession, Frame, Page } from 'playwright-core';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The app's document inside the ticket page (the real sidebar and the floor alike). */
export const appDocumentPath = '/assets/index.html';

/** The conditions for sidebar ready (4× CPU throttle, 100 ms host API), shared by every sidebar bench. */
export const cpuSlowdown = 4;
export const apiLatencyMs = 100;

/** A ticket page with the app open in its sidebar. */
export interface SidebarPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** The app's iframe (navigated; not necessarily painted). */
  frame: Frame;
  /** Epoch ms at which each of the app's host API requests started, and its path. */
  apiRequests: Array<{ start: number; path: string }>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** CPU slowdown (1 = none). */
  cpuSlowdown: number;
  /** Added to each of the app's host API replies. */
  apiLatencyMs: number;
  /** Scripts run in every frame before any of its own (strings: tsx helpers do not exist there). */
  initScripts?: string[];
  timeoutMs?: number;
}

/** Opens `url` in a fresh context and waits for the app's iframe to navigate. */
export async function openSidebar(
  browser: Browser,
  url: string,
  options: OpenOptions,
): Promise<SidebarPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
    for (const script of options.initScripts ?? []) await page.addInitScript(script);
    // The app's host API calls (ZAF `client.request` through the emulator's proxy), not the
    // page's own reads of the ticket, which Zendesk has already made before the app loads.
    const apiRequests: SidebarPage['apiRequests'] = [];
    await page.route('**/zendesk-api/**', async (route) => {
      if (route.request().headers()['x-playground-page'] === undefined) {
        apiRequests.push({
          start: Date.now(),
          path: new URL(route.request().url()).pathname.replace('/zendesk-api', ''),
        });
        await sleep(options.apiLatencyMs);
      }
      await route.continue();
    });
    await page.goto(url);
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    const appFrame = () => page.frames().find((frame) => frame.url().includes(appDocumentPath));
    let frame = appFrame();
    while (frame === undefined) {
      if (Date.now() > deadline) throw new Error('the app iframe never navigated');
      await sleep(50);
      frame = appFrame();
    }
    return { context, page, cdp, frame, apiRequests, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Waits until no host API request has started for `quietMs`. */
export async function networkQuiet(sidebar: SidebarPage, quietMs: number): Promise<void> {
  const lastStart = () => Math.max(0, ...sidebar.apiRequests.map((request) => request.start));
  while (Date.now() - lastStart() < quietMs) await sleep(100);
}

/**
 * An init script for the app's frame: once every group of `required` has a `section[aria-label]`
 * named by one of its labels, none of them busy, records the next frame's time (when they paint)
 * as `window.tactfulBenchReady`.
 */
export function readyWatcher(required: string[][]): string {
  return `(() => {
  if (!location.pathname.endsWith(${JSON.stringify(appDocumentPath)})) return;
  const required = ${JSON.stringify(required)};
  const labelled = (names) =>
    [...document.querySelectorAll('section[aria-label]')].find((section) =>
      names.includes(section.getAttribute('aria-label') ?? ''));
  const observer = new MutationObserver(() => {
    const sections = required.map(labelled);
    if (sections.some((section) => !section || section.querySelector('[aria-busy="true"]'))) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.tactfulBenchReady = performance.now(); });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;
}

declare global {
  interface Window {
    /** Set by `readyWatcher` when the required sections are painted, in ms since navigation. */
    tactfulBenchReady?: number;
  }
}

/** Waits for `readyWatcher`'s mark in the app's frame. */
export async function waitReady(sidebar: SidebarPage, timeoutMs = 30_000): Promise<void> {
  await sidebar.frame.waitForFunction(() => window.tactfulBenchReady !== undefined, undefined, {
    timeout: timeoutMs,
    polling: 100,
  });
}

/** The median of `values` (NaN when empty). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}
