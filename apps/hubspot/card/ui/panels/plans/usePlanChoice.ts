/**
 * The plans panel's controller once the balance and policy are known: the affordability form, the
 * options it gives, the chosen one, copying its summary, accepting it (written once, whatever the
 * retries) and the contact's current plan with each promise's state.
 */
import { useExtensionActions, useExtensionContext } from '@hubspot/ui-extensions';
import { useCallback, useMemo, useRef, useState } from 'react';
import { type Result } from '../../../../../../shared/ports';
import type { BackendError } from '../../../host/backend-client';
import {
  acceptPlan,
  readCurrentPlan,
  type AcceptedPlanWrite,
  type CurrentPlan,
} from '../../../host/plans';
import { useCardI18n } from '../../i18n';
import { useCardServices, useOpeningReads } from '../../services';
import { useLoaded, type Loaded } from '../../use-loaded';
import {
  blankAffordabilityForm,
  planOptionsFor,
  type AffordabilityForm,
  type FormProblem,
  type OptionView,
  type PlanContext,
  type PlanOptions,
} from './plan-options';

/** Where accepting the chosen plan stands. */
export type AcceptState =
  | { status: 'idle' }
  | { status: 'saving'; optionId: string }
  | { status: 'saved'; optionId: string; write: AcceptedPlanWrite }
  | { status: 'failed'; optionId: string; error: BackendError };

/** Everything the plan chooser shows and does. */
export interface PlanChoice {
  form: AffordabilityForm;
  setForm: (change: Partial<AffordabilityForm>) => void;
  /** The options, or what to fix in the form. */
  options: Result<PlanOptions, FormProblem[]>;
  selected?: OptionView;
  select: (optionId: string) => void;
  copySummary: () => Promise<void>;
  accept: () => Promise<void>;
  acceptState: AcceptState;
  currentPlan: Loaded<CurrentPlan | undefined, BackendError>;
  retryCurrentPlan: () => void;
}

/** The chooser for one balance and policy. */
export function usePlanChoice(context: PlanContext): PlanChoice {
  const { crm, backend } = useCardServices();
  const opening = useOpeningReads();
  const actions = useExtensionActions<'crm.record.tab'>();
  const { user } = useExtensionContext<'crm.record.tab'>();
  const { t } = useCardI18n();
  const contactId = crm.scope.contactId;
  const [form, setFormState] = useState<AffordabilityForm>(blankAffordabilityForm);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [acceptState, setAcceptState] = useState<AcceptState>({ status: 'idle' });

  const options = useMemo(() => planOptionsFor(form, context, t), [form, context, t]);
  const list = options.ok ? options.value.options : [];
  const selected =
    list.find((option) => option.id === selectedId) ??
    list.find((option) => option.withinPolicy && option.affordable !== false);

  // The current plan's tasks are in the contact's first page of engagements, which the history
  // panel reads on open too: the first load shares that read; a Retry or the refresh after
  // accepting a plan reads the page again.
  const loadedBefore = useRef(false);
  const loadCurrentPlan = useCallback(async (): Promise<
    Result<CurrentPlan | undefined, BackendError>
  > => {
    const fresh = loadedBefore.current;
    loadedBefore.current = true;
    const page = await opening.firstEngagementPage({ fresh });
    if (!page.ok) return page;
    return { ok: true, value: readCurrentPlan(page.value.engagements, context.today) };
  }, [opening, context.today]);
  const current = useLoaded(loadCurrentPlan);

  const setForm = useCallback((change: Partial<AffordabilityForm>) => {
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
    if (!selected || !selected.withinPolicy) return;
    if (acceptState.status === 'saving') return;
    if (acceptState.status === 'saved' && acceptState.optionId === selected.id) return;
    setAcceptState({ status: 'saving', optionId: selected.id });
    const write = await acceptPlan(backend, selected.option, {
      contactId,
      recordedBy: String(user.id),
      summary: selected.summary,
    });
    setAcceptState(
      write.ok
        ? { status: 'saved', optionId: selected.id, write: write.value }
        : { status: 'failed', optionId: selected.id, error: write.error },
    );
    if (write.ok) refresh();
  }, [acceptState, backend, contactId, refresh, selected, user.id]);

  return {
    form,
    setForm,
    options,
    ...(selected ? { selected } : {}),
    select,
    copySummary,
    accept,
    acceptState,
    currentPlan: current.state,
    retryCurrentPlan: current.reload,
  };
}
