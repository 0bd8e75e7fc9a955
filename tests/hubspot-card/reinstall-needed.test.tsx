// The card when HubSpot no longer honours the portal's installation: the agent is told at once that
// an admin must reinstall Tactful, instead of a generic "not installed" or "try again".
import { describe, expect, it } from '@jest/globals';
import { ErrorState, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { server } from '../../mocks/node';
import { Card } from '../../apps/hubspot/card/ui/Card';
import {
  collectionsHandler,
  createTestServices,
  emptyPortalHandlers,
  patiently,
} from './factories';

const broken = {
  error: {
    code: 'reinstall-needed',
    message: 'HubSpot no longer accepts this installation of Tactful.',
  },
};

describe('HubSpot card on a broken installation', () => {
  it('says an admin must reinstall Tactful where the invoices would be', async () => {
    server.use(...emptyPortalHandlers(), collectionsHandler(broken, { status: 403 }));
    const renderer = createRenderer('crm.record.tab');
    renderer.render(<Card services={createTestServices()} />);
    const { waitFor, findByTestId } = renderer;
    await waitFor(
      () =>
        expect(findByTestId(ErrorState, 'invoices-error').props.title).toBe(
          'Tactful needs to be reinstalled',
        ),
      patiently,
    );
    expect(findByTestId(ErrorState, 'invoices-error').find(Text).text).toContain(
      'Ask a HubSpot admin to reinstall the Tactful app.',
    );
  });
});
