/**
 * A Spanish-speaking HubSpot user (`context.user.locale` es-ES) gets the card in Spanish, from the
 * shared catalog; an English one gets it in English.
 */
import { describe, expect, it } from '@jest/globals';
import { StatusTag, TextArea } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { backendPaths } from '../../apps/hubspot/contract';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { TonePanel } from '../../apps/hubspot/card/ui/panels/tone/TonePanel';
import { defaultSettings } from '../../shared/settings';
import {
  contactProperties,
  createMockContext,
  createTestServices,
  testBackendUrl,
} from './factories';

function renderTone(locale: string) {
  server.use(
    http.get(`${testBackendUrl}${backendPaths.settings}`, () =>
      HttpResponse.json({ settings: { ...defaultSettings } }),
    ),
  );
  const renderer = createRenderer('crm.record.tab');
  renderer.render(
    <Card
      services={createTestServices({
        context: createMockContext({ user: { locale } }),
        properties: contactProperties({ hs_language: 'en' }),
      })}
      panels={[{ id: 'tone', title: 'tone.title', Panel: TonePanel }]}
    />,
  );
  return renderer;
}

describe("HubSpot card: the user's language", () => {
  it.each([
    ['es-ES', 'Mensaje para el cliente', 'Revísalo antes de enviar'],
    ['en-US', 'Message to the customer', 'Review before sending'],
  ])('%s: the draft box and its verdict', async (locale, label, verdict) => {
    const renderer = renderTone(locale);
    await renderer.waitFor(() => expect(renderer.find(TextArea).props.label).toBe(label));
    renderer.find(TextArea).props.onInput?.("You haven't paid your bill.");
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(StatusTag, 'draft-verdict').text).toBe(verdict),
    );
  });
});
