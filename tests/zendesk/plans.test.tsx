import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { zendeskApiPattern, type ZendeskWorld } from '../../mocks/zendesk';
import { createPlanHandlers, type PlanTicketExtras } from '../../mocks/zendesk/plans';
import type { CustomObjectRecord } from '../../mocks/zendesk/world';
import { server } from '../../mocks/node';
import { renderSidebar, requester } from './render-sidebar';
import type { TicketModelInit } from '../../mocks/zendesk/ticket-model';

const objectKey = 'tactful_plan_record';
const recordsUrl = `${zendeskApiPattern}/custom_objects/${objectKey}/records.json`;

/** Renders the sidebar with the plan handlers over the same account, and opens the plan panel. */
async function openPlanPanel(init?: (world: ZendeskWorld) => TicketModelInit) {
  const rendered = renderSidebar(init);
  const extras = new Map<number, PlanTicketExtras>();
  server.use(...createPlanHandlers(rendered.world, extras));
  const section = await screen.findByRole('region', { name: 'Payment plan' });
  await userEvent.click(within(section).getByRole('button', { name: 'Open' }));
  return { ...rendered, extras, section };
}

async function suggestFor(section: HTMLElement, amount: string) {
  const input = await within(section).findByLabelText('Amount the customer can pay');
  await userEvent.clear(input);
  await userEvent.type(input, amount);
  await userEvent.click(within(section).getByRole('button', { name: 'Show options' }));
}

/** Shows the options for a customer who can pay $200 and picks the monthly instalments. */
async function pickMonthly(section: HTMLElement) {
  await suggestFor(section, '200');
  await userEvent.click(
    await within(section).findByRole('radio', { name: 'Instalments (Monthly)' }),
  );
}

/** Picks the monthly instalments for $200 and accepts them. */
async function acceptMonthly(section: HTMLElement) {
  await pickMonthly(section);
  await userEvent.click(within(section).getByRole('button', { name: 'Accept plan' }));
}

/** An option card's facts as label → value ("Each payment" → "$178.57"). */
function factsOf(card: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    Array.from(card.querySelectorAll('dt')).map((term) => [
      term.textContent ?? '',
      term.nextElementSibling?.textContent ?? '',
    ]),
  );
}

function planRecords(world: ZendeskWorld): CustomObjectRecord[] {
  return world.customObjectRecords.get(objectKey) ?? [];
}

function record(
  externalId: string,
  fields: CustomObjectRecord['custom_object_fields'],
  createdAt = '2026-10-01T10:00:00Z',
): CustomObjectRecord {
  return {
    id: externalId,
    name: externalId,
    external_id: externalId,
    custom_object_key: objectKey,
    custom_object_fields: fields,
    created_at: createdAt,
    updated_at: createdAt,
  };
}

