// The card's catalog, as the card fetches it from our backend (played by msw, mocks/hubspot/catalog.ts),
// loaded before each file's first test: the card then renders its panels at once, as it does once the
// catalog has arrived, and no test's recorded requests hold the catalog's. tests/hubspot-card/catalog.test.tsx
// renders the card before it arrives and when it fails.
import { beforeAll } from '@jest/globals';
import { createBackendClient } from '../../apps/hubspot/card/host/backend-client';
import { loadCardCatalog } from '../../apps/hubspot/card/host/catalog';
import { createFetchTransport } from '../../apps/hubspot/card/host/fetch-transport';
import { catalogLanguages } from '../../shared/i18n/translator';
import { testCardBackendUrl } from '../../mocks/hubspot/language';

beforeAll(async () => {
  const backend = createBackendClient({
    baseUrl: testCardBackendUrl,
    transport: createFetchTransport(),
  });
  for (const language of catalogLanguages) {
    const loaded = await loadCardCatalog(backend, language);
    if (!loaded.ok)
      throw new Error(`The card's ${language} catalog did not load: ${loaded.error.message}`);
  }
});
