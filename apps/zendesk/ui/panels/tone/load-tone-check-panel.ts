/**
 * The tone panel's chunk (issue 16: out of the ticket sidebar's first paint). Its own module so the
 * app's entry can start the download without taking in the lazy panel's Garden imports.
 */
import type { ToneCheckPanel } from './ToneCheckPanel';

let loaded: typeof ToneCheckPanel | undefined;

/** Loads the tone panel's chunk; webpack loads a chunk once, so every caller shares one download. */
export function loadToneCheckPanel(): Promise<typeof ToneCheckPanel> {
  return import(/* webpackChunkName: "tone-check" */ './ToneCheckPanel').then((module) => {
    loaded = module.ToneCheckPanel;
    return module.ToneCheckPanel;
  });
}

/** The panel if its chunk has already run (usually: it is fetched beside the sidebar's own). */
export function loadedToneCheckPanel(): typeof ToneCheckPanel | undefined {
  return loaded;
}

/** Starts the download; a chunk that fails here fails again, visibly, when the panel renders. */
export function preloadToneCheckPanel(): void {
  loadToneCheckPanel().catch(() => undefined);
}
