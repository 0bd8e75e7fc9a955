/**
 * The tone panel's chunk (issue 16: out of the ticket sidebar's first paint), in a module of its
 * own so the app's entry can start the download without the lazy panel's Garden imports.
 */
import type { ToneCheckPanel } from './ToneCheckPanel';

let loaded: typeof ToneCheckPanel | undefined;

/** Loads the chunk; webpack loads a chunk once, so every caller shares one download. */
export const loadToneCheckPanel = (): Promise<typeof ToneCheckPanel> =>
  import(/* webpackChunkName: "tone-check" */ './ToneCheckPanel').then(
    (module) => (loaded = module.ToneCheckPanel),
  );

/** The panel if its chunk has already run (usually: it is fetched beside the sidebar's own). */
export const loadedToneCheckPanel = (): typeof ToneCheckPanel | undefined => loaded;

/** Starts the download; a chunk that fails here fails again, visibly, when the panel renders. */
export const preloadToneCheckPanel = (): void => void loadToneCheckPanel().catch(() => undefined);
