// The team leads' outcomes page in the nav_bar location (issue 17): the real app over the mock
// Zendesk account's custom object records, with the figures a lead reads, the filters, a CSV per
// table, a chart with its table; admins and the admin's chosen groups see everyone, others their own.
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { componentFor } from '../../apps/zendesk/ui/locations';
import type { ZendeskWorld } from '../../mocks/zendesk';
import { seedToneHistory } from '../../mocks/zendesk/outcome-history';
import { addDays, todayIn } from '../../shared/calendar/calendar';
import { isoWeekOf } from '../../shared/outcomes/weeks';
import { zendeskPlanRecord as planRecord } from '../../shared/testing/outcome-records';
import { lazyChunk, renderSidebar } from './render-sidebar';

/** Two plans: agent 7 in EUR (first promise kept, second broken), agent 8 in USD (kept). */
function seed(world: ZendeskWorld): void {
  const euro = { customer_id: '42', recorded_by: '7', currency: 'EUR', cancelled: false };
  const dollar = { customer_id: '43', recorded_by: '8', currency: 'USD', cancelled: false };
  world.customObjectRecords.set('tactful_plan_record', [
    planRecord(1, {
      ...euro,
      record_type: 'plan',
      plan_key: 'k1',
      due_date: '2026-11-02',
      accepted_on: '2026-10-20',
      count: 2,
      amount: '100.00',
    }),
    planRecord(2, {
      ...euro,
      record_type: 'promise',
      plan_key: 'k1',
      amount: '50.00',
      due_date: '2026-11-02',
    }),
    planRecord(3, {
      ...euro,
      record_type: 'promise',
      plan_key: 'k1',
      amount: '50.00',
      due_date: '2026-11-09',
    }),
    planRecord(4, { ...euro, record_type: 'payment', amount: '50.00', due_date: '2026-11-02' }),
    planRecord(5, {
      ...dollar,
      record_type: 'plan',
      plan_key: 'k2',
      due_date: '2026-11-03',
      accepted_on: '2026-10-21',
      count: 1,
      amount: '30.00',
    }),
    planRecord(6, {
      ...dollar,
      record_type: 'promise',
      plan_key: 'k2',
      amount: '30.00',
      due_date: '2026-11-03',
    }),
    planRecord(7, { ...dollar, record_type: 'payment', amount: '30.00', due_date: '2026-11-03' }),
  ]);
  // Tone days of the playground's agents over the last 12 weeks (for the tone rows' agent links).
  seedToneHistory(world, todayIn(new Date(), 'UTC'));
}

function renderPage(
  role: string,
  locale = 'en-US',
  access: { groups?: { id: number; name: string }[]; viewerGroups?: string } = {},
) {
  return renderSidebar((world) => {
    seed(world);
    return {
      location: 'nav_bar',
      currentUser: { id: 7, role, locale, groups: access.groups ?? [] },
      settings: { outcomes_viewer_group_ids: access.viewerGroups ?? '' },
    };
  });
}

