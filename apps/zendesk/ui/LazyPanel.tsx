/** A sidebar panel code-split from the first paint: its chunk loads after the sidebar paints. */
import { Suspense, type ReactNode } from 'react';
import { Skeleton } from '@zendeskgarden/react-loaders';
import { useI18n, type TranslationKey } from './i18n';

/**
 * Renders `children` (a `lazy` panel) once its chunk has loaded, with a skeleton labelled `loading`
 * meanwhile; with `start` false, the skeleton alone: the chunk is not fetched (nor run) until `start`
 * is true, as a lazy component loads only when first rendered.
 */
export function LazyPanel(props: {
  start?: boolean | undefined;
  loading: TranslationKey;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const skeleton = <Skeleton aria-label={t(props.loading)} />;
  if (props.start === false) return skeleton;
  return <Suspense fallback={skeleton}>{props.children}</Suspense>;
}
