/**
 * Starting an outbound ticket: may we contact the chosen requester now (and how, and when next),
 * and a template picker that fills the reply with a friendly message written for them.
 */
import { useEffect, useMemo, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Input, Select } from '@zendeskgarden/react-forms';
import { SM } from '@zendeskgarden/react-typography';
import { templatesFor, type TemplateId } from '../../../../../shared/templates';
import {
  fillOutcome,
  fillOutcomeWords,
  paymentLinkHintKey,
  type FillOutcome,
} from '../../../../../shared/templates/outreach-fill';
import { readHistorySettings } from '../../../host/history';
import { useHost } from '../../ClientProvider';
import { useI18n } from '../../i18n';
import { ReadState } from '../../ReadState';
import { GuardsSection } from '../history/GuardsSection';
import { noteGuards } from '../../../host/guard-notice';
import { useHistoryView } from '../history/history-view';
import { SuggestedFlagWarnings } from '../signals/SuggestedFlagWarnings';
import type { FillResult, Recipient } from '../../../host/outreach';
import { useOutreach } from './useOutreach';
import { Section } from '../../Section';
import { Options } from '../../Options';

function Guards({ recipient }: { recipient: Recipient }) {
  const { settings: shell } = useHost();
  const settings = useMemo(() => readHistorySettings(shell), [shell]);
  const { view } = useHistoryView(recipient.customer, recipient.events, settings);
  // What the guards say for this requester counts toward the outcomes page (once per channel a day).
  const host = useHost();
  const userId = recipient.customer.userId;
  useEffect(() => noteGuards(host, view.guards, `customer-${userId}`), [host, userId, view.guards]);
  return (
    <>
      <GuardsSection guards={view.guards} nudge={view.nudge} />
      <SuggestedFlagWarnings customer={recipient.customer} />
    </>
  );
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
  const templates = templatesFor(recipient.writeIn.language);
  const [chosen, setChosen] = useState<string>(templates[0]?.id ?? '');
  // The agent may change the link for this ticket only (a customer-specific checkout page).
  const [paymentLink, setPaymentLink] = useState(settingsLink);
  const [outcome, setOutcome] = useState<FillOutcome | undefined>();
  const template = templates.find((candidate) => candidate.id === chosen);
  const words = outcome && fillOutcomeWords(t, outcome);
  return (
    <Section title={t('newTicket.templates.title')} style={{ marginTop: 12 }}>
      <Field>
        <Field.Label>{t('newTicket.templates.template')}</Field.Label>
        <Select value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <Options choices={templates.map(({ id, title }) => ({ value: id, label: title }))} />
        </Select>
      </Field>
      <Field style={{ marginTop: 8 }}>
        <Field.Label>{t('newTicket.templates.paymentLink')}</Field.Label>
        <Field.Hint>{t(paymentLinkHintKey(settingsLink))}</Field.Hint>
        <Input
          type="url"
          value={paymentLink}
          onChange={(event) => setPaymentLink(event.target.value)}
        />
      </Field>
      <Button
        size="small"
        isPrimary
        style={{ marginTop: 8 }}
        disabled={template === undefined}
        onClick={() => {
          if (template === undefined) return;
          void onFill(template.id, paymentLink).then((result) =>
            setOutcome(fillOutcome(template.title, result)),
          );
        }}
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
