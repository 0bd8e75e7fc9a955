// The HubSpot card as an agent uses it: the real card entry in the playground's contact page,
// drawn by the preview renderer in headless Chromium, calling our backend through hubspot.fetch.
import { expect } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import {
  describeInBrowser,
  eventually,
  expectAccessible,
  whileHostRateLimited,
  type BrowserSession,
} from './playground';

/** Opens a contact record and waits for the card to show them. */
async function openContact(
  session: BrowserSession,
  page: Page,
  contact: { id: string; name: string },
): Promise<Locator> {
  await page.goto(`${session.playground().hubspotUrl}?contact=${contact.id}`);
  const card = page.locator('#card');
  await card.getByRole('heading', { name: contact.name }).waitFor();
  return card;
}

/** Every component the card rendered has a preview counterpart. */
async function expectEveryComponentDrawn(card: Locator): Promise<void> {
  await expect(card.locator('[data-unsupported]').count()).resolves.toBe(0);
}

const avery = { id: '501', name: 'Avery Johnson' };

describeInBrowser('HubSpot contact page (real browser)', (session) => {
  session.test(
    'opens a contact and shows the customer and the balance from the backend',
    async (page) => {
      const card = await openContact(session, page, avery);
      await card.getByText('$1,250.00').first().waitFor();
      await card
        .getByText(/days past due/)
        .first()
        .waitFor();
      await expectEveryComponentDrawn(card);
      await expectAccessible(page);
    },
  );

  session.test('flags an accusatory message and applies the suggestion', async (page) => {
    const card = await openContact(session, page, avery);
    const message = card.getByLabel('Message to the customer');
    await message.fill('You have ignored our emails about the invoice.');
    await card.getByText('Blaming').first().waitFor();
    await expectAccessible(page);
    await card.getByRole('button', { name: 'Apply', exact: true }).first().click();
    const text = await eventually(
      () => message.inputValue(),
      (value) => !value.includes('ignored'),
    );
    expect(text.toLowerCase()).toContain("we haven't been able to reach you");
  });

  session.test('marks a threatening message as not to be sent', async (page) => {
    const card = await openContact(session, page, avery);
    await card.getByLabel('Message to the customer').fill('Pay by Friday or we will sue you.');
    await card.getByText('Do not send as written').waitFor();
    await card.getByText('Threat').first().waitFor();
  });

  session.test(
    'builds a plan from what the customer can afford, copies it and records the promise',
    async (page) => {
      const card = await openContact(session, page, avery);
      await card.getByLabel('Amount the customer can pay').fill('200');
      const choice = card.getByLabel('Options');
      await eventually(
        () => choice.locator('option:checked').textContent(),
        (label) => (label ?? '').startsWith('Instalments'),
      );
      const monthly = await choice.locator('option', { hasText: 'monthly' }).getAttribute('value');
      await choice.selectOption(monthly ?? 'no monthly option');
      await expectEveryComponentDrawn(card);
      await expectAccessible(page);
      await card.getByRole('button', { name: 'Copy summary' }).click();
      await eventually(
        () => page.locator('#clipboard').textContent(),
        (copied) => (copied ?? '').includes('6 of $178.57'),
      );
      const notesBefore = session.playground().hubspot.world.objects.notes.size;
      await card.getByRole('button', { name: 'Accept plan' }).click();
      await eventually(
        () => session.playground().hubspot.world.objects.notes.size,
        (notes) => notes > notesBefore,
      );
      await card.getByText('Current plan').waitFor();
      await expect(card.getByText('Pending', { exact: true }).count()).resolves.toBe(7);
      // Recorded: Accept plan is off, and looks it (faded, not a live red button).
      const accept = card.getByRole('button', { name: 'Accept plan' });
      await expect(accept.isDisabled()).resolves.toBe(true);
      const opacity = await accept.evaluate((button) => getComputedStyle(button).opacity);
      expect(Number(opacity)).toBeLessThan(0.7);
      await expectEveryComponentDrawn(card);
      await expectAccessible(page);
      // Recorded in HubSpot (a note and tasks through our backend): reopen the record and it is there.
      await page.reload();
      await page.locator('#card').getByText('Current plan').waitFor();
    },
  );

  session.test(
    'says HubSpot is busy when hubspot.fetch is rate-limited, and recovers',
    async (page) => {
      await openContact(session, page, avery);
      await whileHostRateLimited(session, page, 'hubspot', 'Simulate hubspot.fetch', async () => {
        await page.reload();
        await page.locator('#card').getByText('HubSpot is busy').first().waitFor();
        await expectAccessible(page);
      });
      await page.reload();
      await page.locator('#card').getByText('$1,250.00').first().waitFor();
    },
  );
});
