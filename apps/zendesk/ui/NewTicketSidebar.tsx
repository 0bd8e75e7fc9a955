/**
 * The new_ticket_sidebar location: when an agent starts an outbound ticket, whether and how the
 * chosen requester may be contacted, a template picker that fills the reply, and the tone check.
 */
import { PanelBoundary } from './PanelBoundary';
import { OutreachPanel } from './panels/new-ticket/OutreachPanel';
import { SettingsAttentionPanel } from './panels/settings-attention/SettingsAttentionPanel';
import { ToneCheckPanel } from './panels/tone/ToneCheckPanel';
import { useToneSaveGuard } from './panels/tone/save-guard';

/** Panels in order, each behind its own boundary so one failure leaves the others working. */
export default function NewTicketSidebar() {
  useToneSaveGuard();
  return (
    <>
      <PanelBoundary>
        <SettingsAttentionPanel />
      </PanelBoundary>
      <PanelBoundary>
        <OutreachPanel />
      </PanelBoundary>
      <PanelBoundary>
        <ToneCheckPanel />
      </PanelBoundary>
    </>
  );
}
