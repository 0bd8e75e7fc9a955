/**
 * A Spanish-speaking HubSpot user (`context.user.locale` es-ES) gets the card in Spanish, from the
 * shared catalog; an English one gets it in English.
 */
import { describe, expect, it } from '@jest/globals';
import { Alert, StatusTag, Text, TextArea } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { server } from '../../mocks/node';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { OverviewPanel } from '../../apps/hubspot/card/ui/panels/overview/OverviewPanel';
import { TonePanel } from '../../apps/hubspot/card/ui/panels/tone/TonePanel';
import {
  collectionsHandler,
  contactProperties,
  createMockContext,
  createTestServices,
  emptyPortalHandlers,
  loadModelsBeforeAll,
  settingsHandler,
  patiently,
} from './factories';

loadModelsBeforeAll();

function renderTone(locale: string) {
  server.use(settingsHandler());
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
    await renderer.waitFor(
      () => expect(renderer.find(TextArea).props.label).toBe(label),
      patiently,
    );
    renderer.find(TextArea).props.onInput?.("You haven't paid your bill.");
    await renderer.waitFor(
      () => expect(renderer.findByTestId(StatusTag, 'draft-verdict').text).toBe(verdict),
      patiently,
    );
  });

  it.each([
    ['es-ES', 'tactful_due_date "31/12/2026" no es una fecha', 'tactful_flag_cease_since "ayer"'],
    ['en-US', 'tactful_due_date "31/12/2026" is not a date', 'tactful_flag_cease_since "ayer"'],
  ])('%s: which contact property could not be read, and why', async (locale, due, flag) => {
    server.use(...emptyPortalHandlers(), collectionsHandler());
    const renderer = createRenderer('crm.record.tab');
    renderer.render(
      <Card
        services={createTestServices({
          context: createMockContext({ user: { locale } }),
          properties: contactProperties({
            tactful_due_date: '31/12/2026',
            tactful_flag_cease_since: 'ayer',
          }),
        })}
        panels={[{ id: 'overview', title: 'card.overview.title', Panel: OverviewPanel }]}
      />,
    );
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Alert, 'balance-unreadable').text).toContain(due),
      patiently,
    );
    expect(renderer.findByTestId(Alert, 'flags-unreadable').text).toContain(flag);
    // The invoices read settles inside the test, not after msw's handlers are reset.
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Text, 'invoices-none')).toBeDefined(),
      patiently,
    );
  });
});
