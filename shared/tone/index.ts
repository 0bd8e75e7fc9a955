/**
 * Tone check: the public API of `shared/tone`, with the meaning reader's language data installed,
 * so every check reads frames as well as word rules.
 */
import { installMeaning, installModel } from './meaning/slot';
import { meaningLocales, toneModelData } from './meaning/locales';

installMeaning(meaningLocales);
installModel(toneModelData);

export * from './core';
