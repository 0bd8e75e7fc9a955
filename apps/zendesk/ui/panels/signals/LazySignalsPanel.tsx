/** The signals section, code-split: the reader and its model load after the sidebar paints. */
import { lazy, Suspense } from 'react';
import { Skeleton } from '@zendeskgarden/react-loaders';
import { useI18n } from '../../i18n';

const SignalsPanel = lazy(() => import(/* webpackChunkName: "signals" */ './SignalsPanel'));

/** Renders the signals section once its chunk has loaded, with a labelled skeleton meanwhile. */
export function LazySignalsPanel() {
  const { t } = useI18n();
  return (
    <Suspense fallback={<Skeleton aria-label={t('signals.loading')} />}>
      <SignalsPanel />
    </Suspense>
  );
}
