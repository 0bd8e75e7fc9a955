/**
 * What every panel may use, provided once by the card: the CRM host (contact properties through
 * the SDK), the backend client, and the clock. Panels get them with `useCardServices()`, and the
 * reads several panels make when the card opens with `useOpeningReads()`.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { EngagementPage } from '../../contract';
import type { Clock, Result } from '../../../../shared/ports';
import type { BackendClient, BackendError } from '../host/backend-client';
import type { CrmHost } from '../host/crm-host';
import { loadEngagementPage } from '../host/engagements';
import { createGuardWatch, type GuardWatch } from '../outcomes/guard-events';

/** The card's connections to the world, injected so tests and the playground can supply their own. */
export interface CardServices {
  crm: CrmHost;
  backend: BackendClient;
  clock: Clock;
}

/** Engagements per type in the card's pages: the backend's largest page, same HubSpot cost. */
export const engagementPageSize = 100;

/**
 * Reads that more than one panel makes when the card opens, sent once per open. The history panel
 * shows the contact's first page of engagements and the plans panel finds the current plan's
 * tasks in the same page, so they share it. (The backend reads a page with one association call
 * and one batch read per engagement type whatever the limit, so pages of 100 cost no more
 * HubSpot calls than pages of 20.) Identical GETs in flight already share one request in the
 * backend client (the portal's settings); this also covers a panel that asks later, like the
 * plans panel once its balance and policy are known.
 */
export interface OpeningReads {
  /**
   * The contact's first page of engagements (newest first, `engagementPageSize` per type). The
   * first reply that succeeds is kept for this open; a failure is forgotten once it has arrived,
   * so a Retry reads again. `fresh: true` always reads again (and keeps that reply instead), for
   * a Retry or after a write that changes the page.
   */
  firstEngagementPage(options?: { fresh?: boolean }): Promise<Result<EngagementPage, BackendError>>;
}

/** One read kept for the card's open; failures are not kept. */
function keepFirstSuccess<T, E>(
  read: () => Promise<Result<T, E>>,
): (options?: { fresh?: boolean }) => Promise<Result<T, E>> {
  let kept: Promise<Result<T, E>> | undefined;
  return (options = {}) => {
    if (kept !== undefined && options.fresh !== true) return kept;
    const reply = read();
    kept = reply;
    void reply.then((result) => {
      if (!result.ok && kept === reply) kept = undefined;
    });
    return reply;
  };
}

function createOpeningReads(services: CardServices): OpeningReads {
  const { backend, crm } = services;
  return {
    firstEngagementPage: keepFirstSuccess(() =>
      loadEngagementPage(backend, crm.scope.contactId, { limit: engagementPageSize }),
    ),
  };
}

interface CardContext {
  services: CardServices;
  opening: OpeningReads;
  /** What the contact guards say on this open, for the outcomes' guard counts. */
  guards: GuardWatch;
}

const CardServicesContext = createContext<CardContext | null>(null);

/** Makes the services (and the card's opening reads) available to every panel below it. */
export function CardServicesProvider(props: { services: CardServices; children: ReactNode }) {
  const { services } = props;
  const value = useMemo(
    () => ({
      services,
      opening: createOpeningReads(services),
      guards: createGuardWatch({
        ...services,
        contactId: services.crm.scope.contactId,
        timeZone: services.crm.scope.portalTimeZone,
      }),
    }),
    [services],
  );
  return (
    <CardServicesContext.Provider value={value}>{props.children}</CardServicesContext.Provider>
  );
}

function useCardContext(hook: string): CardContext {
  const context = useContext(CardServicesContext);
  if (context === null) throw new Error(`${hook} must be used inside CardServicesProvider`);
  return context;
}

/** The card's services; throws when used outside `CardServicesProvider` (a bug). */
export function useCardServices(): CardServices {
  return useCardContext('useCardServices').services;
}

/** The reads shared by the panels for this open of the card; throws outside the provider. */
export function useOpeningReads(): OpeningReads {
  return useCardContext('useOpeningReads').opening;
}

/** The card's contact-guard watch (outcomes); throws outside the provider. */
export function useGuardWatch(): GuardWatch {
  return useCardContext('useGuardWatch').guards;
}
