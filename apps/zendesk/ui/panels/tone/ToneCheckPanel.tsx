/**
 * The tone panel: verdict, score and findings for the reply draft, with Apply and Apply all, and,
 * when the admin turned agent feedback on, "This finding is wrong" and "Tactful missed something".
 * What shows and which buttons are on is decided in shared/tone/panel-view; this lays it out.
 */
import { useEffect, useState } from 'react';
import { Well } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import type { HttpError, Result } from '../../../../../shared/ports';
import type { ReplyDraft } from '../../../host/draft';
import type { HostError } from '../../../host/zaf-client';
import { tonePanelWords } from '../../../../../shared/tone/panel-view';
import { isBlankDraft, saveOutcomeNotice } from '../../../../../shared/tone/view';
import { saveNotice } from '../../../../../shared/tone/view-words';
import { errorWords } from '../../../../../shared/i18n/error-words';
import { hue } from '../../hue';
import { useI18n } from '../../i18n';
import { Notice } from '../../Notice';
import { ReadState } from '../../ReadState';
import { Section } from '../../Section';
import { useToneCheck } from './useToneCheck';

// The save hook's answer loads with this chunk (save-guard.ts, load-tone-check-panel.ts).
export { answerToneSave } from './tone-session';
import { gardenKit } from '../../kit';
import { KitProvider } from '../../../../react/kit';
import { ToneFindings } from '../../../../react/panels/ToneFindings';

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
  /** The draft as the sidebar read it just before this chunk ran: the first check takes it. */
  justRead?: Result<ReplyDraft, HostError>;
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
export function ToneCheckContent({ onSettled, openedBlank = false, justRead }: ToneCheckProps) {
  const { t, locale } = useI18n();
  const { state, checked, feedback, saveOutcome, onSave, rewrite, retry } = useToneCheck(justRead);
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
          {view.problems.length === 0 && <SM>{t('tone.noProblems')}</SM>}
          <KitProvider kit={gardenKit}>
            <ToneFindings t={t} view={view} onApply={(f) => void rewrite(f)} feedback={feedback} />
          </KitProvider>
        </Well>
      )}
      <SM style={{ marginTop: 8 }}>{t(`tone.mode.${onSave}`)}</SM>
    </>
  );
}
