/**
 * The tone panel, loaded beside the ticket sidebar's first paint instead of in it (issue 16): its
 * rules, stemmers and panel are their own chunk, which starts downloading as soon as the host names
 * the location (locations.tsx), so it has usually run by the time the sidebar renders. Not
 * React.lazy: a Suspense boundary that has shown its fallback reveals its content on React's
 * throttle (up to 500 ms later), which held back the panel's own reads.
 */
import { useEffect, useState } from 'react';
import { LG } from '@zendeskgarden/react-typography';
import { Loading } from '../../Loading';
import { useI18n } from '../../i18n';
import { loadedToneCheckPanel, loadToneCheckPanel } from './load-tone-check-panel';

/**
 * The tone panel, with its heading and a busy line while its chunk loads; `onSettled` once its
 * first check has answered or failed, or its chunk would not load.
 */
export function LazyToneCheckPanel({ onSettled }: { onSettled?: () => void }) {
  const { t } = useI18n();
  const [Panel, setPanel] = useState(() => loadedToneCheckPanel());
  const [failure, setFailure] = useState<Error>();
  useEffect(() => {
    if (Panel !== undefined) return;
    let active = true;
    loadToneCheckPanel().then(
      (loaded) => active && setPanel(() => loaded),
      (error: unknown) => {
        if (!active) return;
        onSettled?.();
        setFailure(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return () => {
      active = false;
    };
  }, [Panel, onSettled]);
  // A chunk that will not load fails like a panel that throws: the PanelBoundary around it says so.
  if (failure !== undefined) throw failure;
  if (Panel !== undefined) return <Panel onSettled={onSettled} />;
  // The heading and a busy line, not yet the "Tone check" region: whoever finds it finds the one
  // that stays.
  return (
    <div style={{ marginTop: 16 }}>
      <LG tag="h2" isBold>
        {t('tone.title')}
      </LG>
      <Loading label={t('tone.checking')} />
    </div>
  );
}
