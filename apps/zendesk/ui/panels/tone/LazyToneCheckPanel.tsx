/**
 * The tone panel, loaded beside the ticket sidebar's first paint instead of in it (issue 16): the
 * tone check's rules, stemmers and panel are their own chunk, so the customer overview paints
 * without waiting for them. The chunk starts downloading as soon as the host names the location
 * (`preloadToneCheckPanel`, from locations.tsx), alongside the sidebar's own; until it has run, the
 * sidebar shows the panel's heading and a busy line where the verdict will be.
 */
import { lazy, Suspense } from 'react';
import { LG } from '@zendeskgarden/react-typography';
import { Loading } from '../../Loading';
import { useI18n } from '../../i18n';
import { loadToneCheckPanel } from './load-tone-check-panel';

const ToneCheckPanel = lazy(() =>
  loadToneCheckPanel().then((module) => ({ default: module.ToneCheckPanel })),
);

/** The tone panel, with its heading and a busy line while its chunk loads. */
export function LazyToneCheckPanel() {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        // The panel's heading and a busy line, not yet its region: the "Tone check" region is
        // the panel itself, so whoever finds it finds the one that stays.
        <div style={{ marginTop: 16 }}>
          <LG tag="h2" isBold>
            {t('tone.title')}
          </LG>
          <Loading label={t('tone.checking')} />
        </div>
      }
    >
      <ToneCheckPanel />
    </Suspense>
  );
}
