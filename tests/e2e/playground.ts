/**
 * One playground and one headless Chromium per browser-test file, on random free loopback ports.
 * The suite's msw server (tests/setup/msw.ts) would intercept the playground's own loopback calls,
 * so loopback traffic is let through; host APIs stay mocked by the playground itself.
 * The built app's index.html is served exactly as it ships (the playground's `zafSdk: 'cdn'`): its
 * script tag asks Zendesk's CDN for the ZAF SDK under the shipped CSP, and each page answers that one
 * address with `zafSdkScript()` (our stand-in, or Zendesk's file with TACTFUL_ZAF_SDK_FILE) through
 * playwright's route interception. No request leaves the machine.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { http, passthrough } from 'msw';
import type { Browser, Page } from 'playwright-core';
import { server } from '../../mocks/node';
import { startPlayground, type Playground } from '../../playground/server/server';
import { zafSdkScript } from '../../playground/server/zaf-sdk';
import { zafSdkCdnUrl } from '../../webpack.config';
import { browserAvailable, launchBrowser, seriousAxeViolations } from './browser';

/**
 * Per-test ceiling: a test walks several page states, each checked by axe. It only stops a hung
 * test; on a loaded two-core machine one walk took over 60 s, so the ceiling is wide.
 */
export const browserTestTimeoutMs = 180_000;

/** Whether this machine can run the browser tests (false prints a loud SKIPPED line). */
export const runInBrowser = browserAvailable();

const loopback = () => http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough());

/** What a browser-test file uses: the running playground and a fresh page per test. */
export interface BrowserSession {
  playground(): Playground;
  newPage(): Promise<Page>;
  /** How many times a page asked Zendesk's CDN for the ZAF SDK (answered locally). */
  zafSdkRequests(): number;
  /** One browser test: `run` gets a fresh page, within the browser tests' time budget. */
  test(name: string, run: (page: Page) => Promise<void>): void;
}

/**
 * A block of browser tests sharing one playground and one Chromium, started before its first test
 * and stopped after its last; skipped (loudly, see browserAvailable) where there is no browser.
 */
export function describeInBrowser(title: string, tests: (session: BrowserSession) => void): void {
  (runInBrowser ? describe : describe.skip)(title, () => tests(startBrowserSession()));
}

/** Starts the playground and the browser before the file's tests and stops both after. */
export function startBrowserSession(): BrowserSession {
  let playground: Playground | undefined;
  let browser: Browser | undefined;
  let sdk = '';
  let sdkRequests = 0;
  const pages: Page[] = [];
  beforeAll(async () => {
    if (!runInBrowser) return;
    server.use(loopback());
    let script;
    [playground, browser, script] = await Promise.all([
      startPlayground({ zafSdk: 'cdn' }),
      launchBrowser(),
      zafSdkScript(),
    ]);
    sdk = script.text;
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
  const session: BrowserSession = {
    playground() {
      if (!playground) throw new Error('The playground did not start');
      return playground;
    },
    async newPage() {
      if (!browser) throw new Error('The browser did not start');
      // axe-core's Playwright runner needs pages made through a context.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      // Requests from the page's iframes go through the page's routes too.
      await page.route(zafSdkCdnUrl, async (route) => {
        sdkRequests += 1;
        await route.fulfill({ status: 200, contentType: 'text/javascript', body: sdk });
      });
      page.setDefaultTimeout(10_000);
      pages.push(page);
      return page;
    },
    zafSdkRequests: () => sdkRequests,
    test(name, run) {
      it(name, async () => run(await session.newPage()), browserTestTimeoutMs);
    },
  };
  return session;
}

/**
 * Turns a host's simulated API failure on with the page's "Simulate" switch (labelled `switchLabel`),
 * waits until the playground has it, runs `check`, and turns the failure off again whatever happens.
 */
export async function whileHostRateLimited(
  session: BrowserSession,
  page: Page,
  host: 'zendesk' | 'hubspot',
  switchLabel: string,
  check: () => Promise<void>,
): Promise<void> {
  await page.getByLabel(switchLabel).selectOption('rate-limited');
  await eventually(
    () => session.playground().failures[host],
    (failure) => failure === 'rate-limited',
  );
  try {
    await check();
  } finally {
    session.playground().failures[host] = 'none';
  }
}

/** Asserts axe finds no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** Resolves with `read()`'s value once `accept` holds for it; fails with the last value after 30 s. */
export async function eventually<T>(
  read: () => Promise<T> | T,
  accept: (value: T) => boolean,
  timeoutMs = 30_000,
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
