/**
 * The overview panel's controller: reads the contact's properties through the CRM host, parses
 * them into a customer account and describes it for the reader. Reloads when the record changes.
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { Result } from '../../../../../../shared/ports';
import { collectionsPropertyNames } from '../../../../contract/properties';
import { overviewOf, type AccountOverview } from '../../../view/account-overview';
import { useCardI18n } from '../../i18n';
import { useCardServices } from '../../services';
import type { Failure, Load } from '../../Loadable';
import { useLoaded } from '../../use-loaded';

/** The overview's state and a retry. */
export function useAccountOverview(): Load<AccountOverview> {
  const { crm, clock } = useCardServices();
  const { t } = useCardI18n();

  const load = useCallback(async (): Promise<Result<AccountOverview, Failure>> => {
    const properties = await crm.readProperties(collectionsPropertyNames);
    const { userLocale: locale, portalTimeZone: fallbackZone } = crm.scope;
    return overviewOf(properties, { now: clock.now(), fallbackZone, locale, t });
  }, [crm, clock, t]);

  const { state, reload, refresh } = useLoaded(load);

  // An edit on the record page updates the card in place, without a loading flash.
  const watched = useMemo(() => [...collectionsPropertyNames], []);
  useEffect(() => crm.watchProperties(watched, refresh), [crm, watched, refresh]);

  return { state, retry: reload };
}
