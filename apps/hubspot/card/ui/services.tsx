/**
 * What every panel may use, provided once by the card: the CRM host (contact properties through
 * the SDK), the backend client, and the clock. Panels get them with `useCardServices()`.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Clock } from '../../../../shared/ports';
import type { BackendClient } from '../host/backend-client';
import type { CrmHost } from '../host/crm-host';

/** The card's connections to the world, injected so tests and the playground can supply their own. */
export interface CardServices {
  crm: CrmHost;
  backend: BackendClient;
  clock: Clock;
}

const CardServicesContext = createContext<CardServices | null>(null);

/** Makes the services available to every panel below it. */
export function CardServicesProvider(props: { services: CardServices; children: ReactNode }) {
  return (
    <CardServicesContext.Provider value={props.services}>
      {props.children}
    </CardServicesContext.Provider>
  );
}

/** The card's services; throws when used outside `CardServicesProvider` (a bug). */
export function useCardServices(): CardServices {
  const services = useContext(CardServicesContext);
  if (services === null)
    throw new Error('useCardServices must be used inside CardServicesProvider');
  return services;
}
