/**
 * Our backend's catalog route (`GET /api/catalog/:language`) for the card's tests, which talk to a
 * backend played by msw: the very reply and cache headers the backend sends (its `catalogPayload`),
 * so a card test reads the real catalog. The playground reaches the real backend.
 */
import { http, HttpResponse } from 'msw';
import { catalogLanguages, type CatalogLanguage } from '../../shared/i18n/translator';
import { catalogPaths } from '../../apps/hubspot/contract';
import { catalogPayload } from '../../apps/hubspot/server/language/catalog';
import { catalogHeaders } from '../../apps/hubspot/server/routes/catalog';
import { testCardBackendUrl } from './language';

const isCatalogLanguage = (language: unknown): language is CatalogLanguage =>
  catalogLanguages.some((known) => known === language);

/** Answers the catalog route at `baseUrl` as the backend does (400 for a language it has not). */
export function catalogHandlers(baseUrl: string = testCardBackendUrl) {
  const route = catalogPaths.catalog('en').replace(/en$/, ':language');
  return [
    http.get(`${baseUrl}${route}`, ({ params }) => {
      const language = params['language'];
      if (!isCatalogLanguage(language)) {
        return HttpResponse.json(
          { error: { code: 'bad-request', message: 'Invalid catalog language: language.' } },
          { status: 400 },
        );
      }
      const payload = catalogPayload(language);
      return new HttpResponse(payload.json, {
        headers: { 'content-type': 'application/json; charset=utf-8', ...catalogHeaders(payload) },
      });
    }),
  ];
}
