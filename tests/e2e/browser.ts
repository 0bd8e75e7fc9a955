/**
 * Headless Chromium for the browser tests and the screenshot script: Debian's /usr/bin/chromium driven
 * by playwright-core (never a downloaded browser). Without it the tests skip loudly, unless CI=true.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

/** Where Debian's chromium package installs the browser. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** True when the browser tests can run; prints why not (loudly) when they cannot. */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env['CI'] === 'true') {
    throw new Error(`CI needs ${chromiumPath} for the browser tests (apt-get install chromium)`);
  }
  // Straight to stderr: jest hides console output of a file whose tests are all skipped.
  process.stderr.write(
    `\n${'='.repeat(72)}\nSKIPPED: browser tests (install Debian chromium: ${chromiumPath} is missing)\n${'='.repeat(72)}\n`,
  );
  return false;
}

/** Launches headless Chromium with flags that keep it quiet and offline. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** An axe violation, trimmed to what a failing test should print. */
export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical accessibility violations on the page (frames included). */
export async function seriousAxeViolations(page: Page): Promise<AxeProblem[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}
