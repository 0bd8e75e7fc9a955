/** The ticket_sidebar location: the panels an agent sees beside a ticket, each behind its own boundary. */
import { lazy, Suspense, useEffect } from 'react';
import { useChunk } from './chunk';
import { WholeCatalog } from './i18n';
import { errorAlert } from './load-error-alert';
import { panelsAfterCard } from './load-panels-after-card';
import { PanelBoundary } from './PanelBoundary';
import { CustomerPanel } from './panels/customer/CustomerPanel';

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
 * The panels after the card, once their chunk (fetched beside this one, locations.tsx) has run; a
 * chunk that will not load fails like a panel that throws, inside a PanelBoundary.
 */
function AfterCard() {
  const { value: Panels, failure } = useChunk(panelsAfterCard);
  if (failure !== undefined) throw failure;
  return Panels === undefined ? null : <Panels />;
}

/**
 * Panels in order; later issues add tone check, plans and history here (React.lazy keeps them split).
 * The customer card paints on the opening messages; the rest speak the whole catalog, so they
 * appear once it has arrived (it loads beside the opening messages, issue 16).
 */
export default function TicketSidebar() {
  // The error alert's chunk, once the sidebar has painted: an error then shows without waiting.
  useEffect(() => errorAlert.preload(), []);
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
        <PanelBoundary>
          <AfterCard />
        </PanelBoundary>
      </WholeCatalog>
    </>
  );
}
