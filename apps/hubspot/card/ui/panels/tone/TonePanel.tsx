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
  StatusTag,
  Text,
  TextArea,
  useExtensionActions,
  useExtensionContext,
} from '@hubspot/ui-extensions';
import { useCallback, useMemo, useState } from 'react';
import { isTemplateLocale } from '../../../../../../shared/templates';
import { outreachLocale } from '../../../../../../shared/templates/outreach-locale';
import type { Translate } from '../../../../../../shared/i18n';
import type { Result } from '../../../../../../shared/ports';
import { decideCopy, isBlankDraft, toneLanguageFor } from '../../../../../../shared/tone/view';
import { categoriesText, toneWords } from '../../../../../../shared/tone/view-words';
import type { BackendError } from '../../../host/backend-client';
import { toneCheckOptions } from '../../../host/tone-check-options';
import { FindingList } from './FindingList';
import { TemplatePicker } from './TemplatePicker';
import { hasMarker } from '../../../../../../shared/templates/view';
import { errorText, retryHelps } from '../../backend-error-text';
import { ErrorAlert } from '../../ErrorAlert';
import { Choice, labelled } from '../../Choice';
import { statusTagVariant } from '../../emphasis';
import { useCardI18n } from '../../i18n';
import { useDraftCheck, type DraftCheckOptions } from './useDraftCheck';
import { useCardServices } from '../../services';
import { useToneEvents } from '../../../outcomes/use-tone-events';
import { useDraftFeedback } from './useDraftFeedback';
import { useDraftSetup } from './useDraftSetup';
import type { DraftNote, DraftSetup } from '../../../host/draft-setup';

const languageChoices = ['auto', 'en', 'es'] as const;
type LanguageChoice = (typeof languageChoices)[number];
/** The tone panel's alerts with a title and a body (`card.tone.<key>.title` and `.body`). */
type AlertKey = 'copied' | 'copiedWithProblems' | 'copyFailed' | 'feedbackThanks';

/** What the draft box had to do without, in the agent's words. */
const noteText = (t: Translate, note: DraftNote): string =>
  note.code === 'settings-unavailable'
    ? t('card.tone.settingsUnavailable', { problem: errorText(t, note.error).title })
    : t(
        `card.tone.${note.code === 'contact-unreadable' ? 'contactUnreadable' : 'settingsNeedAttention'}`,
      );

/** The tone panel: loads the contact and the portal's settings, then shows the draft box. */
export function TonePanel() {
  const setup = useDraftSetup();
  const { t } = useCardI18n();
  if (setup.status !== 'ready') {
    return <LoadingSpinner label={t('card.tone.loading')} layout="centered" />;
  }
  return <DraftBox setup={setup.value} />;
}

