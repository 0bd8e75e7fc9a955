/** The history panel, code-split: its chunk (Luxon-heavy core, forms) loads after the sidebar paints. */
import { lazy } from 'react';
import { LazyPanel } from '../../LazyPanel';
import type { HistoryPanelProps } from './HistoryPanel';

const HistoryPanel = lazy(() => import(/* webpackChunkName: "history" */ './HistoryPanel'));

/** The history panel, or its skeleton until `start` and its chunk has loaded. */
export function LazyHistoryPanel({ start, ...props }: HistoryPanelProps & { start?: boolean }) {
  return (
    <LazyPanel start={start} loading="history.loading">
      <HistoryPanel {...props} />
    </LazyPanel>
  );
}
