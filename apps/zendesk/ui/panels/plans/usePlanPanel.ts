/**
 * The plan panel's controller: loads the customer, the admin's plan policy and the customer's plan
 * records; turns the agent's affordability figures into suggestions; inserts a summary into the
 * reply; and records an accepted plan (custom object records, then the ticket's tag).
 */
import { useCallback, useState } from 'react';
import type { PlainDate } from '../../../../../shared/calendar/calendar';
import { currentPlanStatus } from '../../../../../shared/plans/current-plan';
import {
  promisesFromPlan,
  suggestFromForm,
  type CapacityForm,
  type FormSuggestions,
  type FormSuggestionsError,
  type PlanOption,
} from '../../../../../shared/plans';
import type { HttpError, Result } from '../../../../../shared/ports';
import {
  appendParagraphToDraft,
  markPlanActive,
  openPlanSetup,
  readCustomerPlans,
  recordAcceptedPlan,
  type CustomerPlans,
  type PlanSetup,
} from '../../../host/plans';
import { useHost } from '../../ClientProvider';
import { useLoad } from '../../useLoad';
import { useLoadedSettings } from '../../useLoadedSettings';

export type { PlanSetup } from '../../../host/plans';

/** Loads the customer, policy and plan records; a missing balance or bad policy is a state. */
export function usePlanSetup() {
  const host = useHost();
  const tactful = useLoadedSettings().valid;
  return useLoad(useCallback(() => openPlanSetup(host, tactful), [host, tactful]));
}

/** Where recording an accepted plan stands. */
export type AcceptState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; planKey: string }
  /** The ticket now follows up on `due`, the next pending promise. */
  | { status: 'following'; due: PlainDate }
  /** The records are written; the ticket changed under us, so the tag waits for Re-apply. */
  | { status: 'conflict'; planKey: string; nextDue: PlainDate }
  | { status: 'error'; error: HttpError };

type Ready = Extract<PlanSetup, { kind: 'ready' }>;

/** Suggestions, insert and accept for a loaded setup. */
export function usePlanWorkspace(setup: Ready) {
  const { client, http, retry, context, agentLocale } = useHost();
  const [suggested, setSuggested] = useState<Result<FormSuggestions, FormSuggestionsError>>();
  const [accept, setAccept] = useState<AcceptState>({ status: 'idle' });
  const [plans, setPlans] = useState<CustomerPlans>(setup.plans);
  const [inserted, setInserted] = useState<'idle' | 'done' | 'failed'>('idle');

  const suggest = useCallback(
    (form: CapacityForm) => {
      const result = suggestFromForm(
        form,
        {
          balance: setup.customer.balance.amount,
          today: setup.today,
          locale: setup.customerLocale,
          policy: setup.policy,
          closedDays: setup.closedDays,
        },
        agentLocale,
      );
      setSuggested(result);
      if (!result.ok) return;
      setAccept({ status: 'idle' });
      setInserted('idle');
    },
    [agentLocale, setup],
  );

  const insertSummary = useCallback(
    async (option: PlanOption) => {
      const done = await appendParagraphToDraft(client, option.summary);
      setInserted(done.ok ? 'done' : 'failed');
    },
    [client],
  );

  const ticketId = context.ticketId;
  const tagTicket = useCallback(
    async (planKey: string, nextDue: PlainDate, followUp = false) => {
      const done: AcceptState = followUp
        ? { status: 'following', due: nextDue }
        : { status: 'saved', planKey };
      if (ticketId === undefined) {
        setAccept(done);
        return;
      }
      const tagged = await markPlanActive(http, retry, ticketId, nextDue);
      if (tagged.ok) setAccept(done);
      else if (tagged.error.code === 'conflict')
        setAccept({ status: 'conflict', planKey, nextDue });
      else setAccept({ status: 'error', error: tagged.error });
    },
    [http, retry, ticketId],
  );

  const acceptOption = useCallback(
    async (option: PlanOption) => {
      setAccept({ status: 'saving' });
      const accepted = promisesFromPlan(option, {
        customerRef: `zendesk-user-${setup.customer.userId}`,
        channel: 'zendesk',
        recordedBy: setup.agentId,
      });
      const written = await recordAcceptedPlan(http, retry, {
        ticketId: ticketId ?? 0,
        customerId: setup.customer.userId,
        option,
        accepted,
        acceptedOn: setup.today,
      });
      if (!written.ok) {
        setAccept({ status: 'error', error: written.error });
        return;
      }
      const refreshed = await readCustomerPlans(http, retry, setup.customer.userId);
      if (refreshed.ok) setPlans(refreshed.value);
      await tagTicket(accepted.planKey, option.firstDue);
    },
    [http, retry, setup, ticketId, tagTicket],
  );

  /** After a conflict: tag the ticket again on top of the other agent's changes. */
  const reapply = useCallback(async () => {
    if (accept.status !== 'conflict') return;
    setAccept({ status: 'saving' });
    await tagTicket(accept.planKey, accept.nextDue);
  }, [accept, tagTicket]);

  const current = plans.current;
  const status = current && currentPlanStatus(current.promises, plans.payments, setup.today);
  const nextPending = status?.nextPending;

  /** Points the ticket's follow-up (due date) at the next pending promise, e.g. after one is kept. */
  const followNextPromise = useCallback(async () => {
    if (current === undefined || nextPending === undefined) return;
    setAccept({ status: 'saving' });
    await tagTicket(current.planKey, nextPending, true);
  }, [current, nextPending, tagTicket]);

  const failed = suggested?.ok === false ? suggested.error : undefined;
  return {
    options: suggested?.ok ? suggested.value.options : [],
    longer: suggested?.ok ? suggested.value.longer : [],
    nextPending,
    followNextPromise,
    problem: failed?.kind === 'form' ? failed.problems[0] : undefined,
    requestError: failed?.kind === 'request' ? failed.error.message : undefined,
    suggest,
    insertSummary,
    inserted,
    acceptOption,
    accept,
    reapply,
    current,
    evaluation: status?.evaluation,
  };
}
