// The card's real entry file, loaded the way HubSpot loads it: in a (played) extension worker,
// where `hubspot.extend` hands over the record's context and actions and `hubspot.fetch` reaches
// our backend at its public URL (served here by msw).
import { describe, expect, it } from '@jest/globals';
import { server } from '../../mocks/node';
import { backendBaseUrl } from '../../apps/hubspot/card/host/backend-url';
import {
  anyContactCollectionsHandler,
  emptyPortalHandlers,
  loadCardEntry,
  patiently,
} from './factories';

describe('card entry (TactfulCard.tsx)', () => {
  it('registers with hubspot.extend and renders the contact with its invoices', async () => {
    const { openEntry, components, createRenderer } = await loadCardEntry();
    const { Heading, Text } = components;

    server.use(
      ...emptyPortalHandlers(backendBaseUrl),
      anyContactCollectionsHandler(backendBaseUrl, {
        invoices: [{ id: '9', balanceDue: { amount: '42.00', currency: 'USD' } }],
      }),
    );
    const element = openEntry();
    const { render, waitFor, find, findByTestId } = createRenderer('crm.record.tab');
    render(element);

    await waitFor(() => expect(find(Heading).text).toBe('Maria Lopez'), patiently);
    await waitFor(
      () => expect(findByTestId(Text, 'invoices-amount').text).toBe('$42.00'),
      patiently,
    );
  });
});
