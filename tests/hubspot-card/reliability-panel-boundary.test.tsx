// One panel failing never blanks the card: when HubSpot's SDK throws as the overview panel subscribes
// to property updates, that panel shows an error state with Retry and the other panels keep working.
import { describe, expect, it, jest } from '@jest/globals';
import { Button, ErrorState, Heading, TextArea } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { server } from '../../mocks/node';
import {
  collectionsHandler,
  createMockActions,
  createTestServices,
  engagementsHandler,
  settingsHandler,
  patiently,
} from './factories';

describe('HubSpot card: a crashing panel', () => {
  it('shows that panel’s error with Retry while the others keep working', async () => {
    server.use(collectionsHandler(), engagementsHandler(), settingsHandler());
    const actions = createMockActions();
    let broken = true;
    actions.onCrmPropertiesUpdate.mockImplementation(() => {
      if (broken) throw new TypeError('HubSpot SDK: subscription failed');
    });
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const renderer = createRenderer('crm.record.tab');
    renderer.render(<Card services={createTestServices({ actions })} />);

    await renderer.waitFor(() => expect(renderer.findAll(ErrorState)).toHaveLength(1), patiently);
    const failed = renderer.find(ErrorState);
    expect(failed.props.title).toMatch(/could not be shown/);
    // The tone panel below still works.
    await renderer.waitFor(
      () => expect(renderer.findByTestId(TextArea, 'draft')).toBeDefined(),
      patiently,
    );

    broken = false;
    failed.find(Button).trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(ErrorState)).toHaveLength(0), patiently);
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Heading, 'customer-name').text).toBe('Maria Lopez'),
      patiently,
    );
    logged.mockRestore();
  });
});
