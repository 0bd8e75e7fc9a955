/** Settings to the options `checkTone` takes (shared/tone). */
import type { ToneOptions } from '../tone/types';
import type { ToneSettings } from './settings';

/** The admin's block list and company phrases as tone-check options (locale and format are the caller's). */
export function toToneOptions(
  tone: ToneSettings,
): Pick<ToneOptions, 'blockCategories' | 'flagPhrases' | 'allowPhrases'> {
  return {
    blockCategories: tone.blockCategories,
    flagPhrases: tone.flagPhrases,
    allowPhrases: tone.allowPhrases,
  };
}
