/**
 * One kind of read from HubSpot, kept for a short time in this process's memory, per portal and
 * contact:
 * - a fresh answer is served without calling HubSpot;
 * - identical reads in flight at the same time share one load (single flight);
 * - forgetting a contact (our own write, a deletion) or a portal (an uninstall) drops its answers,
 *   and a load already in flight for it is not kept, since it may predate the write.
 * Only successful answers are kept, never written anywhere, and bounded in count and size (least
 * recently used go first). Expiry is read from the injected clock, so tests never sleep.
 */
import { LRUCache } from 'lru-cache';
import type { Result } from '../../../../shared/ports';
import type { BackendError } from '../errors';

/** How a read cache is sized and timed. */
export interface ReadCacheOptions<T> {
  /** How long an answer is served without asking HubSpot again (0: answers are never kept). */
  ttlMs: number;
  /** Most answers kept. */
  maxEntries: number;
  /** Most characters of answers kept, measured by `sizeOf` (default: the answer's JSON length). */
  maxChars: number;
  /** An answer's size (its JSON would count a Buffer's every byte as a number in an array). */
  sizeOf?: (value: T) => number;
  now: () => number;
}

/** A cached read kind. */
export interface ReadCache<T> {
  /**
   * The answer for `key` (what tells reads of one contact apart, e.g. a page's limit and cursor):
   * fresh from memory, shared with an identical load in flight, or from `load`.
   */
  read(
    portalId: number,
    contactId: string,
    key: string,
    load: () => Promise<Result<T, BackendError>>,
  ): Promise<Result<T, BackendError>>;
  forgetContact(portalId: number, contactId: string): void;
  forgetPortal(portalId: number): void;
  /** Drops answers past their TTL (they are never served; this frees their memory). */
  purgeExpired(): void;
}

interface Entry<T> {
  value: T;
  expiresAt: number;
}

// The trailing slash keeps contact 12 from matching contact 123, portal 7 from portal 70.
const contactPrefix = (portalId: number, contactId: string) => `${portalId}/${contactId}/`;
const portalPrefix = (portalId: number) => `${portalId}/`;

/** A read cache with its own bound. */
export function createReadCache<T>(options: ReadCacheOptions<T>): ReadCache<T> {
  const entries = new LRUCache<string, Entry<T>>({
    max: options.maxEntries,
    maxSize: options.maxChars,
    sizeCalculation: (entry) =>
      Math.max(
        1,
        options.sizeOf ? options.sizeOf(entry.value) : JSON.stringify(entry.value).length,
      ),
  });
  const inFlight = new Map<string, Promise<Result<T, BackendError>>>();

  const forget = (prefix: string) => {
    // Keys collected first: deleting from an LRUCache while iterating it skips entries.
    for (const key of [...entries.keys()]) if (key.startsWith(prefix)) entries.delete(key);
    for (const key of [...inFlight.keys()]) if (key.startsWith(prefix)) inFlight.delete(key);
  };

  return {
    async read(portalId, contactId, key, load) {
      const id = `${contactPrefix(portalId, contactId)}${key}`;
      const cached = entries.get(id);
      if (cached && cached.expiresAt > options.now()) return { ok: true, value: cached.value };
      const pending = inFlight.get(id);
      if (pending) return pending;
      const loading = load();
      inFlight.set(id, loading);
      try {
        const answer = await loading;
        // Kept only when nothing forgot this contact while it loaded.
        if (answer.ok && options.ttlMs > 0 && inFlight.get(id) === loading) {
          entries.set(id, { value: answer.value, expiresAt: options.now() + options.ttlMs });
        }
        return answer;
      } finally {
        if (inFlight.get(id) === loading) inFlight.delete(id);
      }
    },
    forgetContact: (portalId, contactId) => forget(contactPrefix(portalId, contactId)),
    forgetPortal: (portalId) => forget(portalPrefix(portalId)),
    purgeExpired() {
      const now = options.now();
      for (const [key, entry] of [...entries.entries()]) {
        if (entry.expiresAt <= now) entries.delete(key);
      }
    },
  };
}
