// The Zendesk outcomes page (nav_bar) in a real browser: the built app over the playground's 12
// seeded weeks of plan and tone history (mocks/zendesk/outcome-history.ts). A past week in the middle shows
// the figures the seed was built to give, every weekly chart stands before its table, and axe finds
// nothing serious.
import { expect } from '@jest/globals';
import { addDays, todayIn } from '../../shared/calendar/calendar';
import { isoWeekOf } from '../../shared/outcomes/weeks';
import { describeInBrowser, expectAccessible } from './playground';
import { appFrame } from './zendesk-ticket';

describeInBrowser('Zendesk outcomes page (real browser)', (session) => {
  session.test('shows the seeded promises, charts and CSV links, accessibly', async (page) => {
    await page.goto(`${session.playground().zendeskUrl}/outcomes`);
    const app = appFrame(page);
    const promises = app.getByRole('table', { name: 'Promises by the week they fell due' });
    await promises.waitFor();
    // Four weeks ago: each agent's plan of that week (first payment) and of the week before
    // (second payment) fell due: 6 promises, agent 7's 2 kept, agent 8's 1, agent 9's none.
    const week = isoWeekOf(addDays(todayIn(new Date(), 'America/New_York'), -28)).label;
    const cellsOfWeek = (table: string) =>
      app
        .getByRole('table', { name: table })
        .getByRole('row', { name: new RegExp(`^${week} `) })
        .getByRole('cell')
        .allTextContents();
    const promisesWeek = ['6', '3', '0', '3', '0', '50%'];
    const promiseCells = await cellsOfWeek('Promises by the week they fell due');
    expect(promiseCells.slice(0, 6)).toEqual(promisesWeek);
    // The last cell links each customer behind the row to their tickets.
    const customers = app
      .getByRole('table', { name: 'Promises by the week they fell due' })
      .getByRole('row', { name: new RegExp(`^${week} `) })
      .getByRole('link', { name: /^Tickets of customer / });
    await expect(customers.count()).resolves.toBeGreaterThan(0);
    await expect(promises.getByRole('rowheader').count()).resolves.toBe(12);
    // The same week's tone: 30 sends (40 checks), 10 ok at the first check, 5 over a warning,
    // a pressure finding in each of agents 8's and 9's 20 sends.
    const toneWeek = ['40', '33%', '0', '5', 'Pressure (20)'];
    const toneCells = await cellsOfWeek('Tone by week');
    expect(toneCells.slice(0, 5)).toEqual(toneWeek);
    // The last cell links each agent behind the row to their assigned tickets.
    const agents = app
      .getByRole('table', { name: 'Tone by week' })
      .getByRole('row', { name: new RegExp(`^${week} `) })
      .getByRole('link', { name: /^Tickets assigned to agent / });
    await expect(agents.count()).resolves.toBeGreaterThan(0);
    await expect(app.getByRole('img', { name: /^Chart of “/ }).count()).resolves.toBe(3);
    await expect(app.getByRole('link', { name: /as CSV$/ }).count()).resolves.toBe(10);
    await expectAccessible(page);
  });
});
