/**
 * The sidebar's JS heap (after a full garbage collection, DevTools protocol) after open, after 50
 * and 100 tone checks and after every closed panel has been opened; the floor sidebar's heap after
 * open beside it. Both iframes share the ticket page's renderer, so each figure includes the
 * emulated ticket page's own heap; the floor carries the same. Unthrottled: memory does not depend
 * on CPU speed, and 100 checks at 4× would take minutes. Heap after 50 and after 100 checks should
 * be about equal: growth with the number of checks would be a leak.
 */
import type { Browser } from 'playwright-core';
import type { Playground } from '../playground/server/server';
import {
  networkQuiet,
  openSidebar,
  readyWatcher,
  sleep,
  waitReady,
  type SidebarPage,
} from './sidebar-page';

const checks = 100;
const maxPanels = 20;
const excerpt = 'we will sue';
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** JS heap in use (bytes) after a full GC. */
async function heapUsed(sidebar: SidebarPage): Promise<number> {
  await sidebar.cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await sidebar.cdp.send('Performance.getMetrics');
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('no JSHeapUsedSize in Performance.getMetrics');
  return used;
}

/** Opens a sidebar unthrottled and waits until it is ready and quiet. */
async function openQuiet(browser: Browser, url: string, ready: string[][]) {
  const sidebar = await openSidebar(browser, url, {
    cpuSlowdown: 1,
    apiLatencyMs: 0,
    initScripts: [readyWatcher(ready)],
  });
  await sidebar.cdp.send('Performance.enable');
  await waitReady(sidebar);
  await networkQuiet(sidebar, 1_000);
  return sidebar;
}

/** The memory figures (MiB). */
export async function benchMemory(
  browser: Browser,
  real: Playground,
  floor: Playground,
  options: { realReady: string[][]; floorReady: string[][] },
): Promise<Record<string, number>> {
  const floorSidebar = await openQuiet(browser, floor.zendeskUrl, options.floorReady);
  let floorHeap: number;
  try {
    await sleep(2_000);
    floorHeap = await heapUsed(floorSidebar);
  } finally {
    await floorSidebar.close();
  }

  const sidebar = await openQuiet(browser, `${real.zendeskUrl}?customer=9001`, options.realReady);
  try {
    // The tone rules compile about 1.5 s after open (the tone panel's warm-up, shared/tone/reply-controller): count them in.
    await sleep(3_000);
    const afterOpen = await heapUsed(sidebar);
    const reply = sidebar.page.getByLabel('Reply to Maria Gonzalez');
    const heapAfter: Record<number, number> = {};
    for (let check = 1; check <= checks; check += 1) {
      const flagged = check % 2 === 1;
      await reply.fill(
        flagged
          ? `Hi Maria, about invoice ${check}: if it stays unpaid ${excerpt}`
          : `Thanks Maria, invoice ${check} is noted.`,
      );
      await sidebar.frame.waitForFunction(
        // Inline: the page has none of this module's helpers.
        ([quote, want]) =>
          [...document.querySelectorAll('q')].some((q) => q.textContent === quote) === want,
        [excerpt, flagged] as const,
        { timeout: 10_000, polling: 20 },
      );
      if (check === checks / 2 || check === checks) heapAfter[check] = await heapUsed(sidebar);
    }
    let opened = 0;
    for (; opened < maxPanels; opened += 1) {
      const closed = sidebar.frame.locator('button[aria-expanded="false"]').first();
      if ((await closed.count()) === 0) break;
      await closed.click();
      await sleep(500);
      await networkQuiet(sidebar, 1_000);
      await sidebar.frame.waitForFunction(
        () => !document.querySelector('[aria-busy="true"]'),
        undefined,
        {
          timeout: 10_000,
        },
      );
    }
    const afterPanels = await heapUsed(sidebar);
    return {
      'floor sidebar JS heap after open MiB': mib(floorHeap),
      'sidebar JS heap after open MiB': mib(afterOpen),
      'sidebar JS heap after open / floor': Math.round((afterOpen / floorHeap) * 100) / 100,
      [`sidebar JS heap after ${checks / 2} tone checks MiB`]: mib(heapAfter[checks / 2] ?? NaN),
      [`sidebar JS heap after ${checks} tone checks MiB`]: mib(heapAfter[checks] ?? NaN),
      'sidebar panels opened': opened,
      'sidebar JS heap after opening every panel MiB': mib(afterPanels),
    };
  } finally {
    await sidebar.close();
  }
}
