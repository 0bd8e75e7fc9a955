/** The customer panel's controller: reads the ticket's customer through the adapter, with retry. */
import { useCallback } from 'react';
import { readTicketCustomer } from '../../../host/customer';
import { useHost } from '../../ClientProvider';
import { useLoaded } from '../../../../react/load';

/** The ticket's customer (undefined: no requester yet) as a load state with `reload()` (Retry). */
export function useCustomer() {
  const { client, http, settings, retry } = useHost();
  const load = useCallback(
    () => readTicketCustomer(client, http, settings, retry),
    [client, http, settings, retry],
  );
  return useLoaded(load);
}
