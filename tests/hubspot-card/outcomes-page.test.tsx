// The HubSpot outcomes page (the app's home page) end to end: the page's real backend client,
// signed like hubspot.fetch, against our real backend on loopback over the mock portal seeded with
// 12 weeks of plans, promises (three owners, three currencies, kept and broken), tone events
// (three agents, two teams) and contact-guard events (two of the agents). The figures shown are the seed's; a filter narrows them; a table's
// CSV goes to the clipboard; charts are HubSpot's; Spanish speaks Spanish.
import { describe, expect, it } from '@jest/globals';
import {
  Alert,
  BarChart,
  Button,
  LineChart,
  Link,
  Select,
  StatisticsItem,
  Table,
  TableCell,
  TableRow,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import {
  createBackendClient,
  type BackendTransport,
} from '../../apps/hubspot/card/host/backend-client';
import { OutcomesPage } from '../../apps/hubspot/card/outcomes/OutcomesPage';
import { todayIn } from '../../shared/calendar/calendar';
import {
  outcomeSeedFigures,
  seedOutcomeDays,
  seedOutcomeTasks,
} from '../../mocks/hubspot/outcome-seed';
import type { HubSpotPlayground } from '../../mocks/hubspot/playground';
import { hubspotPlaygroundForTests } from '../server/playground-per-file';
import { patiently } from './factories';

let playground: HubSpotPlayground;
let seeded = false;
hubspotPlaygroundForTests((started) => (playground = started));

async function seed() {
  if (seeded) return;
  seeded = true;
  const today = todayIn(new Date(), 'UTC');
  seedOutcomeTasks(playground.world, today);
  await seedOutcomeDays(playground.backend.store, playground.portalId, today, Date.now());
}

const transport: BackendTransport = (url, request) => {
  const { pathname, search } = new URL(url);
  return playground.hubspotFetch(`${pathname}${search}`, {
    method: request.method,
    ...(request.body === undefined ? {} : { body: request.body }),
    timeout: request.timeoutMs,
  });
};

async function renderPage(locale = 'en-US', userId = 3001) {
  await seed();
  const renderer = createRenderer('home');
  renderer.render(
    <OutcomesPage
      backend={createBackendClient({
        baseUrl: playground.backendUrl,
        caller: { portalId: playground.portalId, userId },
        transport,
      })}
      locale={locale}
      portalId={playground.portalId}
      timeZone="UTC"
      copyText={renderer.mocks.actions.copyTextToClipboard}
      addAlert={renderer.mocks.actions.addAlert}
    />,
  );
  await renderer.waitFor(() => expect(renderer.findAll(StatisticsItem)).toHaveLength(7), patiently);
  return renderer;
}

type Rendered = Awaited<ReturnType<typeof renderPage>>;
const statistic = (renderer: Rendered, id: string) =>
  renderer.find(StatisticsItem, { id }).props.number;
const cells = (renderer: Rendered, table: string) =>
  renderer
    .findByTestId(Table, `table-${table}`)
    .findAll(TableCell)
    .map((cell) => cell.text);

describe('HubSpot outcomes page', () => {
  it("shows the seed's figures, with HubSpot charts and a table behind each", async () => {
    const renderer = await renderPage();
    const { promisesDue, kept, plansStarted, plansCompleted, plansBroken } = outcomeSeedFigures;
    expect(statistic(renderer, 'promises')).toBe(String(promisesDue));
    expect(statistic(renderer, 'kept-rate')).toBe(`${Math.round((kept / promisesDue) * 100)}%`);
    expect(statistic(renderer, 'plans')).toBe(String(plansStarted));
    expect(statistic(renderer, 'completion')).toBe(
      `${Math.round((plansCompleted / (plansCompleted + plansBroken)) * 100)}%`,
    );
    expect(statistic(renderer, 'ok-first-time')).toBe('33%');
    // Plans by status: 3 completed and 3 broken.
    // (The first two cells of each row: the third holds the links to its customers.)
    expect(
      renderer
        .findByTestId(Table, 'table-plans-by-status')
        .findAll(TableRow)
        .map((row) => row.findAll(TableCell).map((cell) => cell.text))
        .filter((row) => row.length > 0)
        .map((row) => row.slice(0, 2)),
    ).toEqual([
      ['On track', '0'],
      ['At risk', '0'],
      ['Completed', '3'],
      ['Broken', '3'],
    ]);
    // Each status links to the contact records of the customers behind it (the portal's records).
    const completedLinks = renderer
      .findByTestId(Table, 'table-plans-by-status')
      .findAll(Link)
      .map((link) => link.props.href);
    expect(completedLinks).toContainEqual({
      url: `https://app.hubspot.com/contacts/${playground.portalId}/record/0-1/7101`,
      external: true,
    });
    // Tone by team: team 101 has two agents (10 drafts a week each week), team 102 one.
    expect(cells(renderer, 'tone-by-team').slice(0, 2)).toEqual(['101', '120']);
    expect(renderer.findByTestId(BarChart, 'chart-promises-by-week').props.options?.title).toBe(
      'Chart of “Promises by the week they fell due”; the table below has every figure',
    );
    expect(renderer.findByTestId(LineChart, 'chart-tone-by-week')).toBeTruthy();
  });

  it('narrows the figures to one currency and copies a table as CSV', async () => {
    const renderer = await renderPage();
    renderer.find(Select, { name: 'filter-currency' }).props.onChange?.('EUR');
    await renderer.waitFor(
      () =>
        expect(statistic(renderer, 'promises')).toBe(String(outcomeSeedFigures.promisesDue / 3)),
      patiently,
    );
    renderer.findByTestId(Button, 'copy-csv-plans-by-status').trigger('onClick');
    await renderer.waitFor(
      () =>
        expect(renderer.mocks.actions.copyTextToClipboard.calls).toEqual([
          ['status,plans\r\non-track,0\r\nat-risk,0\r\ncompleted,1\r\nbroken,1\r\n'],
        ]),
      patiently,
    );
    expect(renderer.mocks.actions.addAlert.calls).toEqual([
      [
        {
          type: 'success',
          message:
            '“Plans started in the period, by where they stand today” copied as CSV: paste it into a spreadsheet.',
        },
      ],
    ]);
  });

  it("shows the seed's contact-guard figures, narrowed by team, and copies them as CSV", async () => {
    const renderer = await renderPage();
    const { notNow, contactsAgainstGuard } = outcomeSeedFigures;
    expect(statistic(renderer, 'against-guard')).toBe(String(contactsAgainstGuard));
    // Agent 3002 is told "not now" once a week, 3003 twice and copies against it every other week.
    expect(cells(renderer, 'guards-by-agent')).toEqual(['3002', '12', '0', '3003', '24', '6']);
    const weeks = cells(renderer, 'guards-by-week');
    expect(weeks).toHaveLength(12 * 3);
    const column = (index: number) =>
      weeks.filter((_cell, at) => at % 3 === index).reduce((sum, cell) => sum + Number(cell), 0);
    expect([column(1), column(2)]).toEqual([notNow, contactsAgainstGuard]);
    renderer.findByTestId(Button, 'copy-csv-guards-by-agent').trigger('onClick');
    await renderer.waitFor(
      () =>
        expect(renderer.mocks.actions.copyTextToClipboard.calls).toEqual([
          ['agent,not_now,contacts_against_guard\r\n3002,12,0\r\n3003,24,6\r\n'],
        ]),
      patiently,
    );

    renderer.find(Select, { name: 'filter-team' }).props.onChange?.('101');
    await renderer.waitFor(
      () =>
        expect(statistic(renderer, 'against-guard')).toBe(
          String(outcomeSeedFigures.team101ContactsAgainstGuard),
        ),
      patiently,
    );
    expect(cells(renderer, 'guards-by-agent')).toEqual([
      '3002',
      String(outcomeSeedFigures.team101NotNow),
      '0',
    ]);
  });

  it('tells an agent outside the chosen teams that these are their own figures, in Spanish', async () => {
    const renderer = await renderPage('es-ES', 3002);
    expect(renderer.find(Alert).text).toMatch(/Estas son tus propias cifras/);
    expect(statistic(renderer, 'promises')).toBe('0');
    expect(cells(renderer, 'tone-by-agent').slice(0, 2)).toEqual(['3002', '60']);
  });
});
