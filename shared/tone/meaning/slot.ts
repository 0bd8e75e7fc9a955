/**
 * Where the meaning reader's language data is plugged in. The data (lexicons, stemmers) is large
 * next to the rules, so the Zendesk sidebar loads it after first paint with `loadMeaning`; the
 * command line, the HubSpot card and tests install it at once through `shared/tone`'s index.
 */
import type { ToneModelData } from '../model/model';
import type { modelJudgement } from '../model/opinion';
import type { MeaningLocale } from './read';

let installed: Readonly<Record<string, MeaningLocale>> | undefined;
let model: ToneModelData | undefined;

/** How the model reads a draft (model/opinion.ts), in the model's lazy chunk with its weights. */
export type ModelJudge = typeof modelJudgement;
let judge: ModelJudge | undefined;

/**
 * Called by the model's chunk when it loads: the model's code travels with its weights, so the
 * sidebar's first paint carries neither.
 */
export function installModelJudge(read: ModelJudge): void {
  judge = read;
}

/** The model's reader, or undefined before its chunk is loaded. */
export function modelJudge(): ModelJudge | undefined {
  return judge;
}

/** Makes `checkTone` ask the learned model for a second opinion (undefined: stop asking). */
export function installModel(data: ToneModelData | undefined): void {
  model = data;
}

/** The installed model, or undefined before it is loaded. */
export function toneModel(): ToneModelData | undefined {
  return model;
}

/** Makes `checkTone` read drafts for meaning in these locales from now on. */
export function installMeaning(locales: Readonly<Record<string, MeaningLocale>>): void {
  installed = locales;
}

/** The installed meaning data for `locale`, or undefined before it is loaded. */
export function meaningFor(locale: string): MeaningLocale | undefined {
  return installed !== undefined && Object.hasOwn(installed, locale)
    ? installed[locale]
    : undefined;
}

/** True once the meaning data is installed: until then `checkTone` runs the word rules only. */
export function meaningLoaded(): boolean {
  return installed !== undefined;
}

let loading: Promise<void> | undefined;

/**
 * Loads and installs the meaning data in a chunk of its own; resolves at once when installed. A
 * download that failed (a busy network, a server that dropped the request) is not remembered: the
 * next call fetches the chunk again, or every later check would wait on the same failure.
 */
export function loadMeaning(): Promise<void> {
  if (installed !== undefined) return Promise.resolve();
  loading ??= import(/* webpackChunkName: "tone-meaning" */ './locales').then(
    (module) => {
      installMeaning(module.meaningLocales);
      installModel(module.toneModelData);
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
