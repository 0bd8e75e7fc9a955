/**
 * Tone findings after typing: in the real sidebar (4× CPU, the agent's reply typed key by key into
 * the ticket page's editor), the time from the last keystroke to the finding it completes being
 * painted in the tone panel; next to its floor, the panel's debounce interval plus one check timed
 * in the same frame (bench/floors/tone-check-probe.ts). Each draft's last key completes its threat
 * ("we will su" → "we will sue"), so the finding cannot be painted before that key.
 * `firstKeystroke` is the agent who starts typing soon after the sidebar is ready: one short draft
 * into the blank reply, so what the check needs and has not loaded yet shows in the wait
 * (bench/sidebar-ab.ts `--first-keystroke` runs it for several builds in one run).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { browserScript } from '../playground/server/browser-script';
import type { Playground } from '../playground/server/server';
import {
  appDocumentPath,
  median,
  openSidebar,
  readyWatcher,
  sleep,
  waitReady,
  type SidebarPage,
} from './sidebar-page';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reps = 5;
/** A brisk typist: well inside the debounce, so only the last key's check can show the finding. */
const keyDelayMs = 50;
/** After the sidebar is ready, as an agent reads the ticket before replying. */
const readingMs = 4_000;
const excerpt = 'we will sue';
const draft = (rep: number) => `Hi Maria, about invoice 10${rep}: if it stays unpaid ${excerpt}`;
const maria = 9001;
const probePath = '/assets/tactful-bench-tone-probe.js';

/** The tone panel's debounce, read from its view model so the floor follows the product. */
function debounceMs(): number {
  const view = readFileSync(path.join(root, 'shared/tone/view.ts'), 'utf8');
  const found = /toneRecheckDelayMs = (\d+)/.exec(view)?.[1];
  if (found === undefined) throw new Error('no `toneRecheckDelayMs = <ms>` in shared/tone/view.ts');
  return Number(found);
}

/**
 * Records each keydown in the ticket page (epoch ms) as `window.tactfulLastKey`, and the first
 * edit of the reply (a key or a paste) as `window.tactfulFirstInput`.
 */
const keyClock = `(() => {
  if (window !== window.top) return;
  document.addEventListener('keydown', () => {
    window.tactfulLastKey = performance.timeOrigin + performance.now();
  }, true);
  document.addEventListener('input', () => {
    window.tactfulFirstInput ??= performance.timeOrigin + performance.now();
  }, true);
})();`;

/** In the app's frame: each time a finding quoting `excerpt` appears, the next frame's epoch ms. */
const findingWatcher = `(() => {
  if (!location.pathname.endsWith(${JSON.stringify(appDocumentPath)})) return;
  window.tactfulFindingShown = [];
  let shown = false;
  const observer = new MutationObserver(() => {
    const now = [...document.querySelectorAll('q')].some((q) => q.textContent === ${JSON.stringify(excerpt)});
    if (now && !shown) {
      requestAnimationFrame(() => window.tactfulFindingShown.push(performance.timeOrigin + performance.now()));
    }
    shown = now;
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();`;

declare global {
  interface Window {
    tactfulLastKey?: number;
    tactfulFirstInput?: number;
    tactfulFindingShown?: number[];
  }
}

export function probeScript(): Promise<string> {
  return browserScript('bench/floors/tone-check-probe.ts', {
    'process.env.NODE_ENV': '"production"',
  });
}

