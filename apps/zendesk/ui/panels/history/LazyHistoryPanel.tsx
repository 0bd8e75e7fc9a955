/** The history panel, code-split: its chunk (Luxon-heavy core, forms) loads after the sidebar paints. */
import { lazy, Suspense } from 'react';
import { Skeleton } from '@zendeskgarden/react-loaders';
import { useI18n } from '../../i18n';
import type { HistoryPanelProps } from './HistoryPanel';

const HistoryPanel = lazy(() => import(/* webpackChunkName: "history" */ './HistoryPanel'));

/**
 * Renders the history panel once its chunk has loaded, with a labelled skeleton meanwhile; with
 * `start` false, the skeleton alone: its chunk is not fetched (nor run) until `start` is true.
 */
export function LazyHistoryPanel({
  start = true,
  ...props
}: HistoryPanelProps & { start?: boolean }) {
  const { t } = useI18n();
  const skeleton = <Skeleton aria-label={t('history.loading')} />;
  if (!start) return skeleton;
  return (
    <Suspense fallback={skeleton}>
      <HistoryPanel {...props} />
    </Suspense>
  );
}
