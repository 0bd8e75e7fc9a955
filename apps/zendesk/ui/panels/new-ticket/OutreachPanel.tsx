/**
 * Starting an outbound ticket: may we contact the chosen requester now (and how, and when next),
 * and a template picker that fills the reply with a friendly message written for them.
 */
import { useMemo } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Input, Select } from '@zendeskgarden/react-forms';
import { SM } from '@zendeskgarden/react-typography';
import { templatesFor, type TemplateId } from '../../../../../shared/templates';
import {
  fillOutcomeWords,
  paymentLinkHintKey,
} from '../../../../../shared/templates/outreach-fill';
import { createOutreachPicker } from '../../../../../shared/templates/outreach-picker';
import { readHistorySettings } from '../../../host/history';
import { useHost } from '../../ClientProvider';
import { useI18n } from '../../i18n';
import { ReadState } from '../../ReadState';
import { GuardsSection } from '../history/GuardsSection';
import { useHistoryView } from '../history/history-view';
import type { FillResult, Recipient } from '../../../host/outreach';
import { useOutreach } from './useOutreach';
import { Section } from '../../Section';
import { Options } from '../../Options';
import { useSnapshot } from '../../../../react/load';

/** May we contact the chosen requester now; a "not now" counts once for them. */
function Guards({ recipient }: { recipient: Recipient }) {
  const { settings: shell } = useHost();
  const settings = useMemo(() => readHistorySettings(shell), [shell]);
  const { customer, events } = recipient;
  const { view } = useHistoryView(customer, events, settings);
  return <GuardsSection view={view} customer={customer} countFor={`customer-${customer.userId}`} />;
}

function TemplatePicker({
  recipient,
  settingsLink,
  onFill,
}: {
  recipient: Recipient;
  /** The payment link from Tactful settings ('' when none): the field starts with it. */
  settingsLink: string;
  onFill: (id: TemplateId, paymentLink: string) => Promise<FillResult>;
}) {
  const { t } = useI18n();
  const language = recipient.writeIn.language;
  // The agent may change the link for this ticket only (a customer-specific checkout page).
  const picker = useMemo(
    () =>
      createOutreachPicker({
        templates: templatesFor(language),
        paymentLink: settingsLink,
        fill: onFill,
      }),
    [language, settingsLink, onFill],
  );
  const { chosen, paymentLink, outcome } = useSnapshot(picker);
  const templates = templatesFor(language);
  const words = outcome && fillOutcomeWords(t, outcome);
  return (
    <Section title={t('newTicket.templates.title')} style={{ marginTop: 12 }}>
      <Field>
        <Field.Label>{t('newTicket.templates.template')}</Field.Label>
        <Select value={chosen} onChange={(event) => picker.choose(event.target.value)}>
          <Options choices={templates.map(({ id, title }) => ({ value: id, label: title }))} />
        </Select>
      </Field>
      <Field style={{ marginTop: 8 }}>
        <Field.Label>{t('newTicket.templates.paymentLink')}</Field.Label>
        <Field.Hint>{t(paymentLinkHintKey(settingsLink))}</Field.Hint>
        <Input
          type="url"
          value={paymentLink}
          onChange={(event) => picker.typeLink(event.target.value)}
        />
      </Field>
      <Button
        size="small"
        isPrimary
        style={{ marginTop: 8 }}
        disabled={chosen === undefined}
        onClick={() => void picker.fill()}
      >
        {t('newTicket.templates.fill')}
      </Button>
      {words && <SM role={words.role}>{words.text}</SM>}
    </Section>
  );
}

/** The outreach panel of the new-ticket sidebar. */
export function OutreachPanel() {
  const { t } = useI18n();
  const { state, sender, fillReply, retry } = useOutreach();
  const recipient = state.status === 'ready' ? state.value : undefined;
  return (
    <Section title={t('newTicket.title')} panel>
      <ReadState state={state} onRetry={retry} />
      {recipient === undefined ? (
        state.status === 'ready' && <SM>{t('newTicket.chooseRequester')}</SM>
      ) : (
        <>
          <SM>{t('newTicket.writingTo', { name: recipient.customer.name })}</SM>
          <Guards recipient={recipient} />
          <TemplatePicker
            key={sender.paymentLink ?? ''}
            recipient={recipient}
            settingsLink={sender.paymentLink ?? ''}
            onFill={fillReply}
          />
        </>
      )}
    </Section>
  );
}