/** The week row of the promises table for the ISO week `week` (its cells' text). */
function promiseWeekRow(week: string): string[] {
  const table = screen.getByRole('table', { name: 'Promises by the week they fell due' });
  const header = within(table).getByRole('rowheader', { name: week });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${week}`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('the outcomes page (Zendesk nav_bar)', () => {
  it('is its own lazily loaded location', () => {
    expect(componentFor('nav_bar')).toBeDefined();
  });

  it('shows an admin the promise figures from the records, with a CSV and chart per weekly table', async () => {
    renderPage('admin');
    expect(
      await screen.findByRole('heading', { name: 'Collections outcomes' }, lazyChunk),
    ).toBeTruthy();
    await screen.findByRole('table', { name: 'Promises by the week they fell due' }, lazyChunk);
    const weeks = within(
      screen.getByRole('table', { name: 'Promises by the week they fell due' }),
    ).getAllByRole('rowheader');
    expect(weeks).toHaveLength(12);
    // Week of 2 November: two promises due (both kept); week of 9 November: one broken.
    const [firstWeek, secondWeek] = ['2026-W45', '2026-W46'].map(promiseWeekRow);
    expect(firstWeek?.slice(0, 4)).toEqual(['2', '2', '0', '0']);
    expect(secondWeek?.slice(0, 4)).toEqual(['1', '0', '0', '1']);
    // Each row links to the tickets of the customers behind it.
    const link = screen.getAllByRole('link', { name: 'Tickets of customer 43' })[0];
    expect(link?.getAttribute('href')).toMatch(/\/agent\/users\/43\/requested_tickets$/);
    // Tone and guard rows link to the tickets assigned to the agents behind them.
    const agentLinks = screen.getAllByRole('link', { name: /^Tickets assigned to agent / });
    expect(agentLinks.length).toBeGreaterThan(0);
    expect(agentLinks[0]?.getAttribute('href')).toMatch(/\/agent\/users\/\d+\/assigned_tickets$/);

    const csv = screen.getByRole('link', {
      name: 'Download “Promises by the week they fell due” as CSV',
    });
    expect(csv.getAttribute('download')).toBe('promises-by-week.csv');
    const text = decodeURIComponent(csv.getAttribute('href')?.split(',').slice(1).join(',') ?? '');
    expect(text.split('\r\n')[0]).toBe('week,made,kept,partly_kept,broken,open,kept_rate');
    expect(text).toContain('2026-W45,2,2,0,0,0,1.0000');

    expect(
      await screen.findByRole(
        'img',
        { name: /Chart of “Promises by the week they fell due”/ },
        lazyChunk,
      ),
    ).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /as CSV$/ })).toHaveLength(10);
  });

  it('shows the guard days the sidebar recorded on the tone day records', async () => {
    renderPage('admin');
    const table = await screen.findByRole('table', { name: 'Contact guards by week' }, lazyChunk);
    // Four weeks ago, a full past week of the seed: agent 8 told "not now" once a weekday, agent 9
    // twice (15), and agent 9's Friday reply against a guard (1).
    const week = isoWeekOf(addDays(todayIn(new Date(), 'UTC'), -28)).label;
    const row = within(table).getByRole('rowheader', { name: week }).closest('tr');
    if (!row) throw new Error(`no row for ${week}`);
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent ?? '');
    expect(cells.slice(0, 2)).toEqual(['15', '1']);
    // By agent: agent 7 was never held back, so only agents 8 and 9 have guard rows.
    const byAgent = screen.getByRole('table', { name: 'Contact guards by agent' });
    const agents = within(byAgent)
      .getAllByRole('rowheader')
      .map((header) => header.textContent ?? '');
    expect(agents.some((name) => name.includes('7'))).toBe(false);
    expect(agents.filter((name) => /8|9/.test(name))).toHaveLength(2);
  });

  it('narrows every table by the currency filter', async () => {
    const user = userEvent.setup();
    renderPage('admin');
    const currency = await screen.findByRole('combobox', { name: 'Currency' }, lazyChunk);
    await waitFor(() => expect(promiseWeekRow('2026-W45')[0]).toBe('2'));
    await user.selectOptions(currency, 'USD');
    expect(promiseWeekRow('2026-W45').slice(0, 2)).toEqual(['1', '1']);
    expect(promiseWeekRow('2026-W46')[0]).toBe('0');
    // Brands come from the account's Brands API, shown by name.
    const brand = screen.getByRole('combobox', { name: 'Brand' });
    expect(
      within(brand)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All', 'Acme Collections', 'Acme Cards']);
    for (const name of ['Team', 'Agent', 'Brand', 'Currency', 'From', 'To']) {
      expect(screen.getByLabelText(name)).toBeTruthy();
    }
  });

  it('speaks the agent’s language: Spanish words from the shared catalog', async () => {
    renderPage('admin', 'es');
    expect(await screen.findByRole('group', { name: 'Filtros' }, lazyChunk)).toBeTruthy();
    expect(screen.getByLabelText('Desde')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /^Descargar «.+» como CSV$/ })).toHaveLength(10);
  });

  it('has no axe violations', async () => {
    renderPage('admin');
    await screen.findAllByRole('img', { name: /Chart of/ }, lazyChunk);
    // Colour contrast needs layout, which jsdom has not; the browser test checks it.
    const results = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('shows an agent outside the chosen groups only their own figures', async () => {
    renderPage('agent', 'en-US', { groups: [{ id: 9, name: 'Billing' }], viewerGroups: '55' });
    expect(
      await screen.findByText(/These are your own figures/, undefined, lazyChunk),
    ).toBeTruthy();
    await screen.findByRole('table', { name: 'Promises by the week they fell due' }, lazyChunk);
    // Agent 7's EUR promises only: agent 8's USD promise in the same week is not counted.
    await waitFor(() => expect(promiseWeekRow('2026-W45').slice(0, 2)).toEqual(['1', '1']));
    expect(promiseWeekRow('2026-W46')[0]).toBe('1');
  });

  it('shows members of a group the admin chose everyone’s figures', async () => {
    renderPage('agent', 'en-US', { groups: [{ id: 55, name: 'Leads' }], viewerGroups: '55, 60' });
    await screen.findByRole('table', { name: 'Promises by the week they fell due' }, lazyChunk);
    await waitFor(() => expect(promiseWeekRow('2026-W45').slice(0, 2)).toEqual(['2', '2']));
    expect(screen.queryByText(/These are your own figures/)).toBeNull();
  });
});
