/** Set or clear a contact flag with a reason; the reason is required and kept in the flag log. */
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Hint, Label, Message, Select, Textarea } from '@zendeskgarden/react-forms';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import { flagKinds, isFlagKind, type FlagKind } from '../../../../../shared/history';
import { flagReasonMaxLength, type HistoryCustomer } from '../../../host/history';
import { useI18n } from '../../i18n';
import { errorMessage } from '../../error-message';
import { useFlagRequests, type FlagRequest } from '../../flag-request';
import type { FlagSaveState } from './useHistory';
import { Section } from '../../Section';

interface FlagControlsProps {
  customer: HistoryCustomer;
  save: FlagSaveState;
  /** Resolves true once the change is saved. */
  onChange: (change: {
    flag: FlagKind;
    on: boolean;
    reason: string;
    source?: string;
  }) => Promise<boolean>;
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
  // No flag is chosen until the agent picks one: setting a flag is always deliberate.
  const [flag, setFlag] = useState<FlagKind | undefined>();
  const [reason, setReason] = useState('');
  const form = useRef<HTMLFormElement>(null);
  // Another panel (the customer's signals) may fill the form for the agent to press Set, or set a
  // flag the agent chose there in one click (never clearing one already on).
  useFlagRequests(
    useCallback(
      (request: FlagRequest) => {
        setFlag(request.flag);
        if (request.setNow && !customer.flagStates[request.flag]) {
          const { flag, reason, source } = request;
          void onChange({ flag, on: true, reason, ...(source === undefined ? {} : { source }) });
          return;
        }
        setReason(request.reason);
        form.current?.querySelector('select')?.focus();
      },
      [customer.flagStates, onChange],
    ),
  );
  const on = flag !== undefined && customer.flagStates[flag];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (flag === undefined) return;
    // The reason belongs to this change; the next change needs its own.
    void onChange({ flag, on: !on, reason }).then((saved) => saved && setReason(''));
  };
  return (
    <Section title={t('history.flags.title')}>
      <FlagTags customer={customer} none={t('history.flags.none')} />
      <form ref={form} onSubmit={submit} style={{ marginTop: 8 }}>
        <Field>
          <Label>{t('history.flags.flag')}</Label>
          <Select
            value={flag ?? ''}
            onChange={(event) => {
              if (isFlagKind(event.target.value)) setFlag(event.target.value);
            }}
          >
            <option value="" disabled>
              {t('history.flags.choose')}
            </option>
            {flagKinds.map((name) => (
              <option key={name} value={name}>
                {t(`history.flags.name.${name}`)} (
                {customer.flagStates[name] ? t('history.flags.on') : t('history.flags.off')})
              </option>
            ))}
          </Select>
        </Field>
        <Field style={{ marginTop: 8 }}>
          <Label>{t('history.flags.reason')}</Label>
          <Hint>{t('history.flags.reasonHint')}</Hint>
          <Textarea
            value={reason}
            maxLength={flagReasonMaxLength}
            minRows={2}
            onChange={(event) => setReason(event.target.value)}
          />
          {save.status === 'error' && (
            <Message validation="error">{errorMessage(t, save.error)}</Message>
          )}
        </Field>
        <Button
          type="submit"
          size="small"
          disabled={flag === undefined || save.status === 'saving'}
          style={{ marginTop: 8 }}
        >
          {save.status === 'saving'
            ? t('history.flags.saving')
            : on
              ? t('history.flags.clear')
              : t('history.flags.set')}
        </Button>
        {save.status === 'saved' && <SM role="status">{t('history.flags.saved')}</SM>}
      </form>
    </Section>
  );
}
