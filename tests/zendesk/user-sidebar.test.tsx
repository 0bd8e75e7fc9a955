// The user_sidebar location: a customer's collections summary and contact history on their Zendesk
// profile, read with two API requests. msw plays Zendesk; the fake ZAF client plays the profile page.
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { createZendeskHandlers, createZendeskWorld, type ZendeskWorld } from '../../mocks/zendesk';
import { createUserPageClient } from '../../mocks/zendesk/history-user-page';
import { server } from '../../mocks/node';
import { agentBrowserInNewYork, lazyChunk, renderApp } from './render-sidebar';

agentBrowserInNewYork();

function renderProfile(userId: number, prepare: (world: ZendeskWorld) => void = () => undefined) {
  const world = createZendeskWorld();
  prepare(world);
  server.use(...createZendeskHandlers(world));
  const client = createUserPageClient(world, userId);
  renderApp(client);
  return { world, client };
}

describe('user sidebar: the customer’s collections summary', () => {
  it('shows balance, due date, stage, flags and last contact from two API requests', async () => {
    const { world } = renderProfile(9008);
    const summary = await screen.findByRole('region', { name: 'Collections summary' }, lazyChunk);
    expect(within(summary).getByText('$640.00')).toBeInTheDocument();
    expect(within(summary).getByText('Due Jul 31, 2026')).toBeInTheDocument();
    expect(within(summary).getByText('Stage: 90+')).toBeInTheDocument();
    expect(within(summary).getByRole('group', { name: 'Flags' })).toHaveTextContent('Do not call');
    // Diego's ticket 8 came in by email on 17 Nov at 14:00 UTC.
    expect(
      within(summary).getByText('Last contact: Tue, Nov 17, 9:00 AM · Email'),
    ).toBeInTheDocument();

    const panel = screen.getByRole('region', { name: 'Contact history' });
    const call = within(panel).getByRole('listitem', { name: 'Call' });
    expect(within(call).getByText('The customer asked not to be called.')).toBeInTheDocument();
    expect(world.requests).toEqual([
      'GET /api/v2/users/9008.json',
      'GET /api/v2/users/9008/tickets/requested.json?sort=-updated_at&page[size]=25',
    ]);
  });

  it('says so when the customer has no balance recorded', async () => {
    renderProfile(9006);
    const summary = await screen.findByRole('region', { name: 'Collections summary' }, lazyChunk);
    expect(within(summary).getByText('No balance recorded')).toBeInTheDocument();
    expect(within(summary).getByText('No flags')).toBeInTheDocument();
  });
});
