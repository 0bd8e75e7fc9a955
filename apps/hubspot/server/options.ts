/**
 * What `createServer` is told, and the defaults it fills in for what it is not: one place for the
 * backend's knobs, so the assembly in server.ts only wires parts together.
 */
import type { Logger } from '../../../shared/ports';
import { hubspotBurstLimit } from './hubspot/limiter';
import { createJsonLogger } from './logger';
import type { Store } from './store/store';

/** How `createServer` is configured. Only the client id and secret are required. */
export interface ServerOptions {
  clientId: string;
  /** Signs the card's requests and webhooks (v3) and the OAuth exchange. */
  clientSecret: string;
  /**
   * The current 32-byte secret for tokens at rest (AES-256-GCM, key derived with HKDF) and the
   * OAuth state HMAC (its own HKDF-derived key); required when NODE_ENV is production.
   */
  encryptionKey?: Buffer;
  /** Secrets rotated out: tokens sealed with them still open (and are sealed anew on refresh). */
  previousEncryptionKeys?: readonly Buffer[];
  /** A ready store; otherwise one is opened from `databaseUrl` (PostgreSQL) or `sqlitePath` (default memory). */
  store?: Store;
  databaseUrl?: string;
  sqlitePath?: string;
  /**
   * The public origin HubSpot calls (`https://tactful.example.com`): part of every signed URL and the
   * OAuth redirect. Without it the server may only listen on loopback, and that address is used.
   */
  publicBaseUrl?: string;
  /** HubSpot's API root; the playground points it at its mock. */
  hubspotBaseUrl?: string;
  /** When set, requests and webhooks naming another app id are refused. */
  appId?: string;
  logger?: Logger;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** When set, `GET /metrics` answers only `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  /** Requests a portal may make to our endpoints a minute (default 300); over it, 429. */
  portalRequestsPerMinute?: number;
  /** Time one card request may take in all (the card's `hubspot.fetch` gives up at 15 s). */
  requestBudgetMs?: number;
  /**
   * HubSpot burst limit per portal (marketplace apps: 110 per 10 s). With PostgreSQL it holds across
   * every instance on the database, a taken slot staying taken `guardMs` longer (default 500 ms).
   */
  burst?: BurstLimit;
  /**
   * How long a contact's history page or collections view is served from this process's memory
   * before HubSpot is asked again (default 10 s; 0 turns the cache off). Our writes forget it.
   */
  contactReadTtlMs?: number;
}

/** HubSpot's burst limit as we hold ourselves to it. */
export interface BurstLimit {
  limit: number;
  windowMs: number;
  guardMs?: number;
}

/** The options every part needs, defaults filled in. */
export interface ServerBasics {
  logger: Logger;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Time one card request may take in all. */
  budgetMs: number;
  /** HubSpot's API root. */
  basePath: string;
  burst: BurstLimit;
}

/** Fills in the defaults: JSON logs, the real clock, a 10 s request budget, HubSpot's own limits. */
export function serverBasics(options: ServerOptions): ServerBasics {
  return {
    logger: options.logger ?? createJsonLogger(),
    now: options.now ?? (() => Date.now()),
    sleep:
      options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    budgetMs: options.requestBudgetMs ?? 10_000,
    basePath: options.hubspotBaseUrl ?? 'https://api.hubapi.com',
    burst: {
      limit: options.burst?.limit ?? hubspotBurstLimit.limit,
      windowMs: options.burst?.windowMs ?? hubspotBurstLimit.windowMs,
      ...(options.burst?.guardMs === undefined ? {} : { guardMs: options.burst.guardMs }),
    },
  };
}
