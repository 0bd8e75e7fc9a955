/**
 * The ticket sidebar's panels after the customer card, in their order. Their own chunk
 * (load-panels-after-card.ts), fetched beside the sidebar's: they render once the agent's whole
 * catalog has arrived, after the first paint, so their wrappers and Garden's buttons stay out of it.
 */
import { PanelBoundary } from './PanelBoundary';
import { LazyPlanPanel } from './panels/plans/LazyPlanPanel';
import { LazyHistoryPanel } from './panels/history/LazyHistoryPanel';
import { LazySignalsPanel } from './panels/signals/LazySignalsPanel';
import { LazyToneCheckPanel } from './panels/tone/LazyToneCheckPanel';

/** Signals, tone check, payment plan and history, each behind its own boundary or its own. */
export function PanelsAfterCard() {
  return (
    <>
      <LazySignalsPanel />
      <PanelBoundary>
        <LazyToneCheckPanel />
      </PanelBoundary>
      <LazyPlanPanel />
      <LazyHistoryPanel />
    </>
  );
}
