/**
 * One playground and one headless Chromium per browser-test file, on random free loopback ports.
 * The suite's msw server (tests/setup/msw.ts) would intercept the playground's own loopback calls,
 * so loopback traffic is let through; host APIs stay mocked by the playground itself.
 */
import { afterAll, beforeAll, beforeEach, expect } from '@jest/globals';
import { http, passthrough } from 'msw';
import type { Browser, Page } from 'playwright-core';
import { server } from '../../mocks/node';
import { startPlayground, type Playground } from '../../playground/server/server';
import { browserAvailable, launchBrowser, seriousAxeViolations } from './browser';

/** Per-test budget: a test walks several page states, each checked by axe. */
export const browserTestTimeoutMs = 60_000;

/** Whether this machine can run the browser tests (false prints a loud SKIPPED line). */
export const runInBrowser = browserAvailable();

const loopback = () => http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough());

/** What a browser-test file uses: the running playground and a fresh page per test. */
export interface BrowserSession {
  playground(): Playground;
  newPage(): Promise<Page>;
}

/** Starts the playground and the browser before the file's tests and stops both after. */
export function startBrowserSession(): BrowserSession {
  let playground: Playground | undefined;
  let browser: Browser | undefined;
  const pages: Page[] = [];
  beforeAll(async () => {
    if (!runInBrowser) return;
    server.use(loopback());
    [playground, browser] = await Promise.all([startPlayground(), launchBrowser()]);
  }, 120_000);
  beforeEach(() => {
    server.use(loopback());
  });
  afterAll(async () => {
    await Promise.all(pages.map((page) => page.context().close()));
    await browser?.close();
    await playground?.close();
    // Closing Chromium and every playground server can take a while on a loaded 2-core CI machine.
  }, 60_000);
  return {
    playground() {
      if (!playground) throw new Error('The playground did not start');
      return playground;
    },
    async newPage() {
      if (!browser) throw new Error('The browser did not start');
      // axe-core's Playwright runner needs pages made through a context.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      pages.push(page);
      return page;
    },
  };
}

/** Asserts axe finds no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** Resolves with `read()`'s value once `accept` holds for it; fails with the last value after 10 s. */
export async function eventually<T>(
  read: () => Promise<T> | T,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`Still not as expected after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
