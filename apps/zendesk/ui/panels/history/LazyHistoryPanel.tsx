/** The history panel, code-split: its chunk (Luxon-heavy core, forms) loads after the sidebar paints. */
import { lazy, Suspense } from 'react';
import { Skeleton } from '@zendeskgarden/react-loaders';
import { useI18n } from '../../i18n';
import type { HistoryPanelProps } from './HistoryPanel';

const HistoryPanel = lazy(() => import(/* webpackChunkName: "history" */ './HistoryPanel'));

/** Renders the history panel once its chunk has loaded, with a labelled skeleton meanwhile. */
export function LazyHistoryPanel(props: HistoryPanelProps) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<Skeleton aria-label={t('history.loading')} />}>
      <HistoryPanel {...props} />
    </Suspense>
  );
}
