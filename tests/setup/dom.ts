import '@testing-library/jest-dom/jest-globals';

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
