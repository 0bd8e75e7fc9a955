/**
 * The plans panel's state once the balance and policy are known: shared/plans/chooser-controller
 * (the form, the pick, the accept state) and shared/plans/plans-controller (the current plan, read
 * again after accepting) wired to the card; what they show is shared/plans/choice. Copies the
 * summary, accepts the plan (written once, whatever the retries) and loads the current plan.
 */
import { useExtensionActions, useExtensionContext } from '@hubspot/ui-extensions';
import { useCallback, useMemo, useRef } from 'react';
import { formatDate } from '../../../../../../shared/calendar/display';
import { planChoices } from '../../../../../../shared/plans/choice';
import { createPlanChooser } from '../../../../../../shared/plans/chooser-controller';
import { createPlansController } from '../../../../../../shared/plans/plans-controller';
import { ok } from '../../../../../../shared/ports';
import type { BackendError } from '../../../host/backend-client';
import { acceptPlan, readCurrentPlan, type AcceptedPlanWrite } from '../../../host/plans';
import { useCardI18n } from '../../i18n';
import { useCardServices, useOpeningReads } from '../../services';
import { useStarted, useSnapshot } from '../../../../../react/load';
import type { PlanContext } from '../../../host/plan-setup';

/** Where accepting the chosen plan stands. */
export type AcceptState =
  | { status: 'idle' }
  | { status: 'saving'; optionId: string }
  | { status: 'saved'; optionId: string; write: AcceptedPlanWrite }
  | { status: 'failed'; optionId: string; error: BackendError };

/** The chooser for one balance and policy. */
export function usePlanChoice(context: PlanContext) {
  const { crm, backend } = useCardServices();
  const opening = useOpeningReads();
  const actions = useExtensionActions<'crm.record.tab'>();
  const { user } = useExtensionContext<'crm.record.tab'>();
  const { t } = useCardI18n();
  const chooser = useMemo(
    () =>
      createPlanChooser<AcceptState>({
        idle: { status: 'idle' },
        live: true,
        saving: (optionId) => ({ status: 'saving', optionId }),
        choices: (form) =>
          planChoices(form, context, { t, locale: context.userLocale, formatDay: formatDate }),
      }),
    [context, t],
  );
  const snapshot = useSnapshot(chooser);
  const { view, accept: acceptState } = snapshot;

  // The current plan's tasks are in the contact's first page of engagements, which the history
  // panel reads on open too: the first load shares that read; a Retry or the refresh after
  // accepting a plan reads the page again.
  const loadedBefore = useRef(false);
  const plans = useMemo(
    () =>
      createPlansController(async () => {
        const fresh = loadedBefore.current;
        loadedBefore.current = true;
        const page = await opening.firstEngagementPage({ fresh });
        if (!page.ok) return page;
        return ok(readCurrentPlan(page.value.engagements, context.today));
      }),
    [opening, context.today],
  );
  const { current } = useStarted(plans);

  const copySummary = useCallback(async () => {
    // The option chosen now, not when this render was made.
    const chosen = chooser.getSnapshot().view.chosen;
    if (!chosen) return;
    try {
      await actions.copyTextToClipboard(chosen.summary);
      actions.addAlert({
        type: 'success',
        title: t('card.plans.summaryCopied.title'),
        message: t('card.plans.summaryCopied.body'),
      });
    } catch {
      actions.addAlert({
        type: 'danger',
        title: t('card.tone.copyFailed.title'),
        message: t('card.tone.copyFailed.body'),
      });
    }
  }, [actions, chooser, t]);

  const { refresh } = plans;
  const accept = useCallback(
    () =>
      chooser.accept(async ({ id: optionId, option, summary }) => {
        const recordedBy = String(user.id);
        const contactId = crm.scope.contactId;
        const write = await acceptPlan(backend, option, { contactId, recordedBy, summary });
        if (!write.ok) return { status: 'failed', optionId, error: write.error };
        refresh();
        return { status: 'saved', optionId, write: write.value };
      }),
    [chooser, backend, crm, refresh, user.id],
  );

  return {
    form: snapshot.form,
    setForm: chooser.edit,
    view,
    select: chooser.pick,
    copySummary,
    accept,
    acceptState,
    currentPlan: { state: current, retry: plans.reload },
  };
}
