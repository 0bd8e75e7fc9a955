/**
 * Opening the plans panel: the ticket's customer and balance, the admin's plan policy for the
 * balance's currency, the closed days of the admin's country, the agent and the customer's plan
 * records. A missing requester or balance, or a policy that cannot be used, is a state, not an error.
 */
import { todayIn, type PlainDate } from '../../../../shared/calendar/calendar';
import type { ClosedDays } from '../../../../shared/calendar/closed-days';
import { loadClosedDays } from '../../../../shared/calendar/holidays-by-country';
import type { Policy } from '../../../../shared/plans';
import { ok, type Result } from '../../../../shared/ports';
import {
  defaultSettings,
  toClosedDaysSource,
  toPlanPolicy,
  type TactfulSettings,
} from '../../../../shared/settings';
import { readAgentId } from '../agent';
import type { ZendeskHost } from '../connect';
import { readTicketCustomer, type CustomerAccount, type CustomerReadError } from '../customer';
import { readCustomerPlans, type CustomerPlans } from './plan-records';

/** Everything the panel needs before the agent types anything. */
export type PlanSetup =
  | { kind: 'no-requester' }
  | { kind: 'no-balance' }
  | { kind: 'policy-needs-attention' }
  | {
      kind: 'ready';
      customer: CustomerAccount & { balance: NonNullable<CustomerAccount['balance']> };
      policy: Policy;
      /** Today in the customer's time zone. */
      today: PlainDate;
      /** Public holidays of the admin's country and the company's closure days. */
      closedDays: ClosedDays;
      /** The customer's locale: summaries are written in their language. */
      customerLocale: string;
      agentId: string;
      plans: CustomerPlans;
    };

/** Loads the setup with the admin's settings (`tactful` undefined: some parameter is wrong). */
export async function openPlanSetup(
  { client, http, settings, retry, clock }: ZendeskHost,
  tactful: TactfulSettings | undefined,
): Promise<Result<PlanSetup, CustomerReadError>> {
  const customer = await readTicketCustomer(client, http, settings, retry);
  if (!customer.ok) return customer;
  if (customer.value === undefined) return ok({ kind: 'no-requester' });
  const account = customer.value;
  const balance = account.balance;
  if (balance === undefined) return ok({ kind: 'no-balance' });
  if (tactful === undefined) return ok({ kind: 'policy-needs-attention' });
  const policy = toPlanPolicy(tactful.policy, balance.amount.currency);
  if (!policy.ok) return ok({ kind: 'policy-needs-attention' });
  const closed = await loadClosedDays(toClosedDaysSource(tactful.policy));
  if (!closed.ok) return ok({ kind: 'policy-needs-attention' });
  const agent = await readAgentId(client);
  if (!agent.ok) return agent;
  const plans = await readCustomerPlans(http, retry, account.userId);
  if (!plans.ok) return plans;
  const zone = account.timeZone ?? tactful.contact.defaultTimeZone;
  return ok({
    kind: 'ready',
    customer: { ...account, balance },
    policy: policy.value,
    today: todayIn(clock.now(), zone),
    closedDays: closed.value,
    customerLocale:
      account.locale ?? tactful.contact.defaultLocale ?? defaultSettings.contact.defaultLocale,
    agentId: String(agent.value),
    plans: plans.value,
  });
}
