/**
 * The card's contact reads that are cached: history pages (ten HubSpot calls each) and the
 * collections view (up to three), each per portal and contact with a short TTL. HubSpot allows an
 * app 110 calls a portal in any 10 s (hubspot/limiter.ts), so without this twenty agents on one
 * contact would queue behind each other at HubSpot's limit. Our writes to a contact, its deletion and
 * the portal's uninstall forget it. Kept as checked JSON (http/contractJson.ts), so a cached answer
 * costs no second check. In this process's memory only: the store holds installations,
 * tokens and idempotency records, never customer text; another instance's writes are not seen here,
 * and the TTL bounds how stale that leaves this one.
 */
import type { LatestInboundEmail } from '../../contract';
import type { ContractJson } from '../http/contractJson';
import { createReadCache, type ReadCache } from './readCache';

/**
 * A page of engagements as the card receives it and, for the first page, the contact's newest
 * inbound email, kept beside it for the signals route and never sent to the card.
 */
export interface CachedEngagementPage extends ContractJson {
  readonly latestInboundEmail?: LatestInboundEmail;
}

/** How the contact reads are cached. */
export interface ContactReadsOptions {
  /** How long an answer is served before HubSpot is asked again (0: nothing is cached). */
  ttlMs: number;
  now: () => number;
}

/** The cached reads and their invalidation. */
export interface ContactReads {
  engagements: ReadCache<CachedEngagementPage>;
  collections: ReadCache<ContractJson>;
  /** After our own write to the contact, or its deletion. */
  forgetContact(portalId: number, contactId: string): void;
  /** After an uninstall. */
  forgetPortal(portalId: number): void;
  purgeExpired(): void;
}

/** One HubSpot burst window: a contact read every agent repeats costs its calls once a window. */
export const defaultContactReadTtlMs = 10_000;
/** Per kind: about 5,000 answers or 16 MiB of JSON (a full history page is about 80 KB). */
const maxEntries = 5_000;
const maxChars = 16 * 1024 * 1024;

/** A cached answer's bytes, and the inbound email kept beside a first page as JSON would count it. */
const sizeOf = (value: CachedEngagementPage) =>
  value.bytes.length +
  (value.latestInboundEmail === undefined ? 0 : JSON.stringify(value.latestInboundEmail).length);

/** The card's contact read caches. */
export function createContactReads(options: ContactReadsOptions): ContactReads {
  const sizing = { ...options, maxEntries, maxChars, sizeOf };
  const caches = [
    createReadCache<CachedEngagementPage>(sizing),
    createReadCache<ContractJson>(sizing),
  ] as const;
  const [engagements, collections] = caches;
  return {
    engagements,
    collections,
    forgetContact: (portalId, contactId) =>
      caches.forEach((cache) => cache.forgetContact(portalId, contactId)),
    forgetPortal: (portalId) => caches.forEach((cache) => cache.forgetPortal(portalId)),
    purgeExpired: () => caches.forEach((cache) => cache.purgeExpired()),
  };
}
