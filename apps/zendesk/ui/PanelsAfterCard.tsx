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

/**
 * Signals, tone check, payment plan and history, each behind its own boundary or its own. The
 * signals panel fetches and runs its chunk (the reader, both languages' lexicons, compiled as it
 * runs) and reads the comments once the tone panel's first check has answered or the panel has
 * crashed (`toneSettled`, kept by TicketSidebar.tsx, at most 3 s on): run beside it, on a slow CPU
 * it held that answer back by its own run time (issue 16); its skeleton holds its place meanwhile.
 * The history panel does not wait: it shares the opening reads with the customer card.
 */
export function PanelsAfterCard({
  toneSettled,
  onToneSettled,
}: {
  toneSettled: boolean;
  onToneSettled: () => void;
}) {
  return (
    <>
      <LazySignalsPanel start={toneSettled} />
      <PanelBoundary onCrash={onToneSettled}>
        <LazyToneCheckPanel onSettled={onToneSettled} />
      </PanelBoundary>
      <LazyPlanPanel />
      <LazyHistoryPanel start={toneSettled} />
    </>
  );
}
