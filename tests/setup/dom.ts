import '@testing-library/jest-dom/jest-globals';
import { configure } from '@testing-library/react';

// findBy* and waitFor give up after 1 s by default, which assumes a quiet machine: on a busy CI
// runner a lazy panel's chunk or the sidebar's first load can take longer (issue 19). They return
// as soon as the element shows, so a quiet machine pays nothing; jest's own limit is 20 s a test.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no matchMedia; Zendesk Garden reads it (prefers-color-scheme) when it loads.
if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList => {
    const list = new EventTarget() as MediaQueryList;
    return Object.assign(list, {
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
    });
  };
}
