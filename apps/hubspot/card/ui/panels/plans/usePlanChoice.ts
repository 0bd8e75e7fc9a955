/**
 * The plans panel's controller once the balance and policy are known: keeps the affordability
 * form, the chosen option and the accept state; what they show is decided by shared/plans/choice.
 * Copies the summary, accepts the plan (written once, whatever the retries) and loads the current plan.
 */
import { useExtensionActions, useExtensionContext } from '@hubspot/ui-extensions';
import { useCallback, useMemo, useRef, useState } from 'react';
import { formatDate } from '../../../../../../shared/calendar/display';
import {
  acceptClosed,
  blankPlanForm,
  chooserView,
  planChoices,
  type PlanForm,
} from '../../../../../../shared/plans/choice';
import { ok } from '../../../../../../shared/ports';
import type { BackendError } from '../../../host/backend-client';
import { acceptPlan, readCurrentPlan, type AcceptedPlanWrite } from '../../../host/plans';
import { useCardI18n } from '../../i18n';
import { useCardServices, useOpeningReads } from '../../services';
import { useLoaded } from '../../use-loaded';
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
  const [form, setFormState] = useState<PlanForm>(blankPlanForm);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [acceptState, setAcceptState] = useState<AcceptState>({ status: 'idle' });

  const view = useMemo(
    () =>
      chooserView(
        planChoices(form, context, { t, locale: context.userLocale, formatDay: formatDate }),
        selectedId,
        true,
      ),
    [form, context, t, selectedId],
  );
  const selected = view.chosen;

  // The current plan's tasks are in the contact's first page of engagements, which the history
  // panel reads on open too: the first load shares that read; a Retry or the refresh after
  // accepting a plan reads the page again.
  const loadedBefore = useRef(false);
  const current = useLoaded(
    useCallback(async () => {
      const fresh = loadedBefore.current;
      loadedBefore.current = true;
      const page = await opening.firstEngagementPage({ fresh });
      if (!page.ok) return page;
      return ok(readCurrentPlan(page.value.engagements, context.today));
    }, [opening, context.today]),
  );

  const setForm = useCallback((change: Partial<PlanForm>) => {
    setFormState((before) => ({ ...before, ...change }));
    setAcceptState({ status: 'idle' });
  }, []);

  const select = useCallback((optionId: string) => {
    setSelectedId(optionId);
    setAcceptState({ status: 'idle' });
  }, []);

  const copySummary = useCallback(async () => {
    if (!selected) return;
    try {
      await actions.copyTextToClipboard(selected.summary);
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
  }, [actions, selected, t]);

  const { refresh } = current;
  const accept = useCallback(async () => {
    if (!selected || acceptClosed(acceptState, selected.option)) return;
    setAcceptState({ status: 'saving', optionId: selected.id });
    const write = await acceptPlan(backend, selected.option, {
      contactId: crm.scope.contactId,
      recordedBy: String(user.id),
      summary: selected.summary,
    });
    setAcceptState(
      write.ok
        ? { status: 'saved', optionId: selected.id, write: write.value }
        : { status: 'failed', optionId: selected.id, error: write.error },
    );
    if (write.ok) refresh();
  }, [acceptState, backend, crm, refresh, selected, user.id]);

  return {
    form,
    setForm,
    view,
    select,
    copySummary,
    accept,
    acceptState,
    currentPlan: { state: current.state, retry: current.reload },
  };
}
