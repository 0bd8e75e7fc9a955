/** The ticket_sidebar location: the panels an agent sees beside a ticket, each behind its own boundary. */
import { lazy, Suspense } from 'react';
import { WholeCatalog } from './i18n';
import { PanelBoundary } from './PanelBoundary';
import { CustomerPanel } from './panels/customer/CustomerPanel';
import { LazyPlanPanel } from './panels/plans/LazyPlanPanel';
import { LazyHistoryPanel } from './panels/history/LazyHistoryPanel';
import { LazySignalsPanel } from './panels/signals/LazySignalsPanel';
import { LazyToneCheckPanel } from './panels/tone/LazyToneCheckPanel';

/**
 * The settings check validates every installation parameter (shared/settings and its messages): it
 * says nothing to an agent while the settings are sound, so it loads after the first paint, its own
 * chunk, and appears above the customer card when it has something to say (issue 16).
 */
const SettingsAttentionPanel = lazy(() =>
  import(
    /* webpackChunkName: "settings-attention" */ './panels/settings-attention/SettingsAttentionPanel'
  ).then((module) => ({ default: module.SettingsAttentionPanel })),
);

/**
 * Panels in order; later issues add tone check, plans and history here (React.lazy keeps them split).
 * The customer card paints on the opening messages; the rest speak the whole catalog, so they
 * appear once it has arrived (it loads beside the opening messages, issue 16).
 */
export default function TicketSidebar() {
  return (
    <>
      <WholeCatalog>
        <PanelBoundary>
          <Suspense fallback={null}>
            <SettingsAttentionPanel />
          </Suspense>
        </PanelBoundary>
      </WholeCatalog>
      <PanelBoundary>
        <CustomerPanel />
      </PanelBoundary>
      <WholeCatalog>
        <LazySignalsPanel />
        <PanelBoundary>
          <LazyToneCheckPanel />
        </PanelBoundary>
        <LazyPlanPanel />
        <LazyHistoryPanel />
      </WholeCatalog>
    </>
  );
}
