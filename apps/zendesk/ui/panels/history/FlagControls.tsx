/**
 * Set or clear a contact flag with a reason; the form's rules (nothing preselected, a reason for
 * every change, starting over once saved) are shared/history/flag-form's, as on the HubSpot card.
 */
import { useCallback, useMemo, useRef, type FormEvent } from 'react';
import { Field, Hint, Label, Message, Select, Textarea } from '@zendeskgarden/react-forms';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import { flagKinds, isFlagKind, type FlagKind } from '../../../../../shared/history';
import {
  flagButtonKey,
  flagOptionWords,
  flagReasonMaxLength,
} from '../../../../../shared/history/flag-form';
import { flagFormProblems } from '../../../../../shared/history/flag-form-view';
import { createFlagEditor, type FlagEditorPorts } from '../../../../../shared/history/flag-editor';
import type { FlagChangeError, HistoryCustomer } from '../../../host/history';
import { BusyButton } from '../../BusyButton';
import { useI18n } from '../../i18n';
import { errorWords } from '../../../../../shared/i18n/error-words';
import { useFlagRequests, type FlagRequest } from '../../flag-request';
import { Section } from '../../Section';
import { Options } from '../../Options';
import { useSnapshot } from '../../../../react/load';

interface FlagControlsProps {
  customer: HistoryCustomer;
  /** Saves a change (`request`: the other panel's, with the message its words came from). */
  write: FlagEditorPorts<FlagRequest, never, FlagChangeError>['write'];
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
export function FlagControls({ customer, write }: FlagControlsProps) {
  const { t } = useI18n();
  const editor = useMemo(() => createFlagEditor({ write }), [write]);
  const { form, save } = useSnapshot(editor);
  const formRef = useRef<HTMLFormElement>(null);
  const isOn = useCallback((kind: FlagKind) => customer.flagStates[kind], [customer.flagStates]);
  // Another panel (the customer's signals) may fill the form for the agent to press Set, or set a
  // flag the agent chose there in one click (never clearing one already on).
  useFlagRequests(
    useCallback(
      (request: FlagRequest) => {
        if (editor.request(request, isOn) === 'review')
          formRef.current?.querySelector('select')?.focus();
      },
      [editor, isOn],
    ),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    editor.press(isOn);
  };
  const problems = flagFormProblems(form, t);
  const reasonMessage =
    problems.reason ??
    (save.status === 'failed'
      ? errorWords(t, { host: 'zendesk', error: save.error }).body
      : undefined);
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
              if (isFlagKind(kind)) editor.choose(kind);
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
            onChange={(event) => editor.typeReason(event.target.value)}
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
