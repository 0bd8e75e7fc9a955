/**
 * What the plans panel starts from: the contact's balance and time zone (contact properties) and
 * the portal's plan policy (settings through our backend, the defaults when they cannot be read).
 */
import { useCallback } from 'react';
import { todayIn } from '../../../../../../shared/calendar/calendar';
import { ok, type Result } from '../../../../../../shared/ports';
import { defaultSettings, toPlanPolicy } from '../../../../../../shared/settings';
import { readCustomerAccount, type Balance } from '../../../host/customer-account';
import { balanceProperties, standardContactProperties } from '../../../../contract/properties';
import { loadPortalSettings } from '../../../settings/portal-settings';
import { describeProblem } from '../../../view/account-overview';
import { errorText } from '../../backend-error-text';
import { useCardI18n } from '../../i18n';
import { useCardServices } from '../../services';
import { useLoaded, type Loaded } from '../../use-loaded';
import type { PlanRequest } from '../../../../../../shared/plans';
import { cardClosedDays } from './card-closed-days';

/** Everything the options depend on besides the form; `userLocale` is the agent's. */
export type PlanContext = Omit<PlanRequest, 'capacity'> & { readonly userLocale: string };

/** The plans panel's starting point, or why there is nothing to plan. */
export type PlanSetup =
  | { kind: 'ready'; context: PlanContext; balance: Balance; timeZone: string; notes: string[] }
  | { kind: 'no-balance' }
  | { kind: 'unreadable'; message: string };

const planPropertyNames = [
  ...Object.values(standardContactProperties),
  ...Object.values(balanceProperties),
];

/** Loads the contact and the policy side by side; `retry` loads again. */
export function usePlanSetup(): { state: Loaded<PlanSetup, never>; retry: () => void } {
  const { crm, backend, clock } = useCardServices();
  const { t } = useCardI18n();
  const load = useCallback(async (): Promise<Result<PlanSetup, never>> => {
    const [properties, portal] = await Promise.all([
      crm.readProperties(planPropertyNames),
      loadPortalSettings(backend),
    ]);
    if (!properties.ok) return ok({ kind: 'unreadable', message: properties.error.message });
    const account = readCustomerAccount(properties.value);
    if (!account.ok) return ok({ kind: 'unreadable', message: account.error.message });
    const { balance, customer } = account.value;
    if (balance.kind === 'none') return ok({ kind: 'no-balance' });
    if (balance.kind === 'unreadable') {
      return ok({
        kind: 'unreadable',
        message: `${balance.problems.map((problem) => describeProblem(problem, t)).join('. ')}.`,
      });
    }
    if (balance.balance.amount.minor <= 0n) return ok({ kind: 'no-balance' });

    const notes: string[] = [];
    let settings = defaultSettings;
    if (portal.ok) {
      settings = portal.value.settings;
      if (portal.value.problems.length > 0) {
        notes.push(t('card.plans.policyDefaulted'));
      }
    } else {
      notes.push(
        t('card.plans.policyUnavailable', { problem: errorText(t, portal.error.code).title }),
      );
    }
    const currency = balance.balance.amount.currency;
    const policy = toPlanPolicy(settings.policy, currency);
    if (!policy.ok) return ok({ kind: 'unreadable', message: policy.error.message });
    const closed = cardClosedDays(settings.policy, portal.ok ? portal.value.holidays : undefined);
    if (closed.kind === 'unknown-holidays') {
      notes.push(t('card.plans.unknownHolidays', { holidays: closed.holidays }));
    } else if (closed.kind === 'holidays-unavailable') {
      notes.push(t('card.plans.holidaysUnavailable', { holidays: closed.holidays }));
    }
    const timeZone = customer.timeZone ?? crm.scope.portalTimeZone;
    return ok({
      kind: 'ready',
      balance: balance.balance,
      timeZone,
      notes,
      context: {
        balance: balance.balance.amount,
        today: todayIn(clock.now(), timeZone),
        policy: policy.value,
        ...(closed.kind === 'unknown-holidays' ? {} : { closedDays: closed.closed }),
        userLocale: crm.scope.userLocale,
        locale: customer.language ?? settings.contact.defaultLocale,
      },
    });
  }, [crm, backend, clock, t]);
  const { state, reload } = useLoaded(load);
  return { state, retry: reload };
}
