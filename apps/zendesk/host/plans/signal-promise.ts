/**
 * Records a promise the customer wrote in a comment, as the agent confirmed it, through the plan
 * records' idempotent path: a one-payment plan (its promise carrying the comment as its source),
 * then the ticket's plan tag and due date. The plan key comes from the customer, the day and the
 * amount (promisesFromPlan), so a second click or a retry after a lost reply writes the same
 * records again and never a second promise.
 */
import type { PlainDate } from '../../../../shared/calendar/calendar';
import type { RetryOptions } from '../../../../shared/http';
import { money, type Money } from '../../../../shared/money/money';
import { promisesFromPlan, summarizeOption } from '../../../../shared/plans';
import type { HttpError, HttpPort, Result } from '../../../../shared/ports';
import { messageSource } from '../../../../shared/signals/source';
import { readAgentId } from '../agent';
import type { ZendeskHost } from '../connect';
import { readTicketCustomer, type CustomerReadError } from '../customer';
import type { TicketScope } from '../ticket-scope';
import { recordAcceptedPlan } from './plan-records';
import { markPlanActive } from './ticket-plan-tag';

/** The promise the agent confirmed and where it was made. */
export interface SignalPromise {
  ticketId: number;
  customerId: number;
  agentId: string;
  amount: Money;
  dueDate: PlainDate;
  /** The comment the customer wrote it in. */
  commentId: string;
  /** The customer's locale: the plan's summary is written in their language. */
  customerLocale: string;
  /** Today in the customer's zone. */
  today: PlainDate;
  scope?: TicketScope;
}

/** Writes the promise's records, then tags the ticket to follow it; the first failure is returned. */
export async function recordSignalPromise(
  http: HttpPort,
  retry: RetryOptions,
  promise: SignalPromise,
): Promise<Result<{ planKey: string }, HttpError>> {
  const { amount, dueDate } = promise;
  const instalments = [{ due: dueDate, amount }];
  const summary = summarizeOption(
    {
      kind: 'pay-in-full',
      frequency: 'once',
      instalments,
      total: amount,
      discount: money(0n, amount.currency),
    },
    promise.customerLocale,
  );
  const accepted = promisesFromPlan(
    { instalments },
    {
      customerRef: `zendesk-user-${promise.customerId}`,
      channel: 'zendesk',
      recordedBy: promise.agentId,
    },
  );
  const source = messageSource('zendesk-comment', promise.commentId);
  const written = await recordAcceptedPlan(http, retry, {
    ticketId: promise.ticketId,
    customerId: promise.customerId,
    option: {
      total: amount,
      firstDue: dueDate,
      endDate: dueDate,
      frequency: 'once',
      count: 1,
      summary,
    },
    accepted,
    acceptedOn: promise.today,
    ...(source === undefined ? {} : { source }),
    ...(promise.scope === undefined ? {} : { scope: promise.scope }),
  });
  if (!written.ok) return written;
  const tagged = await markPlanActive(http, retry, promise.ticketId, dueDate);
  return tagged.ok ? { ok: true, value: { planKey: accepted.planKey } } : tagged;
}

/** What recording a promise needs beyond the comment: the customer's account and the agent. */
export interface PromiseAccount {
  customerId: number;
  /** The balance's currency; undefined when the customer has no balance (no promise is offered). */
  currency?: string;
  /** The customer's locale (else the admin's default, else English), for the plan's summary. */
  locale: string;
  agentId: string;
}

/**
 * Reads the ticket's customer and the agent for recording a promise; undefined when the ticket
 * has no requester. Only asked when the customer's words hold a promise.
 */
export async function readPromiseAccount({
  client,
  http,
  settings,
  retry,
}: ZendeskHost): Promise<Result<PromiseAccount | undefined, CustomerReadError>> {
  const customer = await readTicketCustomer(client, http, settings, retry);
  if (!customer.ok) return customer;
  if (customer.value === undefined) return { ok: true, value: undefined };
  const agent = await readAgentId(client);
  if (!agent.ok) return agent;
  const account: PromiseAccount = {
    customerId: customer.value.userId,
    locale: customer.value.locale ?? settings.defaultLocale ?? 'en',
    agentId: String(agent.value),
  };
  const currency = customer.value.balance?.amount.currency;
  if (currency !== undefined) account.currency = currency;
  return { ok: true, value: account };
}
