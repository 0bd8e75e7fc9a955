/**
 * Connecting to Zendesk once the app is registered: the client, an HttpPort over the proxy (identical
 * GETs in flight sharing one, the opening reads started at registration), retry waits bound to the
 * account's own origin, the installation's settings and the agent's locale: everything a panel
 * needs from the host.
 */
import { shareInFlightGets, type PageOptions } from '../../../shared/http';
import type { Clock, HttpPort, Result } from '../../../shared/ports';
import { ok } from '../../../shared/ports';
import { readAgentLocale } from './agent';
import { createZafHttpPort } from './http';
import { primeOpeningReads } from './opening';
import { primeableGets } from './primed-gets';
import { readShellSettings, type ShellSettings } from './settings';
import {
  readRegistration,
  type HostError,
  type ZafClient,
  type ZafContext,
  type ZafMetadata,
} from './zaf-client';

/** Everything a panel hook needs from the host, ready once the app is registered. */
export interface ZendeskHost {
  client: ZafClient;
  /**
   * Requests through the ZAF proxy, identical GETs in flight sharing one; wrap with shared/http
   * for retries and pages.
   */
  http: HttpPort;
  /** Waits between retries and names the account's origin; pass it to shared/http as `retry`. */
  retry: PageOptions;
  clock: Clock;
  context: ZafContext;
  metadata: ZafMetadata;
  settings: ShellSettings;
  /** The agent's locale (`currentUser.locale`), for strings and Intl formatting. */
  agentLocale: string;
}

/**
 * Reads the registration and the agent's locale (English when it cannot be read) over `client`.
 * Once registered, and while the locale is read, it calls `onRegistered` with the location (the UI
 * starts loading that location's code) and sends the location's opening reads (host/opening.ts).
 */
export async function connectHost(
  client: ZafClient,
  sleep: (milliseconds: number) => Promise<void>,
  clock: Clock,
  onRegistered: (location: string) => void = () => undefined,
): Promise<Result<ZendeskHost, HostError>> {
  const registered = await readRegistration(client);
  if (!registered.ok) return registered;
  const { metadata, context } = registered.value;
  onRegistered(context.location);
  // Panels that open together read the same records (the customer card and the history panel
  // both read the requester); identical GETs in flight share one proxy request, and the opening
  // reads go out now instead of after the panels' code has loaded.
  const http = primeableGets(shareInFlightGets(createZafHttpPort(client)), clock);
  void primeOpeningReads(client, http, context.location);
  const locale = await readAgentLocale(client);
  return ok({
    client,
    http,
    // Pages of a listing may only come from the account's own Zendesk (issue 21).
    retry: {
      sleep,
      ...(context.account === undefined
        ? {}
        : { origin: `https://${context.account.subdomain}.zendesk.com` }),
    },
    clock,
    context,
    metadata,
    settings: readShellSettings(metadata.settings),
    agentLocale: locale.ok ? locale.value : 'en',
  });
}
