// `npm run screenshots`: starts the playground, walks each main state of both apps in headless
// Chromium and saves PNGs in docs/screenshots/: Zendesk at 1280×800 (the Zendesk Marketplace
// listing size), HubSpot at 1600×900 (16:9). Needs /usr/bin/chromium (Debian's chromium package).
// `npm run screenshots -- zendesk-outcomes hubspot-outcomes` takes only the named groups.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../playground/server/server';
import { browserAvailable, launchBrowser } from '../tests/e2e/browser';

const outDir = path.resolve('docs', 'screenshots');
const zendeskSize = { width: 1280, height: 800 };
const hubspotSize = { width: 1600, height: 900 };

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300); // let the last resize and fonts settle
  await page.screenshot({ path: path.join(outDir, `${name}.png`) });
  console.log(`screenshots: docs/screenshots/${name}.png`);
}

async function zendesk(page: Page, playground: Playground): Promise<void> {
  const app = page.frameLocator('iframe[title="Tactful app"]');
  await app.getByRole('heading', { name: 'Maria Gonzalez', level: 2 }).waitFor();
  await app.getByRole('list', { name: 'Timeline' }).waitFor();
  await shoot(page, 'zendesk-1-customer');

  const reply = page.getByLabel('Reply to Maria Gonzalez');
  await reply.fill('Hi Maria, you have ignored our emails. Pay by Friday or we will sue you.');
  await app.getByRole('region', { name: 'Tone check' }).getByText('we will sue').first().waitFor();
  await app.getByRole('heading', { name: 'Tone check' }).scrollIntoViewIfNeeded();
  await shoot(page, 'zendesk-2-tone-check');

  await page.getByRole('button', { name: 'Submit as Open' }).click();
  await page.getByText(/Not sent: Tactful stopped the save/).waitFor();
  await shoot(page, 'zendesk-3-submit-stopped');

  await reply.fill('');
  const plan = app.getByRole('region', { name: 'Payment plan' });
  await plan.getByRole('button', { name: 'Open' }).click();
  await plan.getByLabel('Amount the customer can pay').fill('200');
  await plan.getByRole('button', { name: 'Show options' }).click();
  const options = plan.getByRole('group', { name: 'Options' });
  await options.waitFor();
  await options.locator('label', { hasText: 'Instalments (Monthly)' }).click();
  await plan.getByRole('button', { name: 'Insert summary in reply' }).click();
  // The options are stacked cards below the form: show the chosen one.
  await options.locator('label', { hasText: 'Instalments (Monthly)' }).scrollIntoViewIfNeeded();
  await shoot(page, 'zendesk-4-payment-plan');

  // A Spanish-speaking agent with a customer in Madrid who owes euros.
  await page.goto(`${playground.zendeskUrl}?customer=9003&agentLocale=es`);
  await app.getByRole('heading', { name: 'Lucía Fernández', level: 2 }).waitFor();
  await app.getByRole('heading', { name: 'Revisión del tono' }).waitFor();
  await page.getByLabel('Reply to Lucía Fernández').fill('Usted nunca paga a tiempo. Pague hoy.');
  await app.getByRole('heading', { name: 'Revisión del tono' }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await shoot(page, 'zendesk-5-spanish');
}

async function hubspot(page: Page): Promise<void> {
  const card = page.locator('#card');
  await card.getByRole('heading', { name: 'Avery Johnson' }).waitFor();
  await card.getByText('$1,250.00').first().waitFor();
  await shoot(page, 'hubspot-1-overview');

  await card
    .getByLabel('Message to the customer')
    .fill('You have ignored our emails. Pay by Friday or we will sue you.');
  await card.getByText('Do not send as written').waitFor();
  await card.getByLabel('Message to the customer').scrollIntoViewIfNeeded();
  await shoot(page, 'hubspot-2-tone-check');

  await card.getByLabel('Amount the customer can pay').fill('200');
  await card.getByRole('button', { name: 'Accept plan' }).scrollIntoViewIfNeeded();
  await shoot(page, 'hubspot-3-payment-plan');
}

// The team lead's page in Zendesk's left navigation bar, over the 12 seeded weeks.
async function zendeskOutcomes(page: Page): Promise<void> {
  const app = page.frameLocator('iframe[title="Tactful app"]');
  await app.getByRole('table', { name: 'Promises by the week they fell due' }).waitFor();
  await app
    .getByRole('img', { name: /^Chart of “/ })
    .first()
    .waitFor();
  await shoot(page, 'zendesk-6-outcomes');
}

// The HubSpot app home page, over the mock portal's 12 seeded weeks.
async function hubspotOutcomes(page: Page): Promise<void> {
  await page.getByText('Plans started in the period, by where they stand today').first().waitFor();
  await shoot(page, 'hubspot-4-outcomes');
}

/** A group of screenshots: the host and the page it opens at, then the walk that takes them. */
interface Group {
  host: 'zendesk' | 'hubspot';
  path: string;
  walk: (page: Page, playground: Playground) => Promise<void>;
}

const groups = {
  zendesk: { host: 'zendesk', path: '?customer=9001', walk: zendesk },
  hubspot: { host: 'hubspot', path: '?contact=501', walk: hubspot },
  'zendesk-outcomes': { host: 'zendesk', path: '/outcomes', walk: zendeskOutcomes },
  'hubspot-outcomes': { host: 'hubspot', path: '/outcomes', walk: hubspotOutcomes },
} satisfies Record<string, Group>;

/** Takes a group's screenshots in a fresh browser context at its host's size. */
async function take(browser: Browser, playground: Playground, group: Group): Promise<void> {
  const context = await browser.newContext({
    viewport: group.host === 'zendesk' ? zendeskSize : hubspotSize,
  });
  const page = await context.newPage();
  const base = group.host === 'zendesk' ? playground.zendeskUrl : playground.hubspotUrl;
  await page.goto(`${base}${group.path}`);
  await group.walk(page, playground);
  await context.close();
}

const isGroup = (name: string): name is keyof typeof groups => Object.hasOwn(groups, name);
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !isGroup(name));
if (unknown.length > 0) {
  console.error(
    `screenshots: unknown group ${unknown.join(', ')}; choose from ${Object.keys(groups).join(', ')}`,
  );
  process.exit(2);
}
const chosen = asked.filter(isGroup);
const toTake = chosen.length > 0 ? chosen : Object.keys(groups).filter(isGroup);

if (!browserAvailable()) process.exit(1);
mkdirSync(outDir, { recursive: true });
const [playground, browser] = await Promise.all([startPlayground(), launchBrowser()]);
try {
  for (const name of toTake) await take(browser, playground, groups[name]);
} finally {
  await browser.close();
  await playground.close();
}
