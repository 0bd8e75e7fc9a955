// When the tone model's weights cannot be had (here the backend's reply is not a tone model, so
// the model's own parser refuses it), the card says so plainly and keeps checking with the word
// rules, in the shared view's words. The backend is played by msw at the network boundary; this
// file is the card's first load of the weights, so nothing is installed before it.
import { describe, expect, it } from '@jest/globals';
import { StatusTag, Text, TextArea } from '@hubspot/ui-extensions';
import { http, HttpResponse } from 'msw';
import { modelPaths } from '../../apps/hubspot/contract';
import { server } from '../../mocks/node';
import { settingsHandler, testBackendUrl } from './factories';
import { englishContact, renderPanels, toneOnly } from './render-panels';

const patient = { timeoutInMs: 15_000 };

describe('HubSpot card: the tone model’s weights cannot be loaded', () => {
  it('says only the word rules are checking, and still shows their findings', async () => {
    server.use(
      settingsHandler(),
      http.get(`${testBackendUrl}${modelPaths.weights('tone')}`, () =>
        HttpResponse.json({
          model: 'tone',
          version: '0123456789abcdef',
          weights: { version: 3, buckets: 4 },
        }),
      ),
    );
    const renderer = renderPanels(toneOnly, englishContact);
    await renderer.waitFor(() => expect(renderer.find(TextArea).props.label).toBeTruthy());
    renderer
      .find(TextArea)
      .props.onInput?.("Hi Maria, you haven't paid your bill. Can we find a date that suits you?");

    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Text, 'draft-rules-only').text).toMatch(
          /learned check could not load, so only its word rules are checking/,
        ),
      patient,
    );
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(StatusTag, 'draft-verdict').text).toBe(
          'Review before sending',
        ),
      patient,
    );
    expect(renderer.findByTestId(Text, 'finding-0-excerpt').text).toBe(
      `"you haven't paid your bill."`,
    );
  });
});
