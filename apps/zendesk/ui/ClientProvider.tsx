/**
 * Initialises the ZAF client once, waits for `app.registered`, and only then renders the app with
 * the client, an HttpPort over the proxy, the installation's settings and the agent's locale.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Clock } from '../../../shared/ports';
import { connectHost, type ZendeskHost } from '../host/connect';
import { initZafClient, type ZafClient } from '../host/zaf-client';
import type { EarlyConnection } from './early-host';
import { I18nProvider, useI18n } from './i18n';

export type { ZendeskHost } from '../host/connect';

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
  /** Called with the location once registered, before the agent's locale is read. Keep it stable. */
  onRegistered?: (location: string) => void;
  /**
   * A handshake main.tsx started before React loaded (early-host.ts): its client and connection are
   * used instead of `createClient`, `sleep` and `clock`; false when it found no Zendesk around.
   */
  early?: EarlyConnection | false;
  children: ReactNode;
}

type Registration =
  | { state: 'waiting' }
  | { state: 'ready'; host: ZendeskHost }
  /** Not opened by Zendesk, or the host's registration could not be read. */
  | { state: 'failed'; reason: 'app.notInZendesk' | 'errors.host' };

/** Why the app cannot open, in the language `I18nProvider` above it speaks. */
function HostFailure({ reason }: { reason: 'app.notInZendesk' | 'errors.host' }) {
  const { t } = useI18n();
  return <p role="alert">{t(reason)}</p>;
}

/** Provides the ZAF client to `useClient()`/`useHost()`; renders children only after registration. */
export function ClientProvider({
  createClient = initZafClient,
  sleep = browserSleep,
  clock = browserClock,
  fallback = null,
  onRegistered,
  early,
  children,
}: ClientProviderProps) {
  // useState's initialiser runs once per mount: exactly one client, one handshake.
  const [client] = useState(() =>
    early === undefined ? createClient() : early === false ? false : early.client,
  );
  const [registration, setRegistration] = useState<Registration>(() =>
    client === false ? { state: 'failed', reason: 'app.notInZendesk' } : { state: 'waiting' },
  );

  useEffect(() => {
    if (client === false) return;
    let active = true;
    const connection = early ? early.connection : connectHost(client, sleep, clock, onRegistered);
    if (early) early.onRegistered((location) => onRegistered?.(location));
    void connection.then((host) => {
      if (!active) return;
      setRegistration(
        host.ok ? { state: 'ready', host: host.value } : { state: 'failed', reason: 'errors.host' },
      );
    });
    return () => {
      active = false;
    };
  }, [client, sleep, clock, onRegistered, early]);

  if (registration.state === 'failed') {
    // Before registration there is no agent locale yet: the browser's language speaks for them.
    return (
      <I18nProvider
        locale={typeof navigator === 'undefined' ? 'en' : navigator.language}
        fallback={fallback}
      >
        <HostFailure reason={registration.reason} />
      </I18nProvider>
    );
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
