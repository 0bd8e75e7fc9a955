/** The ticket_sidebar location: the panels an agent sees beside a ticket, each behind its own boundary. */
import { lazy, Suspense, useEffect, useReducer } from 'react';
import { useChunk } from './chunk';
import { WholeCatalog } from './i18n';
import { errorAlert } from './load-error-alert';
import { panelsAfterCard } from './load-panels-after-card';
import { PanelBoundary } from './PanelBoundary';
import { CustomerPanel } from './panels/customer/CustomerPanel';
import { useToneSaveGuard } from './panels/tone/save-guard';

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
 * How long the panels that wait for the tone panel's first check (PanelsAfterCard.tsx) wait at most:
 * a tone panel that crashed (its PanelBoundary shows why) or a host that never answers its draft
 * read must not keep them away.
 */
export const laterPanelsAtMostMs = 3_000;

interface LaterPanels {
  /** True once the tone panel's first check has answered or failed, or after laterPanelsAtMostMs. */
  toneSettled: boolean;
  onToneSettled: () => void;
}

/**
 * The panels after the card, once their chunk (fetched beside this one, locations.tsx) has run; a
 * chunk that will not load fails like a panel that throws, inside a PanelBoundary.
 */
function AfterCard(props: LaterPanels) {
  const { value: Panels, failure } = useChunk(panelsAfterCard);
  if (failure !== undefined) throw failure;
  return Panels === undefined ? null : <Panels {...props} />;
}

/**
 * Panels in order; later issues add tone check, plans and history here (React.lazy keeps them split).
 * The customer card paints on the opening messages; the rest speak the whole catalog, so they
 * appear once it has arrived (it loads beside the opening messages, issue 16).
 */
export default function TicketSidebar() {
  // From the moment the sidebar opens: a save before the tone panel's chunk has run is checked too.
  useToneSaveGuard();
  const [toneSettled, settle] = useReducer(() => true, false);
  useEffect(() => {
    const timer = setTimeout(settle, laterPanelsAtMostMs);
    return () => clearTimeout(timer);
  }, []);
  // The error alert's chunk (Garden's alert and buttons), once the tone panel has settled: an error
  // after that shows without waiting, and its download and run stay off the path to ready (issue
  // 16). An error before then loads it where it shows (ErrorState.tsx).
  useEffect(() => {
    if (toneSettled) errorAlert.preload();
  }, [toneSettled]);
  return (
    <>
      <WholeCatalog>
        <PanelBoundary>
          <Suspense fallback={null}>
            {/* What the agent needs first is the card and the tone check; the settings check (its
                chunk, the admin's role read, every parameter's validation) ran beside them at 4x
                CPU and held them back (issue 16). It says nothing while the settings are sound. */}
            {toneSettled && <SettingsAttentionPanel />}
          </Suspense>
        </PanelBoundary>
      </WholeCatalog>
      <PanelBoundary>
        <CustomerPanel />
      </PanelBoundary>
      <WholeCatalog>
        <PanelBoundary>
          <AfterCard toneSettled={toneSettled} onToneSettled={settle} />
        </PanelBoundary>
      </WholeCatalog>
    </>
  );
}
