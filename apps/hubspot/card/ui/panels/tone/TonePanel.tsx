/**
 * The draft box: the account manager writes or pastes a message (or starts from a template), sees
 * its tone findings as they type, applies the kinder rewrites, and copies the result. With agent
 * feedback on, they can say a finding is wrong or that Tactful missed something. What shows, and
 * whether each button is on, is decided in shared/tone/draft-box-view and panel-view.
 */
import {
  Button,
  ButtonRow,
  Flex,
  LoadingSpinner,
  StatusTag,
  Text,
  TextArea,
  useExtensionActions,
  useExtensionContext,
} from '@hubspot/ui-extensions';
import { useCallback, useMemo, useState } from 'react';
import { buildToneFeedback } from '../../../../../../shared/feedback';
import * as box from '../../../../../../shared/tone/draft-box-view';
import { toneLanguageFor } from '../../../../../../shared/tone/view';
import type { BackendError } from '../../../host/backend-client';
import { openDraftSetup, type DraftSetup } from '../../../host/draft-setup';
import { toneCheckOptions } from '../../../host/tone-check-options';
import { sendToneFeedback } from '../../../host/tone-feedback';
import { useToneEvents } from '../../../outcomes/use-tone-events';
import { errorWords, retryHelps } from '../../../../../../shared/i18n/error-words';
import { Choice, labelled } from '../../Choice';
import { statusTagVariant } from '../../emphasis';
import { ErrorAlert } from '../../ErrorAlert';
import { useCardI18n } from '../../i18n';
import { useCardServices } from '../../services';
import { useLoaded } from '../../../../../react/load';
import { useToneFeedback } from '../../../../../react/tone-feedback';
import { ToneFindings } from '../../../../../react/panels/ToneFindings';
import { TemplatePicker } from './TemplatePicker';
import { useDraftCheck } from './useDraftCheck';

/**
 * The tone panel: loads the contact and the portal's settings side by side (never failing as a
 * whole, host/draft-setup), then shows the draft box.
 */
export function TonePanel() {
  const { crm, backend } = useCardServices();
  const load = useCallback(() => openDraftSetup(crm, backend), [crm, backend]);
  const setup = useLoaded(load).state;
  const { t } = useCardI18n();
  if (setup.status !== 'ready') {
    return <LoadingSpinner label={t('card.tone.loading')} layout="centered" />;
  }
  return <DraftBox setup={setup.value} />;
}

function DraftBox({ setup }: { setup: DraftSetup }) {
  const actions = useExtensionActions<'crm.record.tab'>();
  const { user, portal: hubspotPortal } = useExtensionContext<'crm.record.tab'>();
  const { t, locale } = useCardI18n();
  const { contact, portal } = setup;
  const { tone } = portal.settings;
  // The contact's language when we have rules for it, else detect it from what the agent writes.
  const [language, setLanguage] = useState<box.DraftLanguage>(
    toneLanguageFor(contact?.customer.language),
  );
  const options = useMemo(() => toneCheckOptions(language, tone), [language, tone]);
  const draft = useDraftCheck(options);
  const { result } = draft;
  const { backend, clock } = useCardServices();
  const toneEvents = useToneEvents({
    backend,
    checkedText: draft.checkedText,
    result,
    timeZone: hubspotPortal.timezone,
    now: clock.now,
  });
  const { addAlert } = actions;
  const alert = (words: box.DraftAlertWords) =>
    addAlert({
      type: statusTagVariant[words.emphasis],
      title: words.title,
      message: words.message,
    });
  const say = (key: box.DraftAlert) => alert(box.alertWords(t, key));
  // With agent feedback on, each click sends the checked draft's findings to our backend; where it
  // stands shows under the controls, as in the sidebar (apps/react/panels/ToneFindings.tsx).
  const subject = { result, draft: { format: 'text', input: draft.checkedText } } as const;
  const feedback = useToneFeedback<BackendError>(tone, subject, {
    write: (input) => sendToneFeedback(backend, buildToneFeedback(input)),
    now: () => clock.now(),
  });
  const reason = (error: BackendError) => errorWords(t, { host: 'hubspot', error }).body;
  const { onSave } = tone;
  const words = box.draftBoxWords(t, { ...draft, agentLocale: locale, onSave, feedback, reason });
  const { shows, panel: view, copy: decision } = words;
  const writeIn = box.templateLocale(
    contact?.customer.language,
    portal.settings.contact.defaultLocale,
    language,
  );
  const copy = async () => {
    if (decision.kind !== 'copy') return;
    try {
      await actions.copyTextToClipboard(draft.text);
      // The outcomes' tone event (counts only), fire and forget: the copy never waits for it.
      toneEvents.copied(result);
      say(box.copiedAlert(decision));
    } catch {
      say('copyFailed');
    }
  };

  return (
    <Flex direction="column" gap="small">
      {setup.notes.map((note) => (
        <Text key={note.code} variant="microcopy" testId="draft-note">
          {box.draftNoteText(
            t,
            note,
            (code) => errorWords(t, { host: 'hubspot', error: { code } }).title,
          )}
        </Text>
      ))}
      <TemplatePicker
        writeIn={writeIn}
        contact={contact}
        outreach={portal.settings.outreach}
        agentName={`${user.firstName} ${user.lastName}`.trim()}
        onUse={draft.replace}
      />
      <Choice
        id="draft-language"
        label={t('card.tone.language')}
        choices={labelled(box.draftLanguages, (value) => t(`card.tone.language.${value}`))}
        value={language}
        onChoose={setLanguage}
      />
      <TextArea
        testId="draft"
        name="tactful-draft"
        label={t('card.tone.draft')}
        description={t('card.tone.draftHint')}
        rows={6}
        resize="vertical"
        value={draft.text}
        onInput={draft.type}
      />
      {draft.check.status === 'failed' && shows === 'failed' ? (
        <ErrorAlert testId="draft-check-failed" code={draft.check.error.code}>
          {retryHelps(draft.check.error.code) ? (
            <Button testId="draft-check-retry" size="xs" onClick={draft.retry}>
              {t('retry')}
            </Button>
          ) : null}
        </ErrorAlert>
      ) : null}
      {shows === 'checking' ? (
        <Text testId="draft-checking" variant="microcopy">
          {t('tone.checking')}
        </Text>
      ) : null}
      {shows === 'verdict' ? (
        <Flex direction="row" gap="small" align="center" wrap>
          <StatusTag testId="draft-verdict" variant={statusTagVariant[view.verdict.emphasis]}>
            {view.verdict.label}
          </StatusTag>
          <Text testId="draft-score" variant="microcopy">
            {view.scoreText}
          </Text>
        </Flex>
      ) : null}
      {shows === 'checking' || shows === 'verdict' ? (
        <ToneFindings t={t} view={view} onApply={draft.rewrite} feedback={feedback} />
      ) : null}
      <ButtonRow>
        <Button
          testId="draft-copy"
          variant="primary"
          disabled={words.copyButton.disabled}
          onClick={() => void copy()}
        >
          {words.copyButton.label}
        </Button>
      </ButtonRow>
      {words.copyBlocked === undefined ? null : (
        <Text testId="draft-copy-blocked" variant="microcopy">
          {words.copyBlocked}
        </Text>
      )}
    </Flex>
  );
}
