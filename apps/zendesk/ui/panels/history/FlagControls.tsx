/** Set or clear a contact flag with a reason; the reason is required and kept in the flag log. */
import { useState, type FormEvent } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Hint, Label, Message, Select, Textarea } from '@zendeskgarden/react-forms';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import { flagKinds, isFlagKind, type FlagKind } from '../../../../../shared/history';
import { flagReasonMaxLength, type HistoryCustomer } from '../../../host/history';
import { useI18n } from '../../i18n';
import { historyErrorMessage } from './history-errors';
import type { FlagSaveState } from './useHistory';

interface FlagControlsProps {
  customer: HistoryCustomer;
  save: FlagSaveState;
  onChange: (change: { flag: FlagKind; on: boolean; reason: string }) => void;
}

/** The customer's flags as tags, and a small labelled form to change one. */
export function FlagControls({ customer, save, onChange }: FlagControlsProps) {
  const { t } = useI18n();
  const [flag, setFlag] = useState<FlagKind>('do-not-call');
  const [reason, setReason] = useState('');
  const on = customer.flagStates[flag];
  const active = flagKinds.filter((candidate) => customer.flagStates[candidate]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ flag, on: !on, reason });
  };
  return (
    <section aria-label={t('history.flags.title')}>
      <SM tag="h3" isBold>
        {t('history.flags.title')}
      </SM>
      <div>
        {active.length === 0 ? (
          <SM>{t('history.flags.none')}</SM>
        ) : (
          active.map((name) => (
            <Tag key={name} hue="red" style={{ marginRight: 4 }}>
              {t(`history.flags.name.${name}`)}
            </Tag>
          ))
        )}
      </div>
      <form onSubmit={submit} style={{ marginTop: 8 }}>
        <Field>
          <Label>{t('history.flags.flag')}</Label>
          <Select
            value={flag}
            onChange={(event) => {
              if (isFlagKind(event.target.value)) setFlag(event.target.value);
            }}
          >
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
            <Message validation="error">{historyErrorMessage(t, save.error)}</Message>
          )}
        </Field>
        <Button
          type="submit"
          size="small"
          disabled={save.status === 'saving'}
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
    </section>
  );
}
