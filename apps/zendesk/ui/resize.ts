/** Keeps the sidebar iframe as tall as its content (`client.invoke('resize')`). */
import { useEffect, type RefObject } from 'react';
import type { ZafClient } from '../host/zaf-client';

/** Resizes the app frame to the element's height now and whenever its size changes. */
export function useResizeToContent(
  client: ZafClient,
  element: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const node = element.current;
    if (!node) return;
    let lastHeight = -1;
    const resize = () => {
      const height = Math.ceil(node.getBoundingClientRect().height);
      if (height === lastHeight) return;
      lastHeight = height;
      // A failed resize only leaves a scrollbar; nothing for the agent to act on.
      client.invoke('resize', { width: '100%', height: `${height}px` }).catch(() => undefined);
    };
    resize();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(resize);
    observer.observe(node);
    return () => observer.disconnect();
  }, [client, element]);
}
