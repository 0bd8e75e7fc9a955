/**
 * The card's message catalog as a backend route (issue 16): the card bundles only the words it says
 * before the catalog arrives (shared/i18n/compiled/card-opening-*.json) and the core's own
 * (core-*.json), and fetches the user's language's catalog from our backend, so neither language's
 * whole catalog (a third of the card's bundle) ships in it.
 */
import * as z from 'zod/mini';
import { catalogLanguages, type CatalogLanguage } from '../../../shared/i18n/translator';

/** Path of the catalog route, relative to the backend's public base URL. */
export const catalogPaths = {
  catalog: (language: CatalogLanguage) => `/api/catalog/${language}`,
} as const;

/** The route's parameter: a catalog language (`en`, `es`). */
export const catalogParamsSchema = z.object({ language: z.enum(catalogLanguages) });

/**
 * A compiled message as shared/i18n/compile.ts writes it: its text, or the ICU elements the
 * catalog's formatter reads (format-compiled.ts checks each element as it formats it).
 */
const compiledMessageSchema = z.union([z.string(), z.array(z.unknown())]);

/**
 * `GET /api/catalog/:language`: the language's shared catalog and the card's own messages
 * (`compiled/<language>.json` with `hubspot-<language>.json`), and the content's version (its ETag).
 */
export const catalogReplySchema = z.object({
  language: z.enum(catalogLanguages),
  version: z.string(),
  messages: z.record(z.string(), compiledMessageSchema),
});
export type CatalogReply = z.infer<typeof catalogReplySchema>;