function DraftBox({ setup }: { setup: DraftSetup }) {
  const actions = useExtensionActions<'crm.record.tab'>();
  const { user, portal: hubspotPortal } = useExtensionContext<'crm.record.tab'>();
  const agentName = `${user.firstName} ${user.lastName}`.trim();
  const { t, locale } = useCardI18n();
  const { contact, portal } = setup;

  // The contact's language when we have rules for it, else detect it from what the agent writes.
  const [language, setLanguage] = useState<LanguageChoice>(
    toneLanguageFor(contact?.customer.language),
  );
  const options = useMemo(
    (): DraftCheckOptions => toneCheckOptions(language, portal.settings.tone),
    [language, portal],
  );
  const draft = useDraftCheck(options);
  const { backend, clock } = useCardServices();
  const toneEvents = useToneEvents({
    backend,
    checkedText: draft.checkedText,
    result: draft.result,
    timeZone: hubspotPortal.timezone,
    now: clock.now,
  });
  const { result } = draft;
  const { addAlert } = actions;
  /** An alert with one of the tone panel's titled messages. */
  const say = useCallback(
    (type: 'success' | 'warning' | 'danger', key: AlertKey) =>
      addAlert({ type, title: t(`card.tone.${key}.title`), message: t(`card.tone.${key}.body`) }),
    [addAlert, t],
  );
  const feedbackSaid = useCallback(
    (written: Result<unknown, BackendError>) => {
      if (written.ok) return say('success', 'feedbackThanks');
      const text = errorText(t, written.error.code);
      const message = `${text.title}. ${text.body}`;
      addAlert({ type: 'danger', title: t('card.tone.feedbackFailed'), message });
    },
    [addAlert, say, t],
  );
  const feedback = useDraftFeedback(draft, portal.settings.tone, feedbackSaid);
  const view = toneWords(t, result, locale);
  const empty = isBlankDraft(draft.text, 'text');
  const writeIn = outreachLocale(
    contact?.customer.language,
    portal.settings.contact.defaultLocale,
    isTemplateLocale(language) ? language : undefined,
  );
  // Copying is sending as far as Tactful can tell: the admin's "on save" mode decides it.
  const unfilled = hasMarker(t, draft.text);
  const { onSave } = portal.settings.tone;
  const decision = decideCopy({ blank: empty, pending: draft.pending, unfilled }, result, onSave);

  const copy = async () => {
    if (decision.kind !== 'copy') return;
    try {
      await actions.copyTextToClipboard(draft.text);
      // The outcomes' tone event (counts only), fire and forget: the copy never waits for it.
      toneEvents.copied(result);
      say(
        decision.withProblems ? 'warning' : 'success',
        decision.withProblems ? 'copiedWithProblems' : 'copied',
      );
    } catch {
      say('danger', 'copyFailed');
    }
  };

  return (
    <Flex direction="column" gap="small">
      {setup.notes.map((note) => (
        <Text key={note.code} variant="microcopy" testId="draft-note">
          {noteText(t, note)}
        </Text>
      ))}
      <TemplatePicker
        writeIn={writeIn}
        contact={contact}
        outreach={portal.settings.outreach}
        agentName={agentName}
        onUse={draft.replace}
      />
      <Choice
        id="draft-language"
        label={t('card.tone.language')}
        choices={labelled(languageChoices, (value) => t(`card.tone.language.${value}`))}
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
      {/* No verdict until the backend has checked the draft as it is: never a stale one. */}
      {empty ? null : draft.check.status === 'failed' ? (
        <ErrorAlert testId="draft-check-failed" code={draft.check.error.code}>
          {retryHelps(draft.check.error.code) ? (
            <Button testId="draft-check-retry" size="xs" onClick={draft.retry}>
              {t('retry')}
            </Button>
          ) : null}
        </ErrorAlert>
      ) : (
        <>
          {draft.check.status === 'checking' ? (
            <Text testId="draft-checking" variant="microcopy">
              {t('tone.checking')}
            </Text>
          ) : (
            <Flex direction="row" gap="small" align="center" wrap>
              <StatusTag testId="draft-verdict" variant={statusTagVariant[view.verdict.emphasis]}>
                {view.verdict.label}
              </StatusTag>
              <Text testId="draft-score" variant="microcopy">
                {t('card.tone.score', { score: view.score })}
              </Text>
            </Flex>
          )}
          <FindingList
            view={view}
            pending={draft.pending}
            onApply={draft.rewrite}
            feedback={feedback}
          />
        </>
      )}
      <ButtonRow>
        <Button
          testId="draft-apply-all"
          disabled={!view.canApplyAll || draft.pending}
          onClick={() => draft.rewrite('all')}
        >
          {t('tone.applyAll')}
        </Button>
        <Button
          testId="draft-copy"
          variant="primary"
          disabled={decision.kind !== 'copy'}
          onClick={() => void copy()}
        >
          {t('card.tone.copy')}
        </Button>
      </ButtonRow>
      {decision.kind !== 'stopped' ? null : (
        <Text testId="draft-copy-blocked" variant="microcopy">
          {t('card.tone.copyBlocked', { problems: categoriesText(t, decision.findings) })}
        </Text>
      )}
    </Flex>
  );
}
