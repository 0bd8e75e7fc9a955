/**
 * The tone panel's chunk (issue 16: out of the ticket sidebar's opening, loaded once a blank draft's
 * answer has painted or when the draft has words, LazyToneCheckPanel.tsx, or when a save arrives
 * first, save-guard.ts), in a module of its own.
 */
import type { answerToneSave, ToneCheckContent } from './ToneCheckPanel';

let loaded: typeof ToneCheckContent | undefined;

const load = () => import(/* webpackChunkName: "tone-check" */ './ToneCheckPanel');

/** Loads the chunk; webpack loads a chunk once, so every caller shares one download. */
export const loadToneCheckPanel = (): Promise<typeof ToneCheckContent> =>
  load().then((module) => (loaded = module.ToneCheckContent));

/** The panel if its chunk has already run (the panel mounted again in this frame). */
export const loadedToneCheckPanel = (): typeof ToneCheckContent | undefined => loaded;

/** The save hook's answer, from the same chunk. */
export const loadToneSaveAnswer = (): Promise<typeof answerToneSave> =>
  load().then((module) => module.answerToneSave);
