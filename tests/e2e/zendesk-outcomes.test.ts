// The Zendesk outcomes page (nav_bar) in a real browser: the built app over the playground's 12
// seeded weeks of plan, tone and guard history (mocks/zendesk/outcome-history.ts). A past week in the middle shows
// the figures the seed was built to give, every weekly chart stands before its table, axe finds
// nothing serious, and the brand and team filters narrow promises and tone to the seed's figures.
import { expect } from '@jest/globals';
import { addDays, todayIn } from '../../shared/calendar/calendar';
import { isoWeekOf } from '../../shared/outcomes/weeks';
import { describeInBrowser, eventually, expectAccessible } from './playground';
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
    /** Waits for the week's promise cells to show `expected` (a filter re-renders the tables). */
    const promisesOfWeekBecome = async (expected: string[]) => {
      const cells = await eventually(
        async () => (await cellsOfWeek('Promises by the week they fell due')).slice(0, 6),
        (now) => now.join() === expected.join(),
      );
      expect(cells).toEqual(expected);
    };
    /** The week's tone figures: checks, ok at once, blocks caught, over a warning, findings. */
    const toneOfWeek = async () => (await cellsOfWeek('Tone by week')).slice(0, 5);
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
    expect(await toneOfWeek()).toEqual(toneWeek);
    // The last cell links each agent behind the row to their assigned tickets.
    const agents = app
      .getByRole('table', { name: 'Tone by week' })
      .getByRole('row', { name: new RegExp(`^${week} `) })
      .getByRole('link', { name: /^Tickets assigned to agent / });
    await expect(agents.count()).resolves.toBeGreaterThan(0);
    // The same week's guards: agent 8 told "not now" once a weekday, agent 9 twice, and agent 9's
    // Friday reply against a guard.
    expect((await cellsOfWeek('Contact guards by week')).slice(0, 2)).toEqual(['15', '1']);
    await expect(app.getByRole('img', { name: /^Chart of “/ }).count()).resolves.toBe(3);
    await expect(app.getByRole('link', { name: /as CSV$/ }).count()).resolves.toBe(10);
    await expectAccessible(page);

    // Brand Acme Collections (360001) is agents 7's and 9's tickets: 4 promises due, 2 kept, 2
    // broken; 20 sends (20 checks), agent 7's 10 ok at once, agent 9's 5 over a warning.
    await app.getByRole('combobox', { name: 'Brand' }).selectOption({ label: 'Acme Collections' });
    await promisesOfWeekBecome(['4', '2', '0', '2', '0', '50%']);
    expect(await toneOfWeek()).toEqual(['20', '50%', '0', '5', 'Pressure (10)']);
    // And group 20002, agent 9's team: both promises broken, none of the 10 sends ok at once.
    await app.getByRole('combobox', { name: 'Team' }).selectOption('20002');
    await promisesOfWeekBecome(['2', '0', '0', '2', '0', '0%']);
    expect(await toneOfWeek()).toEqual(['10', '0%', '0', '5', 'Pressure (10)']);
    // Agent 9's guard days only: twice "not now" a weekday, one reply against a guard.
    expect((await cellsOfWeek('Contact guards by week')).slice(0, 2)).toEqual(['10', '1']);
  });
});
