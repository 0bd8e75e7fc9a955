/** Every locale the meaning reader knows, keyed like the tone rule sets. */
import type { ToneModelData } from '../../model/model';
import weights from '../../model/weights.json';
import type { MeaningLocale } from '../read';
import { en } from './en';
import { es } from './es';

export const meaningLocales: Readonly<Record<string, MeaningLocale>> = { en, es };

/** The learned second opinion's weights (`npm run train:tone`), loaded with the lexicons. */
export const toneModelData: ToneModelData = {
  ...weights,
  version: 3,
};