describe('ticket sidebar: the payment plan panel', () => {
  it('fetches nothing until the agent opens it', async () => {
    const { world } = renderSidebar();
    await screen.findByRole('region', { name: 'Payment plan' });
    await screen.findByText('$1,250.00');
    expect(world.requests.filter((line) => line.includes('custom_objects'))).toEqual([]);
  });

  it('shows one card an option for what the customer can afford each month', async () => {
    const { section } = await openPlanPanel();
    expect(await within(section).findByText('Balance to plan: $1,250.00')).toBeInTheDocument();
    await suggestFor(section, '200');
    const options = await within(section).findByRole('group', { name: 'Options' });
    expect(within(options).getByRole('radio', { name: 'Pay in full' })).toBeInTheDocument();
    expect(
      within(options).getByRole('radio', { name: 'Instalments (Monthly)' }),
    ).toBeInTheDocument();
    // Below the choice, each option is a card of its own with its facts and why.
    const monthly = within(section).getByRole('listitem', { name: 'Instalments (Monthly)' });
    // 1,250 at 200 a month: seven equal payments, the remainder cent on the last.
    expect(factsOf(monthly)).toMatchObject({
      Payments: '7',
      'Each payment': '$178.57',
      'Last payment': '$178.58',
      Total: '$1,250.00',
      Policy: 'Within policy',
    });
  });

  it('derives options from monthly income and essential outgoings', async () => {
    const { section } = await openPlanPanel();
    await userEvent.click(
      await within(section).findByRole('radio', { name: 'Monthly income and essential outgoings' }),
    );
    await userEvent.type(within(section).getByLabelText('Monthly income after tax'), '2,100');
    await userEvent.type(within(section).getByLabelText('Monthly essential outgoings'), '1,850');
    await userEvent.click(within(section).getByRole('button', { name: 'Show options' }));
    await within(section).findByRole('group', { name: 'Options' });
    // A surplus of $250.00 a month: five payments of $250.00.
    const monthly = within(section).getByRole('listitem', { name: 'Instalments (Monthly)' });
    expect(factsOf(monthly)['Each payment']).toBe('$250.00');
  });

  it('offers the policy’s lowest payments when what the customer can afford is not known yet', async () => {
    const { section } = await openPlanPanel();
    await userEvent.click(await within(section).findByRole('radio', { name: 'Not known yet' }));
    expect(within(section).queryByLabelText('Amount the customer can pay')).toBeNull();
    await userEvent.click(within(section).getByRole('button', { name: 'Show options' }));
    const options = await within(section).findByRole('group', { name: 'Options' });
    expect(within(options).getByRole('radio', { name: 'Pay in full' })).toBeInTheDocument();
    expect(
      within(options).getByRole('radio', { name: 'Instalments (Monthly)' }),
    ).toBeInTheDocument();
  });

  it('never offers a plan past the maximum term: it says a longer plan is needed, and by how much', async () => {
    const { section } = await openPlanPanel();
    // $1,250.00 at $50.00 a month takes 25 months; the default policy allows 12.
    await suggestFor(section, '50');
    expect(
      await within(section).findByText(
        'Needs a longer plan than policy allows (Monthly): to finish within 12 months, each payment would be $104.17, $54.17 more than the customer can afford ($50.00).',
      ),
    ).toBeInTheDocument();
    const options = await within(section).findByRole('group', { name: 'Options' });
    expect(within(options).getByRole('radio', { name: 'Pay in full' })).toBeInTheDocument();
    expect(within(options).queryByRole('radio', { name: /^Instalments/ })).not.toBeInTheDocument();
  });

  it('says what is wrong with an amount it cannot read, and shows no options', async () => {
    const { section } = await openPlanPanel();
    await suggestFor(section, 'abc');
    expect(
      await within(section).findByText('Enter an amount such as 150 or 150.00.'),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('group', { name: 'Options' })).not.toBeInTheDocument();
    await suggestFor(section, '-20');
    expect(await within(section).findByText('The amount cannot be negative.')).toBeInTheDocument();
  });

  it('inserts the chosen option’s summary into the reply as an escaped paragraph', async () => {
    const { section, client } = await openPlanPanel(() => ({
      comment: { text: '<p>Hi Maria,</p>' },
    }));
    await pickMonthly(section);
    await userEvent.click(within(section).getByRole('button', { name: 'Insert summary in reply' }));
    await within(section).findByText('The summary was added to the reply.');
    expect(client.model.comment.text).toMatch(
      /^<p>Hi Maria,<\/p><p>7 payments every month, from November 25, 2026 to .+ Total \$1,250\.00\.<\/p>$/,
    );
  });

  it('writes the summary in the customer’s language for a Spanish-speaking customer', async () => {
    const { section, client } = await openPlanPanel((world) => ({
      ticket: { requester: requester(world, 9003) },
    }));
    await suggestFor(section, '500');
    await userEvent.click(await within(section).findByRole('radio', { name: 'Pay in full' }));
    await userEvent.click(within(section).getByRole('button', { name: 'Insert summary in reply' }));
    await within(section).findByText('The summary was added to the reply.');
    expect(client.model.comment.text).toMatch(
      /^<p>Un pago de 2890,75\s€ el 25 de noviembre de 2026\.<\/p>$/,
    );
  });

  it('records the accepted plan and its promises once, tags the ticket and shows the promises', async () => {
    const { section, world, extras } = await openPlanPanel();
    await acceptMonthly(section);
    expect(
      await within(section).findByText('Plan recorded and the ticket tagged.'),
    ).toBeInTheDocument();

    const records = planRecords(world);
    expect(records).toHaveLength(8);
    expect(records.filter((r) => r.custom_object_fields['record_type'] === 'promise')).toHaveLength(
      7,
    );
    expect(new Set(records.map((r) => r.external_id)).size).toBe(8);
    expect(world.tickets.get(1)?.tags).toContain('tactful_plan_active');
    expect(extras.get(1)).toEqual({ type: 'task', due_at: '2026-11-25T12:00:00Z' });

    const promises = await within(section).findByRole('list', { name: 'Promises to pay' });
    expect(within(promises).getAllByText('Pending')).toHaveLength(7);
  });

  it('leaves exactly one record per external id when a write is retried after a lost reply', async () => {
    const { section, world, sleeps } = await openPlanPanel();
    let failures = 0;
    // Zendesk stores the record but the reply is lost (a 500): the first five times.
    server.use(
      http.patch(recordsUrl, ({ request }) => {
        if (failures >= 5) return undefined;
        failures += 1;
        const externalId = new URL(request.url).searchParams.get('external_id') ?? '';
        const records = world.customObjectRecords.get(objectKey) ?? [];
        if (!records.some((r) => r.external_id === externalId)) {
          records.push(record(externalId, { record_type: 'promise' }));
        }
        world.customObjectRecords.set(objectKey, records);
        return HttpResponse.json({ error: 'InternalError' }, { status: 500 });
      }),
    );
    await acceptMonthly(section);
    // Four attempts fail: the agent is told, and accepting again finishes without duplicates.
    expect(
      await within(section).findByText(
        /The plan was not recorded: Zendesk had a problem answering/,
      ),
    ).toBeInTheDocument();
    expect(sleeps.length).toBeGreaterThanOrEqual(3);
    await userEvent.click(within(section).getByRole('button', { name: 'Accept plan' }));
    expect(
      await within(section).findByText('Plan recorded and the ticket tagged.'),
    ).toBeInTheDocument();

    const ids = planRecords(world).map((r) => r.external_id);
    expect(ids).toHaveLength(8);
    expect(new Set(ids).size).toBe(8);
  });

  it('says when the plans could not be read again after accepting, keeps them shown, and Retry reads them', async () => {
    const { section } = await openPlanPanel();
    // The plan is recorded, but reading the customer's plans back fails until the agent retries.
    let failing = true;
    server.use(
      http.post(`${zendeskApiPattern}/custom_objects/${objectKey}/records/search.json`, () =>
        failing ? HttpResponse.json({ error: 'Forbidden' }, { status: 403 }) : undefined,
      ),
    );
    await acceptMonthly(section);
    expect(
      await within(section).findByText('Plan recorded and the ticket tagged.'),
    ).toBeInTheDocument();
    const retry = await within(section).findByRole('button', { name: 'Retry' });
    expect(within(section).queryByRole('list', { name: 'Promises to pay' })).toBeNull();

    failing = false;
    await userEvent.click(retry);
    const promises = await within(section).findByRole('list', { name: 'Promises to pay' });
    expect(within(promises).getAllByText('Pending')).toHaveLength(7);
    expect(within(section).queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('says someone else edited the ticket on a 409, and Re-apply tags it', async () => {
    const { section, world } = await openPlanPanel();
    // The ticket we read is older than the one Zendesk has: safe_update refuses the write.
    server.use(
      http.get(
        `${zendeskApiPattern}/tickets/:id.json`,
        () => {
          const ticket = world.tickets.get(1);
          return HttpResponse.json({ ticket: { ...ticket, updated_at: '2026-01-01T00:00:00Z' } });
        },
        { once: true },
      ),
    );
    await acceptMonthly(section);
    expect(await within(section).findByText('Someone else edited this ticket')).toBeInTheDocument();
    expect(world.tickets.get(1)?.tags).not.toContain('tactful_plan_active');

    await userEvent.click(within(section).getByRole('button', { name: 'Re-apply' }));
    expect(
      await within(section).findByText('Plan recorded and the ticket tagged.'),
    ).toBeInTheDocument();
    expect(world.tickets.get(1)?.tags).toContain('tactful_plan_active');
    expect(planRecords(world)).toHaveLength(8);
  });

  it('shows the current plan’s promises as kept, broken or pending against recorded payments', async () => {
    const { section } = await openPlanPanel((world) => {
      const common = {
        customer_id: '9001',
        ticket_id: '1',
        currency: 'USD',
        plan_key: 'tactful-plan-x',
      };
      world.customObjectRecords.set(objectKey, [
        record('tactful-plan-x', {
          ...common,
          record_type: 'plan',
          amount: '300.00',
          summary: '3 payments of $100.00 every month.',
          accepted_on: '2026-10-01',
        }),
        record('tactful-plan-x-1', {
          ...common,
          record_type: 'promise',
          amount: '100.00',
          due_date: '2026-10-10',
        }),
        record('tactful-plan-x-2', {
          ...common,
          record_type: 'promise',
          amount: '100.00',
          due_date: '2026-11-10',
        }),
        record('tactful-plan-x-3', {
          ...common,
          record_type: 'promise',
          amount: '100.00',
          due_date: '2026-12-10',
        }),
        record('payment-1', {
          ...common,
          record_type: 'payment',
          amount: '100.00',
          due_date: '2026-10-09',
        }),
        // Another customer's payment never counts for this plan.
        record('payment-2', {
          ...common,
          customer_id: '9002',
          record_type: 'payment',
          amount: '100.00',
          due_date: '2026-11-09',
        }),
      ]);
      return {};
    });
    const current = await within(section).findByRole('region', { name: 'Current plan' });
    expect(within(current).getByText('3 payments of $100.00 every month.')).toBeInTheDocument();
    const promises = within(current).getByRole('list', { name: 'Promises to pay' });
    const shown = [
      ['October 10, 2026: $100.00', 'Kept'],
      ['November 10, 2026: $100.00', 'Broken'],
      ['December 10, 2026: $100.00', 'Pending'],
    ] as const;
    const items = within(promises).getAllByRole('listitem');
    expect(items).toHaveLength(shown.length);
    shown.forEach(([promise, state], index) => {
      const item = within(promises).getByRole('listitem', { name: `${promise}, ${state}` });
      expect(item).toBe(items[index]);
      expect(within(item).getByText(promise)).toBeInTheDocument();
      expect(within(item).getByText(state)).toBeInTheDocument();
    });
    expect(within(current).getByText('At risk')).toBeInTheDocument();
  });

  it('points the ticket’s follow-up at the next pending promise', async () => {
    const { section, world, extras } = await openPlanPanel((world) => {
      const common = { customer_id: '9001', currency: 'USD', plan_key: 'tactful-plan-y' };
      world.customObjectRecords.set(objectKey, [
        record('tactful-plan-y', { ...common, record_type: 'plan', summary: 'Two payments.' }),
        record('tactful-plan-y-1', {
          ...common,
          record_type: 'promise',
          amount: '50.00',
          due_date: '2026-11-20',
        }),
        record('tactful-plan-y-2', {
          ...common,
          record_type: 'promise',
          amount: '50.00',
          due_date: '2026-12-20',
        }),
        record('payment-y', {
          ...common,
          record_type: 'payment',
          amount: '50.00',
          due_date: '2026-11-19',
        }),
      ]);
      return {};
    });
    await userEvent.click(
      await within(section).findByRole('button', { name: 'Follow up on December 20, 2026' }),
    );
    expect(
      await within(section).findByText(/The ticket now follows up on the promise due December 20/),
    ).toBeInTheDocument();
    expect(world.tickets.get(1)?.tags).toContain('tactful_plan_active');
    expect(extras.get(1)?.due_at).toBe('2026-12-20T12:00:00Z');
  });

  it('turns a plan record with an unreadable amount into a clear error', async () => {
    const { section } = await openPlanPanel((world) => {
      world.customObjectRecords.set(objectKey, [
        record('payment-1', {
          customer_id: '9001',
          record_type: 'payment',
          amount: '1,00',
          currency: 'USD',
          due_date: '2026-10-09',
        }),
      ]);
      return {};
    });
    expect(
      await within(section).findByText('Zendesk returned something we did not understand.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(within(section).getByRole('button', { name: 'Retry' })).toBeEnabled(),
    );
  });
});
