/**
 * The tone panel's chunk (issue 16: out of the ticket sidebar's first paint). Its own module so the
 * app's entry can start the download without taking in the lazy panel's Garden imports.
 */

/** Loads the tone panel's chunk; webpack loads a chunk once, so every caller shares one download. */
export const loadToneCheckPanel = () =>
  import(/* webpackChunkName: "tone-check" */ './ToneCheckPanel');

/** Starts the download; a chunk that fails here fails again, visibly, when the panel renders. */
export function preloadToneCheckPanel(): void {
  loadToneCheckPanel().catch(() => undefined);
}
