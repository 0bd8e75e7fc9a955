/** The signals section, code-split: the reader and its model load after the sidebar paints. */
import { lazy, Suspense } from 'react';
import { Skeleton } from '@zendeskgarden/react-loaders';
import { useI18n } from '../../i18n';

const SignalsPanel = lazy(() => import(/* webpackChunkName: "signals" */ './SignalsPanel'));

/**
 * Renders the signals section once its chunk has loaded, with a labelled skeleton meanwhile; with
 * `start` false, the skeleton alone: its chunk is not fetched (nor run) until `start` is true.
 */
export function LazySignalsPanel({ start = true }: { start?: boolean }) {
  const { t } = useI18n();
  const skeleton = <Skeleton aria-label={t('signals.loading')} />;
  if (!start) return skeleton;
  return (
    <Suspense fallback={skeleton}>
      <SignalsPanel />
    </Suspense>
  );
}
