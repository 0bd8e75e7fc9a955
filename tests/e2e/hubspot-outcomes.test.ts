// The HubSpot outcomes page (the app home page) in a real browser: its real entry over the
// playground backend and the mock portal seeded with 12 weeks (mocks/hubspot/outcome-seed.ts).
// The headline shows the seed's figures (guard days included), every component has a preview (none missing), a table
// copies as CSV, and axe finds nothing serious.
import { expect } from '@jest/globals';
import { outcomeSeedFigures } from '../../mocks/hubspot/outcome-seed';
import { describeInBrowser, eventually, expectAccessible } from './playground';

describeInBrowser('HubSpot outcomes page (real browser)', (session) => {
  session.test("shows the seed's figures and copies a table as CSV, accessibly", async (page) => {
    await page.goto(`${session.playground().hubspotUrl}/outcomes`);
    await page
      .getByText('Plans started in the period, by where they stand today')
      .first()
      .waitFor();
    // The headline statistics: each label, then its figure.
    const text = await page.locator('body').innerText();
    const keptRate = Math.round((outcomeSeedFigures.kept / outcomeSeedFigures.promisesDue) * 100);
    expect(text).toMatch(new RegExp(`Kept rate\\s+${keptRate}%`));
    expect(text).toMatch(new RegExp(`Due\\s+${outcomeSeedFigures.promisesDue}\\s`));
    // The seed's guard days: agent 3003 copied a draft against a guard in 6 of the 12 weeks.
    const against = outcomeSeedFigures.contactsAgainstGuard;
    expect(text).toMatch(new RegExp(`Contacts against a guard\\s+${against}\\s`));
    await expect(page.locator('[data-unsupported]').count()).resolves.toBe(0);
    await expect(page.locator('[data-chart]').count()).resolves.toBe(3);
    await page
      .getByRole('button', {
        name: 'Copy “Plans started in the period, by where they stand today” as CSV',
      })
      .click();
    const copied = await eventually(
      () => page.locator('#clipboard').textContent(),
      (value) => value?.includes('completed,3') === true,
    );
    expect(copied).toContain('status,plans');
    await expectAccessible(page);
  });
});
