// The plan panel on real calendars: it loads only the admin's country's holiday data (a lazy chunk a
// country in the built app; generated/holidays, written by scripts/split-holidays.ts).
import { beforeAll, describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createPlanHandlers, type PlanTicketExtras } from '../../mocks/zendesk/plans';
import { server } from '../../mocks/node';
import { splitHolidayData } from '../../scripts/split-holidays';
import { lazyChunk, renderSidebar } from './render-sidebar';

beforeAll(() => {
  splitHolidayData();
});

async function payInFull(settings: Record<string, string>) {
  const rendered = renderSidebar(() => ({ settings }));
  server.use(...createPlanHandlers(rendered.world, new Map<number, PlanTicketExtras>()));
  const section = await screen.findByRole('region', { name: 'Payment plan' }, lazyChunk);
  await userEvent.click(within(section).getByRole('button', { name: 'Open' }));
  const input = await within(section).findByLabelText('Amount the customer can pay', {}, lazyChunk);
  await userEvent.type(input, '1250');
  await userEvent.click(within(section).getByRole('button', { name: 'Show options' }));
  await userEvent.click(await within(section).findByRole('radio', { name: 'Pay in full' }));
  await userEvent.click(within(section).getByRole('button', { name: 'Insert summary in reply' }));
  await within(section).findByText('The summary was added to the reply.');
  return { ...rendered, section };
}

describe('ticket sidebar: plans skip the admin’s country’s public holidays', () => {
  it('moves a payment past a closure day and Thanksgiving', async () => {
    // The test clock is 25 November 2026; Thanksgiving is the 26th.
    const { client } = await payInFull({
      policy_holidays: 'US',
      policy_closure_days: '2026-11-25',
    });
    expect(client.model.comment.text).toMatch(/One payment of \$1,250\.00 on November 27, 2026\./);
  });

  it('says the policy needs attention for a region the library does not know', async () => {
    renderSidebar(() => ({ settings: { policy_holidays: 'US-ZZ' } }));
    const section = await screen.findByRole('region', { name: 'Payment plan' }, lazyChunk);
    await userEvent.click(within(section).getByRole('button', { name: 'Open' }));
    expect(
      await within(section).findByText(/plan policy .* needs attention/, {}, lazyChunk),
    ).toBeInTheDocument();
    expect(within(section).queryByLabelText('Amount the customer can pay')).toBeNull();
  });
});
