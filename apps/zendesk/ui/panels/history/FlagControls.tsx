/**
 * Set or clear a contact flag with a reason; the form's rules (nothing preselected, a reason for
 * every change, starting over once saved) are shared/history/flag-form's, as on the HubSpot card.
 */
import { useCallback, useReducer, useRef, type FormEvent } from 'react';
import { Field, Hint, Label, Message, Select, Textarea } from '@zendeskgarden/react-forms';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import { flagKinds, isFlagKind, type FlagKind } from '../../../../../shared/history';
import {
  blankFlagForm,
  flagButtonKey,
  flagFormStep,
  flagOptionWords,
  flagReasonMaxLength,
  type FlagChange,
} from '../../../../../shared/history/flag-form';
import {
  flagFormProblems,
  flagPress,
  flagRequestStep,
} from '../../../../../shared/history/flag-form-view';
import type { HistoryCustomer } from '../../../host/history';
import { BusyButton } from '../../BusyButton';
import { useI18n } from '../../i18n';
import { errorMessage } from '../../error-message';
import { useFlagRequests, type FlagRequest } from '../../flag-request';
import type { FlagSaveState } from './useHistory';
import { Section } from '../../Section';
import { Options } from '../../Options';

interface FlagControlsProps {
  customer: HistoryCustomer;
  save: FlagSaveState;
  /** Resolves true once the change is saved; `source`: the message the words came from. */
  onChange: (change: FlagChange, source?: string) => Promise<boolean>;
}

/** The flags set on the customer as red tags, or `none` when there are none. */
export function FlagTags({ customer, none }: { customer: HistoryCustomer; none: string }) {
  const { t } = useI18n();
  const active = flagKinds.filter((flag) => customer.flagStates[flag]);
  if (active.length === 0) return <SM>{none}</SM>;
  return active.map((flag) => (
    <Tag key={flag} hue="red" style={{ marginRight: 4 }}>
      {t(`history.flags.name.${flag}`)}
    </Tag>
  ));
}

/** The customer's flags as tags, and a small labelled form to change one. */
export function FlagControls({ customer, save, onChange }: FlagControlsProps) {
  const { t } = useI18n();
  const [form, step] = useReducer(flagFormStep, blankFlagForm);
  const formRef = useRef<HTMLFormElement>(null);
  const isOn = (kind: FlagKind) => customer.flagStates[kind];
  // Another panel (the customer's signals) may fill the form for the agent to press Set, or set a
  // flag the agent chose there in one click (never clearing one already on).
  useFlagRequests(
    useCallback(
      (request: FlagRequest) => {
        const next = flagRequestStep(request, (kind) => customer.flagStates[kind]);
        if ('set' in next) return void onChange(next.set, request.source);
        step(next.review);
        formRef.current?.querySelector('select')?.focus();
      },
      [customer.flagStates, onChange],
    ),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { event: tried, change } = flagPress(form, isOn);
    step(tried);
    if (change) void onChange(change).then((saved) => saved && step({ type: 'saved' }));
  };
  const problems = flagFormProblems(form, t);
  const reasonMessage =
    problems.reason ?? (save.status === 'error' ? errorMessage(t, save.error) : undefined);
  return (
    <Section title={t('history.flags.title')}>
      <FlagTags customer={customer} none={t('history.flags.none')} />
      <form ref={formRef} onSubmit={submit} style={{ marginTop: 8 }}>
        <Field>
          <Label>{t('history.flags.flag')}</Label>
          <Select
            value={form.kind ?? ''}
            onChange={(event) => {
              const kind = event.target.value;
              if (isFlagKind(kind)) step({ type: 'choose', kind });
            }}
          >
            <Options
              none={{ label: t('history.flags.choose'), disabled: true }}
              choices={flagOptionWords(t, isOn).map(({ kind, label }) => ({ value: kind, label }))}
            />
          </Select>
          {problems.flag && <Message validation="error">{problems.flag}</Message>}
        </Field>
        <Field style={{ marginTop: 8 }}>
          <Label>{t('history.flags.reason')}</Label>
          <Hint>{t('history.flags.reasonHint')}</Hint>
          <Textarea
            value={form.reason}
            maxLength={flagReasonMaxLength}
            minRows={2}
            onChange={(event) => step({ type: 'reason', reason: event.target.value })}
          />
          {reasonMessage && <Message validation="error">{reasonMessage}</Message>}
        </Field>
        <BusyButton
          type="submit"
          busy={save.status === 'saving'}
          label={t(flagButtonKey(form, isOn))}
          busyLabel={t('history.flags.saving')}
          style={{ marginTop: 8 }}
        />
        {save.status === 'saved' && <SM role="status">{t('history.flags.saved')}</SM>}
      </form>
    </Section>
  );
}
