/**
 * The draft box: the account manager writes or pastes a message (or starts from a template), sees
 * its tone findings as they type, applies the kinder rewrites, and copies the result. With agent
 * feedback on, they can say a finding is wrong or that Tactful missed something.
 */
import {
  Button,
  ButtonRow,
  Flex,
  LoadingSpinner,
  Select,
  StatusTag,
  Text,
  TextArea,
  useExtensionActions,
  useExtensionContext,
} from '@hubspot/ui-extensions';
import { useCallback, useMemo, useState } from 'react';
import { toToneOptions } from '../../../../../../shared/settings';
import { isTemplateLocale } from '../../../../../../shared/templates';
import { toneView, type ToneOptions } from '../../../../../../shared/tone';
import { FindingList } from './FindingList';
import { TemplatePicker } from './TemplatePicker';
import { templateLocaleFor } from './template-values';
import { backendErrorText } from '../../backend-error-text';
import { feedbackWords, verdictWords } from './tone-words';
import { useDraftCheck } from './useDraftCheck';
import { useDraftFeedback, type FeedbackOutcome } from './useDraftFeedback';
import { useDraftSetup, type DraftSetup } from './useDraftSetup';

const languageChoices = ['auto', 'en', 'es'] as const;
type LanguageChoice = (typeof languageChoices)[number];
const languageOptions = [
  { label: 'Detect from the message', value: 'auto' },
  { label: 'English', value: 'en' },
  { label: 'Spanish', value: 'es' },
];
const isLanguageChoice = (value: unknown): value is LanguageChoice =>
  (languageChoices as readonly unknown[]).includes(value);

/** The tone panel: loads the contact and the portal's settings, then shows the draft box. */
export function TonePanel() {
  const setup = useDraftSetup();
  if (setup.status !== 'ready') {
    return <LoadingSpinner label="Getting the tone check ready" layout="centered" />;
  }
  return <DraftBox setup={setup.value} />;
}

function DraftBox({ setup }: { setup: DraftSetup }) {
  const actions = useExtensionActions<'crm.record.tab'>();
  const { user } = useExtensionContext<'crm.record.tab'>();
  const agentName = `${user.firstName} ${user.lastName}`.trim();
  const { contact, portal } = setup;

  // The contact's language when we have rules for it, else detect it from what the agent writes.
  const contactLanguage = contact?.customer.language?.split('-')[0]?.toLowerCase();
  const [language, setLanguage] = useState<LanguageChoice>(
    isLanguageChoice(contactLanguage) ? contactLanguage : 'auto',
  );
  const options = useMemo(
    (): ToneOptions => ({ locale: language, ...toToneOptions(portal.settings.tone) }),
    [language, portal],
  );
  const draft = useDraftCheck(options);
  const { result } = draft;
  const { addAlert } = actions;
  const feedbackSaid = useCallback(
    (outcome: FeedbackOutcome) => {
      if (outcome.ok) {
        addAlert({ type: 'success', ...feedbackWords.thanks });
        return;
      }
      const text = backendErrorText[outcome.error.code];
      addAlert({
        type: 'danger',
        title: feedbackWords.failed,
        message: `${text.title}. ${text.body}`,
      });
    },
    [addAlert],
  );
  const feedback = useDraftFeedback(draft, portal.settings.tone, feedbackSaid);
  const view = toneView(result);
  const empty = draft.text.trim() === '';
  const templateLocale = isTemplateLocale(language)
    ? language
    : templateLocaleFor(contact, portal.settings.contact.defaultLocale);

  const copy = async () => {
    try {
      await actions.copyTextToClipboard(draft.text);
      actions.addAlert(
        result.verdict === 'block'
          ? {
              type: 'warning',
              title: 'Copied, with wording to fix',
              message: 'The message still has wording Tactful says not to send. Fix it first.',
            }
          : { type: 'success', title: 'Copied', message: 'The message is on your clipboard.' },
      );
    } catch {
      actions.addAlert({
        type: 'danger',
        title: 'Could not copy',
        message: 'HubSpot did not let Tactful use the clipboard. Select the text and copy it.',
      });
    }
  };

  return (
    <Flex direction="column" gap="small">
      {setup.notes.map((note) => (
        <Text key={note} variant="microcopy" testId="draft-note">
          {note}
        </Text>
      ))}
      <TemplatePicker
        locale={templateLocale}
        contact={contact}
        outreach={portal.settings.outreach}
        agentName={agentName}
        onUse={draft.replace}
      />
      <Select
        testId="draft-language"
        name="tactful-draft-language"
        label="Language of the message"
        options={languageOptions}
        value={language}
        onChange={(value) => {
          if (isLanguageChoice(value)) setLanguage(value);
        }}
      />
      <TextArea
        testId="draft"
        name="tactful-draft"
        label="Message to the customer"
        description="Write or paste your message. Tactful checks its tone as you type."
        rows={6}
        resize="vertical"
        value={draft.text}
        onInput={draft.type}
      />
      {empty ? null : (
        <Flex direction="row" gap="small" align="center" wrap>
          <StatusTag testId="draft-verdict" variant={verdictWords[view.verdictLabel].variant}>
            {verdictWords[view.verdictLabel].label}
          </StatusTag>
          <Text testId="draft-score" variant="microcopy">
            {`Tone score ${result.score} of 100`}
          </Text>
        </Flex>
      )}
      {empty ? null : (
        <FindingList
          view={view}
          pending={draft.pending}
          onApply={draft.apply}
          feedback={feedback}
        />
      )}
      {empty || feedback === undefined ? null : (
        <Flex direction="column" gap="extra-small">
          <TextArea
            testId="feedback-note"
            name="tactful-feedback-note"
            label={feedbackWords.note}
            description={feedbackWords.noteHint(feedback.maxNoteLength)}
            maxLength={feedback.maxNoteLength}
            rows={2}
            value={feedback.note}
            onInput={feedback.setNote}
          />
          <ButtonRow>
            <Button
              testId="draft-missed"
              size="xs"
              variant="secondary"
              disabled={draft.pending || feedback.sending}
              onClick={feedback.missed}
            >
              {feedbackWords.missed}
            </Button>
          </ButtonRow>
        </Flex>
      )}
      <ButtonRow>
        <Button
          testId="draft-apply-all"
          disabled={!view.canApplyAll || draft.pending}
          onClick={draft.applyAll}
        >
          Apply all suggestions
        </Button>
        <Button testId="draft-copy" variant="primary" disabled={empty} onClick={() => void copy()}>
          Copy message
        </Button>
      </ButtonRow>
    </Flex>
  );
}
