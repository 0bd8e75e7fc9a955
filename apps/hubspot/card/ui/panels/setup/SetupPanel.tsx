/**
 * The card's "Set up Tactful" panel: shown above the others, only to users who can change app
 * settings, and only while the balance fields or the portal's policy are missing.
 */
import { useExtensionContext } from '@hubspot/ui-extensions';
import { FirstRunChecklist } from '../../../settings/FirstRunChecklist';
import { canChangeSettings, setupIncomplete } from '../../../settings/first-run';
import { useCardI18n } from '../../i18n';
import { useSetupStatus } from './useSetupStatus';

/** The checklist for admins while setup is incomplete; nothing otherwise. */
export function SetupPanel() {
  const { user } = useExtensionContext<'crm.record.tab'>();
  const status = useSetupStatus(canChangeSettings(user));
  const { t } = useCardI18n();
  if (status.kind === 'hidden' || !setupIncomplete(status.checklist)) return null;
  return (
    <FirstRunChecklist
      checklist={status.checklist}
      hints={{
        fieldsMapped: t('card.setup.fieldsMappedHint'),
        policySet: t('card.setup.policySetHint'),
        outreachSet: t('card.setup.outreachSetHint'),
      }}
      testFindings={status.testFindings}
      testDraftFailed={status.testDraftFailed}
      onCheckTestDraft={status.checkTestDraft}
    />
  );
}