/** Serves the probe (bundled once per run) at `probePath` in the app's origin. */
async function serveProbe(sidebar: SidebarPage, playground: Playground, probe: string) {
  await sidebar.page.route(`${playground.zendeskAppUrl}${probePath}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: probe }),
  );
}

/** One check of `text` timed in the sidebar's frame (the floor's "one check"), ms, median of 15. */
async function timeOneCheck(sidebar: SidebarPage, text: string): Promise<number> {
  await sidebar.frame.addScriptTag({ url: probePath });
  return sidebar.frame.evaluate(
    ([html, runs]) => window.tactfulToneProbe?.(html, 'en', runs) ?? Number.NaN,
    [`<p>${text}</p>`, 15] as const,
  );
}

/** The typing figures (ms) and their ratio to the floor. */
export async function benchTyping(
  browser: Browser,
  playground: Playground,
  options: { cpuSlowdown: number; apiLatencyMs: number; ready: string[][] },
): Promise<Record<string, number>> {
  const probe = await probeScript();
  const sidebar = await openSidebar(browser, `${playground.zendeskUrl}?customer=${maria}`, {
    cpuSlowdown: options.cpuSlowdown,
    apiLatencyMs: options.apiLatencyMs,
    initScripts: [readyWatcher(options.ready), keyClock, findingWatcher],
  });
  try {
    const { page, frame } = sidebar;
    await serveProbe(sidebar, playground, probe);
    await waitReady(sidebar);
    await sleep(readingMs);
    const reply = page.getByLabel('Reply to Maria Gonzalez');
    const latencies: number[] = [];
    for (let rep = 0; rep < reps; rep += 1) {
      await reply.fill('');
      await frame.waitForFunction(
        (quote) => ![...document.querySelectorAll('q')].some((q) => q.textContent === quote),
        excerpt,
        { timeout: 10_000, polling: 50 },
      );
      await reply.click();
      await page.keyboard.type(draft(rep), { delay: keyDelayMs });
      const lastKey = await page.evaluate(() => window.tactfulLastKey ?? Number.NaN);
      const shownAt = await frame.waitForFunction(
        (after) => window.tactfulFindingShown?.find((at) => at > after),
        lastKey,
        { timeout: 10_000, polling: 20 },
      );
      latencies.push(Number(await shownAt.jsonValue()) - lastKey);
    }
    const checkMs = await timeOneCheck(sidebar, draft(0));
    process.stderr.write(
      `tone findings after the last key (ms): ${latencies.map(Math.round).join(', ')}; one check in the page ${checkMs.toFixed(1)} ms\n`,
    );
    const visible = Math.round(median(latencies));
    const floor = Math.round(debounceMs() + checkMs);
    return {
      'tone findings visible after last key ms (median, 4× CPU)': visible,
      'tone findings first time after open ms': Math.round(latencies[0] ?? Number.NaN),
      'floor: debounce + one check ms': floor,
      'tone debounce ms': debounceMs(),
      'tone one check in the page ms (4× CPU)': Math.round(checkMs * 10) / 10,
      'tone findings visible / floor': Math.round((visible / floor) * 100) / 100,
    };
  } finally {
    await sidebar.close();
  }
}

/** What an agent who starts a reply soon after the sidebar opens waits for (ms). */
export interface FirstKeystroke {
  /** The reply's first edit (the draft in one input, as a paste) → its finding painted. */
  wait: number;
  /** Debounce + one check of the same draft timed in the same frame afterwards (the typing floor). */
  floor: number;
  /** The app's script requests, ms from that edit (negative: before it). */
  scripts: string[];
}

/** The first draft, entered in one input: typed key by key, the typing itself hid the wait. */
export const firstDraft = `Hi Maria, about invoice 100: if it stays unpaid ${excerpt}`;

/**
 * One cold open of the blank-draft ticket, `typeAfterReadyMs` of reading after ready, then
 * `firstDraft` entered into the reply in one input (as the browser tests fill it, or an agent
 * pastes it); `probe` from `probeScript()`.
 */
export async function firstKeystroke(
  browser: Browser,
  playground: Playground,
  probe: string,
  options: {
    cpuSlowdown: number;
    apiLatencyMs: number;
    ready: string[][];
    typeAfterReadyMs: number;
  },
): Promise<FirstKeystroke> {
  const sidebar = await openSidebar(browser, `${playground.zendeskUrl}?customer=${maria}`, {
    cpuSlowdown: options.cpuSlowdown,
    apiLatencyMs: options.apiLatencyMs,
    initScripts: [readyWatcher(options.ready), keyClock, findingWatcher],
  });
  const scripts: Array<[number, string]> = [];
  sidebar.page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.js')) scripts.push([Date.now(), path.basename(url.pathname)]);
  });
  try {
    const { page, frame } = sidebar;
    await serveProbe(sidebar, playground, probe);
    await waitReady(sidebar);
    await sleep(options.typeAfterReadyMs);
    await page.getByLabel('Reply to Maria Gonzalez').fill(firstDraft);
    const edited = await page.evaluate(() => window.tactfulFirstInput ?? Number.NaN);
    const shownAt = await frame.waitForFunction(
      (after) => window.tactfulFindingShown?.find((at) => at > after),
      edited,
      { timeout: 60_000, polling: 20 },
    );
    const wait = Number(await shownAt.jsonValue()) - edited;
    const checkMs = await timeOneCheck(sidebar, firstDraft);
    return {
      wait,
      floor: debounceMs() + checkMs,
      scripts: scripts.map(([at, name]) => `${Math.round(at - edited)} ${name}`),
    };
  } finally {
    await sidebar.close();
  }
}
