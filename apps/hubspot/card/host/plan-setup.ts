/**
 * What the plans panel starts from: the contact's balance and time zone (contact properties) and
 * the portal's plan policy (settings through our backend, the defaults when they cannot be read),
 * with notes (codes) on what was defaulted. The card's counterpart of Zendesk's openPlanSetup.
 */
import { todayIn } from '../../../../shared/calendar/calendar';
import type { PlanRequest } from '../../../../shared/plans';
import { err, ok, type Result } from '../../../../shared/ports';
import { defaultSettings, toPlanPolicy } from '../../../../shared/settings';
import { readAccountAndSettings } from './account-and-settings';
import type { BackendClient, BackendErrorCode } from './backend-client';
import { cardClosedDays } from './card-closed-days';
import type { CrmHost } from './crm-host';
import { readCustomerAccount, type PropertyProblem } from './customer-account';

/** Everything the options depend on besides the form; `userLocale` is the agent's. */
export type PlanContext = Omit<PlanRequest, 'capacity'> & { readonly userLocale: string };

/** What the setup had to default, for the agent to know. */
export type PlanNote =
  | { readonly code: 'policy-defaulted' }
  | { readonly code: 'policy-unavailable'; readonly error: BackendErrorCode }
  | { readonly code: 'unknown-holidays' | 'holidays-unavailable'; readonly holidays: string };

/** The plans panel's starting point, or that there is nothing to plan. */
export type PlanSetup =
  { kind: 'ready'; context: PlanContext; notes: PlanNote[] } | { kind: 'no-balance' };

/** Why the balance cannot be planned: its properties' problems, or (none) the read's own message. */
export interface PlanSetupUnreadable {
  problems: readonly PropertyProblem[];
  message: string;
}

const unreadable = (message: string, problems: readonly PropertyProblem[] = []) =>
  err({ problems, message });

/** Loads the contact and the policy side by side. */
export async function openPlanSetup(
  crm: CrmHost,
  backend: BackendClient,
  now: Date,
): Promise<Result<PlanSetup, PlanSetupUnreadable>> {
  const { properties, portal } = await readAccountAndSettings(crm, backend);
  if (!properties.ok) return unreadable(properties.error.message);
  const account = readCustomerAccount(properties.value);
  if (!account.ok) return unreadable(account.error.message);
  const { balance, customer } = account.value;
  if (balance.kind === 'unreadable') return unreadable('', balance.problems);
  if (balance.kind === 'none' || balance.balance.amount.minor <= 0n)
    return ok({ kind: 'no-balance' });

  const notes: PlanNote[] = [];
  if (!portal.ok) notes.push({ code: 'policy-unavailable', error: portal.error.code });
  else if (portal.value.problems.length > 0) notes.push({ code: 'policy-defaulted' });
  const settings = portal.ok ? portal.value.settings : defaultSettings;
  const policy = toPlanPolicy(settings.policy, balance.balance.amount.currency);
  if (!policy.ok) return unreadable(policy.error.message);
  const closed = cardClosedDays(settings.policy, portal.ok ? portal.value.holidays : undefined);
  if (closed.kind !== 'closed') notes.push({ code: closed.kind, holidays: closed.holidays });
  const timeZone = customer.timeZone ?? crm.scope.portalTimeZone;
  return ok({
    kind: 'ready',
    notes,
    context: {
      balance: balance.balance.amount,
      today: todayIn(now, timeZone),
      policy: policy.value,
      ...(closed.kind === 'unknown-holidays' ? {} : { closedDays: closed.closed }),
      userLocale: crm.scope.userLocale,
      locale: customer.language ?? settings.contact.defaultLocale,
    },
  });
}
