/**
 * The tone panel: verdict, score and findings for the reply draft, with Apply and Apply all, and,
 * when the admin turned agent feedback on, "This finding is wrong" and "Tactful missed something".
 * What shows and which buttons are on is decided in shared/tone/panel-view; this lays it out.
 */
import { useEffect, useState } from 'react';
import { Button, type IButtonProps } from '@zendeskgarden/react-buttons';
import { Field, Hint, Label, Textarea } from '@zendeskgarden/react-forms';
import { Well } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { MD, SM } from '@zendeskgarden/react-typography';
import type { HttpError } from '../../../../../shared/ports';
import type { ToneFeedbackControls } from '../../../../../shared/tone/feedback-view';
import {
  tonePanelWords,
  type FeedbackWords,
  type ToneButton,
} from '../../../../../shared/tone/panel-view';
import { isBlankDraft, saveOutcomeNotice } from '../../../../../shared/tone/view';
import { saveNotice } from '../../../../../shared/tone/view-words';
import { errorWords } from '../../../../../shared/i18n/error-words';
import { hue } from '../../hue';
import { useI18n } from '../../i18n';
import { Notice } from '../../Notice';
import { ReadState } from '../../ReadState';
import { Section } from '../../Section';
import { useToneCheck } from './useToneCheck';

/** One of the panel's small buttons, as the view words it. */
function SmallButton({ button, ...props }: { button: ToneButton } & IButtonProps) {
  const { label, name, disabled } = button;
  const named = name === label ? {} : { 'aria-label': name };
  return (
    <Button size="small" disabled={disabled} {...named} {...props}>
      {label}
    </Button>
  );
}

/** The note and "Tactful missed something", with what became of the last click. */
function FeedbackSection(props: {
  words: FeedbackWords;
  feedback: ToneFeedbackControls<HttpError>;
}) {
  const { words, feedback } = props;
  const { status } = words;
  return (
    <Section title={words.title} style={{ marginTop: 12 }}>
      <Field style={{ marginTop: 4 }}>
        <Label>{words.noteLabel}</Label>
        <Hint>{words.noteHint}</Hint>
        <Textarea
          value={feedback.note}
          maxLength={feedback.maxNoteLength}
          minRows={2}
          onChange={(event) => feedback.setNote(event.target.value)}
        />
      </Field>
      <SmallButton button={words.missedButton} onClick={feedback.missed} style={{ marginTop: 8 }} />
      <div role="status" style={{ marginTop: 4 }}>
        {status?.role === 'status' && <SM>{status.text}</SM>}
      </div>
      {status?.role === 'alert' && <Notice {...status} style={{ marginTop: 4 }} />}
    </Section>
  );
}

/** What the panel is told by whoever renders it. */
export interface ToneCheckProps {
  /**
   * Called once its first check has answered or failed (the ticket sidebar starts its later panels
   * then, PanelsAfterCard.tsx).
   */
  onSettled?: () => void;
  /**
   * The sidebar already showed a blank draft's answer before this chunk ran
   * (LazyToneCheckPanel.tsx): it stays until the first check replaces it, as any answer stays until
   * the next, instead of a busy line between two equal answers.
   */
  openedBlank?: boolean;
}

/** Live tone check of the reply draft beside the ticket (and a new outbound ticket). */
export function ToneCheckPanel(props: ToneCheckProps) {
  const { t } = useI18n();
  return (
    <Section title={t('tone.title')} style={{ marginTop: 16 }} panel>
      <ToneCheckContent {...props} />
    </Section>
  );
}

/**
 * The panel inside its region: the ticket sidebar renders the region itself, so the one an agent
 * (or a screen reader) found before this chunk ran is the one that stays (LazyToneCheckPanel.tsx).
 */
export function ToneCheckContent({ onSettled, openedBlank = false }: ToneCheckProps) {
  const { t, locale } = useI18n();
  const { state, checked, feedback, saveOutcome, onSave, rewrite, retry } = useToneCheck();
  const settled = state.status !== 'loading';
  const [answered, setAnswered] = useState(false);
  useEffect(() => {
    if (!settled) return;
    setAnswered(true);
    onSettled?.();
  }, [settled, onSettled]);
  const blankMeanwhile = openedBlank && !answered && !settled;
  const reason = (error: HttpError) => errorWords(t, { host: 'zendesk', error }).body;
  const view =
    checked && !isBlankDraft(checked.draft.html, 'html')
      ? tonePanelWords(t, checked.result, locale, { pending: false, feedback, reason })
      : undefined;
  return (
    <>
      {saveOutcome && (
        <Notice {...saveOutcomeNotice[saveOutcome.kind]} text={saveNotice(t, saveOutcome)} />
      )}
      {!blankMeanwhile && <ReadState state={state} onRetry={retry} label={t('tone.checking')} />}
      {(blankMeanwhile || (checked && !view)) && <SM>{t('tone.empty')}</SM>}
      {checked && view && (
        <Well isRecessed style={{ padding: 12, marginTop: 8 }}>
          <div aria-live="polite">
            <Tag hue={hue[view.verdict.emphasis]} size="large">
              {view.verdict.label}
            </Tag>{' '}
            <SM tag="span">{view.scoreText}</SM>
          </div>
          {checked.draft.type === 'internalNote' && <SM>{t('tone.internalNote')}</SM>}
          {view.problems.length === 0 ? (
            <SM>{t('tone.noProblems')}</SM>
          ) : (
            <Section title={t('tone.findingsTitle')}>
              <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0' }}>
                {view.problems.map((line) => (
                  <li key={line.key} style={{ marginBottom: 12 }}>
                    <Tag hue={hue[line.emphasis]}>
                      {line.category} · {line.severity}
                    </Tag>
                    <MD>
                      <span>{t('tone.excerpt')}: </span>
                      <q>{line.excerpt}</q>
                    </MD>
                    <SM>{line.explanation}</SM>
                    {line.ruleRef && <SM>{line.ruleRef}</SM>}
                    {line.suggestion && line.applyButton && (
                      <>
                        <SM>
                          {line.suggestion.label}: <q>{line.suggestion.text}</q>
                        </SM>
                        <SmallButton
                          button={line.applyButton}
                          onClick={() => void rewrite(line.finding)}
                        />
                      </>
                    )}
                    {feedback && line.wrongButton && (
                      <div style={{ marginTop: 4 }}>
                        <SmallButton
                          button={line.wrongButton}
                          onClick={() => feedback.wrong(line.finding)}
                          isBasic
                        />
                      </div>
                    )}
                  </li>
                ))}
              </ul>
              {view.applyAllButton && (
                <SmallButton
                  button={view.applyAllButton}
                  isPrimary
                  onClick={() => void rewrite('all')}
                />
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
          {feedback && view.feedback && (
            <FeedbackSection words={view.feedback} feedback={feedback} />
          )}
        </Well>
      )}
      <SM style={{ marginTop: 8 }}>{t(`tone.mode.${onSave}`)}</SM>
    </>
  );
}
