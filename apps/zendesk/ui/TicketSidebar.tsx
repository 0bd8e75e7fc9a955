/** The ticket_sidebar location: the panels an agent sees beside a ticket, each behind its own boundary. */
import { PanelBoundary } from './PanelBoundary';
import { CustomerPanel } from './panels/customer/CustomerPanel';
import { LazyPlanPanel } from './panels/plans/LazyPlanPanel';
import { LazyHistoryPanel } from './panels/history/LazyHistoryPanel';
import { LazySignalsPanel } from './panels/signals/LazySignalsPanel';
import { SettingsAttentionPanel } from './panels/settings-attention/SettingsAttentionPanel';
import { LazyToneCheckPanel } from './panels/tone/LazyToneCheckPanel';

/** Panels in order; later issues add tone check, plans and history here (React.lazy keeps them split). */
export default function TicketSidebar() {
  return (
    <>
      <PanelBoundary>
        <SettingsAttentionPanel />
      </PanelBoundary>
      <PanelBoundary>
        <CustomerPanel />
      </PanelBoundary>
      <LazySignalsPanel />
      <PanelBoundary>
        <LazyToneCheckPanel />
      </PanelBoundary>
      <LazyPlanPanel />
      <LazyHistoryPanel />
    </>
  );
}
