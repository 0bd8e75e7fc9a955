/**
 * The tone panel: verdict, score and findings for the reply draft, with Apply and Apply all, and,
 * when the admin turned agent feedback on, "This finding is wrong" and "Tactful missed something".
 */
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Hint, Label, Textarea } from '@zendeskgarden/react-forms';
import { Alert, Well } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { MD, SM } from '@zendeskgarden/react-typography';
import {
  htmlToText,
  severityEmphasis,
  toneView,
  verdictEmphasis,
  type Finding,
  type ToneResult,
} from '../../../../../shared/tone/core';
import { findingWords, problemsText } from '../../../../../shared/tone/view-words';
import { errorMessage } from '../../error-message';
import { hue } from '../../hue';
import { useI18n } from '../../i18n';
import { ReadState } from '../../ReadState';
import { useToneCheck, type SaveOutcome } from './useToneCheck';
import { useToneFeedback, type ToneFeedbackControls } from './useToneFeedback';
import { Section } from '../../Section';

/** A suggestion as the agent reads it: in HTML mode it may carry the span's tags, so show its text. */
function suggestionText(suggestion: string): string {
  return htmlToText(suggestion).text;
}

function FindingItem({
  finding,
  rulesLocale,
  onApply,
  feedback,
}: {
  finding: Finding;
  /** The language of the rules that read the draft: the customer's. */
  rulesLocale: string;
  onApply: () => void;
  feedback: ToneFeedbackControls | undefined;
}) {
  const { t, locale } = useI18n();
  const words = findingWords(t, finding, rulesLocale, locale);
  return (
    <li style={{ marginBottom: 12 }}>
      <Tag hue={hue[severityEmphasis[finding.severity]]}>
        {t(`tone.category.${finding.category}`)} · {t(`tone.severity.${finding.severity}`)}
      </Tag>
      <MD>
        <span>{t('tone.excerpt')}: </span>
        <q>{finding.excerpt}</q>
      </MD>
      <SM>{words.explanation}</SM>
      {finding.ruleRef && <SM>{t('tone.ruleRef', { ref: finding.ruleRef })}</SM>}
      {finding.suggestion !== undefined && (
        <>
          <SM>
            {words.suggestionLabel}: <q>{suggestionText(finding.suggestion)}</q>
          </SM>
          <Button
            size="small"
            onClick={onApply}
            aria-label={t('tone.applyLabel', { excerpt: finding.excerpt })}
          >
            {t('tone.apply')}
          </Button>
        </>
      )}
      {feedback && (
        <div style={{ marginTop: 4 }}>
          <Button
            size="small"
            isBasic
            disabled={feedback.status.status === 'sending' || feedback.reported(finding)}
            onClick={() => feedback.wrong(finding)}
            aria-label={t('tone.feedback.wrongLabel', { excerpt: finding.excerpt })}
          >
            {feedback.reported(finding) ? t('tone.feedback.reported') : t('tone.feedback.wrong')}
          </Button>
        </div>
      )}
    </li>
  );
}

/** The note and "Tactful missed something", with what became of the last click. */
function FeedbackSection({ feedback }: { feedback: ToneFeedbackControls }) {
  const { t } = useI18n();
  const { status } = feedback;
  return (
    <Section title={t('tone.feedback.title')} style={{ marginTop: 12 }}>
      <Field style={{ marginTop: 4 }}>
        <Label>{t('tone.feedback.note')}</Label>
        <Hint>{t('tone.feedback.noteHint', { max: feedback.maxNoteLength })}</Hint>
        <Textarea
          value={feedback.note}
          maxLength={feedback.maxNoteLength}
          minRows={2}
          onChange={(event) => feedback.setNote(event.target.value)}
        />
      </Field>
      <Button
        size="small"
        disabled={status.status === 'sending'}
        onClick={feedback.missed}
        style={{ marginTop: 8 }}
      >
        {t('tone.feedback.missed')}
      </Button>
      <div role="status" style={{ marginTop: 4 }}>
        {status.status === 'sending' && <SM>{t('tone.feedback.sending')}</SM>}
        {status.status === 'sent' && <SM>{t('tone.feedback.thanks')}</SM>}
      </div>
      {status.status === 'failed' && (
        <Alert type="error" role="alert" style={{ marginTop: 4 }}>
          <Alert.Paragraph>
            {t('tone.feedback.failed', { reason: errorMessage(t, status.error) })}
          </Alert.Paragraph>
        </Alert>
      )}
    </Section>
  );
}

