/**
 * The sidebar's plan panel's host I/O for this ticket: re-reads the customer's plan records, adds
 * the chosen summary to the reply draft, records an accepted plan (custom object records, then the
 * tag) and tags the ticket with the next promise due. The panel's hook only wires these to
 * shared/plans' controllers.
 */
import type { PlainDate } from '../../../../shared/calendar/calendar';
import { promisesFromPlan, type PlanOption } from '../../../../shared/plans';
import { acceptAfterTagging, type AcceptState } from '../../../../shared/plans/accept-view';
import type { RetryOptions } from '../../../../shared/http';
import type { HttpPort } from '../../../../shared/ports';
import { readTicketScope } from '../ticket-scope';
import type { ZafClient } from '../zaf-client';
import { readCustomerPlans, recordAcceptedPlan } from './plan-records';
import type { PlanSetup } from './plan-setup';
import { appendParagraphToDraft } from './reply-summary';
import { markPlanActive } from './ticket-plan-tag';

type Ready = Extract<PlanSetup, { kind: 'ready' }>;

/** The plan panel's reads and writes in ticket `ticketId` (none on a new ticket) for `setup`'s customer. */
export function zendeskPlanPorts(
  host: { client: ZafClient; http: HttpPort; retry: RetryOptions },
  ticketId: number | undefined,
  setup: Pick<Ready, 'customer' | 'agentId' | 'today'>,
) {
  const { client, http, retry } = host;
  /** The customer's plan records again (after an accept, and on Retry). */
  const readPlans = () => readCustomerPlans(http, retry, setup.customer.userId);
  /** Adds `summary` to the reply draft as its own paragraph: true when Zendesk took it. */
  const insertSummary = async (summary: string) =>
    (await appendParagraphToDraft(client, summary)).ok;
  /** Tags the ticket as following `nextDue`: `done` once it is tagged, else a conflict or error. */
  const tagTicket = async (planKey: string, nextDue: PlainDate, done: AcceptState) => {
    const tagged =
      ticketId === undefined ? undefined : await markPlanActive(http, retry, ticketId, nextDue);
    return acceptAfterTagging(tagged, planKey, nextDue, done);
  };
  /** Records `option` as accepted; `written` runs once its records are saved, before the tag. */
  const recordAccepted = async (option: PlanOption, written: () => void): Promise<AcceptState> => {
    const accepted = promisesFromPlan(option, {
      customerRef: `zendesk-user-${setup.customer.userId}`,
      channel: 'zendesk',
      recordedBy: setup.agentId,
    });
    // The ticket's brand and group, for the outcomes filters; a plan is still recorded without.
    const scope = await readTicketScope(client);
    const recorded = await recordAcceptedPlan(http, retry, {
      ticketId: ticketId ?? 0,
      customerId: setup.customer.userId,
      option,
      accepted,
      acceptedOn: setup.today,
      ...(scope.ok ? { scope: scope.value } : {}),
    });
    if (!recorded.ok) return { status: 'error', error: recorded.error };
    written();
    const saved = { status: 'saved', optionId: option.id } as const;
    return tagTicket(accepted.planKey, option.firstDue, saved);
  };
  return { readPlans, insertSummary, tagTicket, recordAccepted };
}
