// The card fetches its user's language's catalog from our backend (issue 16) and says nothing in its
// place: while it loads, a spinner; if it cannot be had, why and Retry; both in the user's language,
// from the few words the card bundles. Each test loads the card's modules afresh (the setup file has
// already loaded the catalog into the ones the other tests share), so the card opens without it.
import { describe, expect, it, jest } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { catalogPaths } from '../../apps/hubspot/contract';
import { catalogHandlers } from '../../mocks/hubspot/catalog';
import { server } from '../../mocks/node';
import { testBackendUrl, patiently } from './factories';

const catalogUrl = `${testBackendUrl}${catalogPaths.catalog('es')}`;

/** No text the user reads is a catalog key (`card.errors.network.title`, `tone.title`). */
const rawKey =
  /\b(?:card|tone|plans|history|settings|customer|errors)\.[a-zA-Z-]+(?:\.[a-zA-Z-]+)*\b/;

/** The card for a Spanish-speaking user, rendered from modules with no catalog loaded yet. */
async function renderSpanishCardAfresh() {
  const { Button, ErrorState, Heading, LoadingSpinner, Text } =
    await import('@hubspot/ui-extensions');
  const { createRenderer } = await import('@hubspot/ui-extensions/testing');
  const { Card } = await import('../../apps/hubspot/card/ui/Card');
  const factories = await import('./factories');
  server.use(...factories.emptyPortalHandlers(), factories.collectionsHandler());
  const renderer = createRenderer('crm.record.tab');
  const services = factories.createTestServices({
    context: factories.createMockContext({ user: { locale: 'es-ES' } }),
  });
  renderer.render(<Card services={services} />);
  const headings = () => renderer.findAll(Heading).map((heading) => heading.text ?? '');
  return { renderer, headings, Button, ErrorState, LoadingSpinner, Text };
}

describe('HubSpot card before its catalog is at hand', () => {
  it('shows its loading state in the user’s language until the catalog arrives, then the card', async () => {
    let release = (): void => undefined;
    const arrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.get(catalogUrl, async () => {
        await arrived;
        return undefined; // on to the backend's own reply (mocks/hubspot/catalog.ts)
      }),
    );
    await jest.isolateModulesAsync(async () => {
      const { renderer, headings, LoadingSpinner } = await renderSpanishCardAfresh();
      expect(renderer.find(LoadingSpinner).props.label).toBe('Cargando…');
      expect(headings()).toEqual([]);
      release();
      await renderer.waitFor(() => expect(headings()).toContain('Revisión del tono'), patiently);
      expect(renderer.maybeFind(LoadingSpinner, { label: 'Cargando…' })).toBeNull();
    });
  });

  it('says why when the catalog cannot be had, and Retry brings the card', async () => {
    server.use(
      http.get(catalogUrl, () =>
        HttpResponse.json(
          { error: { code: 'internal', message: 'Something failed.' } },
          { status: 500 },
        ),
      ),
    );
    await jest.isolateModulesAsync(async () => {
      const { renderer, headings, Button, ErrorState, Text } = await renderSpanishCardAfresh();
      await renderer.waitFor(
        () => expect(renderer.maybeFindByTestId(ErrorState, 'catalog-error')).not.toBeNull(),
        patiently,
      );
      const error = renderer.findByTestId(ErrorState, 'catalog-error');
      expect(error.props.title).toBe('Tactful tuvo un problema');
      const words = [
        error.props.title ?? '',
        ...renderer.findAll(Text).map((text) => text.text ?? ''),
      ];
      expect(words.filter((word) => rawKey.test(word))).toEqual([]);
      expect(renderer.findByTestId(Button, 'catalog-retry').text).toBe('Reintentar');
      expect(headings()).toEqual([]);

      server.use(...catalogHandlers());
      renderer.findByTestId(Button, 'catalog-retry').trigger('onClick');
      await renderer.waitFor(() => expect(headings()).toContain('Revisión del tono'), patiently);
      expect(renderer.maybeFindByTestId(ErrorState, 'catalog-error')).toBeNull();
    });
  });
});
