/**
 * The plan panel's state: loads the customer, the admin's plan policy and the customer's plan
 * records; the form, pick and accept state are shared/plans/chooser-controller's, the current
 * plan's re-read and the summary's insert shared/plans/plans-controller's; the host I/O (the
 * re-read, the draft insert, the ticket's writes) host/plans/plan-ports'.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { currentPlanStatus } from '../../../../../shared/plans/current-plan';
import type { PlanOption } from '../../../../../shared/plans';
import { planChoices } from '../../../../../shared/plans/choice';
import { createPlanChooser } from '../../../../../shared/plans/chooser-controller';
import { createPlansController } from '../../../../../shared/plans/plans-controller';
import type { AcceptState } from '../../../../../shared/plans/accept-view';
import { openPlanSetup, zendeskPlanPorts, type PlanSetup } from '../../../host/plans';
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
  const ports = useMemo(
    () => zendeskPlanPorts({ client, http, retry }, context.ticketId, setup),
    [client, http, retry, context.ticketId, setup],
  );
  const plansController = useMemo(
    () => createPlansController(ports.readPlans, { status: 'ready', value: setup.plans }),
    [ports, setup.plans],
  );
  useEffect(() => plansController.dispose, [plansController]);
  const { current: plansRead, shown, handOver: inserted } = useSnapshot(plansController);
  const plans = shown ?? setup.plans;

  const suggest = useCallback(() => {
    chooser.ask();
    plansController.clearHandOver();
  }, [chooser, plansController]);

  const insertSummary = useCallback(
    (option: PlanOption) => plansController.handOver(() => ports.insertSummary(option.summary)),
    [ports, plansController],
  );

  const { tagTicket } = ports;
  const acceptOption = useCallback(
    () => chooser.accept(({ option }) => ports.recordAccepted(option, plansController.refresh)),
    [chooser, ports, plansController],
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
