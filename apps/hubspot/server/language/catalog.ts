/**
 * The card's catalog replies (issue 16): each language's shared messages and the card's own, as
 * shared/i18n/compile.ts wrote them, serialised once per process. They change only with a deploy,
 * so each carries its content's hash as its version (the ETag of `GET /api/catalog/:language`).
 */
import { createHash } from 'node:crypto';
import compiledEn from '../../../../shared/i18n/compiled/en.json';
import compiledEs from '../../../../shared/i18n/compiled/es.json';
import hubspotEn from '../../../../shared/i18n/compiled/hubspot-en.json';
import hubspotEs from '../../../../shared/i18n/compiled/hubspot-es.json';
import type { CatalogLanguage, CompiledMessages } from '../../../../shared/i18n/translator';

/** One language's reply: its JSON as sent and its version. */
export interface CatalogPayload {
  version: string;
  json: string;
}

const parts: Record<CatalogLanguage, readonly CompiledMessages[]> = {
  en: [compiledEn, hubspotEn],
  es: [compiledEs, hubspotEs],
};

const payloads = new Map<CatalogLanguage, CatalogPayload>();

/** `language`'s catalog reply, built on first use and kept for the life of the process. */
export function catalogPayload(language: CatalogLanguage): CatalogPayload {
  const kept = payloads.get(language);
  if (kept !== undefined) return kept;
  const messages: CompiledMessages = Object.fromEntries(
    parts[language].flatMap((part) => Object.entries(part)),
  );
  const version = createHash('sha256').update(JSON.stringify(messages)).digest('hex').slice(0, 16);
  // The contract's `catalogReplySchema` (the route's reply schema, and the card's check).
  const payload = { version, json: JSON.stringify({ language, version, messages }) };
  payloads.set(language, payload);
  return payload;
}
