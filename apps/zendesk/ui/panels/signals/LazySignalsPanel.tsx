/** The signals section, code-split: the reader and its model load after the sidebar paints. */
import { lazy } from 'react';
import { LazyPanel } from '../../LazyPanel';

const SignalsPanel = lazy(() => import(/* webpackChunkName: "signals" */ './SignalsPanel'));

/** The signals section, or its skeleton until `start` and its chunk has loaded. */
export function LazySignalsPanel({ start }: { start?: boolean }) {
  return (
    <LazyPanel start={start} loading="signals.loading">
      <SignalsPanel />
    </LazyPanel>
  );
}
