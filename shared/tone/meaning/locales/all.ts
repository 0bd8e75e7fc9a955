/** Every locale the meaning reader knows, keyed like the tone rule sets (lexicons only, no model). */
import type { MeaningLocale } from '../read';
import { en } from './en';
import { es } from './es';

export const meaningLocales: Readonly<Record<string, MeaningLocale>> = { en, es };
