/**
 * The tone panel: verdict, score and findings for the reply draft, with Apply and Apply all, and,
 * when the admin turned agent feedback on, "This finding is wrong" and "Tactful missed something".
 */
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Hint, Label, Textarea } from '@zendeskgarden/react-forms';
import { Well } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { MD, SM } from '@zendeskgarden/react-typography';
import type { HttpError } from '../../../../../shared/ports';
import type { Finding, ToneResult } from '../../../../../shared/tone/core';
import type { ToneFeedbackControls } from '../../../../../shared/tone/feedback-view';
import { isBlankDraft, saveOutcomeNotice } from '../../../../../shared/tone/view';
import { saveNotice, toneWords, type FindingLine } from '../../../../../shared/tone/view-words';
import { errorMessage } from '../../error-message';
import { hue } from '../../hue';
import { useI18n } from '../../i18n';
import { ReadState } from '../../ReadState';
import { Notice } from '../../Notice';
import { useToneCheck } from './useToneCheck';
import { useToneFeedback } from './useToneFeedback';
import { Section } from '../../Section';

type Feedback = ToneFeedbackControls<HttpError>;

function FindingItem({
  line,
  onApply,
  feedback,
}: {
  line: FindingLine;
  onApply: () => void;
  feedback: Feedback | undefined;
}) {
  const { t } = useI18n();
  const wrong = feedback?.wrongButton(line.finding);
  return (
    <li style={{ marginBottom: 12 }}>
      <Tag hue={hue[line.emphasis]}>
        {line.category} · {line.severity}
      </Tag>
      <MD>
        <span>{t('tone.excerpt')}: </span>
        <q>{line.excerpt}</q>
      </MD>
      <SM>{line.explanation}</SM>
      {line.ruleRef && <SM>{line.ruleRef}</SM>}
      {line.suggestion && (
        <>
          <SM>
            {line.suggestion.label}: <q>{line.suggestion.text}</q>
          </SM>
          <Button size="small" onClick={onApply} aria-label={line.suggestion.apply}>
            {t('tone.apply')}
          </Button>
        </>
      )}
      {feedback && wrong && (
        <div style={{ marginTop: 4 }}>
          <Button
            size="small"
            isBasic
            disabled={wrong.disabled}
            onClick={() => feedback.wrong(line.finding)}
            aria-label={line.wrongLabel}
          >
            {t(wrong.label)}
          </Button>
        </div>
      )}
    </li>
  );
}

/** The note and "Tactful missed something", with what became of the last click. */
function FeedbackSection({ feedback }: { feedback: Feedback }) {
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
        disabled={feedback.sending}
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
        <Notice
          emphasis="bad"
          role="alert"
          text={t('tone.feedback.failed', { reason: errorMessage(t, status.error) })}
          style={{ marginTop: 4 }}
        />
      )}
    </Section>
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
  feedback?: Feedback | undefined;
}) {
  const { t, locale } = useI18n();
  const view = toneWords(t, result, locale);
  return (
    <>
      <div aria-live="polite">
        <Tag hue={hue[view.verdict.emphasis]} size="large">
          {view.verdict.label}
        </Tag>{' '}
        <SM tag="span">{t('tone.score', { score: view.score })}</SM>
      </div>
      {isNote && <SM>{t('tone.internalNote')}</SM>}
      {view.problems.length === 0 ? (
        <SM>{t('tone.noProblems')}</SM>
      ) : (
        <Section title={t('tone.findingsTitle')}>
          <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0' }}>
            {view.problems.map((line) => (
              <FindingItem
                key={line.key}
                line={line}
                onApply={() => onApply(line.finding)}
                feedback={feedback}
              />
            ))}
          </ul>
          {view.canApplyAll && (
            <Button size="small" isPrimary onClick={onApplyAll}>
              {t('tone.applyAll')}
            </Button>
          )}
        </Section>
      )}
      {view.good.length > 0 && (
        <Section title={t('tone.goodTitle')} style={{ marginTop: 8 }}>
          {view.good.map(({ key, excerpt }) => (
            <Tag key={key} hue={hue.good} style={{ margin: 2 }}>
              {excerpt}
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
  const { state, saveOutcome, onSave, rewrite, retry } = useToneCheck();
  const feedback = useToneFeedback(state.status === 'ready' ? state.checked : undefined);
  return (
    <Section title={t('tone.title')} style={{ marginTop: 16 }} panel>
      {saveOutcome && (
        <Notice {...saveOutcomeNotice[saveOutcome.kind]} text={saveNotice(t, saveOutcome)} />
      )}
      <ReadState state={state} onRetry={retry} label={t('tone.checking')} />
      {state.status === 'ready' &&
        (isBlankDraft(state.checked.draft.html, 'html') ? (
          <SM>{t('tone.empty')}</SM>
        ) : (
          <Well isRecessed style={{ padding: 12, marginTop: 8 }}>
            <ToneResultView
              result={state.checked.result}
              isNote={state.checked.draft.type === 'internalNote'}
              onApply={(finding) => void rewrite(finding)}
              onApplyAll={() => void rewrite('all')}
              feedback={feedback}
            />
          </Well>
        ))}
      <SM style={{ marginTop: 8 }}>{t(`tone.mode.${onSave}`)}</SM>
    </Section>
  );
}
