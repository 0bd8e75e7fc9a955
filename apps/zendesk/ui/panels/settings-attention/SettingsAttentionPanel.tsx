/**
 * "Settings need attention": admins see every problem in the installation's settings by name and
 * the first-run checklist; agents see a one-line notice when something is wrong, nothing otherwise.
 */
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { MD, SM } from '@zendeskgarden/react-typography';
import { attentionShown } from '../../../../../shared/settings/attention-view';
import { firstRunStepWords } from '../../../../../shared/settings/first-run-view';
import { hue } from '../../hue';
import { useI18n } from '../../i18n';
import { Notice } from '../../Notice';
import type { FirstRunChecklist } from '../../../host/settings-attention';
import { useSettingsAttention } from './useSettingsAttention';

function Checklist({
  checklist,
  onTestDraft,
}: {
  checklist: FirstRunChecklist;
  onTestDraft: () => void;
}) {
  const { t } = useI18n();
  return (
    <section aria-label={t('settingsAttention.checklist.title')} style={{ marginTop: 8 }}>
      <MD tag="h3" isBold>
        {t('settingsAttention.checklist.title')}
      </MD>
      <ol style={{ paddingLeft: 20, margin: '4px 0' }}>
        {firstRunStepWords(t, { host: 'zendesk', checklist }).map((step) => (
          <li key={step.step}>
            <SM tag="span">{step.label}</SM>{' '}
            <Tag hue={hue[step.emphasis]} size="small">
              {step.state}
            </Tag>
          </li>
        ))}
      </ol>
      {!checklist.testDraftChecked && (
        <Button size="small" onClick={onTestDraft}>
          {t('settingsAttention.checklist.tryTestDraft')}
        </Button>
      )}
    </section>
  );
}

/** The settings check shown above the other panels. */
export function SettingsAttentionPanel() {
  const { t } = useI18n();
  const attention = useSettingsAttention();
  const { isAdmin, defaultsInUse, problems, warnings, checklist, checklistDone } = attention;
  const shown = attentionShown(isAdmin, { problems, warnings, checklistDone });
  if (shown === 'nothing') return null;
  if (shown === 'agent-notice') {
    return (
      <Notice
        emphasis="caution"
        role="status"
        text={t('settingsAttention.agentNotice')}
        style={{ marginBottom: 12 }}
      />
    );
  }
  return (
    <section aria-label={t('settingsAttention.title')} style={{ marginBottom: 12 }}>
      {problems.length > 0 && (
        <Alert type="error" role="alert">
          <Alert.Title>{t('settingsAttention.title')}</Alert.Title>
          <Alert.Paragraph>{t('settingsAttention.intro')}</Alert.Paragraph>
          <ul style={{ paddingLeft: 20 }}>
            {problems.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          {defaultsInUse && (
            <Alert.Paragraph>{t('settingsAttention.defaultsInUse')}</Alert.Paragraph>
          )}
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert type="warning" style={{ marginTop: 8 }}>
          <Alert.Title>{t('settingsAttention.warningsTitle')}</Alert.Title>
          <ul style={{ paddingLeft: 20 }}>
            {warnings.map((item) => (
              <li key={`${item.code}:${item.message}`}>{item.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      {!checklistDone && (
        <Checklist
          checklist={checklist}
          onTestDraft={() => void attention.checkTestDraft(t('settingsAttention.testDraft'))}
        />
      )}
      {attention.testDraftFailed && (
        <SM role="alert">{t('settingsAttention.checklist.testDraftFailed')}</SM>
      )}
    </section>
  );
}
