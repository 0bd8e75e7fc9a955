/**
 * The card's "Set up Tactful" panel: shown above the others, only to users who can change app
 * settings, and only while the balance fields or the portal's policy are missing.
 */
import { useExtensionContext } from '@hubspot/ui-extensions';
import { FirstRunChecklist } from '../../../settings/FirstRunChecklist';
import { canChangeSettings, setupIncomplete } from '../../../settings/first-run';
import { useSetupStatus } from './useSetupStatus';

/** Where an admin finishes each step, from the card. */
const cardHints = {
  fieldsMapped:
    "Open Tactful's settings (Settings > Integrations > Connected apps > Tactful) and check the balance, currency and due-date properties; a property named below as unreadable holds a value Tactful cannot use.",
  policySet:
    "Open Tactful's settings (Settings > Integrations > Connected apps > Tactful), check the payment-plan policy and save it.",
};

/** The checklist for admins while setup is incomplete; nothing otherwise. */
export function SetupPanel() {
  const { user } = useExtensionContext<'crm.record.tab'>();
  const status = useSetupStatus(canChangeSettings(user));
  if (status.kind === 'hidden' || !setupIncomplete(status.checklist)) return null;
  return (
    <FirstRunChecklist
      checklist={status.checklist}
      hints={cardHints}
      testFindings={status.testFindings}
      onCheckTestDraft={status.checkTestDraft}
    />
  );
}
