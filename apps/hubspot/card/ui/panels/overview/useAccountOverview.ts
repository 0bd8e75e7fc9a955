/**
 * The overview panel's controller: reads the contact's properties through the CRM host, parses
 * them into a customer account and describes it for the reader. Reloads when the record changes.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { err, ok, type Result } from '../../../../../../shared/ports';
import { readCustomerAccount } from '../../../host/customer-account';
import { collectionsPropertyNames } from '../../../../contract/properties';
import {
  calendarToday,
  describeBalance,
  describeCustomer,
  describeFlags,
  describeProblem,
  type BalanceView,
  type CustomerView,
  type FlagView,
} from '../../../view/account-overview';
import { useCardI18n } from '../../i18n';
import { useCardServices } from '../../services';
import type { Failure } from '../../Loadable';
import { useLoaded, type Loaded } from '../../use-loaded';

/** Everything the overview shows. */
export interface AccountOverview {
  customer: CustomerView;
  balance: BalanceView;
  flags: FlagView[];
  /** Flag values that could not be read, one sentence each. */
  flagProblems: string[];
}

/** The overview's state and a retry. */
export function useAccountOverview(): {
  state: Loaded<AccountOverview, Failure>;
  retry: () => void;
} {
  const { crm, clock } = useCardServices();
  const { t } = useCardI18n();

  const load = useCallback(async (): Promise<Result<AccountOverview, Failure>> => {
    const properties = await crm.readProperties(collectionsPropertyNames);
    if (!properties.ok) {
      return err({ title: t('card.overview.loadFailed'), body: properties.error.message });
    }
    const account = readCustomerAccount(properties.value);
    if (!account.ok) {
      return err({
        title: t('card.overview.contactUnreadable'),
        body: account.error.message,
      });
    }
    const locale = crm.scope.userLocale;
    const timeZone = account.value.customer.timeZone ?? crm.scope.portalTimeZone;
    const today = calendarToday(clock.now(), timeZone);
    return ok({
      customer: describeCustomer(account.value.customer, locale),
      balance: describeBalance(account.value.balance, { today, locale, t }),
      flags: describeFlags(account.value.flags, locale),
      flagProblems: account.value.flagProblems.map((problem) => describeProblem(problem, t)),
    });
  }, [crm, clock, t]);

  const { state, reload, refresh } = useLoaded(load);

  // An edit on the record page updates the card in place, without a loading flash.
  const watched = useMemo(() => [...collectionsPropertyNames], []);
  useEffect(() => crm.watchProperties(watched, refresh), [crm, watched, refresh]);

  return { state, retry: reload };
}
