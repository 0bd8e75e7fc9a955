/**
 * The plan panel's state: loads the customer, the admin's plan policy and the customer's plan
 * records; the form, pick and accept state are shared/plans/chooser-controller's, the current
 * plan's re-read and the summary's insert shared/plans/plans-controller's; inserts a summary into
 * the reply; and records an accepted plan (custom object records, then the tag).
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { PlainDate } from '../../../../../shared/calendar/calendar';
import { currentPlanStatus } from '../../../../../shared/plans/current-plan';
import { promisesFromPlan, type PlanOption } from '../../../../../shared/plans';
import { planChoices } from '../../../../../shared/plans/choice';
import { createPlanChooser } from '../../../../../shared/plans/chooser-controller';
import { createPlansController } from '../../../../../shared/plans/plans-controller';
import { acceptAfterTagging, type AcceptState } from '../../../../../shared/plans/accept-view';
import {
  appendParagraphToDraft,
  markPlanActive,
  openPlanSetup,
  readCustomerPlans,
  recordAcceptedPlan,
  type PlanSetup,
} from '../../../host/plans';
import { readTicketScope } from '../../../host/ticket-scope';
import { useHost } from '../../ClientProvider';
import { useI18n } from '../../i18n';
import { useLoaded, useSnapshot } from '../../../../react/load';
import { useLoadedSettings } from '../../useLoadedSettings';

export type { PlanSetup } from '../../../host/plans';

/** Loads the customer, policy and plan records; a missing balance or bad policy is a state. */
export function usePlanSetup() {
  const host = useHost();
  const tactful = useLoadedSettings().valid;
  return useLoaded(useCallback(() => openPlanSetup(host, tactful), [host, tactful]));
}

type Ready = Extract<PlanSetup, { kind: 'ready' }>;

/** Suggestions, insert and accept for a loaded setup. */
export function usePlanWorkspace(setup: Ready) {
  const { client, http, retry, context } = useHost();
  const { t, locale: agentLocale } = useI18n();
  const chooser = useMemo(() => {
    const { today, policy, closedDays, customerLocale: locale } = setup;
    const request = { balance: setup.customer.balance.amount, today, locale, policy, closedDays };
    return createPlanChooser<AcceptState>({
      idle: { status: 'idle' },
      live: false,
      saving: (optionId) => ({ status: 'saving', optionId }),
      choices: (form) => planChoices(form, request, { t, locale: agentLocale }),
    });
  }, [setup, t, agentLocale]);
  const { form, view, accept } = useSnapshot(chooser);
  const customerId = setup.customer.userId;
  const plansController = useMemo(
    () =>
      createPlansController(() => readCustomerPlans(http, retry, customerId), {
        status: 'ready',
        value: setup.plans,
      }),
    [http, retry, customerId, setup.plans],
  );
  useEffect(() => plansController.dispose, [plansController]);
  const { current: plansRead, shown, handOver: inserted } = useSnapshot(plansController);
  const plans = shown ?? setup.plans;

  const suggest = useCallback(() => {
    chooser.ask();
    plansController.clearHandOver();
  }, [chooser, plansController]);

  const insertSummary = useCallback(
    (option: PlanOption) =>
      plansController.handOver(
        async () => (await appendParagraphToDraft(client, option.summary)).ok,
      ),
    [client, plansController],
  );

  const ticketId = context.ticketId;
  /** Tags the ticket as following `nextDue`: `done` once it is tagged, else a conflict or error. */
  const tagTicket = useCallback(
    async (planKey: string, nextDue: PlainDate, done: AcceptState) => {
      const tagged =
        ticketId === undefined ? undefined : await markPlanActive(http, retry, ticketId, nextDue);
      return acceptAfterTagging(tagged, planKey, nextDue, done);
    },
    [http, retry, ticketId],
  );

  const acceptOption = useCallback(
    () =>
      chooser.accept(async ({ option }): Promise<AcceptState> => {
        const accepted = promisesFromPlan(option, {
          customerRef: `zendesk-user-${setup.customer.userId}`,
          channel: 'zendesk',
          recordedBy: setup.agentId,
        });
        // The ticket's brand and group, for the outcomes filters; a plan is still recorded without.
        const scope = await readTicketScope(client);
        const written = await recordAcceptedPlan(http, retry, {
          ticketId: ticketId ?? 0,
          customerId: setup.customer.userId,
          option,
          accepted,
          acceptedOn: setup.today,
          ...(scope.ok ? { scope: scope.value } : {}),
        });
        if (!written.ok) return { status: 'error', error: written.error };
        plansController.refresh();
        const saved = { status: 'saved', optionId: option.id } as const;
        return tagTicket(accepted.planKey, option.firstDue, saved);
      }),
    [chooser, client, http, retry, setup, ticketId, tagTicket, plansController],
  );

  /** After a conflict: tag the ticket again on top of the other agent's changes. */
  const reapply = useCallback(async () => {
    if (accept.status !== 'conflict') return;
    const { planKey, nextDue, optionId } = accept;
    const saved = { status: 'saved', optionId } as const;
    await chooser.track({ status: 'saving', optionId }, () => tagTicket(planKey, nextDue, saved));
  }, [accept, chooser, tagTicket]);

  const current = plans.current;
  const status = current && currentPlanStatus(current.promises, plans.payments, setup.today);
  const nextPending = status?.nextPending;

  /** Points the ticket's follow-up (due date) at the next pending promise, e.g. after one is kept. */
  const followNextPromise = useCallback(async () => {
    if (current === undefined || nextPending === undefined) return;
    const following = { status: 'following', due: nextPending } as const;
    await chooser.track({ status: 'saving' }, () =>
      tagTicket(current.planKey, nextPending, following),
    );
  }, [chooser, current, nextPending, tagTicket]);

  return {
    form,
    edit: chooser.edit,
    view,
    pick: chooser.pick,
    nextPending,
    followNextPromise,
    suggest,
    insertSummary,
    inserted,
    acceptOption,
    accept,
    reapply,
    current,
    evaluation: status?.evaluation,
    /** The re-read after accepting: failed (with Retry) says the plans shown may be stale. */
    plansRead,
    retryPlans: plansController.reload,
  };
}
