/**
 * The user's language's catalog, fetched from our backend once per load of the card instead of
 * bundled (issue 16: both languages' catalogs were a third of the card's 96 KB gzipped). The reply
 * is checked by the contract; until it is at hand the card says only what it bundles
 * (shared/i18n/compiled/card-opening-*.json).
 */
import type { CatalogLanguage, CompiledMessages } from '../../../../shared/i18n/translator';
import { err, ok, type Result } from '../../../../shared/ports';
import { catalogPaths, catalogReplySchema } from '../../contract';
import type { BackendClient, BackendError } from './backend-client';

async function fetchCatalog(
  backend: BackendClient,
  language: CatalogLanguage,
): Promise<Result<CompiledMessages, BackendError>> {
  const reply = await backend.request({ path: catalogPaths.catalog(language) }, catalogReplySchema);
  if (!reply.ok) return reply;
  if (reply.value.language !== language) {
    return err({
      code: 'malformed-reply',
      message: `Asked for ${language}, got ${reply.value.language}`,
    });
  }
  return ok(reply.value.messages);
}

// Kept for as long as the card's code is loaded (an open of the card): the card, its settings
// page and outcomes page sharing the code read the same catalog. A failure is not kept, so a
// Retry asks again.
const loads = new Map<CatalogLanguage, Promise<Result<CompiledMessages, BackendError>>>();
const arrived = new Map<CatalogLanguage, CompiledMessages>();

/** Fetches `language`'s catalog; resolves at once once it has arrived. */
export function loadCardCatalog(
  backend: BackendClient,
  language: CatalogLanguage,
): Promise<Result<CompiledMessages, BackendError>> {
  const kept = loads.get(language);
  if (kept !== undefined) return kept;
  const load = fetchCatalog(backend, language);
  loads.set(language, load);
  void load.then((result) => {
    if (result.ok) arrived.set(language, result.value);
    else if (loads.get(language) === load) loads.delete(language);
  });
  return load;
}

/** `language`'s catalog if it has arrived, so a card opened after it renders without waiting. */
export function arrivedCardCatalog(language: CatalogLanguage): CompiledMessages | undefined {
  return arrived.get(language);
}
