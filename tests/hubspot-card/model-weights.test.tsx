// The tone model's weights come from our backend when the card loads (issue 16: the card no longer
// bundles them). Until they arrive the draft box says "Checking the draft…", as the Zendesk
// sidebar does while its model loads, and never a verdict from the word rules alone; once they
// have loaded, the model's findings appear. The backend is played by msw at the network boundary
// (mocks/hubspot/model-weights.ts answers with the backend's own reply); this file is the card's
// first load of the weights, so nothing is installed before it.
import { describe, expect, it } from '@jest/globals';
import { StatusTag, Text, TextArea } from '@hubspot/ui-extensions';
import { http } from 'msw';
import { modelPaths } from '../../apps/hubspot/contract';
import { server } from '../../mocks/node';
import { settingsHandler, testBackendUrl } from './factories';
import { englishContact, renderPanels, toneOnly } from './render-panels';

/**
 * A hedge the word rules read as kind when this test was written (the model's second opinion blocks
 * it), so a verdict shown before the weights arrive would have been a wrong "Kind and clear".
 */
const hedgedThreat = "Your boss wouldn't love a call about this, would they?";

/** Loading the weights and the first check take their time on a busy machine. */
const patient = { timeoutInMs: 15_000 };

describe('HubSpot card: the tone model’s weights from the backend', () => {
  it('says it is checking until the weights arrive, then shows the model’s finding', async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = 0;
    server.use(
      settingsHandler(),
      // Holds the weights back, then lets the backend's own reply through (the default handler).
      http.get(`${testBackendUrl}${modelPaths.weights('tone')}`, async () => {
        asked += 1;
        await released;
        return undefined;
      }),
    );
    const renderer = renderPanels(toneOnly, englishContact);
    await renderer.waitFor(() => expect(renderer.find(TextArea).props.label).toBeTruthy());
    renderer.find(TextArea).props.onInput?.(hedgedThreat);

    await renderer.waitFor(
      () => expect(renderer.findByTestId(Text, 'draft-checking').text).toBe('Checking the draft…'),
      patient,
    );
    expect(renderer.maybeFindByTestId(StatusTag, 'draft-verdict')).toBeNull();
    expect(renderer.maybeFindByTestId(Text, 'finding-0-excerpt')).toBeNull();

    release();
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(StatusTag, 'draft-verdict').text).toBe(
          'Do not send as written',
        ),
      patient,
    );
    expect(renderer.findByTestId(Text, 'finding-0-excerpt').text).toMatch(/^".+"$/);
    expect(renderer.maybeFindByTestId(Text, 'draft-checking')).toBeNull();
    expect(renderer.maybeFindByTestId(Text, 'draft-rules-only')).toBeNull();
    expect(asked).toBe(1);
  });
});
