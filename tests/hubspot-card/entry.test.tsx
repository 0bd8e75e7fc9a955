// The card's real entry file, loaded the way HubSpot loads it: in a (played) extension worker,
// where `hubspot.extend` hands over the record's context and actions and `hubspot.fetch` reaches
// our backend at its public URL (served here by msw).
import { describe, expect, it } from '@jest/globals';
import { server } from '../../mocks/node';
import { backendBaseUrl } from '../../apps/hubspot/card/host/backend-url';
import {
  collectionsReply,
  createMockActions,
  createMockContext,
  emptyPortalHandlers,
  loadEntryInWorker,
} from './factories';
import { http, HttpResponse } from 'msw';

describe('card entry (TactfulCard.tsx)', () => {
  it('registers with hubspot.extend and renders the contact with its invoices', async () => {
    const {
      worker,
      components: { Heading, Text },
      createRenderer,
    } = await loadEntryInWorker(() => import('../../apps/hubspot/card/TactfulCard'));

    server.use(
      ...emptyPortalHandlers(backendBaseUrl),
      http.get(`${backendBaseUrl}/api/contacts/:contactId/collections`, ({ params }) =>
        HttpResponse.json(
          collectionsReply({
            contactId: String(params['contactId']),
            invoices: [{ id: '9', balanceDue: { amount: '42.00', currency: 'USD' } }],
          }),
        ),
      ),
    );
    const element = worker.extended()({
      context: createMockContext(),
      actions: createMockActions(),
      runServerlessFunction: () => Promise.reject(new Error('not used')),
    });
    const { render, waitFor, find, findByTestId } = createRenderer('crm.record.tab');
    render(element);

    await waitFor(() => expect(find(Heading).text).toBe('Maria Lopez'));
    await waitFor(() => expect(findByTestId(Text, 'invoices-amount').text).toBe('$42.00'));
  });
});
