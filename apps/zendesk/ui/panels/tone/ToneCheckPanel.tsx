/**
 * The tone panel: verdict, score and findings for the reply draft, with Apply and Apply all, and,
 * when the admin turned agent feedback on, "This finding is wrong" and "Tactful missed something".
 * What shows and which buttons are on is decided in shared/tone/panel-view; this lays it out.
 */
import { useEffect } from 'react';
import { Well } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import type { HttpError } from '../../../../../shared/ports';
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
import { gardenKit } from '../../kit';
import { KitProvider } from '../../../../react/kit';
import { ToneFindings } from '../../../../react/panels/ToneFindings';

/**
 * Live tone check of the reply draft beside the ticket (and a new outbound ticket). `onSettled` is
 * called once its first check has answered or failed (the ticket sidebar starts its later panels
 * then, PanelsAfterCard.tsx).
 */
export function ToneCheckPanel({ onSettled }: { onSettled?: () => void }) {
  const { t, locale } = useI18n();
  const { state, checked, feedback, saveOutcome, onSave, rewrite, retry } = useToneCheck();
  const settled = state.status !== 'loading';
  useEffect(() => {
    if (settled) onSettled?.();
  }, [settled, onSettled]);
  const reason = (error: HttpError) => errorWords(t, { host: 'zendesk', error }).body;
  const view =
    checked && !isBlankDraft(checked.draft.html, 'html')
      ? tonePanelWords(t, checked.result, locale, { pending: false, feedback, reason })
      : undefined;
  return (
    <Section title={t('tone.title')} style={{ marginTop: 16 }} panel>
      {saveOutcome && (
        <Notice {...saveOutcomeNotice[saveOutcome.kind]} text={saveNotice(t, saveOutcome)} />
      )}
      <ReadState state={state} onRetry={retry} label={t('tone.checking')} />
      {checked && !view && <SM>{t('tone.empty')}</SM>}
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
    </Section>
  );
}
