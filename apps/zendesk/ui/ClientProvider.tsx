/**
 * Initialises the ZAF client once, waits for `app.registered`, and only then renders the app with
 * the client, an HttpPort over the proxy, the installation's settings and the agent's locale.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { shareInFlightGets, type PageOptions } from '../../../shared/http';
import { createTranslator } from '../../../shared/i18n';
import type { Clock, HttpPort } from '../../../shared/ports';
import { readAgentLocale } from '../host/agent';
import { createZafHttpPort } from '../host/http';
import { readShellSettings, type ShellSettings } from '../host/settings';
import {
  initZafClient,
  readRegistration,
  type ZafClient,
  type ZafContext,
  type ZafMetadata,
} from '../host/zaf-client';

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

const HostContext = createContext<ZendeskHost | undefined>(undefined);

/** Real timers and clock; tests pass their own to stay instant and deterministic. */
const browserSleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));
const browserClock: Clock = { now: () => new Date() };

export interface ClientProviderProps {
  /** Makes the ZAF client; defaults to the SDK's `ZAFClient.init()`. Called once. */
  createClient?: () => ZafClient | false;
  sleep?: (milliseconds: number) => Promise<void>;
  clock?: Clock;
  /** Shown until registration (and while it fails). */
  fallback?: ReactNode;
  children: ReactNode;
}

type Registration =
  | { state: 'waiting' }
  | { state: 'ready'; host: ZendeskHost }
  /** Not opened by Zendesk, or the host's registration could not be read. */
  | { state: 'failed'; reason: 'app.notInZendesk' | 'errors.host' };

/** Before registration there is no agent locale yet: the browser's language speaks for them. */
const browserTranslator = () =>
  createTranslator(typeof navigator === 'undefined' ? 'en' : navigator.language);

/** Provides the ZAF client to `useClient()`/`useHost()`; renders children only after registration. */
export function ClientProvider({
  createClient = initZafClient,
  sleep = browserSleep,
  clock = browserClock,
  fallback = null,
  children,
}: ClientProviderProps) {
  // useState's initialiser runs once per mount: exactly one client, one handshake.
  const [client] = useState(createClient);
  const [registration, setRegistration] = useState<Registration>(() =>
    client === false ? { state: 'failed', reason: 'app.notInZendesk' } : { state: 'waiting' },
  );

  useEffect(() => {
    if (client === false) return;
    let active = true;
    void (async () => {
      const registered = await readRegistration(client);
      if (!registered.ok) {
        if (active) setRegistration({ state: 'failed', reason: 'errors.host' });
        return;
      }
      const locale = await readAgentLocale(client);
      const agentLocale = locale.ok ? locale.value : 'en';
      const { metadata, context } = registered.value;
      const host: ZendeskHost = {
        client,
        // Panels that open together read the same records (the customer card and the history
        // panel both read the requester); identical GETs in flight share one proxy request.
        http: shareInFlightGets(createZafHttpPort(client)),
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
        agentLocale,
      };
      if (active) setRegistration({ state: 'ready', host });
    })();
    return () => {
      active = false;
    };
  }, [client, sleep, clock]);

  if (registration.state === 'failed') {
    return <p role="alert">{browserTranslator()(registration.reason)}</p>;
  }
  if (registration.state === 'waiting') return <>{fallback}</>;
  return <HostContext.Provider value={registration.host}>{children}</HostContext.Provider>;
}

/** The host services; throws outside `ClientProvider` (a wiring bug, not a user-facing state). */
export function useHost(): ZendeskHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost/useClient must be used inside <ClientProvider>');
  return host;
}

/** The ZAF client; throws outside `ClientProvider`. */
export function useClient(): ZafClient {
  return useHost().client;
}
