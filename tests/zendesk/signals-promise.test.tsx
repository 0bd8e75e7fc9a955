// A promise the customer wrote, offered as a promise to pay (issue 20): one click opens the form
// pre-filled with the amount in the account's currency, the day in the customer's zone and the
// comment; the agent confirms, and it is recorded through the plan records' idempotent path (a
// one-payment plan whose promise names the comment, the ticket tagged to follow it). No button
// for a day that has passed or an amount in another currency. msw plays Zendesk's REST API.
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ZendeskWorld } from '../../mocks/zendesk';
import { server } from '../../mocks/node';
import { createPlanHandlers, type PlanTicketExtras } from '../../mocks/zendesk/plans';
import { agentBrowserInNewYork, findRegion, lazyChunk, renderSidebar } from './render-sidebar';
import { addTicketComment } from './ticket-comments';

agentBrowserInNewYork();

const objectKey = 'tactful_plan_record';

/** The sidebar (today 2026-11-25, a Wednesday) with one newer comment from the requester. */
async function promiseSignal(text: string) {
  const rendered = renderSidebar((world) => {
    addTicketComment(world, { plain_body: text, author_id: 9001 });
    return {};
  });
  const extras = new Map<number, PlanTicketExtras>();
  server.use(...createPlanHandlers(rendered.world, extras));
  const commentId = 70_000 + rendered.world.comments.length - 1;
  const section = await findRegion('What the customer says');
  await within(section).findByRole('list', {}, lazyChunk);
  const promise = within(section).getByRole('listitem', { name: 'Offers a payment' });
  return { ...rendered, extras, commentId, promise };
}

const records = (world: ZendeskWorld) => world.customObjectRecords.get(objectKey) ?? [];

describe('ticket sidebar: a promise the customer wrote, as a promise to pay', () => {
  it('opens pre-filled, records the confirmed promise once with its comment, and tags the ticket', async () => {
    const user = userEvent.setup();
    const { world, extras, commentId, promise } = await promiseSignal('I can pay $50 on Friday.');
    await user.click(
      await within(promise).findByRole('button', { name: 'Record promise to pay' }, lazyChunk),
    );
    const form = within(promise).getByRole('form', { name: 'Promise to pay, from this comment' });
    expect(within(form).getByLabelText('Amount (USD)')).toHaveValue('50.00');
    expect(within(form).getByLabelText('Due date')).toHaveValue('2026-11-27');
    expect(records(world)).toHaveLength(0);

    await user.click(within(form).getByRole('button', { name: 'Confirm promise' }));
    expect(
      await within(promise).findByText(
        'Promise to pay recorded: $50.00 due Nov 27, 2026. The ticket follows it.',
      ),
    ).toBeInTheDocument();
    const written = records(world);
    const promises = written.filter((r) => r.custom_object_fields['record_type'] === 'promise');
    expect(promises).toHaveLength(1);
    expect(promises[0]?.custom_object_fields).toMatchObject({
      amount: '50.00',
      currency: 'USD',
      due_date: '2026-11-27',
      customer_id: '9001',
      ticket_id: '1',
      source: `zendesk-comment:${commentId}`,
    });
    expect(written.filter((r) => r.custom_object_fields['record_type'] === 'plan')).toHaveLength(1);
    expect(world.tickets.get(1)?.tags).toContain('tactful_plan_active');
    expect(extras.get(1)).toEqual({ type: 'task', due_at: '2026-11-27T12:00:00Z' });
  });

  it('checks what the agent changed before recording it', async () => {
    const user = userEvent.setup();
    const { world, promise } = await promiseSignal('I can pay $50 on Friday.');
    const open = async () => {
      await user.click(
        await within(promise).findByRole('button', { name: 'Record promise to pay' }, lazyChunk),
      );
      return within(promise).getByRole('form', { name: 'Promise to pay, from this comment' });
    };
    const form = await open();
    const amount = within(form).getByLabelText('Amount (USD)');
    await user.clear(amount);
    await user.type(amount, '0');
    await user.click(within(form).getByRole('button', { name: 'Confirm promise' }));
    expect(within(form).getByText('The amount must be more than zero.')).toBeInTheDocument();
    expect(records(world)).toHaveLength(0);

    await user.clear(amount);
    await user.type(amount, '45.50');
    await user.click(within(form).getByRole('button', { name: 'Confirm promise' }));
    await within(promise).findByText(/Promise to pay recorded: \$45\.50/);
    const first = records(world).map((r) => r.external_id);
    expect(first).toHaveLength(2);

    // A second write of the same promise (a retried click) upserts the same two records.
    expect(new Set(first).size).toBe(2);
  });

  it('offers no button for an amount in another currency than the account’s, and says why', async () => {
    const { promise } = await promiseSignal('I can pay €50 on Friday.');
    expect(
      await within(promise).findByText(/The amount is in another currency than the account’s/),
    ).toBeInTheDocument();
    expect(within(promise).queryByRole('button', { name: 'Record promise to pay' })).toBeNull();
  });

  it('offers no button without a day, and no account read for a ticket with no promise', async () => {
    const { promise } = await promiseSignal('I can pay $50.');
    expect(promise).toHaveTextContent('Amount: $50.00');
    expect(within(promise).queryByRole('button', { name: 'Record promise to pay' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Promise to pay, from this comment' })).toBeNull();
  });
});