/** How each save outcome is announced: an error for a stopped reply, a note for a checked note. */
const saveNotices = {
  stopped: { type: 'error', role: 'alert', key: 'tone.save.stoppedNotice' },
  warned: { type: 'warning', role: 'alert', key: 'tone.save.warned' },
  'note-checked': { type: 'info', role: 'status', key: 'tone.save.noteChecked' },
} as const;

function SaveNotice({ outcome }: { outcome: SaveOutcome }) {
  const { t } = useI18n();
  const notice = saveNotices[outcome.kind];
  return (
    <Alert type={notice.type} role={notice.role}>
      <Alert.Paragraph>
        {t(notice.key, { problems: problemsText(t, outcome.findings) })}
      </Alert.Paragraph>
    </Alert>
  );
}

/** The verdict, score and findings for one checked draft. */
export function ToneResultView({
  result,
  isNote,
  onApply,
  onApplyAll,
  feedback,
}: {
  result: ToneResult;
  isNote: boolean;
  onApply: (finding: Finding) => void;
  onApplyAll: () => void;
  /** Present when the admin turned agent feedback on. */
  feedback?: ToneFeedbackControls | undefined;
}) {
  const { t } = useI18n();
  const { problems, good, canApplyAll, verdictLabel } = toneView(result);
  return (
    <>
      <div aria-live="polite">
        <Tag hue={hue[verdictEmphasis[result.verdict]]} size="large">
          {t(verdictLabel)}
        </Tag>{' '}
        <SM tag="span">{t('tone.score', { score: result.score })}</SM>
      </div>
      {isNote && <SM>{t('tone.internalNote')}</SM>}
      {problems.length === 0 ? (
        <SM>{t('tone.noProblems')}</SM>
      ) : (
        <Section title={t('tone.findingsTitle')}>
          <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0' }}>
            {problems.map((finding) => (
              <FindingItem
                key={`${finding.ruleId}:${finding.start}`}
                finding={finding}
                rulesLocale={result.locale}
                onApply={() => onApply(finding)}
                feedback={feedback}
              />
            ))}
          </ul>
          {canApplyAll && (
            <Button size="small" isPrimary onClick={onApplyAll}>
              {t('tone.applyAll')}
            </Button>
          )}
        </Section>
      )}
      {good.length > 0 && (
        <Section title={t('tone.goodTitle')} style={{ marginTop: 8 }}>
          {good.map((finding) => (
            <Tag key={`${finding.ruleId}:${finding.start}`} hue={hue.good} style={{ margin: 2 }}>
              {finding.excerpt}
            </Tag>
          ))}
        </Section>
      )}
      {feedback && <FeedbackSection feedback={feedback} />}
    </>
  );
}

/** Live tone check of the reply draft beside the ticket (and a new outbound ticket). */
export function ToneCheckPanel() {
  const { t } = useI18n();
  const { state, saveOutcome, onSave, apply, applyAll, retry } = useToneCheck();
  const feedback = useToneFeedback(state.status === 'ready' ? state.checked : undefined);
  return (
    <Section title={t('tone.title')} style={{ marginTop: 16 }} panel>
      {saveOutcome && <SaveNotice outcome={saveOutcome} />}
      <ReadState state={state} onRetry={retry} label={t('tone.checking')} />
      {state.status === 'ready' &&
        (htmlToText(state.checked.draft.html).text.trim() === '' ? (
          <SM>{t('tone.empty')}</SM>
        ) : (
          <Well isRecessed style={{ padding: 12, marginTop: 8 }}>
            <ToneResultView
              result={state.checked.result}
              isNote={state.checked.draft.type === 'internalNote'}
              onApply={(finding) => void apply(finding)}
              onApplyAll={() => void applyAll()}
              feedback={feedback}
            />
          </Well>
        ))}
      <SM style={{ marginTop: 8 }}>{t(`tone.mode.${onSave}`)}</SM>
    </Section>
  );
}
